import { consolidateErrorText, hasErrors, planOutputs, summarize, summaryLines } from "../../app";
import { toMergeReportJson } from "../../core";
import type { ConsolidatedSheets, Lang, MergeResult, Purpose, Standard } from "../../core";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { consolidateFiles } from "../consolidate-files";
import { UsageError } from "../errors";
import { checkWritable } from "../files";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { firstErrors } from "../text-output";
import { VERSION } from "../version";

export interface MergeCommandOptions extends CommonOptions {
  readonly out: string;
  readonly into?: string;
  readonly period?: string;
  readonly pairings?: string;
  readonly report?: string;
  readonly json?: boolean;
  readonly maskIds?: boolean;
}

/** The sheets the CLI writes, stamped now; exit 2 when one would not fit in an Excel sheet. */
export function planOutput(
  result: MergeResult,
  opts: {
    readonly purpose: Purpose;
    readonly mask: boolean;
    readonly lang: Lang;
    readonly standard?: Standard;
  },
): ConsolidatedSheets {
  const planned = planOutputs(result, { ...opts, now: new Date().toISOString(), version: VERSION });
  if (!planned.ok) throw new UsageError(consolidateErrorText(planned.error, opts.lang));
  return planned.plan;
}

/**
 * `aidsheet merge`: the consolidated workbook and the merge report (docs/merge.md, docs/cli.md).
 */
export async function runMerge(
  inputs: string[],
  opts: MergeCommandOptions,
  out: Output,
): Promise<number> {
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard);
  if (standard.workflow === "register") {
    const { runRegisterMerge } = await import("./register");
    return runRegisterMerge(inputs, opts, { standard, config, lang: opts.lang }, out);
  }
  await checkWritable(opts.out, opts.lang);
  if (opts.report) await checkWritable(opts.report, opts.lang);
  const result = await consolidateFiles(inputs, { ...opts, config, standard }, "merge", out);
  const mask = opts.maskIds === true;
  await writeConsolidated(
    opts.out,
    planOutput(result, { purpose: "merge", mask, lang: opts.lang, standard }),
  );
  const report = toMergeReportJson(result, opts.lang, opts.out);
  // Issues never carry ID numbers or names (docs/issue-codes.md), so the report needs no masking.
  const json = JSON.stringify(report, null, 2);
  if (opts.report) await writeBytesAtomic(opts.report, `${json}\n`);
  if (opts.json) out.stdout(json);
  else out.stdout(summary(result, opts.out, opts.lang));
  return hasErrors(result.issues) ? 1 : 0;
}

export function summary(result: MergeResult, output: string | null, lang: Lang): string {
  return [
    ...summaryLines(summarize(result), lang, output),
    ...firstErrors(result.issues, lang),
  ].join("\n");
}
