import { compileExpression, createExprCache, evaluate, EXPR_LIMITS } from "../../../../src/core";
import { run, SCOPE, type Row } from "./support";

describe("the step budget", () => {
  test("every node visited is a step: a tight budget passes and one less fails", () => {
    // SUM, size, labour, 1: four nodes.
    expect(run("SUM(size, labour, 1)", { size: 1, labour: 2 }, {}, { steps: 4 })).toEqual({
      value: 4,
    });
    expect(run("SUM(size, labour, 1)", { size: 1, labour: 2 }, {}, { steps: 3 })).toEqual({
      error: { kind: "budget", message: "the evaluation takes more than 3 steps" },
    });
  });

  test("a branch not taken costs nothing", () => {
    expect(run("IF(TRUE, 1, SUM(1, 2, 3, 4, 5))", {}, {}, { steps: 3 })).toEqual({ value: 1 });
  });

  test(`the default budget is ${EXPR_LIMITS.steps} steps`, () => {
    const lists = Array.from({ length: 101 }, (_, i) => i);
    const source = `COUNTIFS(measures.household_id, [${lists.join(",")}], measures.amount, [${lists.join(",")}])`;
    const result = run(source, {}, { measures: [] });
    expect(result).toEqual({
      error: {
        kind: "budget",
        message: `the evaluation takes more than ${EXPR_LIMITS.steps} steps`,
      },
    });
  });

  test("criteria combinations are paid for before they are enumerated", () => {
    const big = `[${Array.from({ length: 60 }, (_, i) => i).join(",")}]`;
    const source = `COUNTIFS(measures.household_id, ${big}, measures.category, ${big}, measures.amount, ${big})`;
    const measures = [{ household_id: 1, category: 2, amount: 3 }];
    // 60 × 60 × 60 = 216,000 combinations, one matching.
    expect(run(source, {}, { measures }, { steps: 300_000 })).toEqual({ value: 1 });
    expect(run(source, {}, { measures })).toMatchObject({ error: { kind: "budget" } });
  });

  test("a budget that is not a number falls back to the default", () => {
    expect(run("1 + 1", {}, {}, { steps: Number.NaN })).toEqual({ value: 2 });
  });
});

describe("an aggregate over another sheet costs a bounded number of steps per row", () => {
  // 10,000 households looked up among 30,000 measures: the index is built once, not per row.
  const HOUSEHOLDS = 10_000;
  const MEASURES = 30_000;
  const households: Row[] = Array.from({ length: HOUSEHOLDS }, (_, i) => ({ id: `H${i}` }));
  const measures: Row[] = Array.from({ length: MEASURES }, (_, i) => ({
    household_id: `H${i % HOUSEHOLDS}`,
    category: ["产业", "就业", "健康"][i % 3]!,
  }));

  test("COUNTIFS with a list criterion takes the same few steps on every row", () => {
    const compiled = compileExpression(
      "COUNTIFS(measures.household_id, id, measures.category, development) >= 1",
      SCOPE,
    );
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.error));
    const cache = createExprCache();
    let matched = 0;
    let cellReads = 0;
    const watched = measures.map((row) => {
      const copy: Row = {};
      for (const [key, value] of Object.entries(row)) {
        Object.defineProperty(copy, key, { enumerable: true, get: () => (cellReads++, value) });
      }
      return copy;
    });
    // Five nodes (>=, COUNTIFS, id, development, 1) and two combinations of criteria values.
    const budget = { steps: 7 };
    for (const row of households) {
      const result = evaluate(
        compiled.expr,
        { row, rows: () => watched, list: () => ["产业", "就业"], line: () => null, cache },
        budget,
      );
      if (!result.ok) throw new Error(`${String(row.id)}: ${result.error.message}`);
      if (result.value === true) matched++;
    }
    // Measures i, i + 10,000, i + 20,000 have categories i, i+1, i+2 mod 3: one is 健康 and two count.
    expect(matched).toBe(HOUSEHOLDS);
    // Every cell of the two criteria columns read once, to build the index.
    expect(cellReads).toBe(MEASURES * 2);
    const env = {
      row: households[0]!,
      rows: () => watched,
      list: () => ["产业", "就业"],
      line: () => null,
      cache,
    };
    expect(evaluate(compiled.expr, env, { steps: 6 })).toMatchObject({
      ok: false,
      error: { kind: "budget" },
    });
  });
});
