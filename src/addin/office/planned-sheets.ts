import { PAGE_FOOTER, columnName, consolidatedToGrid, pageHeader } from "../../core";
import type { PlannedChart, PlannedSheet } from "../../core";
import type { ChartWrite, SheetWrite } from "./write-sheets";

function chartWrite(chart: PlannedChart): ChartWrite {
  const rows = (columnIndex: number) => {
    const letter = columnName(columnIndex);
    return `${letter}${chart.firstRowNumber}:${letter}${chart.lastRowNumber}`;
  };
  return {
    title: chart.title,
    categories: { sheet: chart.dataSheet, range: rows(chart.categoryColumnIndex) },
    series: chart.series.map((s) => ({
      name: s.name,
      sheet: chart.dataSheet,
      range: rows(s.columnIndex),
      line: s.type === "line",
    })),
    from: `${columnName(chart.from.columnIndex)}${chart.from.rowIndex + 1}`,
    to: `${columnName(chart.to.columnIndex)}${chart.to.rowIndex + 1}`,
  };
}

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
    styles: [
      ...(sheet.header && columns.length > 0
        ? [{ range: `A1:${columns.at(-1)!.letter}1`, style: "bold" as const }]
        : []),
      ...columns
        .filter((c) => c.wrap && hasData)
        .map((c) => ({ range: `${c.letter}${first}:${c.letter}${last}`, style: "wrap" as const })),
    ],
    frozenRows: sheet.frozenHeader ? 1 : 0,
    columnWidths: sheet.columns.map((c) => c.width),
    visibility: sheet.hidden ? "Hidden" : "Visible",
    ...(sheet.autoFilter && columns.length > 0
      ? { autoFilter: `A1:${columns.at(-1)!.letter}${Math.max(1, last)}` }
      : {}),
    dataBars: hasData
      ? sheet.dataBars.map((i) => `${columnName(i)}${first}:${columnName(i)}${last}`)
      : [],
    ...(sheet.chart ? { chart: chartWrite(sheet.chart) } : {}),
    ...(sheet.title !== null
      ? { print: { header: pageHeader(sheet.title), footer: PAGE_FOOTER } }
      : {}),
  };
}
