// A bad package's errors are data (path, line, problem), worded by each language's catalogue.
import { loadPackage } from "../../../src/core/standard/load";
import type { JsonSyntaxError, PackageProblem } from "../../../src/core/standard/load";
import type { ExprProblem } from "../../../src/core/spec/package-problem";
import { LANGS } from "../../../src/core/messages";
import { renderPackageError } from "../../../src/core/messages/render";

const BAD = `{
  "format": "aidsheet-standard/1",
  "id": "Tiny",
  "version": "1",
  "name": { "zh": "小", "en": "Tiny" },
  "template_id": "t/1",
  "workflow": "paired",
  "colour": "red",
  "sheets": [
    {
      "key": "people",
      "name": { "zh": "人员", "en": "People" },
      "layout": "table",
      "fields": [
        { "key": "size", "label": { "zh": "人数", "en": "Size" }, "type": { "list": "sizes" } }
      ]
    }
  ],
  "rules": [
    {
      "id": "r1",
      "sheet": "people",
      "field": "size",
      "check": "size >= nope",
      "code": "range",
      "severity": "error",
      "message": { "zh": "x", "en": "x" }
    }
  ],
  "merge": { "people": { "key": ["person_id"] } }
}
`;

const lineOf = (needle: string) => BAD.split("\n").findIndex((l) => l.includes(needle)) + 1;

function errorsOf(text: string) {
  const result = loadPackage(text);
  if (result.ok) throw new Error("loaded a bad package");
  return result.errors;
}

describe("the errors of a bad package", () => {
  test("schema errors are data: path, line and a typed problem", () => {
    expect(errorsOf(BAD)).toEqual([
      { path: "$.id", line: lineOf('"Tiny"'), problem: { kind: "format", format: "id" } },
      { path: "$", line: 1, problem: { kind: "unknown-keys", keys: ["colour"] } },
    ]);
  });

  const valid = BAD.replace('"Tiny"', '"tiny"').replace('  "colour": "red",\n', "");
  const lineIn = (needle: string) => valid.split("\n").findIndex((l) => l.includes(needle)) + 1;

  test("names that do not exist and expressions that do not compile, each where it is", () => {
    expect(errorsOf(valid)).toEqual([
      {
        path: "$.sheets[0].fields[0].type.list",
        line: lineIn('"list": "sizes"'),
        problem: { kind: "unknown-list", list: "sizes" },
      },
      {
        path: "$.rules[0].check",
        line: lineIn('"check"'),
        problem: {
          kind: "expression",
          error: { kind: "name", problem: { kind: "unknown-name", name: "nope" }, offset: 8 },
        },
      },
      {
        path: "$.merge.people.key[0]",
        line: lineIn('"person_id"'),
        problem: { kind: "unknown-field", sheet: "people", field: "person_id" },
      },
    ]);
  });

  test("worded in Chinese and in English, with line and path", () => {
    const errors = errorsOf(valid);
    const list = lineIn('"list": "sizes"');
    const check = lineIn('"check"');
    const key = lineIn('"person_id"');
    expect(errors.map((e) => renderPackageError(e, "zh-CN"))).toEqual([
      `${list}: $.sheets[0].fields[0].type.list：没有名单 "sizes"`,
      `${check}: $.rules[0].check：表达式名称错误（第 9 个字符）：没有名称 "nope"`,
      `${key}: $.merge.people.key[0]：工作表 "people" 没有字段 "person_id"`,
    ]);
    expect(errors.map((e) => renderPackageError(e, "en"))).toEqual([
      `${list}: $.sheets[0].fields[0].type.list: no list "sizes"`,
      `${check}: $.rules[0].check: name error at character 9: unknown name "nope"`,
      `${key}: $.merge.people.key[0]: sheet "people" has no field "person_id"`,
    ]);
  });

  test("a JSON syntax error names the column and what was expected", () => {
    const [error] = errorsOf('{\n  "id": "a"\n  "version": "1"\n}');
    expect(error).toEqual({
      path: "$",
      line: 3,
      problem: { kind: "json-syntax", error: "CommaExpected", column: 3 },
    });
    expect(renderPackageError(error!, "zh-CN")).toBe(
      "3: $：JSON 语法错误（第 3 列）：此处应有逗号",
    );
    expect(renderPackageError(error!, "en")).toBe(
      "3: $: JSON syntax at column 3: a comma is expected",
    );
  });

  test("a bad base is named with its own first error", () => {
    const text = valid.replace(
      '"template_id": "t/1",',
      '"template_id": "t/1", "extends": "jiedui-2018",',
    );
    expect(errorsOf(text)[0]!.problem).toEqual({
      kind: "inherited",
      key: "template_id",
      base: "jiedui-2018",
    });
    const [error] = errorsOf(valid.replace('"workflow": "paired",', '"extends": "base.json",'));
    expect(error!.problem).toEqual({ kind: "unknown-base", base: "base.json" });
  });
});

