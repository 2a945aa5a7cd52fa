// What two merges must agree on, in a form jest can compare; and the trip through a workbook.
import { DEFAULT_CONFIG } from "../../src/core/config";
import { consolidatedToGrid } from "../../src/core/consolidated/to-grid";
import { planConsolidated } from "../../src/core/consolidated/plan";
import { readConsolidated } from "../../src/core/consolidated/read";
import { mergeSubmissions } from "../../src/core/merge/merge";
import type { ConsolidatedData, MergeOptions, MergeResult } from "../../src/core/merge/types";
import type { SubmissionFile } from "../../src/core/model";
import type { JsonValue } from "../../src/core/issues/issue";
import { DATA_SHEETS } from "../../src/core/spec/sheets";

export function mergeOrThrow(
  files: readonly SubmissionFile[],
  options: Partial<MergeOptions> = {},
): MergeResult {
  const outcome = mergeSubmissions(files, { config: DEFAULT_CONFIG, ...options });
  if (!outcome.ok) throw new Error(`merge refused: ${outcome.error.kind}`);
  return outcome.result;
}

/** The result written as a consolidated workbook and read back, as `--into` sees it. */
export function throughWorkbook(result: MergeResult, mask = false): ConsolidatedData {
  const plan = planConsolidated(result, {
    mask,
    createdAt: "2018-12-31T08:00:00Z",
    version: "0.0.0-test",
  });
  const data = readConsolidated(consolidatedToGrid(plan));
  if (!data) throw new Error("not recognised as a consolidated workbook");
  return data;
}

function present(record: Readonly<Record<string, JsonValue>>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
}

const byJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Report totals, files, rows as sets with provenance, unmerged rows, indicators and issues
 * by place and code: what docs/merge.md says `merge(A ∪ B)` and `merge(B, --into merge(A))` share.
 */
export function summarise(result: MergeResult) {
  return {
    period: result.period,
    totals: result.totals,
    files: result.files.map((f) => ({ ...f })),
    rows: Object.fromEntries(
      DATA_SHEETS.map((s) => [
        s,
        result.rows[s]
          .map((r) => ({
            agencyCode: r.agencyCode,
            agencyName: r.agencyName,
            file: r.file,
            name: r.name,
            rowNumber: r.rowNumber,
            adopted: r.adopted,
            cells: r.cells,
            values: present(r.values),
          }))
          .sort(byJson),
      ]),
    ),
    unmerged: result.unmerged.map((u) => ({ ...u, raw: present(u.raw) })).sort(byJson),
    indicators: result.indicators,
    issues: result.issues
      .map((i) => [i.file ?? null, i.sheet, i.cell, i.field, i.code, i.severity])
      .sort(byJson),
  };
}
