import type { Cell, SheetGrid } from "../core";
import type { ReadXlsxResult } from "../ooxml/read-xlsx";

// Arrays up to this length go as they are: the template's tables have under 20 columns.
const ALWAYS_DENSE = 64;

/** A long array that is mostly holes: its length and the entries it has. */
interface Sparse<T> {
  readonly sparse: number;
  readonly entries: [number, T][];
}

type Packed<T> = (T | null)[] | Sparse<T>;

/**
 * The reader's result as JSON, to cross between threads (three times cheaper than a structured
 * clone). Rows and sheets that are mostly empty (one value in column XFD or row 1048576) are
 * written as their entries: as nulls, a few-KB file would become hundreds of MB of JSON.
 */
export function resultToJson(result: ReadXlsxResult): string {
  if (!result.ok) return JSON.stringify(result);
  const sheets = result.grid.sheets.map((sheet) => ({
    ...sheet,
    rows: pack(sheet.rows.map((row) => (row === undefined ? row : pack(row)))),
  }));
  return JSON.stringify({ ...result, grid: { ...result.grid, sheets } });
}

/** The result `resultToJson` wrote, with empty cells and rows undefined again. */
export function resultFromJson(json: string): ReadXlsxResult {
  const result = JSON.parse(json) as ReadXlsxResult;
  if (!result.ok) return result;
  const sheets: SheetGrid[] = result.grid.sheets.map((sheet) => ({
    ...sheet,
    rows: unpack(sheet.rows as unknown as Packed<Packed<Cell>>).map((row) =>
      row === undefined ? row : unpack(row),
    ),
  }));
  return { ...result, grid: { ...result.grid, sheets } };
}

function pack<T>(array: readonly (T | undefined)[]): readonly (T | undefined)[] | Sparse<T> {
  if (array.length <= ALWAYS_DENSE) return array;
  // Object.keys lists only the entries there are, where a loop would visit every hole.
  const keys = Object.keys(array);
  if (keys.length * 4 >= array.length) return array;
  const entries: [number, T][] = [];
  for (const key of keys) {
    const index = Number(key);
    const value = array[index];
    if (value !== undefined) entries.push([index, value]);
  }
  return { sparse: array.length, entries };
}

function unpack<T>(packed: Packed<T>): (T | undefined)[] {
  if (Array.isArray(packed)) {
    for (let i = 0; i < packed.length; i++) if (packed[i] === null) packed[i] = undefined as never;
    return packed as (T | undefined)[];
  }
  const array: (T | undefined)[] = [];
  for (const [index, value] of packed.entries) array[index] = value;
  array.length = packed.sparse;
  return array;
}
