// The example region extension (standards/examples/region-extension.json) and workbooks filled in
// for it: 贫困户 with its extra column 劳动力人数.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { loadPackage } from "../../src/core/standard/load";
import type { Standard } from "../../src/core/standard/standard";
import { householdRows, tableSheet, workbook } from "./workbook";

export const REGION_EXTENSION_PATH = path.resolve(
  __dirname,
  "../../standards/examples/region-extension.json",
);
export const REGION_EXTENSION_TEXT = readFileSync(REGION_EXTENSION_PATH, "utf8");

/** The field and the rule the extension adds, as a user sees them. */
export const REGION_FIELD = { key: "labour_count", zh: "劳动力人数", en: "Members able to work" };
export const REGION_RULE = {
  id: "labour-within-household",
  zh: "劳动力人数不得多于家庭人口",
  en: "Members able to work cannot outnumber the household",
};

export function regionStandard(): Standard {
  const result = loadPackage(REGION_EXTENSION_TEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.standard;
}

/**
 * The valid workbook of test/support/workbook.ts, its 贫困户 rows (household size 3) with a
 * 劳动力人数 column (header `header`) holding these values.
 */
export function regionWorkbook(labour: readonly Cell[], header = REGION_FIELD.zh): WorkbookGrid {
  const sheet = tableSheet("households", householdRows(labour.length));
  const households = {
    ...sheet,
    rows: sheet.rows.map((row, i) => [...(row ?? []), i === 0 ? header : (labour[i - 1] ?? null)]),
  };
  const base = workbook();
  return { sheets: base.sheets.map((s) => (s.name === households.name ? households : s)) };
}
