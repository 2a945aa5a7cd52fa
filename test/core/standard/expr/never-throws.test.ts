// Property: compile and evaluate return a value or a typed error for any source and any records.
import fc from "fast-check";
import {
  compileExpression,
  createExprCache,
  evaluate,
  type ExprError,
  type ExprValue,
  LANGS,
  MESSAGES,
} from "../../../../src/core";
import { FUZZ_SEED } from "../../../fuzz/arbitraries";
import { LINES, LISTS, SCOPE, type Row } from "./support";

const KINDS: readonly ExprError["kind"][] = ["syntax", "name", "type", "budget", "depth"];
const FIELDS = [...SCOPE.fields];
const OTHER_FIELDS = ["household_id", "category", "started_on", "amount", "size"];
const FUNCTION_NAMES = [
  "AND",
  "OR",
  "NOT",
  "IF",
  "LEN",
  "ISBLANK",
  "N",
  "ABS",
  "ROUND",
  "MIN",
  "MAX",
  "SUM",
  "IN",
  "YEAR",
  "DAYS",
  "ID18VALID",
  "LINE",
  "COUNTIFS",
  "MINIFS",
  "MAXIFS",
  "XLOOKUP",
  "sum",
  "FOO",
];
const OPERATORS = [
  "+",
  "-",
  "*",
  "/",
  "&",
  "=",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "AND",
  "OR",
  "==",
  "%",
  "^",
];

const cellValue: fc.Arbitrary<string | number | null | undefined> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "",
    "2025-03-01",
    "2025-02-30",
    "2024-02-29T10:00",
    "是",
    "产业",
    "8700",
    "1e3",
    "X",
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
);

const row: fc.Arbitrary<Row> = fc.dictionary(
  fc.constantFrom(...FIELDS, ...OTHER_FIELDS, "__proto__"),
  cellValue,
);

const name = fc.oneof(
  fc.constantFrom(
    ...FIELDS,
    ...Object.keys(LISTS),
    "measures",
    "households",
    "unknown",
    "this",
    "TRUE",
  ),
  fc
    .constantFrom(...OTHER_FIELDS)
    .chain((field) => fc.constantFrom(`measures.${field}`, `households.${field}`)),
);

const literal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(Math.abs(n))),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s)),
  fc.constantFrom("TRUE", "FALSE", '"2025-03-01"', '"monitoring"', "2025", "0", "1e400", "'x'"),
);

/** Expressions built from the grammar, well formed or nearly so. */
const { expression } = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal,
    name,
    tie("expression").map((e) => `-${e}`),
    tie("expression").map((e) => `(${e})`),
    fc
      .tuple(tie("expression"), fc.constantFrom(...OPERATORS), tie("expression"))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(tie("expression"), { maxLength: 5 }))
      .map(([fn, args]) => `${fn}(${args.join(", ")})`),
    fc.array(tie("expression"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
  ),
}));

/** Expressions nested around the depth bound. */
const deep = fc
  .tuple(
    expression,
    fc.integer({ min: 20, max: 45 }),
    fc.constantFrom("-", "(", "NOT(", "ABS(", "1 + "),
  )
  .map(([inner, times, wrap]) => {
    const close = wrap.endsWith("(") ? ")" : "";
    return `${wrap.repeat(times)}${inner}${close.repeat(times)}`;
  });

const anySource = fc.oneof(expression, deep);

/** Token soup and raw text: mostly syntax errors, which must be results too. */
const soup = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.constantFrom(
          ...OPERATORS,
          ...FUNCTION_NAMES,
          ...FIELDS,
          "(",
          ")",
          "[",
          "]",
          ",",
          '"',
          ".",
          "?",
          ":",
          "1",
        ),
        { maxLength: 30 },
      ),
      fc.constantFrom("", " "),
    )
    .map(([tokens, separator]) => tokens.join(separator)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const otherRows = fc.array(row, { maxLength: 6 });

function isScalar(value: ExprValue): boolean {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    Number.isFinite(value)
  );
}

function check(
  source: string,
  record: Row,
  measures: Row[],
  households: Row[],
  steps?: number,
): void {
  const compiled = compileExpression(source, SCOPE);
  if (!compiled.ok) {
    expect(KINDS).toContain(compiled.error.kind);
    for (const lang of LANGS) {
      const text = MESSAGES[lang].package.expression({ kind: "expression", error: compiled.error });
      expect(text).not.toMatch(/undefined|\[object/);
    }
    return;
  }
  const sheets: Record<string, Row[]> = { measures, households };
  const result = evaluate(
    compiled.expr,
    {
      row: record,
      rows: (sheet) => sheets[sheet] ?? [],
      list: (key) => LISTS[key] ?? [],
      line: (lineName, year) => LINES[lineName]?.[year] ?? null,
      cache: createExprCache(),
    },
    steps === undefined ? undefined : { steps },
  );
  if (result.ok) expect(isScalar(result.value)).toBe(true);
  else expect(KINDS).toContain(result.error.kind);
}

describe("compile and evaluate never throw", () => {
  test("on expressions from the grammar, over generated records and sheets", () => {
    fc.assert(
      fc.property(anySource, row, otherRows, otherRows, (source, record, measures, households) => {
        check(source, record, measures, households);
      }),
      { seed: FUZZ_SEED, numRuns: 3_000 },
    );
  });

  test("with small step budgets", () => {
    fc.assert(
      fc.property(
        expression,
        row,
        otherRows,
        fc.integer({ min: 0, max: 20 }),
        (source, record, measures, steps) => {
          check(source, record, measures, [], steps);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1_000 },
    );
  });

  test("on token soup and raw text", () => {
    fc.assert(
      fc.property(soup, row, (source, record) => {
        check(source, record, [], []);
      }),
      { seed: FUZZ_SEED, numRuns: 3_000 },
    );
  });

  test("the grammar reaches values and every kind of error but budget (which needs big inputs)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(anySource, row, (source, record) => {
        const compiled = compileExpression(source, SCOPE);
        if (!compiled.ok) return void seen.add(compiled.error.kind);
        const result = evaluate(compiled.expr, {
          row: record,
          rows: () => [],
          list: (key) => LISTS[key] ?? [],
          line: () => null,
          cache: createExprCache(),
        });
        seen.add(result.ok ? "value" : result.error.kind);
      }),
      { seed: FUZZ_SEED, numRuns: 3_000 },
    );
    expect([...seen].sort()).toEqual(["depth", "name", "syntax", "type", "value"]);
  });
});
