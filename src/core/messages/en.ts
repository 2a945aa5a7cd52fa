import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../excel-values";
import { FIRST_YEAR, TEXT_MAX_LENGTH } from "../spec/sheets";
import type { ExprArity } from "../spec/package-problem";
import { pick, wordExprProblem } from "./catalogue";
import type {
  Catalogue,
  ConfigMessages,
  ExprProblemMessages,
  MessageArgs,
  Messages,
  PackageMessages,
  TemplateMessages,
} from "./catalogue";

const v = (a: MessageArgs) => (a.value === "" ? "" : ` (${a.value})`);
const f = (a: MessageArgs) => a.field ?? "";
const items = (a: MessageArgs) => (a.detail.items ?? []).join(", ");
const n = (count: number) => count.toLocaleString("en-US");

const issues: Catalogue = {
  unreadable: pick<"unreadable">((a) => ({
    "not-zip":
      "Cannot read the file: it is not an .xlsx workbook (perhaps a renamed CSV or HTML file); save it as .xlsx in Excel",
    encrypted:
      "Cannot read the file: the workbook is password-protected (encrypted); remove the password and save it as .xlsx",
    xls: "Cannot read the file: it is an old .xls file; save it as .xlsx in Excel",
    "too-large": `Cannot read the file: it is larger than ${a.detail.limit ?? ""}`,
    "too-many-parts": `Cannot read the file: it has more than ${a.detail.limit ?? ""} parts`,
    "expands-too-much": `Cannot read the file: it would expand to more than ${a.detail.limit ?? ""}`,
    ratio: "Cannot read the file: a part has an implausible compression ratio (zip bomb?)",
    "duplicate-part": "Cannot read the file: two parts share a name",
    "bad-part-name": "Cannot read the file: a part has an illegal path",
    corrupt: `Cannot read the file: it is corrupt${a.detail.expected ? ` (${a.detail.expected})` : ""}`,
    timeout: "Cannot read the file: reading took too long",
    memory: "Cannot read the file: reading needed too much memory",
    "no-rows-read": `Sheet "${a.sheet ?? ""}" has rows but none could be read`,
    "not-found": "The file does not exist or cannot be opened",
  })),
  "template-version": (a) =>
    a.detail.expected
      ? `The template version is "${a.detail.expected}", not aidsheet/1; use the current template`
      : "No _meta sheet: the file may not come from the standard template",
  "sheet-missing": (a) => `Sheet "${a.sheet ?? ""}" is missing`,
  "header-missing": (a) =>
    `${a.sheetKey === "submission" ? "Entry" : "Column"} "${f(a)}" is missing`,
  "header-duplicate": (a) => `Column "${f(a)}" appears twice; delete the repeated column`,
  "header-unknown": (a) => `Unknown column header${v(a)}; the column is ignored`,
  required: (a) => `"${f(a)}" is required`,
  type: pick<"type">((a) => ({
    "not-number": `"${f(a)}" must be a number${v(a)}`,
    "not-integer": `"${f(a)}" must be a whole number${v(a)}`,
    "not-date": `"${f(a)}" must be a date (such as 2018-06-27)${v(a)}`,
    boolean: `"${f(a)}" cannot be TRUE/FALSE${v(a)}`,
    "error-value": `"${f(a)}" is an error value${v(a)}; check the formula`,
    "no-cached-result": `"${f(a)}" is a formula without a calculated result; recalculate and save in Excel`,
    "id-as-number": `"${f(a)}" is stored as a number and its last digits may be lost: format the column as text and retype it`,
    ambiguous: `"${f(a)}" is not one definite number${v(a)}; enter a single figure`,
  })),
  format: pick<"format">((a) => ({
    code12: `"${f(a)}" must be a 12-digit statistical division code${v(a)}`,
    uscc: `"${f(a)}" must be an 18-character unified social credit code${v(a)}`,
    id18: `"${f(a)}" must be an 18-character resident ID number`,
    phone: `"${f(a)}" must be a mobile number (11 digits) or a landline with area code${v(a)}`,
    period: `"${f(a)}" must be a year (2018) or a quarter (2018-Q3)${v(a)}`,
    "landline-as-number": `"${f(a)}" is stored as a number and lost its leading 0: format it as text and retype it${v(a)}`,
  })),
  checksum: pick<"checksum">((a) => ({
    "check-character": `"${f(a)}" has a wrong check character${v(a)}`,
    "birth-date": `"${f(a)}" holds a birth date that does not exist`,
  })),
  enum: (a) =>
    `"${f(a)}" is not one of the allowed values${v(a)}; allowed: ${a.detail.expected ?? ""}`,
  range: pick<"range">((a) => ({
    negative: `"${f(a)}" cannot be negative${v(a)}`,
    "not-positive": `"${f(a)}" must be above 0${v(a)}`,
    year: `"${f(a)}" must be between ${a.detail.expected ?? ""}${v(a)}`,
    between: `"${f(a)}" must be between ${a.detail.expected ?? ""}${v(a)}`,
    "text-length": `"${f(a)}" is longer than ${a.detail.limit ?? ""} characters`,
    "before-period": `"${f(a)}" is before the period starts (${a.detail.expected ?? ""})${v(a)}`,
    region: `"${f(a)}" is not in a district of ${a.detail.expected ?? "the region"}${v(a)}`,
    compare: `${f(a)}${v(a)} is ${a.detail.limit === ">=" ? "less" : "greater"} than ${a.other ?? ""} (${String(a.detail.otherValue ?? "")})`,
  })),
  duplicate: (a) =>
    `"${f(a)}" is repeated${v(a)}; the same value is on row ${a.detail.limit ?? "?"}`,
  reference: (a) =>
    a.detail.reason === "not-merged"
      ? `The "${a.sheetName(a.detail.expected ?? "")}" row of "${f(a)}"${v(a)} was not merged, so neither is this row`
      : `"${f(a)}"${v(a)} is not on this workbook's "${a.sheetName(a.detail.expected ?? "")}" sheet`,
  consistency: pick<"consistency">((a) => ({
    "required-when": `"${f(a)}" is required when ${a.other ?? ""} is "${String(a.detail.otherValue ?? "")}"`,
    district: `"${f(a)}"${v(a)} does not match the district of the village code (${a.detail.expected ?? ""})`,
    compare: `${f(a)}${v(a)} is before ${a.other ?? ""} (${String(a.detail.otherValue ?? "")})`,
  })),
  plausibility: pick<"plausibility">((a) => ({
    "outside-period": `"${f(a)}"${v(a)} is outside the period`,
    "below-poverty-line": `"${f(a)}"${v(a)} of a household lifted out is below the ${a.detail.expected ?? ""} poverty line of ${a.detail.limit ?? ""} yuan (risk of relapse)`,
    growth: `"${f(a)}"${v(a)} differs from ${a.other ?? ""} (${String(a.detail.otherValue ?? "")}) by more than 6 times; please check`,
    tiny: `"${f(a)}"${v(a)} is below 100 yuan; was it typed in 万元 (10,000 yuan)?`,
    "rule-failed": `Rule "${a.detail.expected ?? ""}" could not be evaluated (${String(a.detail.limit ?? "")}: ${String(a.detail.otherValue ?? "")}); some rows were not checked by it`,
    "line-missing": `The configuration has no "${items(a)}" line for ${a.detail.limit ?? ""}: the rules and indicators using it were not computed. Set ${a.detail.expected ?? ""} in the configuration`,
  })),
  normalized: (a) =>
    a.detail.expected === "header-unit"
      ? `Column "${f(a)}" is in ${a.detail.limit ?? "万元"}; values were converted to yuan`
      : `"${f(a)}"${v(a)} was read as ${a.normalized}`,
  approximate: (a) => `"${f(a)}"${v(a)} is approximate; counted as ${a.normalized}`,
  formula: (a) => `"${f(a)}" is a formula; its calculated result is used${v(a)}`,
  "total-row": () => "Totals row skipped",
  "unknown-village": (a) => `Village code${v(a)} is not in the 2023 list of division codes`,
  "name-mismatch": (a) =>
    `"${f(a)}"${v(a)} differs from the name in the 2023 list of division codes, "${a.detail.expected ?? ""}"`,
  "period-mismatch": (a) =>
    `The period is ${a.value}, not the merge period ${a.detail.expected ?? ""}`,
  superseded: (a) =>
    a.detail.reason === "tie"
      ? `Submissions of the same agency and period share the latest date but differ; none is used: ${items(a)}`
      : a.detail.reason === "identical"
        ? `Same content as ${items(a)}; counted once`
        : `Replaced by a newer submission of the same agency: ${items(a)}`,
  conflict: (a) => `Agencies disagree on "${f(a)}": ${items(a)}`,
  "cross-duplicate": (a) =>
    a.detail.reason === "merge-key"
      ? `The merge key ("${f(a)}" and the rest) is that of ${items(a)} row ${a.detail.limit ?? "?"}, which is used; this row is superseded`
      : `This head of household's ID number is also in the submission of ${items(a)}${a.severity === "error" ? ", with another village code" : ""}; that row is used`,
  "possible-double-count": (a) =>
    `A transfer with the same village, date and amount is reported by ${items(a)}; possible double count`,
  "missing-submission": (a) => `Paired agency ${items(a)} did not submit`,
  "unpaired-village": (a) => `Village code${v(a)} is not among this agency's paired villages`,
};

