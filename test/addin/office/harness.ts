// Run src/addin/office code against the in-memory Excel host.
import { FakeExcelHost, FakeWorkbook, workbookFromGrid } from "../../support/fake-excel";
import type { FakeExcelOptions } from "../../support/fake-excel";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";

export function hostOf(grid: WorkbookGrid | FakeWorkbook, options: FakeExcelOptions = {}) {
  const wb = grid instanceof FakeWorkbook ? grid : workbookFromGrid(grid);
  return new FakeExcelHost(wb, options);
}

/** Excel.run on the fake host, with `Office` installed as office.js would. */
export function run<T>(
  host: FakeExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  (globalThis as { Office?: unknown }).Office = host.Office;
  return host.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
}

/** A grid without trailing empty cells and rows, for comparing reads. */
export function trimmed(grid: WorkbookGrid) {
  return grid.sheets.map((s) => {
    const rows = s.rows.map((row) => {
      const cells: Cell[] = [...(row ?? [])];
      while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === undefined)) cells.pop();
      return cells.map((c) => (c === undefined ? null : c));
    });
    while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
    return { name: s.name, hidden: s.hidden === true, merges: s.merges, rows };
  });
}
