import type { InputFile, WorkbookGrid } from "../core";

/** The label of the workbook open in Excel as an input: it has no file name of its own. */
export const OPEN_WORKBOOK = "(workbook)";

/** The workbook open in a host (the add-in's) as an input. */
export function openWorkbook(grid: WorkbookGrid): InputFile {
  return { file: OPEN_WORKBOOK, name: OPEN_WORKBOOK, sha256: null, content: { ok: true, grid } };
}

/** The grid of an input read without validation, null otherwise. */
export function gridOf(input: InputFile): WorkbookGrid | null {
  return input.content.ok && "grid" in input.content ? input.content.grid : null;
}

/** Nothing to lose: every sheet of the workbook is empty. */
export function isBlank(grid: WorkbookGrid): boolean {
  return grid.sheets.every((s) =>
    s.rows.every((row) => !row || row.every((c) => c === null || c === undefined)),
  );
}
