// Indexes of other sheets by criteria fields, built once per validation so aggregates stay linear.
import type { Row, Scalar } from "./types";
import { extreme, readField, valueKey } from "./values";

/** Indexes shared by every evaluation of one validation; keyed by the rows array itself. */
export class ExprCache {
  readonly #indexes = new WeakMap<readonly Row[], Map<string, SheetIndex>>();
  readonly #lists = new WeakMap<readonly string[], ReadonlySet<string>>();

  /** The index of `rows` by `fields`, built on first use. */
  index(rows: readonly Row[], fields: readonly string[]): SheetIndex {
    let byFields = this.#indexes.get(rows);
    if (!byFields) this.#indexes.set(rows, (byFields = new Map<string, SheetIndex>()));
    const name = JSON.stringify(fields);
    let index = byFields.get(name);
    if (!index) byFields.set(name, (index = new SheetIndex(rows, fields)));
    return index;
  }

  /** The value keys of a list, built on first use. */
  listKeys(list: readonly string[]): ReadonlySet<string> {
    let keys = this.#lists.get(list);
    if (!keys) this.#lists.set(list, (keys = new Set(list.map(valueKey))));
    return keys;
  }
}

/** A new cache: one per validation (or per indicator run), shared by all its evaluations. */
export function createExprCache(): ExprCache {
  return new ExprCache();
}

/** The key of a combination of non-blank values, one per criteria field. */
export function combinationKey(keys: readonly string[]): string {
  return JSON.stringify(keys);
}

/** Rows of one sheet grouped by the values of some fields; a row with a blank field is in no group. */
export class SheetIndex {
  readonly #rows: readonly Row[];
  readonly #groups = new Map<string, number[]>();
  readonly #extremes = new Map<string, Map<string, Scalar>>();

  constructor(rows: readonly Row[], fields: readonly string[]) {
    this.#rows = rows;
    rows.forEach((row, rowIndex) => {
      const keys: string[] = [];
      for (const field of fields) {
        const value = readField(row, field);
        if (value === null) return;
        keys.push(valueKey(value));
      }
      const key = combinationKey(keys);
      const group = this.#groups.get(key);
      if (group) group.push(rowIndex);
      else this.#groups.set(key, [rowIndex]);
    });
  }

  /** How many rows have this combination. */
  count(key: string): number {
    return this.#groups.get(key)?.length ?? 0;
  }

  /** `field` of the first row with this combination; blank when none. */
  first(key: string, field: string): Scalar {
    const rowIndex = this.#groups.get(key)?.[0];
    return rowIndex === undefined ? null : readField(this.#rows[rowIndex]!, field);
  }

  /** The smallest or largest non-blank `field` among rows with this combination; blank when none. */
  extreme(key: string, field: string, which: "min" | "max"): Scalar {
    const memoName = `${which}:${field}`;
    let memo = this.#extremes.get(memoName);
    if (!memo) this.#extremes.set(memoName, (memo = new Map<string, Scalar>()));
    if (memo.has(key)) return memo.get(key)!;
    let best: Scalar = null;
    for (const rowIndex of this.#groups.get(key) ?? []) {
      best = extreme(which, best, readField(this.#rows[rowIndex]!, field));
    }
    memo.set(key, best);
    return best;
  }
}
