import {
  consolidateErrorText,
  hasErrors,
  planOutputs,
  reportOf,
  summarize,
  summaryLines,
} from "../../app";
import type { Consolidated } from "../../app";
import type { ConsolidatedSheets, Lang, Purpose } from "../../core";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { consolidateFiles, refusePairedOnly } from "../consolidate-files";
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
  consolidated: Consolidated,
  opts: { readonly purpose: Purpose; readonly mask: boolean; readonly lang: Lang },
): ConsolidatedSheets {
  const planned = planOutputs(consolidated, {
    ...opts,
    now: new Date().toISOString(),
    version: VERSION,
  });
  if (!planned.ok) throw new UsageError(consolidateErrorText(planned.error, opts.lang));
  return planned.plan;
}

/**
 * `aidsheet merge`: the consolidated workbook and the merge report (docs/merge.md,
 * docs/monitoring.md, docs/cli.md).
 */
export async function runMerge(
  inputs: string[],
  opts: MergeCommandOptions,
  out: Output,
): Promise<number> {
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard, opts.lang);
  refusePairedOnly(standard, opts, opts.lang);
  await checkWritable(opts.out, opts.lang);
  if (opts.report) await checkWritable(opts.report, opts.lang);
  const consolidated = await consolidateFiles(inputs, { ...opts, config, standard }, "merge", out);
  const mask = opts.maskIds === true;
  await writeConsolidated(
    opts.out,
    planOutput(consolidated, { purpose: "merge", mask, lang: opts.lang }),
  );
  // Issues never carry ID numbers or names (docs/issue-codes.md), so the report needs no masking.
  const json = JSON.stringify(reportOf(consolidated, opts.lang, opts.out), null, 2);
  if (opts.report) await writeBytesAtomic(opts.report, `${json}\n`);
  if (opts.json) out.stdout(json);
  else out.stdout(summary(consolidated, opts.out, opts.lang));
  return hasErrors(consolidated.result.issues) ? 1 : 0;
}

/** The summary of a merge, with its first errors. */
export function summary(consolidated: Consolidated, output: string | null, lang: Lang): string {
  const { result, standard } = consolidated;
  return [
    ...summaryLines(summarize(consolidated), lang, output),
    ...firstErrors(result.issues, lang, standard.sheets),
  ].join("\n");
}
