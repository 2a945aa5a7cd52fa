import { promises as fs } from "node:fs";
import * as path from "node:path";
import { seedSubmissions } from "../../core/demo/seed";
import { toMergeReportJson } from "../../core/merge/report";
import { planTemplate } from "../../core/template/plan";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { writeSubmission } from "../../xlsx/write-submission";
import { UsageError } from "../errors";
import { loadConfig } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { consolidate, hasErrors, planOutput, summary } from "./merge";

export interface DemoOptions extends CommonOptions {
  readonly out?: string;
}

/** `aidsheet demo`: the seed report's submissions, written and consolidated (docs/cli.md). */
export async function runDemo(opts: DemoOptions, out: Output): Promise<number> {
  const config = await loadConfig(opts.config);
  const dir = opts.out ?? "demo-output";
  const submissionsDir = path.join(dir, "submissions");
  try {
    await fs.mkdir(submissionsDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${submissionsDir}: ${(error as Error).message}`);
  }
  const plan = planTemplate("zh-CN", config);
  const files: string[] = [];
  for (const s of seedSubmissions()) {
    const file = path.join(submissionsDir, s.fileName);
    await writeBytesAtomic(file, await writeSubmission(plan, s));
    files.push(file);
  }
  const consolidated = path.join(dir, "consolidated.xlsx");
  const reportFile = path.join(dir, "merge-report.json");
  const result = await consolidate(files, { lang: opts.lang, config }, out);
  await writeConsolidated(consolidated, planOutput(result, false, opts.lang));
  await writeBytesAtomic(
    reportFile,
    `${JSON.stringify(toMergeReportJson(result, opts.lang, consolidated), null, 2)}\n`,
  );
  const en = opts.lang === "en";
  out.stdout(
    [
      en
        ? `Demo: the five pairings of the 2018 seed report, with 市金控集团 as a second agency of 凤凰寨村.`
        : `演示：2018 年报道中的五个结对帮扶村，市金控集团作为凤凰寨村的第二家帮扶单位。`,
      en
        ? `Figures the report gives are typed as staff type them ("471万元", "200余万元", 毛冲村); populations, households, agency codes, contacts and ID numbers are invented (IDs synthetic).`
        : `报道中的数字按工作人员的习惯录入（“471万元”“200余万元”“毛冲村”）；人口、农户、单位代码、联系人和身份证号均为虚构（身份证号为合成号码）。`,
      `${en ? "Submissions" : "报送文件"}: ${submissionsDir}`,
      summary(result, consolidated, opts.lang),
      `${en ? "Report" : "汇总报告"}: ${reportFile}`,
    ].join("\n"),
  );
  return hasErrors(result) ? 1 : 0;
}
