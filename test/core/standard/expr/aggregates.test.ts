import { compileExpression, createExprCache, evaluate } from "../../../../src/core";
import { errorOf, valueOf, type Row } from "./support";

const MEASURES: readonly Row[] = [
  { household_id: "H1", category: "产业", started_on: "2025-03-20", amount: 500 },
  { household_id: "H1", category: "健康", started_on: "2025-03-05", amount: 200 },
  { household_id: "H1", category: "就业", started_on: "2025-04-15", amount: null },
  { household_id: "H2", category: "住房", started_on: "2025-05-01", amount: 9000 },
  { household_id: "H2", category: "产业", started_on: null, amount: 300 },
  { household_id: null, category: "产业", started_on: "2025-01-01", amount: 1 },
];
const HOUSEHOLDS: readonly Row[] = [
  { household_id: "H1", size: 4 },
  { household_id: "H2", size: 2 },
  { household_id: "H1", size: 5 },
  { household_id: 3, size: 1 },
];
const SHEETS = { measures: MEASURES, households: HOUSEHOLDS };
const h1 = { id: "H1", identified_on: "2025-03-01" };

describe("COUNTIFS", () => {
  test.each([
    ["COUNTIFS(measures.household_id, id)", h1, 3],
    ['COUNTIFS(measures.household_id, id, measures.category, "产业")', h1, 1],
    ["COUNTIFS(measures.household_id, id, measures.category, development)", h1, 2],
    ['COUNTIFS(measures.household_id, id, measures.category, ["产业", "健康", "产业"])', h1, 2],
    ['COUNTIFS(measures.household_id, "H9")', h1, 0],
    ['COUNTIFS(measures.category, "产业")', h1, 3],
    ["COUNTIFS(households.household_id, 3)", h1, 1],
    ['COUNTIFS(households.household_id, "3")', h1, 0],
    ["COUNTIFS(measures.household_id, id, measures.category, [])", h1, 0],
  ])("%s is %p", (source, row, expected) => {
    expect(valueOf(source, row, SHEETS)).toBe(expected);
  });

  test("a blank criterion gives blank, and a blank cell of the other sheet matches nothing", () => {
    expect(valueOf("COUNTIFS(measures.household_id, id)", {}, SHEETS)).toBeNull();
    expect(
      valueOf(
        'COUNTIFS(measures.category, "产业", measures.household_id, id)',
        { id: "H2" },
        SHEETS,
      ),
    ).toBe(1);
  });

  test("a sheet with no rows counts 0", () => {
    expect(valueOf("COUNTIFS(measures.household_id, id)", h1, {})).toBe(0);
  });

  test("the rule of a development measure within 30 days reads as written", () => {
    const source =
      "COUNTIFS(measures.household_id, id, measures.category, development) >= 1 AND " +
      "DAYS(MINIFS(measures.started_on, measures.household_id, id, measures.category, development), identified_on) <= 30";
    expect(valueOf(source, h1, SHEETS)).toBe(true);
    expect(valueOf(source, { ...h1, identified_on: "2025-02-01" }, SHEETS)).toBe(false);
  });
});

describe("MINIFS and MAXIFS", () => {
  test.each([
    ["MINIFS(measures.started_on, measures.household_id, id)", "2025-03-05"],
    ["MAXIFS(measures.started_on, measures.household_id, id)", "2025-04-15"],
    [
      "MINIFS(measures.started_on, measures.household_id, id, measures.category, development)",
      "2025-03-20",
    ],
    [
      'MAXIFS(measures.started_on, measures.household_id, id, measures.category, ["产业", "健康"])',
      "2025-03-20",
    ],
    ["MINIFS(measures.amount, measures.household_id, id)", 200],
    ["MAXIFS(measures.amount, measures.household_id, id)", 500],
    ['MINIFS(measures.amount, measures.household_id, "H9")', null],
    [
      'MINIFS(measures.started_on, measures.household_id, id, measures.category, "就业")',
      "2025-04-15",
    ],
  ])("%s is %p", (source, expected) => {
    expect(valueOf(source, h1, SHEETS)).toBe(expected);
  });

  test("blank cells of the result column are skipped; none left gives blank", () => {
    expect(valueOf('MINIFS(measures.started_on, measures.household_id, "H2")', h1, SHEETS)).toBe(
      "2025-05-01",
    );
    expect(
      valueOf(
        'MINIFS(measures.started_on, measures.household_id, "H2", measures.category, "产业")',
        h1,
        SHEETS,
      ),
    ).toBeNull();
  });

  test("a result column mixing numbers and text is a type error", () => {
    const mixed = {
      measures: [
        { household_id: "H1", amount: 5 },
        { household_id: "H1", amount: "5元" },
      ],
    };
    expect(errorOf("MAXIFS(measures.amount, measures.household_id, id)", h1, mixed).kind).toBe(
      "type",
    );
  });
});

describe("XLOOKUP", () => {
  test.each([
    ['XLOOKUP("H1", households.household_id, households.size)', 4],
    ['XLOOKUP("H2", households.household_id, households.size)', 2],
    ['XLOOKUP("H9", households.household_id, households.size)', null],
    ["XLOOKUP(3, households.household_id, households.size)", 1],
    ["XLOOKUP(status, households.household_id, households.size)", null],
  ])("%s is %p (the first match)", (source, expected) => {
    expect(valueOf(source, h1, SHEETS)).toBe(expected);
  });
});

describe("the other sheet's rows are read through an index built once", () => {
  test("each cell of the other sheet is read once, however many rows look it up", () => {
    let reads = 0;
    const counted = (id: string): Row =>
      Object.defineProperty({}, "household_id", {
        enumerable: true,
        get: () => (reads++, id),
      }) as Row;
    const rows = [counted("H1"), counted("H2"), counted("H1")];
    const compiled = compileExpression("COUNTIFS(households.household_id, id)", {
      fields: new Set(["id"]),
      sheets: new Map([["households", new Set(["household_id"])]]),
      lists: new Set(),
    });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.error));
    const cache = createExprCache();
    const env = (id: string) => ({
      row: { id },
      rows: () => rows,
      list: () => [],
      line: () => null,
      cache,
    });
    expect(evaluate(compiled.expr, env("H1"))).toEqual({ ok: true, value: 2 });
    expect(evaluate(compiled.expr, env("H2"))).toEqual({ ok: true, value: 1 });
    expect(evaluate(compiled.expr, env("H3"))).toEqual({ ok: true, value: 0 });
    expect(reads).toBe(3);
  });
});