// One problem of each kind: a kind missing here fails to compile, as a text missing in a catalogue.
const ONE_OF_EACH: {
  readonly [K in PackageProblem["kind"]]: Extract<PackageProblem, { kind: K }>;
} = {
  "json-syntax": { kind: "json-syntax", error: "ValueExpected", column: 4 },
  required: { kind: "required" },
  type: { kind: "type", expected: "boolean" },
  "unknown-keys": { kind: "unknown-keys", keys: ["colour"] },
  empty: { kind: "empty" },
  "too-long": { kind: "too-long", max: 2000 },
  format: { kind: "format", format: "key" },
  "one-of": { kind: "one-of", values: ["builtin"], types: ["array"] },
  invalid: { kind: "invalid" },
  "unknown-base": { kind: "unknown-base", base: "x" },
  "bad-base": { kind: "bad-base", base: "b.json", problem: { kind: "unknown-list", list: "q" } },
  inherited: { kind: "inherited", key: "workflow", base: "b" },
  "base-sheet-changed": { kind: "base-sheet-changed", sheet: "s", base: "b" },
  "base-field": { kind: "base-field", field: "f", base: "b" },
  "base-merge-key": { kind: "base-merge-key", sheet: "s", base: "b" },
  "register-builtin-indicators": { kind: "register-builtin-indicators" },
  "districts-list": { kind: "districts-list" },
  "list-value-twice": { kind: "list-value-twice", list: "causes", value: "因病" },
  "sheet-twice": { kind: "sheet-twice", sheet: "s" },
  "field-twice": { kind: "field-twice", field: "f" },
  "rule-twice": { kind: "rule-twice", id: "r" },
  "header-ambiguous": { kind: "header-ambiguous", header: "人数", fields: ["a", "b"] },
  "unknown-list": { kind: "unknown-list", list: "q" },
  "unknown-sheet": { kind: "unknown-sheet", sheet: "s" },
  "unknown-field": { kind: "unknown-field", sheet: "s", field: "f" },
  "field-on-no-sheet": { kind: "field-on-no-sheet", field: "f" },
  expression: {
    kind: "expression",
    error: { kind: "depth", problem: { kind: "too-deep", max: 32 }, offset: 0 },
  },
};

