import type { Catalogue, MessageArgs } from "./catalogue";
import type { ReasonOf, REASONS } from "../issues/reasons";

type Variant<C extends keyof typeof REASONS> = (a: MessageArgs) => Record<ReasonOf<C>, string>;

const v = (a: MessageArgs) => (a.value === "" ? "" : ` (${a.value})`);
const f = (a: MessageArgs) => a.field ?? "";
const items = (a: MessageArgs) => (a.detail.items ?? []).join(", ");

function pick<C extends keyof typeof REASONS>(variants: Variant<C>) {
  return (a: MessageArgs) => {
    const table = variants(a);
    return table[a.detail.reason as ReasonOf<C>] ?? Object.values<string>(table)[0]!;
  };
}

export const en: Catalogue = {
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
    `"${f(a)}"${v(a)} is not on this workbook's "${a.sheetName(a.detail.expected ?? "")}" sheet`,
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
    `This head of household's ID number is also in the submission of ${items(a)}${a.severity === "error" ? ", with another village code" : ""}; that row is used`,
  "possible-double-count": (a) =>
    `A transfer with the same village, date and amount is reported by ${items(a)}; possible double count`,
  "missing-submission": (a) => `Paired agency ${items(a)} did not submit`,
  "unpaired-village": (a) => `Village code${v(a)} is not among this agency's paired villages`,
};
