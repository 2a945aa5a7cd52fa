import type { Config } from "../config";
import { displayWidth, numberFormatOf } from "../excel-values";
import { columnName } from "../grid";
import { FIRST_YEAR, TEXT_MAX_LENGTH } from "../spec/sheets";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import { JIEDUI_2018 } from "../standard/builtin";
import type { Standard } from "../standard/standard";
import { TEXT_FORMATTED_TYPES, isListType, pickLabel } from "../spec/types";
import type { FieldType, Label, Lang, ScalarType } from "../spec/types";
import {
  LAST_TEMPLATE_YEAR,
  describeRules,
  describeType,
  exampleValue,
  listKeys,
  listName,
  listValues,
  sheetPurpose,
} from "./describe";

/** A sheet of the plan: a sheet of the standard, or the hidden `_lists` that dropdowns refer to. */
export type PlanSheetKey = string;

/** How a cell looks; each host maps these to its own styles. */
export type CellStyle =
  "title" | "heading" | "header" | "header-required" | "label" | "label-required" | "wrap";

export interface PlanCell {
  readonly value: string;
  readonly style?: CellStyle;
}

/** A number format for every cell of an A1 range (`B2:B1000`, `B3`). */
export interface PlanNumberFormat {
  readonly range: string;
  readonly numFmt: string;
  /**
   * For the whole column below the range too, so that a value typed further down gets it: a
   * host that can (xlsx `<col style>`) formats the column instead of each empty cell.
   */
  readonly column?: true;
}

/** Operators with one bound. */
export type SingleOperator = "equal" | "greaterThan" | "greaterThanOrEqual" | "lessThanOrEqual";

/** The test of a data validation, in the terms of OOXML `<dataValidation>`. */
export type PlanCheck =
  /** A dropdown; `source` is a range formula without `=`, e.g. `_lists!$A$2:$A$14`. */
  | { readonly type: "list"; readonly source: string }
  | {
      readonly type: "whole" | "decimal" | "textLength";
      readonly operator: "between";
      readonly formula1: number;
      readonly formula2: number;
    }
  | {
      readonly type: "whole" | "decimal" | "textLength";
      readonly operator: SingleOperator;
      readonly formula1: number;
    }
  /** Bounds as ISO dates `YYYY-MM-DD`. */
  | {
      readonly type: "date";
      readonly operator: "between";
      readonly formula1: string;
      readonly formula2: string;
    };

/** Title at most 32 characters, message at most 255 (prompt) or 225 (error), as Excel allows. */
export interface PlanMessage {
  readonly title: string;
  readonly message: string;
}

/** A data validation over a bounded A1 range, with its input prompt and stop-error alert. */
export interface PlanValidation {
  readonly range: string;
  readonly check: PlanCheck;
  readonly prompt: PlanMessage;
  readonly error: PlanMessage;
}

export interface PlanSheet {
  readonly key: PlanSheetKey;
  readonly name: string;
  readonly hidden: boolean;
  /** Rows frozen at the top; 0 for none. */
  readonly frozenRows: number;
  /** Widths of columns A, B, … in characters. */
  readonly columnWidths: readonly number[];
  /** Cell values from A1, row by row; null for an empty cell. */
  readonly rows: readonly (readonly (PlanCell | null)[])[];
  readonly numberFormats: readonly PlanNumberFormat[];
  readonly validations: readonly PlanValidation[];
}

/** The content of the blank template, for any host to write (docs/standard.md). */
export interface TemplatePlan {
  readonly template: string;
  readonly lang: Lang;
  readonly sheets: readonly PlanSheet[];
}

/** Data rows of the table sheets that carry formats and validations. */
export const FIRST_DATA_ROW = 2;
export const LAST_DATA_ROW = 1000;
export const LISTS_SHEET_NAME = "_lists";

const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;
const FIRST_DATE = `${FIRST_YEAR}-01-01`;
const LAST_DATE = `${LAST_TEMPLATE_YEAR}-12-31`;

