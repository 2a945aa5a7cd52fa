import type { FieldSpec, SheetSpec } from "../spec/sheets";
import { isNumericType } from "../spec/types";
import { address, cellAddress, columnName } from "../grid";
import type { SheetGrid } from "../grid";
import { cellText, findHeaderRow, labelIndex } from "./header";
import type { HeaderCell } from "./header";
import type { ParseContext } from "./parse-value";
import { newDraft, readField, report } from "./record";
import type { DraftRecord, Reporter } from "./record";
import { sheetCells } from "./sheet-cells";
import { isTotalLabel, unitMultiplier } from "./text";

export interface TableDraft {
  readonly rows: DraftRecord[];
  /** Field key → 0-based column index, for the columns found. */
  readonly columns: ReadonlyMap<string, number>;
  /** header-missing or header-duplicate: the sheet's rows are rejected. */
  readonly rejected: boolean;
}

/**
 * Read a table sheet (docs/standard.md): header, columns, data rows, per-cell issues. A `wide`
 * sheet (a register's export) may hold many columns of no field: one info issue says so.
 */
export function readTable(
  sheet: SheetGrid,
  spec: SheetSpec,
  rep: Reporter,
  ctx: Omit<ParseContext, "multiplier">,
  wide = false,
): TableDraft {
  const index = labelIndex(spec);
  const found = findHeaderRow(
    sheetCells(sheet, () => false),
    index,
    wide,
  );
  if (!found) {
    for (const f of spec.fields.filter((f) => f.required)) {
      report(rep, null, { cell: null, field: f.key }, "header-missing");
    }
    return { rows: [], columns: new Map(), rejected: true };
  }
  const { columns, multipliers, rejected } = mapColumns(
    found.rowIndex,
    found.header,
    spec,
    rep,
    wide,
  );
  // Per column, once: its letters for addresses and its parse context (money unit).
  const fields = [...columns].map(([key, c]) => ({
    field: spec.fields.find((f) => f.key === key)!,
    columnIndex: c,
    letters: columnName(c),
    ctx: { ...ctx, multiplier: multipliers.get(key) ?? 1 },
  }));
  const fillColumns = new Set(
    fields.filter((f) => !isNumericType(f.field.type)).map((f) => f.columnIndex),
  );
  const cells = sheetCells(sheet, (c) => fillColumns.has(c));
  const rows: DraftRecord[] = [];
  const get: Get = (r, c) => cells.get(r, c);
  for (let r = found.rowIndex + 1; r < cells.rowCount; r++) {
    const filled = cells.filledColumns(r);
    // Nothing stored: an empty row, skipped without a look at each field.
    if (filled.length === 0) continue;
    const total = firstTotalsCell(get, r, filled);
    if (total !== null) {
      report(rep, null, { cell: address(r, total), field: null }, "total-row");
      continue;
    }
    if (fields.every(({ columnIndex }) => cellText(get(r, columnIndex)) === null)) continue;
    const draft = newDraft(r + 1);
    for (const { field, columnIndex, letters, ctx: parse } of fields) {
      readField(rep, draft, field, cells.get(r, columnIndex), cellAddress(letters, r + 1), parse);
    }
    rows.push(draft);
  }
  return { rows, columns, rejected };
}

type Get = (r: number, c: number) => ReturnType<ReturnType<typeof sheetCells>["get"]>;

/** Column of the row's first non-empty cell when that cell says 合计 / Total, else null. */
function firstTotalsCell(get: Get, r: number, filled: readonly number[]): number | null {
  for (const c of filled) {
    const text = cellText(get(r, c));
    if (text !== null) return isTotalLabel(text) ? c : null;
  }
  return null;
}

function mapColumns(
  headerRowIndex: number,
  header: readonly HeaderCell[],
  spec: SheetSpec,
  rep: Reporter,
  wide: boolean,
): { columns: Map<string, number>; multipliers: Map<string, number>; rejected: boolean } {
  const columns = new Map<string, number>();
  const multipliers = new Map<string, number>();
  const unknown: HeaderCell[] = [];
  let rejected = false;
  for (const h of header) {
    const at = { cell: address(headerRowIndex, h.columnIndex) };
    if (h.rowNumber) continue;
    if (!h.field) {
      if (wide) unknown.push(h);
      else report(rep, null, { ...at, field: null }, "header-unknown", { value: h.text });
      continue;
    }
    if (columns.has(h.field.key)) {
      report(rep, null, { ...at, field: h.field.key }, "header-duplicate", { value: h.text });
      rejected = true;
      continue;
    }
    columns.set(h.field.key, h.columnIndex);
    const multiplier = moneyMultiplier(h.field, h.unit);
    if (multiplier !== 1) {
      multipliers.set(h.field.key, multiplier);
      report(rep, null, { ...at, field: h.field.key }, "normalized", {
        value: h.text,
        detail: { expected: "header-unit", limit: h.unit ?? "" },
      });
    }
  }
  const first = unknown[0];
  if (first) {
    const shown = unknown.slice(0, UNKNOWN_SHOWN).map((h) => h.text);
    const more = unknown.length > UNKNOWN_SHOWN ? `… (${unknown.length})` : "";
    report(
      rep,
      null,
      { cell: address(headerRowIndex, first.columnIndex), field: null },
      "header-unknown",
      {
        value: `${shown.join(", ")}${more}`,
        severity: "info",
        detail: { limit: unknown.length, items: unknown.map((h) => h.text) },
      },
    );
  }
  for (const f of spec.fields) {
    if (f.required && !columns.has(f.key)) {
      report(rep, null, { cell: null, field: f.key }, "header-missing");
      rejected = true;
    }
  }
  return { columns, multipliers, rejected };
}

/** Unknown headers a wide sheet's one info issue names. */
const UNKNOWN_SHOWN = 5;

function moneyMultiplier(field: FieldSpec, unit: string | null): number {
  return field.type === "money" ? unitMultiplier(unit) : 1;
}
