import type { Config } from "../config";
import type { ListKey } from "../spec/lists";
import { MESSAGES, pickLabel } from "../messages";
import type { Lang } from "../messages";
import type { RuleArgs } from "../messages/catalogue";
import type { Rule } from "../spec/rules";
import type { FieldSpec, SheetKey, SheetSpec } from "../spec/sheets";
import { JIEDUI_2018 } from "../standard/builtin";
import { DISTRICTS_LIST } from "../standard/standard";
import type { Standard } from "../standard/standard";
import { isListType } from "../spec/types";
import type { FieldType, ScalarType } from "../spec/types";

/** Values of a list (docs/standard.md); `districts` come from the region configuration. */
export function listValues(
  list: string,
  config: Config,
  standard: Standard = JIEDUI_2018,
): readonly string[] {
  if (list === DISTRICTS_LIST) return config.region.districts.map((d) => d.name);
  return standard.lists.get(list) ?? [];
}

/** Every list of a standard, `districts` first, then its lists in the order it declares them. */
export function listKeys(standard: Standard = JIEDUI_2018): readonly string[] {
  return [DISTRICTS_LIST, ...standard.lists.keys()];
}

/** A list's name: the 2018 standard's lists have one in the catalogues, another's is its key. */
export function listName(list: string, lang: Lang): string {
  return MESSAGES[lang].template.listNames[list as ListKey] ?? list;
}

/** Purpose of a sheet, for the instructions; a sheet the 2018 standard lacks has none. */
export function sheetPurpose(sheet: string, lang: Lang): string | null {
  return MESSAGES[lang].template.sheetPurposes[sheet as SheetKey] ?? null;
}

/** Last year the template's own validation accepts; the validator bounds years by the period. */
export const LAST_TEMPLATE_YEAR = 2030;

/** The field's type in words. */
export function describeType(type: FieldType, lang: Lang): string {
  const words = MESSAGES[lang].template;
  return isListType(type) ? words.listType(listName(type.list, lang)) : words.types[type];
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
export function exampleValue(
  type: FieldType,
  config: Config,
  standard: Standard = JIEDUI_2018,
): string {
  if (!isListType(type)) return TYPE_EXAMPLES[type](config);
  return listValues(type.list, config, standard)[0] ?? "";
}

function sheetOf(standard: Standard, sheet: string): SheetSpec {
  const spec = standard.sheets.find((s) => s.key === sheet);
  if (!spec) throw new Error(`rule refers to unknown sheet ${sheet}`);
  return spec;
}

function fieldOf(standard: Standard, sheet: string, key: string): FieldSpec {
  const spec = sheetOf(standard, sheet).fields.find((f) => f.key === key);
  if (!spec) throw new Error(`rule refers to unknown field ${sheet}.${key}`);
  return spec;
}

/** One field rule as a sentence in one language. */
export function describeRule(
  rule: Rule,
  sheet: string,
  lang: Lang,
  config: Config,
  standard: Standard = JIEDUI_2018,
): string {
  const describe = MESSAGES[lang].template.rules[rule.kind] as (r: Rule, a: RuleArgs) => string;
  return describe(rule, {
    field: (key, on = sheet) => pickLabel(fieldOf(standard, on, key).label, lang),
    sheetName: (key) => pickLabel(sheetOf(standard, key).name, lang),
    region: {
      name: config.region.name,
      districtCodes: config.region.districts.map((d) => d.code),
    },
  });
}

/** Every rule of a field as sentences in one language: its own, then the standard's on it. */
export function describeRules(
  field: FieldSpec,
  sheet: string,
  lang: Lang,
  config: Config,
  standard: Standard = JIEDUI_2018,
): string[] {
  return [
    ...field.rules.map((r) => describeRule(r, sheet, lang, config, standard)),
    ...standard.rules
      .filter((r) => r.sheet === sheet && r.field === field.key)
      .map((r) => pickLabel(r.message, lang)),
  ];
}
