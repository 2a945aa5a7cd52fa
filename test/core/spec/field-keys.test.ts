// Field keys are literal types of the spec: these facts are checked when the tests typecheck.
import type { FieldKey, UnknownRuleFields } from "../../../src/core/spec/sheets";
import { SHEETS, fieldSpec } from "../../../src/core/spec/sheets";
import type { Rule } from "../../../src/core/spec/rules";

// Every field a rule names is a field of the spec.
const noUnknownRuleField: [UnknownRuleFields] extends [never] ? true : false = true;
// @ts-expect-error a misspelt field is no field key
const misspelt: FieldKey<"villages"> = "village_cod";
// @ts-expect-error a field of another sheet is no field key of this one
const elsewhere: FieldKey<"funds"> = "head_name";

/** The fields a rule names, on the sheet where each must be. */
function named(sheet: string, rule: Rule): [string, string][] {
  switch (rule.kind) {
    case "ref":
      return [[rule.sheet, rule.field]];
    case "compare":
    case "required-when":
    case "may-follow-period-when":
    case "above-poverty-line-if":
      return [[sheet, rule.field]];
    case "district-of-code":
      return [[sheet, rule.codeField]];
    case "growth":
      return [[sheet, rule.previous]];
    default:
      return [];
  }
}

test("every field a rule names is a field of the sheet it must be on", () => {
  expect([noUnknownRuleField, misspelt, elsewhere]).toEqual([true, "village_cod", "head_name"]);
  const references = SHEETS.flatMap((s) =>
    s.fields.flatMap((f) => f.rules.flatMap((r) => named(s.key, r))),
  );
  expect(references.length).toBeGreaterThan(5);
  for (const [sheet, key] of references) {
    expect(() => fieldSpec(sheet as Parameters<typeof fieldSpec>[0], key)).not.toThrow();
  }
});
