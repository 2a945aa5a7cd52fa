import { columnName, columnWidthOf, consolidatedToGrid } from "../../core";
import type { PlannedSheet } from "../../core";
import type { SheetWrite } from "./write-sheets";

/**
 * A sheet of the consolidated plan as the Office host writes it: the same cells as the file
 * writer, column number formats set before the values, header frozen and filtered.
 */
export function plannedSheetWrite(sheet: PlannedSheet): SheetWrite {
  const rows = consolidatedToGrid({ sheets: [sheet] }).sheets[0]!.rows;
  const first = sheet.header ? 2 : 1;
  const last = rows.length;
  const columns = sheet.columns.map((c, i) => ({ ...c, letter: columnName(i) }));
  const hasData = last >= first;
  return {
    name: sheet.name,
    rows,
    numberFormats: hasData
      ? columns
          .filter((c) => c.numFmt !== "General")
          .map((c) => ({ range: `${c.letter}${first}:${c.letter}${last}`, numFmt: c.numFmt }))
      : [],
    styles:
      sheet.header && columns.length > 0
        ? [{ range: `A1:${columns.at(-1)!.letter}1`, style: "bold" }]
        : [],
    frozenRows: sheet.frozenHeader ? 1 : 0,
    columnWidths: sheet.columns.map((c) => columnWidthOf(c.header)),
    visibility: sheet.hidden ? "Hidden" : "Visible",
    ...(sheet.autoFilter && columns.length > 0
      ? { autoFilter: `A1:${columns.at(-1)!.letter}${Math.max(1, last)}` }
      : {}),
    dataBars: hasData
      ? sheet.dataBars.map((i) => `${columnName(i)}${first}:${columnName(i)}${last}`)
      : [],
  };
}