type Bounds = { readonly min: number; readonly max?: number; readonly strict: boolean };

function boundsOf(field: FieldSpec, min: number, max?: number): Bounds {
  let bounds: Bounds = max === undefined ? { min, strict: false } : { min, max, strict: false };
  for (const rule of field.rules) {
    if (rule.kind === "between") bounds = { min: rule.min, max: rule.max, strict: false };
    if (rule.kind === "positive")
      bounds = { ...bounds, min: Math.max(bounds.min, 0), strict: true };
  }
  return bounds;
}

function numericCheck(type: "whole" | "decimal", b: Bounds): PlanCheck {
  if (b.max !== undefined) {
    return { type, operator: "between", formula1: b.min, formula2: b.max };
  }
  return { type, operator: b.strict ? "greaterThan" : "greaterThanOrEqual", formula1: b.min };
}

const length = (n: number): PlanCheck => ({ type: "textLength", operator: "equal", formula1: n });
const lengthBetween = (min: number, max: number): PlanCheck => ({
  type: "textLength",
  operator: "between",
  formula1: min,
  formula2: max,
});
const dates: PlanCheck = {
  type: "date",
  operator: "between",
  formula1: FIRST_DATE,
  formula2: LAST_DATE,
};

const CHECKS: { readonly [T in ScalarType]: (field: FieldSpec) => PlanCheck | null } = {
  text: () => ({ type: "textLength", operator: "lessThanOrEqual", formula1: TEXT_MAX_LENGTH }),
  // Any whole number: Excel has no unbounded whole-number test worth showing.
  int: () => null,
  count: (f) => numericCheck("whole", boundsOf(f, 0)),
  money: (f) => numericCheck("decimal", boundsOf(f, 0)),
  decimal: (f) => numericCheck("decimal", boundsOf(f, 0)),
  year: (f) => numericCheck("whole", boundsOf(f, FIRST_YEAR, LAST_TEMPLATE_YEAR)),
  date: () => dates,
  datetime: () => dates,
  // "2018" to "2018-Q3".
  period: () => lengthBetween(4, 7),
  code12: () => length(12),
  uscc: () => length(18),
  id18: () => length(18),
  // 0 + 2-digit area code + 7 digits, up to 0 + 3 digits + "-" + 8 digits.
  phone: () => lengthBetween(10, 13),
};

