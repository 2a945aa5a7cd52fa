// What an evaluation reads: the record, the other sheets, the lists, the lines, the shared cache.
import type { ExprCache } from "./cache";
import type { Row } from "./types";

/** What names are worth when an expression runs. */
export interface ExprEnv {
  /** The record the expression is evaluated on. */
  readonly row: Row;
  /** Every record of a sheet; return the same array each time, so the cache's indexes are reused. */
  readonly rows: (sheet: string) => readonly Row[];
  /** The values of a list of the standard. */
  readonly list: (key: string) => readonly string[];
  /** A per-year line of the region's configuration, null when absent. */
  readonly line: (name: string, year: number) => number | null;
  /** Indexes shared by every evaluation of one validation: see createExprCache(). */
  readonly cache: ExprCache;
}
