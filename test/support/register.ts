// Registers of a `register` standard as literal grids: one header row of labels, then rows.
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Standard } from "../../src/core/standard/standard";

export type RegisterRows = Readonly<Record<string, readonly Readonly<Record<string, Cell>>[]>>;

/** Each table sheet of the standard with the rows given for it (by field key), or none. */
export function registerGrid(standard: Standard, tables: RegisterRows): WorkbookGrid {
  const sheets: SheetGrid[] = standard.sheets
    .filter((s) => s.layout === "table" && tables[s.key] !== undefined)
    .map((s) => ({
      name: s.name.zh,
      rows: [
        s.fields.map((f) => f.label.zh),
        ...tables[s.key]!.map((row) => s.fields.map((f) => row[f.key] ?? null)),
      ],
      merges: [],
    }));
  return { sheets };
}