/** Where each list lies on `_lists`: column by list, values from row 2. */
function listSources(config: Config, standard: Standard): ReadonlyMap<string, string> {
  return new Map(
    listKeys(standard).map((list, i) => {
      const col = columnName(i);
      const last = listValues(list, config, standard).length + 1;
      return [list, `${LISTS_SHEET_NAME}!$${col}$2:$${col}$${last}`];
    }),
  );
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Whole sentences while they fit: a long district list must not break Excel's limit. */
function fitSentences(sentences: readonly string[], max: number, lang: Lang): string {
  let text = "";
  for (const s of sentences) {
    const next = text === "" ? s : `${text}${lang === "en" ? " " : ""}${s}`;
    if (next.length > max) break;
    text = next;
  }
  return text === "" ? clip(sentences[0] ?? "", max) : text;
}

function sentence(text: string, lang: Lang): string {
  if (lang !== "en") return `${text}。`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const OPERATOR_WORDS: { readonly [O in SingleOperator]: Label } = {
  equal: { zh: "等于", en: "equal to" },
  greaterThan: { zh: "大于", en: "greater than" },
  greaterThanOrEqual: { zh: "不小于", en: "at least" },
  lessThanOrEqual: { zh: "不大于", en: "at most" },
};

function errorSentence(check: PlanCheck, field: FieldSpec, lang: Lang): string {
  const en = lang === "en";
  switch (check.type) {
    case "list": {
      const list = isListType(field.type) ? listName(field.type.list) : null;
      const name = list ? pickLabel(list, lang) : "";
      return en
        ? `Choose a value from the dropdown list (${name}).`
        : `只能从下拉列表（${name}）中选择。`;
    }
    case "date":
      return en
        ? `Enter a date from ${check.formula1} to ${check.formula2}, such as 2018-06-27.`
        : `请输入 ${check.formula1} 至 ${check.formula2} 之间的日期，如 2018-06-27。`;
    case "textLength":
      if (check.operator === "between") {
        return en
          ? `Must be ${check.formula1} to ${check.formula2} characters long.`
          : `应为 ${check.formula1} 至 ${check.formula2} 个字符。`;
      }
      if (check.operator === "equal") {
        return en
          ? `Must be exactly ${check.formula1} characters long; check the digits.`
          : `应为 ${check.formula1} 位，请检查位数。`;
      }
      if (check.operator === "lessThanOrEqual") {
        return en ? `At most ${check.formula1} characters.` : `不能超过 ${check.formula1} 个字。`;
      }
      return en
        ? `Must be ${pickLabel(OPERATOR_WORDS[check.operator], lang)} ${check.formula1} characters long.`
        : `字数应${pickLabel(OPERATOR_WORDS[check.operator], lang)} ${check.formula1}。`;
    case "whole":
    case "decimal": {
      const what =
        check.type === "whole" ? (en ? "a whole number" : "整数") : en ? "a number" : "数字";
      if (check.operator === "between") {
        return en
          ? `Enter ${what} from ${check.formula1} to ${check.formula2}.`
          : `请输入 ${check.formula1} 至 ${check.formula2} 之间的${what}。`;
      }
      const op = pickLabel(OPERATOR_WORDS[check.operator], lang);
      return en
        ? `Enter ${what} that is ${op} ${check.formula1}.`
        : `请输入${op} ${check.formula1} 的${what}。`;
    }
  }
}

/** Types whose words say more than the failed bound: codes, the period, money's unit. */
function explainsError(type: FieldType): boolean {
  if (isListType(type)) return false;
  return TEXT_FORMATTED_TYPES.has(type) || type === "period" || type === "money";
}

/** What planning a sheet needs beyond the sheet: the language, configuration and standard. */
interface PlanContext {
  readonly lang: Lang;
  readonly config: Config;
  readonly standard: Standard;
  /** Where each list lies on `_lists`. */
  readonly sources: ReadonlyMap<string, string>;
}

function validationOf(
  field: FieldSpec,
  sheet: string,
  range: string,
  { lang, config, standard, sources }: PlanContext,
): PlanValidation | null {
  const check: PlanCheck | null = isListType(field.type)
    ? { type: "list", source: sources.get(field.type.list)! }
    : CHECKS[field.type](field);
  if (!check) return null;
  const title = clip(pickLabel(field.label, lang), TITLE_MAX);
  const type = describeType(field.type, lang);
  const required = field.required ? [lang === "en" ? "Required." : "必填。"] : [];
  const rules = describeRules(field, sheet, lang, config, standard).map((r) => sentence(r, lang));
  return {
    range,
    check,
    prompt: {
      title,
      message: fitSentences([sentence(type, lang), ...required, ...rules], PROMPT_MAX, lang),
    },
    error: {
      title,
      message: fitSentences(
        [
          errorSentence(check, field, lang),
          ...(explainsError(field.type) ? [sentence(type, lang)] : []),
        ],
        ERROR_MAX,
        lang,
      ),
    },
  };
}

const TYPE_WIDTHS: { readonly [T in ScalarType]: number } = {
  text: 16,
  int: 8,
  count: 8,
  money: 14,
  decimal: 10,
  year: 8,
  date: 12,
  datetime: 17,
  period: 10,
  code12: 15,
  uscc: 21,
  id18: 21,
  phone: 15,
};

function columnWidth(field: FieldSpec, { lang, config, standard }: PlanContext): number {
  const content = isListType(field.type)
    ? Math.max(0, ...listValues(field.type.list, config, standard).map(displayWidth)) + 4
    : TYPE_WIDTHS[field.type];
  return Math.min(40, Math.max(content, displayWidth(pickLabel(field.label, lang)) + 2));
}

/** The format of a field's cells: text for codes (or as the standard says), else by type. */
function cellFormat(field: FieldSpec): string | null {
  if (field.textFormat === true) return "@";
  return field.textFormat === false ? null : numberFormatOf(field.type);
}

function planTable(spec: SheetSpec, ctx: PlanContext): PlanSheet {
  const { lang } = ctx;
  const numberFormats: PlanNumberFormat[] = [];
  const validations: PlanValidation[] = [];
  spec.fields.forEach((field, i) => {
    const col = columnName(i);
    const range = `${col}${FIRST_DATA_ROW}:${col}${LAST_DATA_ROW}`;
    const numFmt = cellFormat(field);
    if (numFmt) numberFormats.push({ range, numFmt, column: true });
    const validation = validationOf(field, spec.key, range, ctx);
    if (validation) validations.push(validation);
  });
  return {
    key: spec.key,
    name: pickLabel(spec.name, lang),
    hidden: false,
    frozenRows: 1,
    columnWidths: spec.fields.map((f) => columnWidth(f, ctx)),
    rows: [
      spec.fields.map((f) => ({
        value: pickLabel(f.label, lang),
        style: f.required ? "header-required" : "header",
      })),
    ],
    numberFormats,
    validations,
  };
}

function planForm(spec: SheetSpec, ctx: PlanContext): PlanSheet {
  const { lang } = ctx;
  const numberFormats: PlanNumberFormat[] = [];
  const validations: PlanValidation[] = [];
  spec.fields.forEach((field, i) => {
    const cell = `B${i + 1}`;
    const numFmt = cellFormat(field);
    if (numFmt) numberFormats.push({ range: cell, numFmt });
    const validation = validationOf(field, spec.key, cell, ctx);
    if (validation) validations.push(validation);
  });
  const labelWidth = Math.max(...spec.fields.map((f) => displayWidth(pickLabel(f.label, lang))));
  return {
    key: spec.key,
    name: pickLabel(spec.name, lang),
    hidden: false,
    frozenRows: 0,
    columnWidths: [labelWidth + 4, 40],
    rows: spec.fields.map((f) => [
      { value: pickLabel(f.label, lang), style: f.required ? "label-required" : "label" },
      null,
    ]),
    numberFormats,
    validations,
  };
}

const NOTES: readonly Label[] = [
  {
    zh: "本工作簿是一个帮扶单位一个报送期间的报送材料。“报送信息”和“帮扶村”必须填写；其他数据表没有数据时可以留空。",
    en: "This workbook is one agency's report for one period. Submission and Villages must be filled in; the other data sheets may stay empty when there is nothing to report.",
  },
  {
    zh: "请勿修改工作表名称和表头文字。各数据表第 1 行为表头，从第 2 行起每行填写一条记录；请不要合并单元格。",
    en: "Do not rename the sheets or change the header texts. Row 1 of each data sheet is its header; from row 2, fill in one record per row; do not merge cells.",
  },
  {
    zh: "表头为深色的列和“报送信息”中加粗的项目必须填写。下文列出了每个字段的类型、是否必填、可选值、规则和示例。",
    en: "Columns with a dark header, and the bold items on Submission, are required. Below, every field is listed with its type, whether it is required, its allowed values, rules and an example.",
  },
  {
    zh: "金额一律以“元”为单位填写数字，如 350000，最多两位小数；不要填写“35万元”“200余万元”“近300万元”等文字。",
    en: "Amounts are numbers in yuan (元), such as 350000, with at most 2 decimals; do not type text such as 35万元, 200余万元 or 近300万元.",
  },
  {
    zh: "日期按 YYYY-MM-DD 填写，如 2018-06-27；填报日期可带时间，如 2018-12-20 09:30。年份填写 4 位数字，如 2017。报送期间填写年度（如 2018）或季度（如 2018-Q3）。",
    en: "Dates are typed as YYYY-MM-DD, such as 2018-06-27; Submitted on may carry a time, such as 2018-12-20 09:30. Years are 4 digits, such as 2017. The period is a year (2018) or a quarter (2018-Q3).",
  },
  {
    zh: "村代码、统一社会信用代码、身份证号码和联系电话的单元格已设为文本格式，请输入完整代码。不要把身份证号码存成数字：Excel 只保留 15 位有效数字，末几位会丢失；从其他表格复制时请使用“选择性粘贴—数值”。",
    en: "Cells for village codes, credit codes, ID numbers and phone numbers are formatted as text: type the whole code. Never store an ID number as a number: Excel keeps only 15 significant digits and the last ones are lost; when copying from another workbook, paste values only.",
  },
  {
    zh: "带下拉箭头的单元格请从列表中选择。选中单元格时会提示应填内容，不符合要求的输入会被拒绝。",
    en: "Cells with a dropdown arrow take a value from the list. Selecting a cell shows what it takes; entries that do not fit are refused.",
  },
  {
    zh: "“贫困户”表含个人信息（户主姓名、身份证号码），请妥善保管，只通过规定渠道报送。",
    en: "The Households sheet holds personal data (names and ID numbers of household heads): keep it safe and send it only through the official channel.",
  },
  {
    zh: `隐藏工作表 ${LISTS_SHEET_NAME}（下拉列表的可选值）和 _meta（模板标识）供模板使用，请勿修改或删除。`,
    en: `The hidden sheets ${LISTS_SHEET_NAME} (the dropdown lists) and _meta (the template id) belong to the template: do not change or delete them.`,
  },
];

const FIELD_TABLE_HEADER: readonly Label[] = [
  { zh: "字段", en: "Field" },
  { zh: "键名", en: "Key" },
  { zh: "类型", en: "Type" },
  { zh: "必填", en: "Required" },
  { zh: "可选值", en: "Allowed values" },
  { zh: "规则", en: "Rules" },
  { zh: "示例", en: "Example" },
];

function sheetHeading(spec: SheetSpec, lang: Lang): string {
  const name = pickLabel(spec.name, lang);
  const described = sheetPurpose(spec.key);
  const purpose = described ? pickLabel(described, lang) : "";
  if (spec.layout === "none")
    return lang === "en" ? `${name}: ${purpose}` : `“${name}”：${purpose}`;
  const need = spec.required ? { zh: "必填", en: "required" } : { zh: "选填", en: "optional" };
  if (!described) return lang === "en" ? `${name} (${need.en})` : `“${name}”（${need.zh}）`;
  return lang === "en" ? `${name} (${need.en}): ${purpose}` : `“${name}”（${need.zh}）：${purpose}`;
}

function fieldRow(
  field: FieldSpec,
  sheet: string,
  { lang, config, standard }: PlanContext,
): (PlanCell | null)[] {
  const en = lang === "en";
  const values = isListType(field.type)
    ? listValues(field.type.list, config, standard).join(en ? ", " : "、")
    : "";
  const texts = [
    pickLabel(field.label, lang),
    field.key,
    describeType(field.type, lang),
    field.required ? (en ? "Required" : "必填") : en ? "Optional" : "选填",
    values,
    describeRules(field, sheet, lang, config, standard).join(en ? "; " : "；"),
    exampleValue(field.type, config, standard),
  ];
  return texts.map((value) => (value === "" ? null : { value, style: "wrap" }));
}

function planInstructions(spec: SheetSpec, ctx: PlanContext): PlanSheet {
  const { lang, standard } = ctx;
  const en = lang === "en";
  const id = standard.templateId;
  const paired = standard.workflow === "paired";
  const name = pickLabel(standard.name, lang);
  const title = paired
    ? en
      ? `Paired poverty-alleviation report (template ${id}): how to fill it in`
      : `结对帮扶数据报送模板（${id}）填报说明`
    : en
      ? `${name} (template ${id}): how to fill it in`
      : `${name}（${id}）填报说明`;
  // The notes speak of the 2018 report's sheets.
  const notes = paired ? NOTES : [];
  const rows: (readonly (PlanCell | null)[])[] = [
    [{ value: title, style: "title" }],
    [],
    ...notes.map((note, i) => [{ value: `${i + 1}. ${pickLabel(note, lang)}` }]),
  ];
  for (const sheet of standard.sheets) {
    rows.push([], [{ value: sheetHeading(sheet, lang), style: "heading" }]);
    if (sheet.fields.length === 0) continue;
    rows.push(FIELD_TABLE_HEADER.map((h) => ({ value: pickLabel(h, lang), style: "header" })));
    for (const field of sheet.fields) rows.push(fieldRow(field, sheet.key, ctx));
  }
  return {
    key: spec.key,
    name: pickLabel(spec.name, lang),
    hidden: false,
    frozenRows: 0,
    columnWidths: [24, 24, 34, 9, 40, 60, 20],
    rows,
    numberFormats: [],
    validations: [],
  };
}

function planLists({ config, standard }: PlanContext): PlanSheet {
  const columns = listKeys(standard).map((list) => [list, ...listValues(list, config, standard)]);
  const height = Math.max(...columns.map((c) => c.length));
  const rows = Array.from({ length: height }, (_, r) =>
    columns.map((c) => {
      const value = c[r];
      if (value === undefined) return null;
      return r === 0 ? { value, style: "header" as const } : { value };
    }),
  );
  return {
    key: "lists",
    name: LISTS_SHEET_NAME,
    hidden: true,
    frozenRows: 0,
    columnWidths: columns.map((c) => Math.max(...c.map(displayWidth)) + 2),
    rows,
    // Text, so that a list value such as a number-like code is never converted.
    numberFormats: columns.map((c, i) => ({
      range: `${columnName(i)}2:${columnName(i)}${c.length}`,
      numFmt: "@",
    })),
    validations: [],
  };
}

function planMeta(spec: SheetSpec, { lang, standard }: PlanContext): PlanSheet {
  const pairs = [
    ["template", standard.templateId],
    ["lang", lang],
    ["generator", "aidsheet"],
  ];
  return {
    key: spec.key,
    name: pickLabel(spec.name, lang),
    hidden: true,
    frozenRows: 0,
    columnWidths: [12, 14],
    rows: pairs.map((pair) => pair.map((value) => ({ value }))),
    numberFormats: [],
    validations: [],
  };
}

/** The sheets a template has whether its standard lists them or not: 填报说明 first, _meta last. */
const INSTRUCTIONS: SheetSpec = {
  key: "instructions",
  name: { zh: "填报说明", en: "Instructions" },
  required: false,
  layout: "none",
  fields: [],
};
const META: SheetSpec = {
  key: "meta",
  name: { zh: "_meta", en: "_meta" },
  required: false,
  layout: "none",
  fields: [],
};

/**
 * The blank template of a standard (docs/standard.md, docs/standards.md): its sheets in order,
 * with `_lists` before `_meta`. Plain data for any host to write.
 */
export function planTemplate(
  lang: Lang,
  config: Config,
  standard: Standard = JIEDUI_2018,
): TemplatePlan {
  const ctx: PlanContext = { lang, config, standard, sources: listSources(config, standard) };
  const has = (key: string) => standard.sheets.some((s) => s.key === key);
  const specs = [
    ...(has(INSTRUCTIONS.key) ? [] : [INSTRUCTIONS]),
    ...standard.sheets,
    ...(has(META.key) ? [] : [META]),
  ];
  const sheets: PlanSheet[] = [];
  for (const spec of specs) {
    if (spec.key === INSTRUCTIONS.key) sheets.push(planInstructions(spec, ctx));
    else if (spec.key === META.key) sheets.push(planLists(ctx), planMeta(spec, ctx));
    else if (spec.layout === "form") sheets.push(planForm(spec, ctx));
    else if (spec.layout === "table") sheets.push(planTable(spec, ctx));
  }
  return { template: standard.templateId, lang, sheets };
}
