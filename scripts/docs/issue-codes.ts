// docs/issue-codes.md: every issue code with its severity, cause, cell, remedy and example
// messages rendered by the real catalogues (src/core/messages/zh-CN.ts, en.ts).
import { DEFAULT_SEVERITY, ISSUE_CODES, MERGE_CODES } from "../../src/core/issues/codes";
import type { IssueCode } from "../../src/core/issues/codes";
import type { Detail, Issue } from "../../src/core/issues/issue";
import { makeIssue } from "../../src/core/issues/make";
import type { IssueExtra } from "../../src/core/issues/make";
import { renderMessage } from "../../src/core/messages/render";
import type { ReasonOf } from "../../src/core/issues/reasons";
import type { SheetKey } from "../../src/core/spec/sheets";
import { unreadableSubmission } from "../../src/core/validate/unreadable";
import type { ReadFailure } from "../../src/core/validate/unreadable";
import { ZIP_LIMITS } from "../../src/ooxml/zip-guard";
import { code, table } from "./markdown";

interface CodeDoc {
  /** Only where the severity varies; else DEFAULT_SEVERITY. */
  readonly severity?: string;
  readonly when: string;
  readonly cell: string;
  readonly action: string;
  /** One example per variant (`detail.reason`) of the code. */
  readonly examples: readonly Issue[];
}

type Where = [sheet: SheetKey | null, cell: string | null, field: string | null];

function ex(issueCode: IssueCode, [sheet, cell, field]: Where, extra: IssueExtra = {}): Issue {
  return makeIssue(issueCode, { sheet, cell, field }, extra);
}

const FILE: Where = [null, null, null];
const because = (reason: string, rest: Omit<Detail, "reason"> = {}): IssueExtra => ({
  detail: { reason, ...rest },
});

/** An unreadable file's issue as the hosts make it, from what the reader reports. */
const refused = (reason: ReasonOf<"unreadable">, failure: ReadFailure): Issue =>
  unreadableSubmission(reason, failure).issues[0]!;

const AGENCY_A = "市纪委监委机关";
const AGENCY_B = "市金控集团";

