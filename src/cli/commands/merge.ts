import type { Config } from "../../core/config";
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  sheetOverExcelLimits,
} from "../../core/consolidated/excel-limits";
import { planConsolidated } from "../../core/consolidated/plan";
import type { ConsolidatedSheets } from "../../core/consolidated/plan";
import { mergeSubmissions } from "../../core/merge/merge";
import { issueMessage, toMergeReportJson } from "../../core/merge/report";
import type { MergeError, MergeResult, Pairing } from "../../core/merge/types";
import type { Lang } from "../../core/spec/types";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { readMergeInputs, readPairingsFile } from "../../xlsx/read-inputs";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { UsageError } from "../errors";
import { checkInputsExist, checkWritable, expandInputs } from "../files";
import { loadConfig } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { startProgress } from "../progress";
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

const ERRORS: {
  readonly [K in MergeError["kind"]]: (e: Extract<MergeError, { kind: K }>) => string;
} = {
  "masked-into": () =>
    "--into: this workbook was written with --mask-ids; the ID numbers needed to merge are gone",
  "period-conflict": (e) =>
    `--period ${e.period} differs from the --into workbook's period ${e.intoPeriod}`,
  "no-readable-submission": () => "no readable submission among the inputs",
  "no-period": () => "no input states a period; give --period",
};

function usage(error: MergeError): UsageError {
  return new UsageError((ERRORS[error.kind] as (e: MergeError) => string)(error));
}

/** Read, merge and check the inputs as `merge` and `indicators` both do (docs/merge.md). */
export async function consolidate(
  inputs: string[],
  opts: { into?: string; period?: string; pairings?: string; lang: Lang; config: Config },
  out: Output,
  allowMaskedInto = false,
): Promise<MergeResult> {
  await checkInputsExist([
    ...inputs,
    ...(opts.into ? [opts.into] : []),
    ...(opts.pairings ? [opts.pairings] : []),
  ]);
  const files = await expandInputs(inputs);
  const pairings = opts.pairings ? await loadPairings(opts.pairings) : undefined;
  const all = opts.into ? [opts.into, ...files] : files;
  const progress = startProgress(out, all.length, opts.lang === "en" ? "Reading" : "读取");
  const read = await readMergeInputs(all, opts.config, progress.tick).finally(progress.stop);
  if (opts.into && read.consolidated[0]?.file !== opts.into) {
    throw new UsageError(
      `--into ${opts.into} is not a consolidated workbook (aidsheet-consolidated/1)`,
    );
  }
  if (read.consolidated.length > 1) {
    throw new UsageError(
      `give at most one consolidated workbook: ${read.consolidated.map((c) => c.file).join(", ")}`,
    );
  }
  const recorded = read.consolidated[0]?.data;
  const into = recorded && allowMaskedInto ? { ...recorded, masked: false } : recorded;
  const outcome = mergeSubmissions(read.submissions, {
    config: opts.config,
    ...(opts.period ? { period: opts.period } : {}),
    ...(pairings ? { pairings } : {}),
    ...(into ? { into } : {}),
  });
  if (!outcome.ok) throw usage(outcome.error);
  return outcome.result;
}

async function loadPairings(file: string): Promise<Pairing[]> {
  const list = await readPairingsFile(file);
  if (list === "unreadable") throw new UsageError(`--pairings ${file}: cannot be read`);
  if (!list.ok)
    throw new UsageError(`--pairings ${file}: missing columns ${list.missing.join(", ")}`);
  return list.pairings;
}

export function planOutput(result: MergeResult, mask: boolean, lang: Lang): ConsolidatedSheets {
  return planConsolidated(result, {
    mask,
    createdAt: new Date().toISOString(),
    version: VERSION,
    lang,
  });
}