const template: TemplateMessages = {
  title: (id) => `Paired poverty-alleviation report (template ${id}): how to fill it in`,
  standardTitle: (name, id) => `${name} (template ${id}): how to fill it in`,
  notes: (listsSheet) => [
    "This workbook is one agency's report for one period. Submission and Villages must be filled in; the other data sheets may stay empty when there is nothing to report.",
    "Do not rename the sheets or change the header texts. Row 1 of each data sheet is its header; from row 2, fill in one record per row; do not merge cells.",
    "Columns with a dark header, and the bold items on Submission, are required. Below, every field is listed with its type, whether it is required, its allowed values, rules and an example.",
    "Amounts are numbers in yuan (元), such as 350000, with at most 2 decimals; do not type text such as 35万元, 200余万元 or 近300万元.",
    "Dates are typed as YYYY-MM-DD, such as 2018-06-27; Submitted on may carry a time, such as 2018-12-20 09:30. Years are 4 digits, such as 2017. The period is a year (2018) or a quarter (2018-Q3).",
    "Cells for village codes, credit codes, ID numbers and phone numbers are formatted as text: type the whole code. Never store an ID number as a number: Excel keeps only 15 significant digits and the last ones are lost; when copying from another workbook, paste values only.",
    "Cells with a dropdown arrow take a value from the list. Selecting a cell shows what it takes; entries that do not fit are refused.",
    "The Households sheet holds personal data (names and ID numbers of household heads): keep it safe and send it only through the official channel.",
    `The hidden sheets ${listsSheet} (the dropdown lists) and _meta (the template id) belong to the template: do not change or delete them.`,
  ],
  sheetPurposes: {
    instructions: "This page: how to fill in the workbook; it is never read.",
    submission:
      "The reporting agency and this report: the items are in column A, fill in column B.",
    villages: "The villages the agency is paired with, one row per village.",
    funds: "Funds invested, one row per transfer.",
    projects:
      "Assistance projects, one row per project; the project id is unique and Funds rows may refer to it.",
    households:
      "Registered poor households, one row per household. This sheet holds personal data: keep it safe.",
    activities: "Assistance activities, one row per activity.",
    meta: "Hidden sheet: the template id and language; do not change it.",
  },
  sheetHeading: (name, purpose, required) => {
    const need = required === null ? "" : ` (${required ? "required" : "optional"})`;
    return purpose === null ? `${name}${need}` : `${name}${need}: ${purpose}`;
  },
  fieldTableHeader: ["Field", "Key", "Type", "Required", "Allowed values", "Rules", "Example"],
  required: "Required",
  optional: "Optional",
  valueSeparator: ", ",
  ruleSeparator: "; ",
  sentence: (phrase) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`,
  sentenceSeparator: " ",
  listNames: {
    districts: "Districts",
    fund_sources: "Fund sources",
    purposes: "Purposes",
    project_categories: "Project categories",
    industries: "Industries",
    project_statuses: "Project statuses",
    units: "Units",
    causes: "Causes of poverty",
    measures: "Assistance measures",
    activity_types: "Activity types",
  },
  types: {
    text: `Text, at most ${TEXT_MAX_LENGTH} characters`,
    int: "Whole number",
    count: "Whole number, 0 or more",
    money: "Amount: a number in yuan (元), up to 2 decimals",
    decimal: "Quantity: a number, 0 or more, up to 2 decimals",
    year: `Year: 4 digits, from ${FIRST_YEAR} to the year of the period`,
    date: "Date, as YYYY-MM-DD",
    datetime: "Date as YYYY-MM-DD, optionally with a time HH:MM",
    period: "Period: a year YYYY or a quarter YYYY-Qn",
    code12: "12-digit statistical division code (text)",
    uscc: "18-character unified social credit code (text)",
    id18: "18-character resident ID number (text), last character 0–9 or X",
    phone: "Mobile number (11 digits) or landline with area code (text)",
  },
  listType: (name) => `Choice from the list "${name}"`,
  rules: {
    unique: () => "must be unique on this sheet",
    ref: (r, a) =>
      `must be a ${a.field(r.field, r.sheet)} listed on the ${a.sheetName(r.sheet)} sheet`,
    compare: (r, a) =>
      r.op === ">="
        ? `must not be less than ${a.field(r.field)}`
        : `must not be greater than ${a.field(r.field)}`,
    positive: () => "must be greater than 0",
    between: (r) => `must be between ${r.min} and ${r.max}`,
    "in-region": (_r, a) =>
      `the first 6 digits must be a district code of ${a.region.name} (${a.region.districtCodes.join(", ")})`,
    "district-of-code": (r, a) =>
      `must be the district named by the first 6 digits of ${a.field(r.codeField)}`,
    "required-when": (r, a) =>
      r.equals === undefined
        ? `required when ${a.field(r.field)} is given`
        : `required when ${a.field(r.field)} is ${r.equals}`,
    "inside-period": () => "should lie inside the period, else a warning asks to check it",
    "not-before-period": () => "must not be before the period starts",
    "may-follow-period-when": (r, a) =>
      `may be after the year of the period when ${a.field(r.field)} is ${r.equals}`,
    growth: (r, a) =>
      `a warning asks to check it when more than 6 times, or less than a sixth of, ${a.field(r.previous)}`,
    "above-poverty-line-if": (r, a) =>
      `a warning (risk of falling back into poverty) when ${a.field(r.field)} is given and it is below that year's poverty line`,
    "not-tiny": () =>
      "a warning asks to check it when above 0 but below 100 yuan (probably typed in 万元, ten thousands)",
  },
  operators: {
    equal: "equal to",
    greaterThan: "greater than",
    greaterThanOrEqual: "at least",
    lessThanOrEqual: "at most",
  },
  checks: {
    list: (name) => `Choose a value from the dropdown list (${name}).`,
    date: (from, to) => `Enter a date from ${from} to ${to}, such as 2018-06-27.`,
    lengthBetween: (min, max) => `Must be ${min} to ${max} characters long.`,
    lengthExactly: (n) => `Must be exactly ${n} characters long; check the digits.`,
    lengthAtMost: (n) => `At most ${n} characters.`,
    lengthCompared: (op, n) => `Must be ${op} ${n} characters long.`,
    numberBetween: (whole, min, max) =>
      `Enter ${whole ? "a whole number" : "a number"} from ${min} to ${max}.`,
    numberCompared: (whole, op, n) =>
      `Enter ${whole ? "a whole number" : "a number"} that is ${op} ${n}.`,
  },
};

