// Consolidation under a region's standard: its column written, read back --into, masked.
import { consolidate, planOutputs } from "../../src/app";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { consolidatedToGrid } from "../../src/core/consolidated/to-grid";
import type { WorkbookGrid } from "../../src/core/grid";
import type { InputFile } from "../../src/core/model";
import { REGION_FIELD, regionStandard, regionWorkbook } from "../support/region";

const REGION = regionStandard();
const STAMP = { lang: "zh-CN", now: "2019-01-10T08:00:00Z", version: "0.0.0-test" } as const;
const input = (file: string, grid: WorkbookGrid): InputFile => ({
  file,
  name: file,
  sha256: null,
  content: { ok: true, grid },
});

function mergeToGrid(inputs: InputFile[], into?: InputFile): WorkbookGrid {
  const outcome = consolidate({
    inputs,
    purpose: "merge",
    config: DEFAULT_CONFIG,
    standard: REGION,
    ...(into ? { into } : {}),
  });
  if (!outcome.ok) throw new Error(outcome.error.kind);
  const planned = planOutputs(outcome, { ...STAMP, purpose: "merge", mask: false });
  if (!planned.ok) throw new Error(planned.error.kind);
  return consolidatedToGrid(planned.plan);
}

function column(grid: WorkbookGrid, label: string): unknown[] {
  const rows = grid.sheets.find((s) => s.name === "贫困户")!.rows;
  const at = rows[0]!.indexOf(label);
  return at < 0 ? [] : rows.slice(1).map((r) => r?.[at] ?? null);
}

test("the region's field is a column of 贫困户, kept when merged into again", () => {
  const first = mergeToGrid([input("a.xlsx", regionWorkbook([2, 1, null]))]);
  expect(column(first, REGION_FIELD.zh)).toEqual([2, 1, null]);
  // A later file of another agency: the earlier rows come back from the workbook itself.
  const again = mergeToGrid([], input("consolidated.xlsx", first));
  expect(column(again, REGION_FIELD.zh)).toEqual([2, 1, null]);
});

test("the 2018 standard's workbook has no such column", () => {
  const outcome = consolidate({
    inputs: [input("a.xlsx", regionWorkbook([2]))],
    purpose: "merge",
    config: DEFAULT_CONFIG,
  });
  if (!outcome.ok) throw new Error(outcome.error.kind);
  const planned = planOutputs(outcome, { ...STAMP, purpose: "merge", mask: false });
  if (!planned.ok) throw new Error(planned.error.kind);
  expect(column(consolidatedToGrid(planned.plan), REGION_FIELD.zh)).toEqual([]);
});