/** The plan as given, or a usage error when one of its sheets would not fit in Excel. */
export function fitsExcel(plan: ConsolidatedSheets): ConsolidatedSheets {
  const over = sheetOverExcelLimits(plan);
  if (!over) return plan;
  const fmt = (n: number) => n.toLocaleString("en-US");
  throw new UsageError(
    `sheet ${over.sheet} would hold ${fmt(over.rows)} rows and ${fmt(over.columns)} columns; ` +
      `an Excel sheet holds at most ${fmt(EXCEL_MAX_ROWS)} rows and ${fmt(EXCEL_MAX_COLUMNS)} columns. ` +
      "Nothing written: merge fewer submissions into one workbook",
  );
}

export function hasErrors(result: MergeResult): boolean {
  return result.issues.some((i) => i.severity === "error");
}

/**
 * `aidsheet merge`: the consolidated workbook and the merge report (docs/merge.md, docs/cli.md).
 */
export async function runMerge(
  inputs: string[],
  opts: MergeCommandOptions,
  out: Output,
): Promise<number> {
  const config = await loadConfig(opts.config);
  await checkWritable(opts.out);
  if (opts.report) await checkWritable(opts.report);
  const result = await consolidate(inputs, { ...opts, config }, out);
  const plan = fitsExcel(planOutput(result, opts.maskIds === true, opts.lang));
  await writeConsolidated(opts.out, plan);
  const report = toMergeReportJson(result, opts.lang, opts.out);
  // Issues never carry ID numbers or names (docs/issue-codes.md), so the report needs no masking.
  const json = JSON.stringify(report, null, 2);
  if (opts.report) await writeBytesAtomic(opts.report, `${json}\n`);
  if (opts.json) out.stdout(json);
  else out.stdout(summary(result, opts.out, opts.lang));
  return hasErrors(result) ? 1 : 0;
}

export function summary(result: MergeResult, output: string | null, lang: Lang): string {
  const count = (status: string) => result.files.filter((f) => f.status === status).length;
  const t = result.totals;
  const merged = Object.values(t).reduce((n, c) => n + c.merged, 0);
  const rejected = Object.values(t).reduce((n, c) => n + c.rejected, 0);
  const superseded = Object.values(t).reduce((n, c) => n + c.superseded, 0);
  const bySeverity = (s: string) => result.issues.filter((i) => i.severity === s).length;
  const firstErrors = result.issues
    .filter((i) => i.severity === "error")
    .slice(0, 10)
    .map(
      (i) =>
        `  ${i.file ?? ""}!${i.sheetName ?? i.sheet ?? ""}!${i.cell ?? ""} ${i.code} ${issueMessage(i, lang)}`,
    );
  const lines =
    lang === "en"
      ? [
          `Period ${result.period}: ${result.files.length} files (${count("accepted")} accepted, ${count("superseded")} superseded, ${count("rejected")} rejected), ${result.indicators.length} villages`,
          `Rows: ${merged} merged, ${rejected} rejected, ${superseded} superseded`,
          `Issues: ${bySeverity("error")} errors, ${bySeverity("warning")} warnings, ${bySeverity("info")} infos`,
          ...(output ? [`Written: ${output}`] : []),
        ]
      : [
          `期间 ${result.period}：文件 ${result.files.length} 个（采用 ${count("accepted")}，被替代 ${count("superseded")}，未采用 ${count("rejected")}），村 ${result.indicators.length} 个`,
          `数据行：合并 ${merged}，未合并 ${rejected}，被替代 ${superseded}`,
          `问题：错误 ${bySeverity("error")}，警告 ${bySeverity("warning")}，提示 ${bySeverity("info")}`,
          ...(output ? [`已写入：${output}`] : []),
        ];
  if (result.completeness) {
    const c = result.completeness;
    lines.push(
      lang === "en"
        ? `Completeness: ${c.received}/${c.expected} received, ${c.accepted} accepted`
        : `报送完成：应报 ${c.expected}，收到 ${c.received}，采用 ${c.accepted}`,
    );
  }
  return [...lines, ...firstErrors].join("\n");
}
