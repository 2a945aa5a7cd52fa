import { promises as fs } from "node:fs";
import * as path from "node:path";
import { hasErrors, reportOf } from "../../app";
import { planDemo } from "../../app/demo/demo";
import type { Demo } from "../../app/demo/demo";
import { MESSAGES } from "../../core";
import type { Lang } from "../../core";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { writeSubmission } from "../../xlsx/write-submission";
import { consolidateFiles } from "../consolidate-files";
import { UsageError } from "../errors";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { planOutput, summary } from "./merge";

export interface DemoOptions extends CommonOptions {
  readonly out?: string;
}

/** Write the demo's input files into `dir`; their paths. */
async function writeInputs(demo: Demo, dir: string, lang: Lang): Promise<string[]> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(MESSAGES[lang].cli.cannotCreate(dir, (error as Error).message));
  }
  const files: string[] = [];
  if (demo.workflow === "paired") {
    for (const s of demo.submissions) {
      const file = path.join(dir, s.fileName);
      await writeBytesAtomic(file, await writeSubmission(demo.template, s));
      files.push(file);
    }
  } else {
    for (const r of demo.registers) {
      const file = path.join(dir, r.fileName);
      await writeConsolidated(file, r.sheets);
      files.push(file);
    }
  }
  return files;
}

/**
 * `aidsheet demo`: the seed report's submissions, written and consolidated (docs/cli.md); with a
 * register standard, a generated county's monitoring registers (docs/monitoring.md).
 */
export async function runDemo(opts: DemoOptions, out: Output): Promise<number> {
  const dir = opts.out ?? "demo-output";
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard, opts.lang);
  const demo = planDemo(standard, config);
  const paired = demo.workflow === "paired";
  const inputsDir = path.join(dir, paired ? "submissions" : "registers");
  const files = await writeInputs(demo, inputsDir, opts.lang);
  const consolidated = path.join(dir, "consolidated.xlsx");
  const reportFile = path.join(dir, "merge-report.json");
  const { lang } = opts;
  // The seed report's submissions are the 2018 standard's, whatever extension is given.
  const merged = await consolidateFiles(
    files,
    { lang, config: demo.config, ...(paired ? {} : { standard }) },
    "merge",
    out,
  );
  await writeConsolidated(
    consolidated,
    planOutput(merged, { purpose: "merge", mask: false, lang }),
  );
  const report = reportOf(merged, lang, consolidated);
  await writeBytesAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const text = MESSAGES[lang].cli;
  out.stdout(
    [
      ...(paired ? text.demoAbout : text.registerDemoAbout),
      text.demoSubmissions(inputsDir),
      summary(merged, consolidated, lang),
      text.demoReport(reportFile),
    ].join("\n"),
  );
  return hasErrors(merged.result.issues) ? 1 : 0;
}