/** Typed over every code: a code added to codes.ts does not compile until documented here. */
export const CODE_DOCS: { readonly [C in IssueCode]: CodeDoc } = {
  unreadable: {
    when: "The file cannot be read as an .xlsx workbook: it is not a zip (a renamed CSV or HTML page), it is an old .xls or a password-protected workbook, it is corrupt, it breaks a limit of docs/limits.md, reading it ran out of time or memory, or a sheet that has rows gave none. The whole file is rejected.",
    cell: "none (file level); for a sheet that gave no rows, that sheet",
    action:
      "Open the file in Excel (or WPS) and save it again as .xlsx, without a password. A file over the limits is almost never a real report: check that the right file was sent.",
    examples: [
      ex("unreadable", FILE, because("not-zip")),
      ex("unreadable", FILE, because("encrypted")),
      ex("unreadable", FILE, because("xls")),
      refused("too-large", { limit: ZIP_LIMITS.maxFileBytes }),
      refused("too-many-parts", { limit: ZIP_LIMITS.maxParts }),
      refused("expands-too-much", { limit: ZIP_LIMITS.maxTotalUncompressedBytes }),
      ex("unreadable", FILE, because("ratio")),
      ex("unreadable", FILE, because("duplicate-part")),
      ex("unreadable", FILE, because("bad-part-name")),
      refused("corrupt", { detail: "no workbook part" }),
      ex("unreadable", FILE, because("timeout")),
      ex("unreadable", FILE, because("memory")),
      ex("unreadable", ["funds", null, null], because("no-rows-read")),
      ex("unreadable", FILE, because("not-found")),
    ],
  },
  "template-version": {
    when: "The hidden `_meta` sheet is missing, or names a template other than `aidsheet/1`. The file is still read by its labels.",
    cell: "none (file level)",
    action:
      "Fill in the current template (`templates/aidsheet-template.xlsx`); copy the data over if the old file came from elsewhere.",
    examples: [
      ex("template-version", FILE),
      ex("template-version", FILE, { detail: { expected: "aidsheet/0" } }),
    ],
  },
  "sheet-missing": {
    severity:
      "error for `submission` and `villages`; warning for `funds`, `projects`, `households`, `activities`",
    when: "No sheet has the zh-CN name or English alias of a sheet of the standard (compared after normalisation). Never reported for 填报说明 or `_meta`. A missing 报送信息 or 帮扶村 rejects the whole file.",
    cell: "none; `sheet` names the missing sheet",
    action:
      "Restore the sheet from the template, or rename the sheet that holds the data to its standard name.",
    examples: [ex("sheet-missing", ["villages", null, null])],
  },
  "header-missing": {
    when: "A required field's column has no header in the sheet's header row (or, on 报送信息, the label is absent from column A). When no header row is found at all, every required field of the sheet is missing. One issue per field.",
    cell: "none; `field` names the missing field",
    action:
      "Add the column (or the 报送信息 line) with its label from the template. In 报送信息 or 帮扶村 this rejects the whole file; in another sheet, that sheet's rows.",
    examples: [
      ex("header-missing", ["funds", null, "amount"]),
      ex("header-missing", ["submission", null, "period"]),
    ],
  },
  "header-duplicate": {
    when: "Two columns of one sheet match the same field. Rejects that sheet's rows (the whole file for 报送信息 or 帮扶村).",
    cell: "the second header cell",
    action: "Delete or rename one of the two columns.",
    examples: [ex("header-duplicate", ["funds", "H1", "funder"])],
  },
  "header-unknown": {
    when: "A header cell matches no field of the sheet and is not a row-number column (序号, No., #). The column is ignored.",
    cell: "the header cell",
    action:
      "Nothing if the column is a note of your own; otherwise rename it to the template's label.",
    examples: [ex("header-unknown", ["funds", "G1", null], { value: "经办人" })],
  },
  required: {
    when: "A required field is empty (also white space, or a formula giving an empty string).",
    cell: "the empty cell (on 报送信息, the value cell to the right of the label)",
    action: "Fill in the cell.",
    examples: [ex("required", ["villages", "D3", "township"])],
  },
  type: {
    when: "The content cannot be read as the field's type: text in a number field, a number with decimals in a count, a date that is not one, TRUE/FALSE, an Excel error value (#N/A, #DIV/0!…), a formula without a saved result, an ID number stored as a number (its last digits are lost), or a figure that is not one definite number (`35万-40万`, `三十五万`).",
    cell: "the cell",
    action:
      "Type the value as the field's type asks (docs/standard.md); for an ID number, format the column as text and retype it.",
    examples: [
      ex("type", ["villages", "E3", "households_total"], {
        ...because("not-number"),
        value: "很多",
      }),
      ex("type", ["villages", "E3", "households_total"], {
        ...because("not-integer"),
        value: 39.5,
      }),
      ex("type", ["funds", "B2", "date"], { ...because("not-date"), value: "六月" }),
      ex("type", ["funds", "E2", "amount"], { ...because("boolean"), value: true }),
      ex("type", ["funds", "E2", "amount"], { ...because("error-value"), value: "#DIV/0!" }),
      ex("type", ["funds", "E2", "amount"], because("no-cached-result")),
      ex("type", ["households", "A2", "id_number"], because("id-as-number")),
      ex("type", ["funds", "E2", "amount"], { ...because("ambiguous"), value: "35万-40万" }),
    ],
  },
  format: {
    when: "A code has the wrong shape: a village code that is not 12 digits, an agency code that is not 18 characters, an ID number that is not 17 digits and a digit or X, a phone number that is neither a mobile nor a landline with area code, a period that is neither a year nor a quarter, or a landline stored as a number (its leading 0 is lost).",
    cell: "the cell",
    action:
      "Correct the code; keep code and phone columns formatted as text so that Excel keeps every digit.",
    examples: [
      ex("format", ["villages", "A3", "village_code"], {
        ...because("code12"),
        value: "42011601221",
      }),
      ex("format", ["submission", "B2", "agency_code"], { ...because("uscc"), value: "11420100" }),
      ex("format", ["households", "A2", "id_number"], because("id18")),
      ex("format", ["submission", "B7", "contact_phone"], { ...because("phone"), value: "12345" }),
      ex("format", ["submission", "B4", "period"], { ...because("period"), value: "2018年下半年" }),
      ex("format", ["submission", "B7", "contact_phone"], {
        ...because("landline-as-number"),
        value: 2782345678,
      }),
    ],
  },
  checksum: {
    when: "The check character of an agency code (GB 32100) or ID number (GB 11643) is wrong, or the ID number's birth date does not exist: almost always a typing error.",
    cell: "the cell",
    action: "Compare the code with the original document and retype it.",
    examples: [
      ex("checksum", ["submission", "B2", "agency_code"], {
        ...because("check-character"),
        value: "914201009900012397",
      }),
      ex("checksum", ["households", "A2", "id_number"], because("birth-date")),
    ],
  },
  enum: {
    when: "A list field holds a value that is not on its list (docs/standard.md, lists), after normalisation.",
    cell: "the cell",
    action: "Pick a value from the dropdown; use 其他 when none fits.",
    examples: [
      ex("enum", ["projects", "F2", "status"], {
        value: "已完成",
        detail: { expected: "规划、在建、运营、完工、停止" },
      }),
    ],
  },
  range: {
    when: "A value is outside its field's bounds: a negative count or amount, an amount of 0, a year before 2013 or after the period's year (a planned project's start year excepted), a household size outside 1–30, text over 200 characters, a 填报日期 before the period starts, a village code outside the region's districts, or a bound against another field of the row (poor households above households…).",
    cell: "the cell of the field whose rule it is: for poor_households above households_total, the poor_households cell",
    action: "Correct the value, or the other field the message names.",
    examples: [
      ex("range", ["funds", "E2", "amount"], { ...because("negative"), value: -5000 }),
      ex("range", ["funds", "E2", "amount"], { ...because("not-positive"), value: 0 }),
      ex("range", ["households", "E2", "identified_year"], {
        ...because("year", { expected: "2013–2018" }),
        value: 2012,
      }),
      ex("range", ["households", "D2", "household_size"], {
        ...because("between", { expected: "1–30" }),
        value: 99,
      }),
      ex("range", ["funds", "H2", "note"], because("text-length", { limit: 200 })),
      ex("range", ["submission", "B8", "submitted_on"], {
        ...because("before-period", { expected: "2018-01-01" }),
        value: "2017-12-20",
      }),
      ex("range", ["villages", "A3", "village_code"], {
        ...because("region", { expected: "武汉市" }),
        value: "420201001001",
      }),
      ex("range", ["villages", "G3", "poor_households"], {
        ...because("compare", { other: "households_total", otherValue: 100, limit: "<=" }),
        value: 120,
      }),
    ],
  },
  duplicate: {
    when: "A key is repeated within one workbook: a village code on 帮扶村, a project id on 帮扶项目, an ID number on 贫困户. The first occurrence stays valid.",
    cell: "the key cell of every repeat after the first",
    action: "Delete the repeated row, or correct its key.",
    examples: [
      ex("duplicate", ["projects", "A5", "project_id"], { value: "P-01", detail: { limit: 3 } }),
    ],
  },
  reference: {
    when: "A village code that is not on this workbook's 帮扶村 sheet, or a 关联项目编号 of 资金投入 that is not on its 帮扶项目 sheet. A row that is there counts even if it has errors of its own, so one typo does not cascade.",
    cell: "the referring cell",
    action: "Add the village (or project) to its sheet, or correct the code.",
    examples: [
      ex("reference", ["funds", "A2", "village_code"], {
        value: "420116012299",
        detail: { expected: "villages" },
      }),
    ],
  },
  consistency: {
    when: "Two fields of a row contradict each other: 产业类型 missing for a 产业扶贫 project, a 规模 without 规模单位, a district that is not the one the village code names, or a household's 脱贫年度 before its 识别年度.",
    cell: "the cell of the field whose rule it is (industry, scale_unit, district, exit_year)",
    action: "Fill in or correct one of the two fields.",
    examples: [
      ex("consistency", ["projects", "E2", "industry"], {
        ...because("required-when", { other: "category", otherValue: "产业扶贫" }),
      }),
      ex("consistency", ["villages", "C3", "district"], {
        ...because("district", { expected: "黄陂区" }),
        value: "新洲区",
      }),
      ex("consistency", ["households", "G2", "exit_year"], {
        ...because("compare", { other: "identified_year", otherValue: 2016 }),
        value: 2015,
      }),
    ],
  },
  plausibility: {
    when: "A value is possible but likely wrong: a fund date outside the period; a household lifted out whose income is below the period year's poverty line (risk of relapse, 返贫风险); collective or per-capita income more than 6 times, or under a sixth of, the previous year's; an amount or investment above 0 and below 100 yuan (probably typed in 万元). Also, once per file, a standard's rule that could not be evaluated (docs/standards.md), and each line and year that a rule asked for and the configuration lacks (docs/configuration.md): the rows it would have checked are unchecked; once per merge, such a line an indicator asked for.",
    cell: "the cell of the field whose rule it is (for an income jump, the current year's cell); for a rule that could not be evaluated or a missing line, no cell",
    action:
      "Check the value; correct it if it is wrong. A warning never blocks the row. For a missing line, set the configuration key the message names; for a rule that fails, tell the package's author.",
    examples: [
      ex("plausibility", ["funds", "B2", "date"], {
        ...because("outside-period"),
        value: "2019-01-05",
      }),
      ex("plausibility", ["households", "H2", "income_per_capita"], {
        ...because("below-poverty-line", { expected: "2018", limit: 2995 }),
        value: 2500,
      }),
      ex("plausibility", ["villages", "K3", "collective_income"], {
        ...because("growth", { other: "collective_income_prev", otherValue: 20000 }),
        value: 300000,
      }),
      ex("plausibility", ["funds", "E2", "amount"], { ...because("tiny"), value: 35 }),
      ex("plausibility", ["households", null, null], {
        ...because("rule-failed", {
          expected: "labour-within-household",
          limit: "type",
          otherValue: "text is not a number",
        }),
      }),
      ex("plausibility", ["households", null, null], {
        ...because("line-missing", {
          expected: 'lines.monitoring."2025"',
          limit: 2025,
          items: ["monitoring"],
        }),
      }),
    ],
  },
  normalized: {
    when: "A value was not in canonical form but could be read without doubt (docs/standard.md, values staff type): `35万元`, `39户`, `2018/6/27`, `2018年第3季度`… It is converted, and the canonical value is in the issue's `normalized`. Also reported once at a money column headed in 万元 or 亿元, whose values are multiplied.",
    cell: "the cell (for a header unit, the header cell)",
    action: "Nothing is required. The add-in's 一键修正 writes the canonical values back.",
    examples: [
      ex("normalized", ["funds", "E2", "amount"], { value: "35万元", normalized: 350000 }),
      ex("normalized", ["funds", "E1", "amount"], {
        detail: { expected: "header-unit", limit: "万元" },
      }),
    ],
  },
  approximate: {
    when: "A money value carries a hedge word (近, 约, 余, 多, 左右, 以上). It is counted as the number without the word.",
    cell: "the cell",
    action: "Enter the exact figure if it is known.",
    examples: [
      ex("approximate", ["projects", "H2", "investment"], {
        value: "200余万元",
        normalized: 2000000,
      }),
    ],
  },
  formula: {
    when: "A cell holds a formula: its saved result is used. Formulas are never copied to any output.",
    cell: "the cell",
    action: "Nothing; consider pasting values if the formula refers to other files.",
    examples: [ex("formula", ["funds", "E2", "amount"], { value: 350000 })],
  },
  "total-row": {
    when: "A row whose first non-empty cell is 合计, 总计, 小计 or Total was skipped: totals are computed, not read.",
    cell: "the row's first non-empty cell",
    action: "Nothing.",
    examples: [ex("total-row", ["funds", "A9", null])],
  },
  "unknown-village": {
    when: "A well-formed village code is not in the 2023 list of division codes of the region (docs/configuration.md).",
    cell: "the village code cell",
    action:
      "Check the code against the official list; codes changed between 2018 and 2023, so an old code may be right.",
    examples: [
      ex("unknown-village", ["villages", "A3", "village_code"], { value: "420116012299" }),
    ],
  },
  "name-mismatch": {
    when: "A village or township name differs from the name the 2023 list gives for its code, after the comparison of docs/configuration.md (simplified characters, suffixes such as 村委会 or 街道 dropped).",
    cell: "the name cell",
    action:
      "Check the code and the name; the official name may differ from the everyday one (蔡家榨街 is 蔡榨街道).",
    examples: [
      ex("name-mismatch", ["villages", "B3", "village_name"], {
        value: "毛冲村",
        detail: { expected: "毛家冲村" },
      }),
    ],
  },
  "period-mismatch": {
    when: "Merge: the file's 报送期间 is not the merge period. The file is rejected.",
    cell: "none (file level)",
    action: "Merge it with its own period (`--period`), or correct its 报送期间.",
    examples: [ex("period-mismatch", FILE, { value: "2017", detail: { expected: "2018" } })],
  },
  superseded: {
    severity: "info; error when files tie",
    when: "Merge: a newer submission of the same agency and period (later 填报日期) replaces this file, or the file is identical to another (counted once). When the latest files of an agency share their 填报日期 but differ, none counts: each gets this code as an error.",
    cell: "none (file level)",
    action:
      "Nothing for a replaced or identical file. For a tie, resend one file with a later 填报日期.",
    examples: [
      ex("superseded", FILE, { detail: { items: ["纪委-2018-v2.xlsx"] } }),
      ex("superseded", FILE, { detail: { reason: "identical", items: ["纪委-2018.xlsx"] } }),
      ex("superseded", FILE, {
        severity: "error",
        detail: { reason: "tie", items: ["纪委-a.xlsx", "纪委-b.xlsx"] },
      }),
    ],
  },
  conflict: {
    when: "Merge: agencies that report one village disagree on a 帮扶村 field (an empty cell included). The adopted row (latest 填报日期) is used.",
    cell: "the adopted row's cell in its file",
    action: "Agree with the other agency on the figure; the next submissions should match.",
    examples: [
      ex("conflict", ["villages", "F3", "population_total"], {
        detail: { items: [`${AGENCY_A}: 1520`, `${AGENCY_B}: 1518`] },
      }),
    ],
  },
  "cross-duplicate": {
    severity: "warning when the rows name the same village; error when they differ",
    when: "Merge: one ID number appears in several submissions. One row is adopted (latest 填报日期); the others are kept, not adopted. Never rejects a row.",
    cell: "the ID number cell of each row not adopted",
    action:
      "For an error, find out which village the household belongs to and correct the other submission.",
    examples: [
      ex("cross-duplicate", ["households", "A2", "id_number"], { detail: { items: [AGENCY_B] } }),
      ex("cross-duplicate", ["households", "A2", "id_number"], {
        severity: "error",
        detail: { items: [AGENCY_B] },
      }),
    ],
  },
  "possible-double-count": {
    when: "Merge: funds rows of different agencies have the same village, date and amount: one transfer reported twice by joint helpers? Both rows are kept.",
    cell: "the amount cell of the row in the later-sorted file",
    action: "Check with the other agency; if it is one transfer, one of you removes the row.",
    examples: [
      ex("possible-double-count", ["funds", "E2", "amount"], { detail: { items: [AGENCY_A] } }),
    ],
  },
  "missing-submission": {
    when: "Merge with a pairing list (`--pairings`): a paired agency has no counting submission.",
    cell: "none (file level)",
    action: "Ask the agency for its report.",
    examples: [
      ex("missing-submission", FILE, { detail: { items: [`${AGENCY_B} (914201009900012396)`] } }),
    ],
  },
  "unpaired-village": {
    when: "Merge with a pairing list: a submission lists a village its agency is not paired with.",
    cell: "the village code cell",
    action: "Check the village code, or update the pairing list.",
    examples: [
      ex("unpaired-village", ["villages", "A3", "village_code"], { value: "420117102205" }),
    ],
  },
};

