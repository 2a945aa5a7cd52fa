// docs/merge.md: the consolidated workbook's sheets and columns, from src/core/consolidated.
import {
  ADOPTED_HEADER,
  ADOPTING_SHEETS,
  COUNT_SUFFIXES,
  FILE_HEADERS,
  ISSUE_HEADERS,
  LEVEL_LABELS,
  PROVENANCE_HEADERS,
  SHEET_NAMES,
  SUMMARY_HEADERS,
  UNMERGED_HEADERS,
  dataSheetName,
} from "../../src/core/consolidated/layout";
import { INDICATORS } from "../../src/core/indicators/registry";
import { TOTAL_INDICATORS } from "../../src/core/indicators/totals";
import { DATA_SHEETS, sheetSpec } from "../../src/core/spec/sheets";
import { table } from "./markdown";

const list = (headers: readonly string[]) => headers.join(", ");

export function renderConsolidatedTable(): string {
  const [first, ...others] = DATA_SHEETS.map(dataSheetName);
  const counts = `${list(COUNT_SUFFIXES.map((s) => `${first}${s}`))}, then the same for ${list(others)}`;
  return table(
    ["sheet", "one row per", "columns"],
    [
      [
        SHEET_NAMES.summary,
        `area: ${list(Object.values(LEVEL_LABELS))}`,
        list([
          ...Object.values(SUMMARY_HEADERS).map((h) =>
            h === SUMMARY_HEADERS.expected ? `${h} (with a pairing list)` : h,
          ),
          ...TOTAL_INDICATORS.map((i) => i.label.zh),
        ]),
      ],
      [SHEET_NAMES.indicators, "village", list(INDICATORS.map((i) => i.label.zh))],
      [
        SHEET_NAMES.files,
        "input file",
        `${list(FILE_HEADERS)}, then four row counts per data sheet: ${counts}`,
      ],
      ...DATA_SHEETS.map((sheet) => [
        dataSheetName(sheet),
        "merged row",
        list([
          ...PROVENANCE_HEADERS,
          ...sheetSpec(sheet).fields.map((f) => f.label.zh),
          ...(ADOPTING_SHEETS.has(sheet) ? [ADOPTED_HEADER] : []),
        ]),
      ]),
      [SHEET_NAMES.issues, "issue", list(ISSUE_HEADERS)],
      [SHEET_NAMES.unmerged, "row not merged", list(UNMERGED_HEADERS)],
      [`${SHEET_NAMES.meta} (hidden)`, "label / value", "A: label, B: value; no header row"],
    ],
  );
}