const JSON_TYPE_NAMES = {
  object: "an object ({…})",
  array: "an array ([…])",
  string: "a text in quotes",
  number: "a number",
  boolean: "true or false",
} as const;

const FORMAT_NAMES = {
  "district-code": "a 6-digit district code",
  "code-prefix": "2 to 6 digits",
  year: "a year of 4 digits",
  "line-name": "a name in lower case letters, digits and _ (such as monitoring)",
} as const;

const config: ConfigMessages = {
  at: (path, text) => (path === "" ? text : `${path}: ${text}`),
  required: () => "is required",
  type: (p) => `must be ${JSON_TYPE_NAMES[p.expected]}`,
  "unknown-keys": (p) =>
    `unknown ${p.keys.length === 1 ? "key" : "keys"}: ${p.keys.join(", ")} (check the spelling)`,
  empty: () => "must not be empty",
  min: (p) => `must be ${p.inclusive ? "at least" : "greater than"} ${p.min}`,
  max: (p) => `must be ${p.inclusive ? "at most" : "less than"} ${p.max}`,
  format: (p) => `must be ${FORMAT_NAMES[p.format]}`,
  prefix: (p) => `${p.code} does not start with code_prefix ${p.prefix}`,
  invalid: () => "is not valid here",
};

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");

const WHERE_LISTS = "only the list of IN(x, list) or a value of COUNTIFS, MINIFS or MAXIFS";
const AGGREGATES = "COUNTIFS, MINIFS, MAXIFS or XLOOKUP";