const severityOf = (c: IssueCode) => CODE_DOCS[c].severity ?? DEFAULT_SEVERITY[c];
const anchor = (c: IssueCode) => `[${code(c)}](#${c})`;

export function renderIssueCodeTable(): string {
  return table(
    ["code", "severity", "found by", "reported at"],
    ISSUE_CODES.map((c) => [
      anchor(c),
      severityOf(c),
      MERGE_CODES.has(c) ? "merge" : "validation",
      CODE_DOCS[c].cell,
    ]),
  );
}

function codeSection(c: IssueCode): string {
  const doc = CODE_DOCS[c];
  const examples = doc.examples.map((issue) => [
    issue.detail.reason ? code(issue.detail.reason) : "",
    renderMessage(issue, "zh-CN"),
    renderMessage(issue, "en"),
  ]);
  return [
    `### ${c}`,
    "",
    `**Severity:** ${severityOf(c)}.`,
    "",
    `**When:** ${doc.when}`,
    "",
    `**Reported at:** ${doc.cell}.`,
    "",
    `**What to do:** ${doc.action}`,
    "",
    table(["variant", "message (zh-CN)", "message (en)"], examples),
  ].join("\n");
}

export function renderIssueCodes(): string {
  return ISSUE_CODES.map(codeSection).join("\n\n");
}
