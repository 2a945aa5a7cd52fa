import type { Config } from "../config";
import { displayWidth, numberFormatOf } from "../excel-values";
import { columnName } from "../grid";
import { FIRST_YEAR, TEXT_MAX_LENGTH } from "../spec/sheets";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import { JIEDUI_2018 } from "../standard/builtin";
import type { Standard } from "../standard/standard";
import { TEXT_FORMATTED_TYPES, isListType } from "../spec/types";
import type { FieldType, ScalarType } from "../spec/types";
import { MESSAGES, pickLabel } from "../messages";
import type { Lang } from "../messages";
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
    const next = text === "" ? s : `${text}${MESSAGES[lang].template.sentenceSeparator}${s}`;
    if (next.length > max) break;
    text = next;
  }
  return text === "" ? clip(sentences[0] ?? "", max) : text;
}

function errorSentence(check: PlanCheck, field: FieldSpec, lang: Lang): string {
  const words = MESSAGES[lang].template;
  const says = words.checks;
  switch (check.type) {
    case "list":
      return says.list(isListType(field.type) ? listName(field.type.list, lang) : "");
    case "date":
      return says.date(check.formula1, check.formula2);
    case "textLength":
      if (check.operator === "between") return says.lengthBetween(check.formula1, check.formula2);
      if (check.operator === "equal") return says.lengthExactly(check.formula1);
      if (check.operator === "lessThanOrEqual") return says.lengthAtMost(check.formula1);
      return says.lengthCompared(words.operators[check.operator], check.formula1);
    case "whole":
    case "decimal": {
      const whole = check.type === "whole";
      if (check.operator === "between") {
        return says.numberBetween(whole, check.formula1, check.formula2);
      }
      return says.numberCompared(whole, words.operators[check.operator], check.formula1);
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
  const { sentence, required } = MESSAGES[lang].template;
  const title = clip(pickLabel(field.label, lang), TITLE_MAX);
  const type = describeType(field.type, lang);
  const requiredSentence = field.required ? [sentence(required)] : [];
  const rules = describeRules(field, sheet, lang, config, standard).map(sentence);
  return {
    range,
    check,
    prompt: {
      title,
      message: fitSentences([sentence(type), ...requiredSentence, ...rules], PROMPT_MAX, lang),
    },
    error: {
      title,
      message: fitSentences(
        [errorSentence(check, field, lang), ...(explainsError(field.type) ? [sentence(type)] : [])],
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

function sheetHeading(spec: SheetSpec, lang: Lang): string {
  const words = MESSAGES[lang].template;
  const required = spec.layout === "none" ? null : spec.required;
  return words.sheetHeading(pickLabel(spec.name, lang), sheetPurpose(spec.key, lang), required);
}

function fieldRow(
  field: FieldSpec,
  sheet: string,
  { lang, config, standard }: PlanContext,
): (PlanCell | null)[] {
  const words = MESSAGES[lang].template;
  const values = isListType(field.type)
    ? listValues(field.type.list, config, standard).join(words.valueSeparator)
    : "";
  const texts = [
    pickLabel(field.label, lang),
    field.key,
    describeType(field.type, lang),
    field.required ? words.required : words.optional,
    values,
    describeRules(field, sheet, lang, config, standard).join(words.ruleSeparator),
    exampleValue(field.type, config, standard),
  ];
  return texts.map((value) => (value === "" ? null : { value, style: "wrap" }));
}

function planInstructions(spec: SheetSpec, ctx: PlanContext): PlanSheet {
  const { lang, standard } = ctx;
  const words = MESSAGES[lang].template;
  const paired = standard.workflow === "paired";
  const title = paired
    ? words.title(standard.templateId)
    : words.standardTitle(pickLabel(standard.name, lang), standard.templateId);
  // The notes speak of the 2018 report's sheets.
  const notes = paired ? words.notes(LISTS_SHEET_NAME) : [];
  const rows: (readonly (PlanCell | null)[])[] = [
    [{ value: title, style: "title" }],
    [],
    ...notes.map((note, i) => [{ value: `${i + 1}. ${note}` }]),
  ];
  for (const sheet of standard.sheets) {
    rows.push([], [{ value: sheetHeading(sheet, lang), style: "heading" }]);
    if (sheet.fields.length === 0) continue;
    rows.push(words.fieldTableHeader.map((value) => ({ value, style: "header" })));
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
