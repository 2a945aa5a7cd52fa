import type { Config } from "../config";
import { LISTS } from "../spec/lists";
import type { ListKey } from "../spec/lists";
import { MESSAGES, pickLabel } from "../messages";
import type { Lang } from "../messages";
import type { RuleArgs } from "../messages/catalogue";
import type { Rule } from "../spec/rules";
import { sheetSpec } from "../spec/sheets";
import type { FieldSpec, SheetKey } from "../spec/sheets";
import { isListType } from "../spec/types";
import type { FieldType, Label, ScalarType } from "../spec/types";

/** Values of a list (docs/standard.md); `districts` come from the region configuration. */
export function listValues(list: ListKey, config: Config): readonly string[] {
  return list === "districts" ? config.region.districts.map((d) => d.name) : LISTS[list];
}

/** Every list, `districts` first, then the fixed lists in the order of lists.ts. */
export const LIST_KEYS: readonly ListKey[] = [
  "districts",
  ...(Object.keys(LISTS) as (keyof typeof LISTS)[]),
];

/** Last year the template's own validation accepts; the validator bounds years by the period. */
export const LAST_TEMPLATE_YEAR = 2030;

/** The field's type in words. */
export function describeType(type: FieldType, lang: Lang): string {
  const words = MESSAGES[lang].template;
  return isListType(type) ? words.listType(words.listNames[type.list]) : words.types[type];
}

// A synthetic code with a valid check character: an example, not a real body.
const USCC_EXAMPLE = "914201009900012396";

const TYPE_EXAMPLES: { readonly [T in ScalarType]: (config: Config) => string } = {
  text: () => "",
  int: () => "12",
  count: () => "39",
  money: () => "350000",
  decimal: () => "30",
  year: () => "2017",
  date: () => "2018-06-27",
  datetime: () => "2018-12-20 09:30",
  period: () => "2018",
  code12: (config) => `${config.region.districts[0]?.code ?? "420116"}001001`,
  uscc: () => USCC_EXAMPLE,
  // Never print an ID number that could be a person's: the type words describe it.
  id18: () => "",
  phone: () => "13800000000",
};

/** An example value of the field, or "" when none is useful. */
export function exampleValue(type: FieldType, config: Config): string {
  if (!isListType(type)) return TYPE_EXAMPLES[type](config);
  return listValues(type.list, config)[0] ?? "";
}

function fieldLabel(sheet: SheetKey, key: string): Label {
  const spec = sheetSpec(sheet).fields.find((f) => f.key === key);
  if (!spec) throw new Error(`rule refers to unknown field ${sheet}.${key}`);
  return spec.label;
}

/** One rule of sheets.ts as a sentence in one language. */
export function describeRule(rule: Rule, sheet: SheetKey, lang: Lang, config: Config): string {
  const describe = MESSAGES[lang].template.rules[rule.kind] as (r: Rule, a: RuleArgs) => string;
  return describe(rule, {
    field: (key, on = sheet) => pickLabel(fieldLabel(on, key), lang),
    sheetName: (key) => pickLabel(sheetSpec(key).name, lang),
    region: {
      name: config.region.name,
      districtCodes: config.region.districts.map((d) => d.code),
    },
  });
}

/** Every rule of a field as sentences in one language. */
export function describeRules(
  field: FieldSpec,
  sheet: SheetKey,
  lang: Lang,
  config: Config,
): string[] {
  return field.rules.map((r) => describeRule(r, sheet, lang, config));
}
