// Arbitrary cell values of every kind a host can hand the core, and the merge checks the fuzz
// properties share.
import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { mergeSubmissions } from "../../src/core/merge/merge";
import type { MergeResult } from "../../src/core/merge/types";
import type { SubmissionFile } from "../../src/core/model";
import type { Cell, DateCell, ErrorCell, Scalar } from "../../src/core/read/grid";
import { DATA_SHEETS } from "../../src/core/spec/sheets";

/** Fixed seeds, so that a failure reproduces; FUZZ_SEED explores others. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_181_220);

// Any UTF-16 code unit: control characters, U+FFFE, lone surrogates.
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Texts staff type, formula-like and hostile ones, and random text of every plane. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: anyCodeUnit, maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "=1+1",
    '=WEBSERVICE("http://example.invalid/")',
    "+1",
    "-1",
    "@A1",
    "＝1",
    "\t=1",
    "\r=1",
    "１２３",
    "39户",
    "35万元",
    "近300万元",
    "35万-40万",
    "1.2亿元",
    "2018年6月27日",
    "2018Q3",
    "20180627",
    "合计",
    "Total",
    "__proto__",
    "constructor",
    "prototype",
    "420116012215",
    "凤凰寨村",
    "黄陂区",
    "产业扶贫",
    "x".repeat(201),
    "长".repeat(33_000),
    "\u0000\u0001\uFFFE\uFFFF\uD800",
    "\u200B420116\uFEFF",
  ),
);

export const number: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, 2018, 36526, 20180627, 1e15, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom(
    Number("420116195001019001"),
    420116012215,
    13800138000,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
);

const scalar: fc.Arbitrary<Scalar> = fc.oneof(text, number, fc.boolean());

export const dateCell: fc.Arbitrary<DateCell> = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("9999-12-31T23:59:59Z"),
    noInvalidDate: true,
  })
  .chain((d) => {
    const iso = d.toISOString();
    return fc.constantFrom({ date: iso.slice(0, 10) }, { date: iso.slice(0, 19) });
  });

export const errorCell: fc.Arbitrary<ErrorCell> = fc
  .constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA")
  .map((error) => ({ error }));

/** A cell of any kind: empty, scalar, date, error, formula with or without a cached result. */
export const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(null, undefined),
  scalar,
  dateCell,
  errorCell,
  fc
    .oneof(fc.constant(null), scalar, dateCell, errorCell)
    .map((result) => ({ formula: true as const, result })),
);

/** Merges with the core's options, failing the property on a refusal. */
export function mergeAll(files: readonly SubmissionFile[]): MergeResult {
  const outcome = mergeSubmissions(files, { config: DEFAULT_CONFIG, period: "2018" });
  if (!outcome.ok) throw new Error(`merge refused: ${outcome.error.kind}`);
  return outcome.result;
}

/** read = merged + rejected + superseded for every file and sheet, and in total (docs/merge.md). */
export function expectAccounting(result: MergeResult): void {
  const broken: unknown[] = [];
  for (const s of DATA_SHEETS) {
    for (const f of result.files) {
      const c = f.rows[s];
      if (c.read !== c.merged + c.rejected + c.superseded) broken.push([f.file, s, c]);
    }
    const t = result.totals[s];
    if (t.read !== t.merged + t.rejected + t.superseded) broken.push(["totals", s, t]);
    if (t.read !== result.files.reduce((n, f) => n + f.rows[s].read, 0)) broken.push(["sum", s]);
    if (t.merged !== result.rows[s].length) broken.push(["merged rows", s]);
  }
  if (broken.length > 0) throw new Error(`accounting broken: ${JSON.stringify(broken)}`);
}
