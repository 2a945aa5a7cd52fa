import type { Config } from "../config";
import type { ListKey } from "../spec/lists";
import type { Rule, RuleKind } from "../spec/rules";
import { FIRST_YEAR, TEXT_MAX_LENGTH } from "../spec/sheets";
import type { FieldSpec, SheetKey } from "../spec/sheets";
import { JIEDUI_2018 } from "../standard/builtin";
import { DISTRICTS_LIST } from "../standard/standard";
import type { Standard } from "../standard/standard";
import { isListType, pickLabel } from "../spec/types";
import type { FieldType, Label, Lang, ScalarType } from "../spec/types";

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

/** A list's name: the 2018 standard's lists have one, another's list is named by its key. */
export function listName(list: string): Label {
  return LIST_NAMES[list as ListKey] ?? { zh: list, en: list };
}

const LIST_NAMES: { readonly [L in ListKey]: Label } = {
  districts: { zh: "区", en: "Districts" },
  fund_sources: { zh: "资金来源", en: "Fund sources" },
  purposes: { zh: "资金用途", en: "Purposes" },
  project_categories: { zh: "项目类别", en: "Project categories" },
  industries: { zh: "产业类型", en: "Industries" },
  project_statuses: { zh: "项目状态", en: "Project statuses" },
  units: { zh: "规模单位", en: "Units" },
  causes: { zh: "致贫原因", en: "Causes of poverty" },
  measures: { zh: "帮扶措施", en: "Assistance measures" },
  activity_types: { zh: "活动类型", en: "Activity types" },
};

/** Last year the template's own validation accepts; the validator bounds years by the period. */
export const LAST_TEMPLATE_YEAR = 2030;

const TYPE_WORDS: { readonly [T in ScalarType]: Label } = {
  text: {
    zh: `文本，不超过 ${TEXT_MAX_LENGTH} 字`,
    en: `Text, at most ${TEXT_MAX_LENGTH} characters`,
  },
  int: { zh: "整数", en: "Whole number" },
  count: { zh: "不小于 0 的整数", en: "Whole number, 0 or more" },
  money: {
    zh: "金额：以元为单位的数字，最多两位小数",
    en: "Amount: a number in yuan (元), up to 2 decimals",
  },
  decimal: {
    zh: "数量：不小于 0 的数字，最多两位小数",
    en: "Quantity: a number, 0 or more, up to 2 decimals",
  },
  year: {
    zh: `年份：4 位数字，${FIRST_YEAR} 年至报送期间所在年度`,
    en: `Year: 4 digits, from ${FIRST_YEAR} to the year of the period`,
  },
  date: { zh: "日期，格式 YYYY-MM-DD", en: "Date, as YYYY-MM-DD" },
  datetime: {
    zh: "日期，格式 YYYY-MM-DD，可带时间 HH:MM",
    en: "Date as YYYY-MM-DD, optionally with a time HH:MM",
  },
  period: {
    zh: "报送期间：年度 YYYY 或季度 YYYY-Qn",
    en: "Period: a year YYYY or a quarter YYYY-Qn",
  },
  code12: {
    zh: "12 位数字的统计用区划代码（文本）",
    en: "12-digit statistical division code (text)",
  },
  uscc: {
    zh: "18 位统一社会信用代码（文本）",
    en: "18-character unified social credit code (text)",
  },
  id18: {
    zh: "18 位居民身份证号码（文本），末位为 0–9 或 X",
    en: "18-character resident ID number (text), last character 0–9 or X",
  },
  phone: {
    zh: "手机号（11 位）或带区号的固定电话（文本）",
    en: "Mobile number (11 digits) or landline with area code (text)",
  },
};