const exprProblems: ExprProblemMessages = {
  "not-text": () => "an expression is text",
  empty: () => "the expression is empty",
  "too-long": (p) => `the expression is longer than ${p.max} characters`,
  "too-deep": (p) => `the expression nests deeper than ${p.max}`,
  unexpected: (p) => `unexpected "${p.token}"`,
  expected: (p) => `expected "${p.token}"`,
  "operand-missing": (p) => `expected a value after "${p.operator}"`,
  unclosed: (p) => `"${p.bracket}" is not closed`,
  "unclosed-quote": () => "the text has no closing double quote",
  "bad-number": (p) => `"${p.text}" is not a number`,
  syntax: () => "the expression cannot be read from here",
  "single-quotes": () => 'text is written in double quotes: "text"',
  "number-too-large": () => "a number too large",
  "empty-item": () => "a list has an empty item",
  "no-operator": () => "two expressions with no operator between them",
  conditional: () => "? : is not part of the language: write IF(condition, then, otherwise)",
  dot: () => "only sheet.field may use a dot",
  callee: () => "only a function name may be called",
  "not-in-language": () => "not part of the language",
  "unknown-name": (p) => `unknown name "${p.name}"`,
  "unknown-function": (p) =>
    `unknown function "${p.name}"${p.upper ? ` (functions are upper case: ${p.upper})` : ""}`,
  "unknown-sheet": (p) => `unknown sheet "${p.sheet}"`,
  "unknown-field": (p) => `unknown field "${p.field}" of sheet "${p.sheet}"`,
  "list-needed": (p) =>
    `IN needs a list: ${p.field ? `${p.field} is a field` : "a list key or [value, ...]"}`,
  "column-needed": (p) => `a column is needed here: sheet.field${p.name ? `, not ${p.name}` : ""}`,
  "list-misplaced": (p) =>
    `${p.list ? `${p.list} is a list:` : "a list [ ... ] is"} ${WHERE_LISTS}`,
  "column-misplaced": (p) => `${p.sheet}.${p.field} is a column: only an argument of ${AGGREGATES}`,
  "sheet-misplaced": (p) =>
    `${p.sheet} is a sheet: write ${p.sheet}.field as an argument of ${AGGREGATES}`,
  "function-misplaced": (p) => `${p.name} is a function: write ${p.name}(...)`,
  arity: (p) => `${p.name} takes ${arityText(p.arity)} arguments, not ${p.given}`,
  "columns-of-sheets": (p) => `the columns of ${p.name} must be of one sheet`,
};

