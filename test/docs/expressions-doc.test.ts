// docs/expressions.md: every example gives the value shown, and every function is described.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  compileExpression,
  createExprCache,
  evaluate,
  type ExprScope,
  type ExprValue,
} from "../../src/core";
import { FUNCTIONS } from "../../src/core/standard/expr/functions";
import { fakeId18 } from "../support/ids";

const DOC = readFileSync(path.resolve(__dirname, "../../docs/expressions.md"), "utf8");

// The world the page describes under "The examples".
const RECORD = {
  household_id: "H001",
  household_size: 4,
  labour_count: 2,
  wage_income: 30000,
  business_income: null,
  category: "边缘易致贫户",
  identified_on: "2025-03-01",
  risk_eliminated: "否",
  eliminated_on: null,
  id_number: fakeId18(6),
};
const MEASURES = [
  { household_id: "H001", category: "健康", started_on: "2025-03-05", amount: 200 },
  { household_id: "H001", category: "产业", started_on: "2025-03-20", amount: 5000 },
  { household_id: "H001", category: "就业", started_on: "2025-05-10", amount: null },
  { household_id: "H002", category: "住房", started_on: "2025-04-01", amount: 20000 },
];
const SCOPE: ExprScope = {
  fields: new Set(Object.keys(RECORD)),
  sheets: new Map([["measures", new Set(Object.keys(MEASURES[0]!))]]),
  lists: new Set(["development_measures"]),
};

const ENV = {
  row: RECORD,
  rows: (sheet: string) => (sheet === "measures" ? MEASURES : []),
  list: (key: string) =>
    key === "development_measures" ? ["产业", "就业", "金融", "公益岗位"] : [],
  line: (name: string, year: number) => (name === "monitoring" && year === 2025 ? 8700 : null),
  cache: createExprCache(),
};

/** The rows of every table headed `| expression | <heading> |`: the source and what it gives. */
function examples(heading: string): [string, string][] {
  const rows: [string, string][] = [];
  let inTable = false;
  for (const line of DOC.split("\n")) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (cells.join("|") === `expression|${heading}`) inTable = true;
    else if (!line.startsWith("|")) inTable = false;
    else if (inTable && !cells[0]!.startsWith("---")) {
      const source = /^`(.+)`$/.exec(cells[0]!)?.[1];
      if (source === undefined || cells.length !== 2) {
        throw new Error(`an example that does not parse: ${line}`);
      }
      rows.push([source, cells[1]!]);
    }
  }
  return rows;
}

function parseShown(shown: string): ExprValue {
  if (shown === "blank") return null;
  const code = /^`(.+)`$/.exec(shown)?.[1];
  if (code === undefined) throw new Error(`a value that does not parse: ${shown}`);
  if (code === "TRUE" || code === "FALSE") return code === "TRUE";
  return JSON.parse(code) as ExprValue;
}

describe("docs/expressions.md", () => {
  const rows = examples("value");
  const errors = examples("error");

  test("has examples in every section", () => {
    expect(rows.length).toBeGreaterThan(60);
  });

  test.each(rows)("%s is %s", (source, shown) => {
    const compiled = compileExpression(source, SCOPE);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.error));
    expect(evaluate(compiled.expr, ENV)).toEqual({ ok: true, value: parseShown(shown) });
  });

  test.each(errors)("%s is the error %s", (source, shown) => {
    const [, kind, offset] = /^`(\w+)`(?: at (\d+))?$/.exec(shown) ?? [];
    const compiled = compileExpression(source, SCOPE);
    const result = compiled.ok ? evaluate(compiled.expr, ENV) : compiled;
    if (result.ok) throw new Error(`${source}: expected an error`);
    const at = "offset" in result.error ? result.error.offset : undefined;
    expect([result.error.kind, at]).toEqual([kind, offset && Number(offset)]);
  });

  test("the rule of a development measure within 30 days is TRUE, as the page says", () => {
    const rule = /```text\n(COUNTIFS[^`]+)```/.exec(DOC)?.[1];
    const compiled = compileExpression(rule!.replace(/\s+/g, " "), SCOPE);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.error));
    expect(evaluate(compiled.expr, ENV)).toEqual({ ok: true, value: true });
  });

  test("the record's generated identity number is the one the page shows", () => {
    expect(DOC).toMatch(new RegExp(`\\| \`id_number\` +\\| \`"${RECORD.id_number}"\``));
  });

  test.each([...FUNCTIONS.keys()])("describes %s with an example", (name) => {
    expect(DOC).toContain(`\`${name}(`);
    expect(rows.some(([source]) => source.includes(`${name}(`))).toBe(true);
  });
});