/** The field's type in words. */
export function describeType(type: FieldType, lang: Lang): string {
  if (!isListType(type)) return pickLabel(TYPE_WORDS[type], lang);
  const name = pickLabel(listName(type.list), lang);
  return lang === "en" ? `Choice from the list "${name}"` : `从“${name}”列表中选择`;
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

/** What a rule description may look up: labels of the standard's fields, the configuration. */
interface RuleContext {
  readonly sheet: string;
  readonly config: Config;
  readonly standard: Standard;
}

type RuleDescriber<K extends RuleKind> = (
  rule: Extract<Rule, { kind: K }>,
  ctx: RuleContext,
) => Label;

function sheetOf(ctx: RuleContext, sheet: string) {
  const spec = ctx.standard.sheets.find((s) => s.key === sheet);
  if (!spec) throw new Error(`rule refers to unknown sheet ${sheet}`);
  return spec;
}

function fieldLabel(ctx: RuleContext, sheet: string, key: string): Label {
  const spec = sheetOf(ctx, sheet).fields.find((f) => f.key === key);
  if (!spec) throw new Error(`rule refers to unknown field ${sheet}.${key}`);
  return spec.label;
}

// Typed over every rule kind: a kind added to rules.ts does not compile until it is described.
const RULE_TEXT: { readonly [K in RuleKind]: RuleDescriber<K> } = {
  unique: () => ({ zh: "在本表内不得重复", en: "must be unique on this sheet" }),
  ref: (r, ctx) => {
    const sheet = sheetOf(ctx, r.sheet).name;
    const other = fieldLabel(ctx, r.sheet, r.field);
    return {
      zh: `须为“${sheet.zh}”表中已填写的${other.zh}`,
      en: `must be a ${other.en} listed on the ${sheet.en} sheet`,
    };
  },
  compare: (r, ctx) => {
    const other = fieldLabel(ctx, ctx.sheet, r.field);
    return r.op === ">="
      ? { zh: `不得小于“${other.zh}”`, en: `must not be less than ${other.en}` }
      : { zh: `不得大于“${other.zh}”`, en: `must not be greater than ${other.en}` };
  },
  positive: () => ({ zh: "必须大于 0", en: "must be greater than 0" }),
  between: (r) => ({
    zh: `应在 ${r.min} 至 ${r.max} 之间`,
    en: `must be between ${r.min} and ${r.max}`,
  }),
  "in-region": (_r, ctx) => {
    const codes = ctx.config.region.districts.map((d) => d.code);
    return {
      zh: `前 6 位须为${ctx.config.region.name}所辖区的代码（${codes.join("、")}）`,
      en: `the first 6 digits must be a district code of ${ctx.config.region.name} (${codes.join(", ")})`,
    };
  },
  "district-of-code": (r, ctx) => {
    const code = fieldLabel(ctx, ctx.sheet, r.codeField);
    return {
      zh: `须与“${code.zh}”前 6 位所指的区一致`,
      en: `must be the district named by the first 6 digits of ${code.en}`,
    };
  },
  "required-when": (r, ctx) => {
    const other = fieldLabel(ctx, ctx.sheet, r.field);
    return r.equals === undefined
      ? { zh: `填写了“${other.zh}”时必填`, en: `required when ${other.en} is given` }
      : {
          zh: `“${other.zh}”为“${r.equals}”时必填`,
          en: `required when ${other.en} is ${r.equals}`,
        };
  },
  "inside-period": () => ({
    zh: "应在报送期间之内，否则提示核实",
    en: "should lie inside the period, else a warning asks to check it",
  }),
  "not-before-period": () => ({
    zh: "不得早于报送期间的开始日",
    en: "must not be before the period starts",
  }),
  "may-follow-period-when": (r, ctx) => {
    const other = fieldLabel(ctx, ctx.sheet, r.field);
    return {
      zh: `“${other.zh}”为“${r.equals}”时可晚于报送期间所在年度`,
      en: `may be after the year of the period when ${other.en} is ${r.equals}`,
    };
  },
  growth: (r, ctx) => {
    const previous = fieldLabel(ctx, ctx.sheet, r.previous);
    return {
      zh: `超过“${previous.zh}”的 6 倍或不足其六分之一时提示核实`,
      en: `a warning asks to check it when more than 6 times, or less than a sixth of, ${previous.en}`,
    };
  },
  "above-poverty-line-if": (r, ctx) => {
    const other = fieldLabel(ctx, ctx.sheet, r.field);
    return {
      zh: `已填“${other.zh}”而低于当年贫困线时提示返贫风险`,
      en: `a warning (risk of falling back into poverty) when ${other.en} is given and it is below that year's poverty line`,
    };
  },
  "not-tiny": () => ({
    zh: "大于 0 但小于 100 元时提示核实（可能误按万元填写）",
    en: "a warning asks to check it when above 0 but below 100 yuan (probably typed in 万元, ten thousands)",
  }),
};

/** One field rule as a sentence. */
export function describeRule(
  rule: Rule,
  sheet: string,
  config: Config,
  standard: Standard = JIEDUI_2018,
): Label {
  const describe = RULE_TEXT[rule.kind] as RuleDescriber<RuleKind>;
  return describe(rule, { sheet, config, standard });
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
    ...field.rules.map((r) => pickLabel(describeRule(r, sheet, config, standard), lang)),
    ...standard.rules
      .filter((r) => r.sheet === sheet && r.field === field.key)
      .map((r) => pickLabel(r.message, lang)),
  ];
}

/** Purpose of a sheet, for the instructions; a sheet the 2018 standard lacks has none. */
export function sheetPurpose(sheet: string): Label | null {
  return SHEET_PURPOSES[sheet as SheetKey] ?? null;
}

export const SHEET_PURPOSES: { readonly [K in SheetKey]: Label } = {
  instructions: {
    zh: "本页：填报说明，报送时不会被读取。",
    en: "This page: how to fill in the workbook; it is never read.",
  },
  submission: {
    zh: "报送单位和本次报送的基本信息：A 列为项目名称，请在其右侧的 B 列填写。",
    en: "The reporting agency and this report: the items are in column A, fill in column B.",
  },
  villages: {
    zh: "本单位结对帮扶的村，每村一行。",
    en: "The villages the agency is paired with, one row per village.",
  },
  funds: {
    zh: "资金投入明细，每笔拨付一行。",
    en: "Funds invested, one row per transfer.",
  },
  projects: {
    zh: "帮扶项目，每个项目一行；项目编号在本表内唯一，“资金投入”表可按编号关联。",
    en: "Assistance projects, one row per project; the project id is unique and Funds rows may refer to it.",
  },
  households: {
    zh: "建档立卡贫困户，每户一行。本表含个人信息，请妥善保管。",
    en: "Registered poor households, one row per household. This sheet holds personal data: keep it safe.",
  },
  activities: {
    zh: "帮扶活动，每次活动一行。",
    en: "Assistance activities, one row per activity.",
  },
  meta: {
    zh: "隐藏工作表：模板标识和语言，请勿修改。",
    en: "Hidden sheet: the template id and language; do not change it.",
  },
};