function arityText(arity: ExprArity): string {
  if (arity.kind === "pairs") {
    return `${arity.lead === 0 ? "" : "sheet.field, then "}pairs of sheet.field, value`;
  }
  if (arity.max === arity.min) return String(arity.min);
  return arity.max === undefined ? `${arity.min} or more` : `${arity.min} or ${arity.max}`;
}

const packageErrors: PackageMessages = {
  at: (line, path, text) => `${line}: ${path}: ${text}`,
  "json-syntax": (p) => `JSON syntax at column ${p.column}: ${packageErrors.json[p.error]}`,
  json: {
    InvalidSymbol: "a character that JSON does not allow",
    InvalidNumberFormat: "not a valid number",
    PropertyNameExpected: 'a key in double quotes is expected ("key": value)',
    ValueExpected: "a value is expected",
    ColonExpected: "a colon is expected after the key",
    CommaExpected: "a comma is expected",
    CloseBraceExpected: "a closing } is expected",
    CloseBracketExpected: "a closing ] is expected",
    EndOfFileExpected: "nothing may follow the package's closing }",
    InvalidCommentToken: "not a valid comment",
    UnexpectedEndOfComment: "a comment that is not closed (*/)",
    UnexpectedEndOfString: 'a text that is not closed (")',
    UnexpectedEndOfNumber: "a number that ends too early",
    InvalidUnicode: "not a valid \\u escape",
    InvalidEscapeCharacter: "not a valid escape after \\",
    InvalidCharacter: "a character that a text may not hold (write it escaped)",
  },
  required: config.required,
  type: (p) => `must be ${JSON_TYPE_NAMES[p.expected]}`,
  "unknown-keys": config["unknown-keys"],
  empty: config.empty,
  "too-long": (p) => `must be at most ${p.max} characters long`,
  format: (p) =>
    p.format === "key"
      ? "must be a key: lower-case letters, digits and _, starting with a letter"
      : "must be an id: lower-case letters, digits, - and _",
  "one-of": (p) =>
    `must be one of ${[quoted(p.values), ...p.types.map((t) => JSON_TYPE_NAMES[t])].filter((s) => s !== "").join(", or ")}`,
  invalid: config.invalid,
  "unknown-base": (p) =>
    `no standard "${p.base}": extends names a built-in standard (aidsheet standard list) or a package file beside this one`,
  "bad-base": (p, problem) => `"${p.base}" is not a valid package: ${problem}`,
  inherited: (p) => `an extension inherits ${p.key} from "${p.base}": leave it out`,
  "base-sheet-changed": (p) =>
    `sheet "${p.sheet}" of "${p.base}" is not changed by an extension: only fields are added`,
  "base-field": (p) =>
    `field "${p.field}" is already in "${p.base}": an extension adds fields, never replaces them`,
  "base-merge-key": (p) => `the merge key of "${p.sheet}" is inherited from "${p.base}"`,
  "register-builtin-indicators": () => "only the paired workflow has built-in indicators",
  "districts-list": () =>
    "the districts list comes from the region configuration (docs/configuration.md)",
  "list-value-twice": (p) => `"${p.value}" is listed twice in "${p.list}"`,
  "sheet-twice": (p) => `sheet "${p.sheet}" is declared twice`,
  "field-twice": (p) => `field "${p.field}" is declared twice`,
  "rule-twice": (p) => `rule id "${p.id}" is used twice`,
  "header-ambiguous": (p) =>
    `header "${p.header}" would match both "${p.fields[0]}" and "${p.fields[1]}"`,
  "unknown-list": (p) => `no list "${p.list}"`,
  "unknown-sheet": (p) => `no sheet "${p.sheet}"`,
  "unknown-field": (p) => `sheet "${p.sheet}" has no field "${p.field}"`,
  "field-on-no-sheet": (p) => `no sheet has a field "${p.field}"`,
  exprKinds: {
    syntax: "syntax error",
    name: "name error",
    type: "type error",
    budget: "too many steps",
    depth: "nested too deeply",
  },
  exprProblems,
  expression: (p) =>
    `${packageErrors.exprKinds[p.error.kind]}${p.error.offset === undefined ? "" : ` at character ${p.error.offset + 1}`}: ${wordExprProblem(exprProblems, p.error.problem)}`,
};

