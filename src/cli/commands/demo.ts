import { promises as fs } from "node:fs";
import * as path from "node:path";
import { MESSAGES } from "../../core";
import { seedSubmissions } from "../../app/demo/seed";
import { planTemplate } from "../../core";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { writeSubmission } from "../../xlsx/write-submission";
import { UsageError } from "../errors";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { hasErrors, reportOf } from "../../app";
import { consolidateFiles } from "../consolidate-files";
import { planOutput, summary } from "./merge";
import { runRegisterDemo } from "./register";

export interface DemoOptions extends CommonOptions {
  readonly out?: string;
}

/**
 * `aidsheet demo`: the seed report's submissions, written and consolidated (docs/cli.md); with a
 * register standard, a generated county's monitoring registers (docs/monitoring.md).
 */
export async function runDemo(opts: DemoOptions, out: Output): Promise<number> {
  const config = await loadConfig(opts.config, opts.lang);
  const dir = opts.out ?? "demo-output";
  const standard = await loadStandardOption(opts.standard, opts.lang);
  if (standard.workflow === "register") {
    return runRegisterDemo(dir, { standard, config, lang: opts.lang }, out);
  }
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
  const merged = await consolidateFiles(files, { lang: opts.lang, config }, "merge", out);
  const sheets = planOutput(merged, { purpose: "merge", mask: false, lang: opts.lang });
  await writeConsolidated(consolidated, sheets);
  await writeBytesAtomic(
    reportFile,
    `${JSON.stringify(reportOf(merged, opts.lang, consolidated), null, 2)}\n`,
  );
  const text = MESSAGES[opts.lang].cli;
  out.stdout(
    [
      ...text.demoAbout,
      text.demoSubmissions(submissionsDir),
      summary(merged, consolidated, opts.lang),
      text.demoReport(reportFile),
    ].join("\n"),
  );
  return hasErrors(merged.result.issues) ? 1 : 0;
}
