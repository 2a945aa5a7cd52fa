import { newFieldRecord, readConsolidated, validateWorkbook } from "../core/reading";
import type {
  Config,
  DataSheetKey,
  FieldValue,
  JsonValue,
  RowRecord,
  Standard,
  SubmissionRead,
  TableRead,
  WorkbookGrid,
} from "../core";

/**
 * A table whose rows all hold the same fields, each field's cell at its column's letters and
 * the row's number (as readTable makes them): rows as one flat array, addresses left out.
 */
interface PackedTable {
  readonly sheetName: string;
  readonly rejected: boolean;
  readonly keys: readonly string[];
  readonly letters: readonly string[];
  /** Per row: its number, whether it is valid, then each field's value. */
  readonly rows: readonly (FieldValue | boolean | null)[];
  /** The raw values that are not the value itself: row index, field index, raw value. */
  readonly raws: readonly JsonValue[];
}

/** A SubmissionRead packed to cross from the reader's worker: a sixth of the clone's bytes. */
export interface PackedSubmission {
  readonly read: Omit<SubmissionRead, "tables">;
  readonly tables: Readonly<Partial<Record<DataSheetKey, PackedTable | TableRead>>>;
}

/**
 * Cell addresses shared by the submissions of one read: "E2" recurs in every file, and one
 * string of each is enough (a quarter less memory for the records of 90 files). Values are not
 * shared: looking each one up costs more than the memory it saves.
 */
export class SharedAddresses {
  private readonly columns = new Map<string, string[]>();

  of(letters: string, rowNumber: number): string {
    let column = this.columns.get(letters);
    if (!column) this.columns.set(letters, (column = []));
    return (column[rowNumber] ??= `${letters}${rowNumber}`);
  }
}

/**
 * What a reader's worker sends back for a workbook it read: the submission validated there and
 * packed, so that its grid never crosses threads; null for a consolidated workbook, whose grid
 * goes back as it is. Without `records`, any workbook is validated there and sent without its
 * tables (`tables` empty): its issues, form, template and sheet names are all that validating
 * needs, and its records would cross threads and be restored for nothing.
 */
export function packedSubmissionOf(
  grid: WorkbookGrid,
  config: Config,
  standard?: Standard,
  records = true,
): PackedSubmission | null {
  if (records && readConsolidated(grid, standard) !== null) return null;
  const read = validateWorkbook(grid, { config, ...(standard ? { standard } : {}) });
  return packSubmission(records ? read : { ...read, tables: {} });
}

/** Packs a validated submission for postMessage; `unpackSubmission` restores it exactly. */
export function packSubmission(read: SubmissionRead): PackedSubmission {
  const { tables, ...rest } = read;
  const packed: Partial<Record<DataSheetKey, PackedTable | TableRead>> = {};
  for (const [key, table] of Object.entries(tables) as [DataSheetKey, TableRead][]) {
    packed[key] = packTable(table) ?? table;
  }
  return { read: rest, tables: packed };
}

/** The SubmissionRead that was packed, with records built as the core builds them. */
export function unpackSubmission(
  packed: PackedSubmission,
  addresses = new SharedAddresses(),
): SubmissionRead {
  const { template, sheetNames, form, issues, rejected } = packed.read;
  const tables: Partial<Record<DataSheetKey, TableRead>> = {};
  for (const [key, table] of Object.entries(packed.tables) as [DataSheetKey, PackedTable][]) {
    tables[key] = "keys" in table ? unpackTable(table, addresses) : copyTable(table);
  }
  return { template, sheetNames, form: form && copyRow(form), tables, issues, rejected };
}

/** Null when a row does not have the regular shape, so that the table goes as it is. */
function packTable(table: TableRead): PackedTable | null {
  const first = table.rows[0];
  const keys = first ? Object.keys(first.values) : [];
  const letters: string[] = [];
  for (const key of keys) {
    const cell = first?.cells[key] ?? "";
    const suffix = String(first?.rowNumber);
    if (!cell.endsWith(suffix)) return null;
    letters.push(cell.slice(0, -suffix.length));
  }
  const rows = new Array<FieldValue | boolean | null>(table.rows.length * (keys.length + 2));
  const raws: JsonValue[] = [];
  let at = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (!hasKeys(row.values, keys) || !hasKeys(row.raw, keys) || !hasKeys(row.cells, keys)) {
      return null;
    }
    rows[at++] = row.rowNumber;
    rows[at++] = row.valid;
    const suffix = String(row.rowNumber);
    // By position, the keys being the same: a record's values read by key are megamorphic loads.
    const values = Object.values(row.values);
    const raw = Object.values(row.raw);
    const cells = Object.values(row.cells);
    for (let i = 0; i < keys.length; i++) {
      if (!isAddress(cells[i]!, letters[i]!, suffix)) return null;
      const value = values[i]!;
      rows[at++] = value;
      if (!Object.is(raw[i], value)) raws.push(r, i, raw[i]!);
    }
  }
  return { sheetName: table.sheetName, rejected: table.rejected, keys, letters, rows, raws };
}

// `cell` is `${letters}${suffix}`, without building that string for every cell.
function isAddress(cell: string, letters: string, suffix: string): boolean {
  return (
    cell.length === letters.length + suffix.length &&
    cell.startsWith(letters) &&
    cell.endsWith(suffix)
  );
}

// The record's keys, in order, are exactly `keys` (Object.keys: for-in walks the null prototype).
function hasKeys(record: object, keys: readonly string[]): boolean {
  const own = Object.keys(record);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < own.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

function unpackTable(table: PackedTable, addresses: SharedAddresses): TableRead {
  const { keys, letters, raws } = table;
  const width = keys.length + 2;
  const count = table.rows.length / width;
  const rows: RowRecord[] = [];
  let next = 0;
  for (let r = 0; r < count; r++) {
    const at = r * width;
    const rowNumber = table.rows[at] as number;
    const values = newFieldRecord<FieldValue | null>();
    // Most rows were read as they are: their raw values are their values, one record for both
    // (nothing writes a restored record).
    const raw = raws[next] === r ? newFieldRecord<JsonValue>() : values;
    const cells = newFieldRecord<string>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = table.rows[at + 2 + i] as FieldValue | null;
      cells[key] = addresses.of(letters[i]!, rowNumber);
      values[key] = value;
      if (raw === values) continue;
      if (raws[next] === r && raws[next + 1] === i) {
        raw[key] = raws[next + 2]!;
        next += 3;
      } else raw[key] = value;
    }
    rows.push({ rowNumber, values, raw, cells, valid: table.rows[at + 1] as boolean });
  }
  return { sheetName: table.sheetName, rows, rejected: table.rejected };
}

function copyTable(table: TableRead): TableRead {
  return { sheetName: table.sheetName, rows: table.rows.map(copyRow), rejected: table.rejected };
}

// A structured clone gives records Object.prototype; the core's have none.
function copyRow(row: RowRecord): RowRecord {
  return {
    rowNumber: row.rowNumber,
    values: Object.assign(newFieldRecord<FieldValue | null>(), row.values),
    raw: Object.assign(newFieldRecord<JsonValue>(), row.raw),
    cells: Object.assign(newFieldRecord<string>(), row.cells),
    valid: row.valid,
  };
}