// One expression problem of each kind: a kind missing here does not compile.
const ONE_EXPR_OF_EACH: { [K in ExprProblem["kind"]]: Extract<ExprProblem, { kind: K }> } = {
  "not-text": { kind: "not-text" },
  empty: { kind: "empty" },
  "too-long": { kind: "too-long", max: 2000 },
  "too-deep": { kind: "too-deep", max: 32 },
  unexpected: { kind: "unexpected", token: "%" },
  expected: { kind: "expected", token: ")" },
  "operand-missing": { kind: "operand-missing", operator: "+" },
  unclosed: { kind: "unclosed", bracket: "(" },
  "unclosed-quote": { kind: "unclosed-quote" },
  "bad-number": { kind: "bad-number", text: "1e" },
  syntax: { kind: "syntax" },
  "single-quotes": { kind: "single-quotes" },
  "number-too-large": { kind: "number-too-large" },
  "empty-item": { kind: "empty-item" },
  "no-operator": { kind: "no-operator" },
  conditional: { kind: "conditional" },
  dot: { kind: "dot" },
  callee: { kind: "callee" },
  "not-in-language": { kind: "not-in-language" },
  "unknown-name": { kind: "unknown-name", name: "nope" },
  "unknown-function": { kind: "unknown-function", name: "sum", upper: "SUM" },
  "unknown-sheet": { kind: "unknown-sheet", sheet: "s" },
  "unknown-field": { kind: "unknown-field", sheet: "s", field: "f" },
  "list-needed": { kind: "list-needed", field: "f" },
  "column-needed": { kind: "column-needed", name: "f" },
  "list-misplaced": { kind: "list-misplaced", list: "l" },
  "column-misplaced": { kind: "column-misplaced", sheet: "s", field: "f" },
  "sheet-misplaced": { kind: "sheet-misplaced", sheet: "s" },
  "function-misplaced": { kind: "function-misplaced", name: "IF" },
  arity: { kind: "arity", name: "MINIFS", arity: { kind: "pairs", lead: 1 }, given: 2 },
  "columns-of-sheets": { kind: "columns-of-sheets", name: "COUNTIFS" },
};

const JSON_ERRORS: readonly JsonSyntaxError[] = [
  "InvalidSymbol",
  "InvalidNumberFormat",
  "PropertyNameExpected",
  "ValueExpected",
  "ColonExpected",
  "CommaExpected",
  "CloseBraceExpected",
  "CloseBracketExpected",
  "EndOfFileExpected",
  "InvalidCommentToken",
  "UnexpectedEndOfComment",
  "UnexpectedEndOfString",
  "UnexpectedEndOfNumber",
  "InvalidUnicode",
  "InvalidEscapeCharacter",
  "InvalidCharacter",
];

describe.each(LANGS)("the %s catalogue", (lang) => {
  const render = (problem: PackageProblem) =>
    renderPackageError({ path: "$.x", line: 7, problem }, lang);

  test.each(Object.values(ONE_OF_EACH).map((p) => [p.kind, p] as const))(
    "words %s with its line and path",
    (_kind, problem) => {
      const text = render(problem);
      expect(text).toMatch(/^7: \$\.x(: |：)\S/);
      expect(text).not.toMatch(/undefined|\[object/);
    },
  );

  test("words every JSON syntax error, each differently", () => {
    const texts = JSON_ERRORS.map((error) => render({ kind: "json-syntax", error, column: 1 }));
    expect(new Set(texts).size).toBe(JSON_ERRORS.length);
  });

  test("words every expression problem, each differently, and not as the other language", () => {
    const other = LANGS.find((l) => l !== lang)!;
    const texts = Object.values(ONE_EXPR_OF_EACH).map((problem) => {
      const expression = { kind: "expression", error: { kind: "syntax", problem } } as const;
      const text = render(expression);
      expect(text).not.toMatch(/undefined|\[object/);
      expect(text).not.toBe(
        renderPackageError({ path: "$.x", line: 7, problem: expression }, other),
      );
      return text;
    });
    expect(new Set(texts).size).toBe(texts.length);
  });

  test("words every problem differently from the other language", () => {
    const other = LANGS.find((l) => l !== lang)!;
    for (const problem of Object.values(ONE_OF_EACH)) {
      const mine = renderPackageError({ path: "$", line: 1, problem }, lang);
      expect(mine).not.toBe(renderPackageError({ path: "$", line: 1, problem }, other));
    }
  });
});