export const en: Messages = {
  labels: "en",
  issues,
  config,
  package: packageErrors,
  template,
  errors: {
    "masked-into": () =>
      "The consolidated workbook to merge into has masked ID numbers (--mask-ids): the IDs needed to merge are gone.",
    "period-conflict": (e) =>
      `The period ${e.period} differs from the period ${e.intoPeriod} of the consolidated workbook to merge into.`,
    "no-readable-submission": () => "None of the submissions could be read.",
    "no-period": () => "No period: no submission has a valid submission form (give --period).",
    "not-consolidated": () =>
      "Only a consolidated workbook (or a blank one) can be merged into: this one is a submission or another workbook.",
    "several-consolidated": (e) => `Give at most one consolidated workbook: ${e.files.join(", ")}`,
    "nothing-counts": () =>
      "The submissions have errors that block them: nothing of them counts. Validate and correct them first.",
    "over-excel-limits": (e) =>
      `Sheet ${e.sheet} would hold ${n(e.rows)} rows and ${n(e.columns)} columns; an Excel sheet holds at most ${n(EXCEL_MAX_ROWS)} rows and ${n(EXCEL_MAX_COLUMNS)} columns. Nothing written: merge fewer submissions into one workbook.`,
    "paired-only": (e) =>
      ({
        into: "Registers are merged afresh, never into an earlier consolidated workbook: merge all the registers together, into a blank workbook.",
        period: "A register standard has no period: the period is for paired reports only.",
        pairings:
          "A register standard has no pairings: the pairing list is for paired reports only.",
      })[e.option],
  },
  cli: {
    reading: "Reading",
    yes: "yes",
    no: "no",
    noSuchPath: (p) => `no such file or folder: ${p}`,
    noWorkbookIn: (folder) => `no workbook (.xlsx, .xlsm) in the folder ${folder}`,
    cannotWrite: (dir) => `cannot write to ${dir}`,
    cannotCreate: (dir, why) => `cannot create ${dir}: ${why}`,
    pairingsUnreadable: (file) => `--pairings ${file}: cannot be read`,
    configUnreadable: (file, why) => `--config ${file}: not a readable JSON file (${why})`,
    configInvalid: (file, problems) => [`--config ${file}:`, ...problems].join("\n  "),
    pairingsColumns: (file, missing) => `--pairings ${file}: missing columns ${missing.join(", ")}`,
    fileCounts: (file, e, w, i) => `${file}: ${e} errors, ${w} warnings, ${i} infos`,
    totalsHeaders: ["Level", "Code", "Name", "Villages", "Exit-ready", "Agencies"],
    levels: { city: "city", district: "district", township: "township" },
    summary: (s) => [
      `Period ${s.period}: ${s.files} files (${s.accepted} accepted, ${s.superseded} superseded, ${s.rejected} rejected), ${s.villages} villages`,
      `Rows: ${s.rows.merged} merged, ${s.rows.rejected} rejected, ${s.rows.superseded} superseded`,
      `Issues: ${s.issues.error} errors, ${s.issues.warning} warnings, ${s.issues.info} infos`,
    ],
    written: (p) => `Written: ${p}`,
    completeness: (expected, received, accepted) =>
      `Completeness: ${received}/${expected} received, ${accepted} accepted`,
    templateWritten: (p) => `Template written: ${p}`,
    demoAbout: [
      "Demo: the five pairings of the 2018 seed report, with 市金控集团 as a second agency of 凤凰寨村.",
      'Figures the report gives are typed as staff type them ("471万元", "200余万元", 毛冲村); populations, households, agency codes, contacts and ID numbers are invented (IDs synthetic).',
    ],
    demoSubmissions: (dir) => `Submissions: ${dir}`,
    demoReport: (file) => `Report: ${file}`,
    registerSummary: (s) => [
      `${s.files} files (${s.accepted} accepted, ${s.rejected} rejected), ${s.villages} villages`,
      `Rows: ${s.rows.merged} merged, ${s.rows.rejected} rejected, ${s.rows.superseded} superseded`,
      `Issues: ${s.issues.error} errors, ${s.issues.warning} warnings, ${s.issues.info} info`,
    ],
    notForRegisters: (option) =>
      `${option} is for paired reports only: it does not apply to a register standard`,
    registerDemoAbout: [
      "Demo: the monitoring registers of three townships of 示例县, generated in the shape of the national system's exports (two title rows, 140 columns).",
      "Every household, name and ID number comes from a random generator (IDs synthetic with valid check characters); a few errors are planted on purpose.",
    ],
    standardGood: (file, id, version) => `${file}: standard package ${id} ${version} is valid`,
    standardUnknown: (arg, ids) =>
      `--standard ${arg}: neither a built-in standard (${ids.join(", ")}) nor a file`,
    standardInvalid: (arg) => `--standard ${arg}: not a valid standard package`,
    standardBad: (file, n) =>
      `${file}: the standard package has ${n} error${n === 1 ? "" : "s"} and cannot be used`,
  },
  help: {
    program:
      "Standard workbooks for paired poverty-alleviation reports (结对帮扶): template, validation, indicators, merge.",
    runHint:
      "\nRun it in the project folder, after npm install, as: node bin/aidsheet.js <command>\n" +
      "or, after `npm link` there once, as: aidsheet <command> (from any folder).",
    titles: {
      "Usage:": "Usage:",
      "Arguments:": "Arguments:",
      "Options:": "Options:",
      "Commands:": "Commands:",
    },
    option: (description, choices, defaultValue) => {
      const extra = [
        ...(choices ? [`choices: ${choices.join(", ")}`] : []),
        ...(defaultValue !== null ? [`default: ${defaultValue}`] : []),
      ];
      return extra.length > 0 ? `${description} (${extra.join("; ")})` : description;
    },
    help: "display help for command",
    helpCommand: "display help for command",
    version: "output the version number",
    commands: {
      template: "write the blank standard template (default templates/aidsheet-template.xlsx)",
      validate: "check each submission workbook on its own; exit 1 when any error is found",
      indicators: "merge the inputs in memory as merge would, and print the indicators per village",
      merge: "consolidate submissions into one workbook, every row accounted for",
      demo: "write the seed report's six submissions and their consolidated workbook (with --standard monitoring: a generated county's registers)",
      standard: "the standards: list the built-in ones, check a package file",
      standardList: "list the built-in standards: id, version, workflow, template id, name",
      standardCheck: "check a standard package: each error with its line and path; exit 2 when bad",
    },
    arguments: {
      submissions: "submission workbooks, or folders searched for .xlsx/.xlsm",
      indicatorsInputs: "submission workbooks, folders of them, or a consolidated workbook",
      package: "the package (.json, comments allowed)",
    },
    options: {
      lang: "language of messages, of this help and of the template",
      config: "configuration JSON: region, poverty lines, exit thresholds (docs/configuration.md)",
      standard:
        "the standard: a built-in id (aidsheet standard list) or a package file (default jiedui-2018)",
      templateOut: "where to write the template",
      json: "print one JSON document on stdout",
      indicatorsOut: "also write a workbook with 汇总, 村级指标, 问题清单 and _meta",
      indicatorsPeriod: "the period to report (default: the one most agencies state)",
      by: "rows shown: each village, or totals down to districts or townships",
      mergeOut: "the consolidated workbook to write (.xlsx)",
      into: "an earlier consolidated workbook to merge into (may equal --out)",
      mergePeriod: "the merge period (default: the one most agencies state)",
      pairings: "official pairing list, CSV or xlsx: agency_code, agency_name, village_code",
      report: "also write the merge report as JSON",
      mergeJson: "print the merge report on stdout",
      maskIds: "write ID numbers and names masked (such a workbook cannot be merged into)",
      demoOut: "folder to write to",
    },
  },
  lists: {
    workbook: "Workbook",
    severity: { error: "Errors", warning: "Warnings", info: "Notes" },
    status: { accepted: "Merged", rejected: "Not merged", superseded: "Superseded" },
    goTo: (cell) => `Go to ${cell}`,
    files: "Files",
    agency: "Agency",
    rowsMerged: "Rows merged",
    issues: "Issues",
    unreadableFile: "Unreadable",
  },
  taskpane: {
    title: "Poverty-alleviation data",
    staffSection: "Fill in",
    coordinatorSection: "Consolidate (coordinators)",
    insertTemplate: "Insert template",
    validate: "Validate",
    clearMarks: "Clear marks",
    fix: "Fix all",
    indicators: "Compute indicators",
    merge: "Merge reports",
    pickFiles: "Choose report files (.xlsx, several allowed)",
    registerMerge: "Registers are merged afresh: in a blank workbook, choose all the registers.",
    filesPicked: (n) => `${n} file${n === 1 ? "" : "s"} chosen`,
    working: {
      insertTemplate: "Inserting the template…",
      validate: "Validating…",
      clearMarks: "Clearing marks…",
      fix: "Fixing…",
      indicators: "Computing indicators…",
      parse: (done, total) => `Reading file ${done} of ${total}…`,
      merge: "Merging…",
    },
    templateInserted: (written, kept) =>
      kept.length === 0
        ? `Inserted ${written} template sheets.`
        : `Inserted ${written} template sheets; sheets already there were left as they are: ${kept.join(", ")}.`,
    noIssues: "No issues found.",
    validated: (e, w, i) =>
      `Validated: ${e} errors, ${w} warnings, ${i} notes. Error and warning cells are marked.`,
    fixable: (n) => `${n} of them can be fixed with Fix all.`,
    fixed: (n) => `Fixed ${n} cells and validated again.`,
    marksCleared: "Marks cleared; the cells have their own fills back.",
    indicatorsWritten: (v, p) =>
      `Wrote 汇总 and 村级指标: ${v} villages${p === null ? "" : `, period ${p}`}.`,
    merged: (n, p) =>
      `Merged ${n} files${p === null ? "" : `, period ${p}`}. The results are written to the sheets.`,
    noFiles: "Choose the report files to merge first.",
    failed: "Failed",
    ok: "OK",
    configError:
      "The deployed configuration is invalid, so the assistant cannot be used. Please contact the IT department that deployed it.",
    sheetTooLarge: (sheet, a) =>
      `The used range ${a} of sheet "${sheet}" has over 5 million cells and cannot be read. There is probably stray content far from the data: delete it and try again.`,
  },
  web: {
    title: "Poverty-alleviation data",
    intro:
      "Validate report files and merge the agencies' reports. Files are processed in this browser only; nothing is uploaded.",
    validateSection: "Validate (staff)",
    mergeSection: "Merge reports (coordinators)",
    pickSubmissions: "Report files (.xlsx, several allowed, or drop them here)",
    pickInto: "Earlier consolidated workbook (optional: merge into it)",
    pickPairings: "Pairing list (optional: .xlsx or CSV, for completeness)",
    dropHint: "Drop files here",
    filesPicked: (n) => `${n} file${n === 1 ? "" : "s"} chosen`,
    validate: "Validate",
    merge: "Merge reports",
    mask: "Mask ID numbers and names (as --mask-ids; such a workbook cannot be merged into)",
    downloadIssues: "Download issue list",
    downloadWorkbook: "Download consolidated workbook",
    downloadReport: "Download merge report",
    reading: (done, total) => `Reading file ${done} of ${total}…`,
    merging: "Merging…",
    writing: "Writing the issue list…",
    noFiles: "Choose the files first.",
    noIssues: "No issues found.",
    fileCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
    indicators: "Village indicators",
    pairingsUnreadable: (missing) =>
      missing.length > 0
        ? `The pairing list lacks columns: ${missing.join(", ")}`
        : "The pairing list cannot be read.",
    failed: "Failed",
    configError:
      "The deployed configuration is invalid, so the assistant cannot be used. Please contact the IT department that deployed it.",
    issueListName: "issues.xlsx",
    workbookName: (p) => (p === null ? "consolidated.xlsx" : `consolidated-${p}.xlsx`),
    reportName: (p) => (p === null ? "merge-report.json" : `merge-report-${p}.json`),
    areaIndicators: "Township and county indicators",
    registerMerge:
      "Registers are merged afresh, all of them together: not into an earlier consolidated workbook, and without a pairing list.",
  },
};
