// Property: the indexed aggregates agree with a plain scan of the other sheet, cache shared or not.
import fc from "fast-check";
import { compileExpression, createExprCache, evaluate, type ExprCache } from "../../../../src/core";
import { FUZZ_SEED } from "../../../fuzz/arbitraries";
import type { Row } from "./support";

const SCOPE = {
  fields: new Set(["id", "kind"]),
  sheets: new Map([["other", new Set(["id", "kind", "on"])]]),
  lists: new Set<string>(),
};

// Few distinct values, numbers and text that look alike, so rows match often and nearly.
const cell = fc.constantFrom<string | number | null | undefined>(
  1,
  "1",
  2,
  "a",
  "b",
  "",
  null,
  undefined,
);
const date = fc.constantFrom<string | null>("2025-01-02", "2025-03-01", "2024-12-31", null);
const otherRow = fc.record({ id: cell, kind: cell, on: date });
const criterion = fc.oneof(
  fc.constantFrom("id", "kind", "1", '"1"', '"a"', "2"),
  fc.constantFrom('["a", 1]', '[2, "b", "a"]', "[]"),
);

const isBlank = (v: unknown) => v === null || v === undefined || v === "";
const same = (cellValue: unknown, wanted: unknown) => !isBlank(cellValue) && cellValue === wanted;

/** What a criterion means for a record, evaluated by hand: the values it matches, or blank. */
function wantedValues(source: string, row: Row): unknown[] | null {
  if (source === "id" || source === "kind") return isBlank(row[source]) ? null : [row[source]];
  return [JSON.parse(source) as unknown].flat();
}

function run(source: string, row: Row, rows: Row[], cache: ExprCache) {
  const compiled = compileExpression(source, SCOPE);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.error));
  const result = evaluate(compiled.expr, {
    row,
    rows: () => rows,
    list: () => [],
    line: () => null,
    cache,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("indexed aggregates agree with a scan", () => {
  test("COUNTIFS, MINIFS, MAXIFS and XLOOKUP, for each of several records over one cache", () => {
    fc.assert(
      fc.property(
        fc.array(otherRow, { maxLength: 12 }),
        fc.array(fc.record({ id: cell, kind: cell }), { minLength: 1, maxLength: 4 }),
        criterion,
        criterion,
        (rows, records, first, second) => {
          const shared = createExprCache();
          for (const record of records) {
            const a = wantedValues(first, record);
            const b = wantedValues(second, record);
            const matches =
              a === null || b === null
                ? null
                : rows.filter(
                    (r) => a.some((v) => same(r.id, v)) && b.some((v) => same(r.kind, v)),
                  );
            const dates = matches
              ?.map((r) => r.on)
              .filter((on): on is string => on !== null)
              .sort();
            const criteria = `other.id, ${first}, other.kind, ${second}`;
            for (const cache of [shared, createExprCache()]) {
              expect(run(`COUNTIFS(${criteria})`, record, rows, cache)).toBe(
                matches ? matches.length : null,
              );
              expect(run(`MINIFS(other.on, ${criteria})`, record, rows, cache)).toBe(
                matches ? (dates![0] ?? null) : null,
              );
              expect(run(`MAXIFS(other.on, ${criteria})`, record, rows, cache)).toBe(
                matches ? (dates!.at(-1) ?? null) : null,
              );
            }
            if (first.startsWith("[")) continue;
            const firstMatch = a === null ? undefined : rows.find((r) => same(r.id, a[0]));
            const found =
              firstMatch === undefined || isBlank(firstMatch.kind) ? null : firstMatch.kind;
            expect(run(`XLOOKUP(${first}, other.id, other.kind)`, record, rows, shared)).toBe(
              a === null ? null : found,
            );
          }
        },
      ),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });
});
