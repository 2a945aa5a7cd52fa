import type { FieldType, Label } from "./types";
import type { Rule } from "./rules";

export interface FieldSpec {
  readonly key: string;
  readonly label: Label;
  readonly type: FieldType;
  readonly required: boolean;
  /** Personal data: never logged, never in issue values, masked on request. */
  readonly personal?: boolean;
  readonly rules: readonly Rule[];
}

export type SheetKey =
  | "instructions"
  | "submission"
  | "villages"
  | "funds"
  | "projects"
  | "households"
  | "activities"
  | "meta";

export type DataSheetKey = "villages" | "funds" | "projects" | "households" | "activities";
export type ReadSheetKey = "submission" | DataSheetKey;

export interface SheetSpec {
  readonly key: SheetKey;
  readonly name: Label;
  readonly required: boolean;
  readonly layout: "form" | "table" | "none";
  readonly fields: readonly FieldSpec[];
}

type FieldArgs = [key: string, zh: string, en: string, type: FieldType, required: boolean];

function field(
  [key, zh, en, type, required]: FieldArgs,
  rules: readonly Rule[] = [],
  personal = false,
): FieldSpec {
  return personal
    ? { key, label: { zh, en }, type, required, rules, personal }
    : { key, label: { zh, en }, type, required, rules };
}

const R = true;
const O = false;
const inVillages: Rule = { kind: "ref", sheet: "villages", field: "village_code" };

const SUBMISSION: readonly FieldSpec[] = [
  field(["agency_code", "单位代码", "Agency code", "uscc", R]),
  field(["agency_name", "单位名称", "Agency name", "text", R]),
  field(["period", "报送期间", "Period", "period", R]),
  field(["partners", "协作单位", "Partner organisations", "text", O]),
  field(["contact_name", "填报人", "Contact person", "text", R]),
  field(["contact_phone", "联系电话", "Contact phone", "phone", R]),
  field(
    ["submitted_on", "填报日期", "Submitted on", "datetime", R],
    [{ kind: "not-before-period" }],
  ),
];

const VILLAGES: readonly FieldSpec[] = [
  field(
    ["village_code", "村代码", "Village code", "code12", R],
    [{ kind: "unique" }, { kind: "in-region" }],
  ),
  field(["village_name", "村名称", "Village name", "text", R]),
  field(
    ["district", "区", "District", { list: "districts" }, R],
    [{ kind: "district-of-code", codeField: "village_code" }],
  ),
  field(["township", "街道/乡镇", "Township", "text", R]),
  field(["households_total", "户籍户数", "Registered households", "count", R]),
  field(
    ["population_total", "户籍人口", "Registered population", "count", R],
    [{ kind: "compare", op: ">=", field: "households_total", code: "range" }],
  ),
  field(
    ["poor_households", "建档立卡贫困户数", "Registered poor households", "count", R],
    [{ kind: "compare", op: "<=", field: "households_total", code: "range" }],
  ),
  field(
    ["poor_population", "建档立卡贫困人口", "Registered poor population", "count", R],
    [
      { kind: "compare", op: ">=", field: "poor_households", code: "range" },
      { kind: "compare", op: "<=", field: "population_total", code: "range" },
    ],
  ),
  field(
    ["exited_households", "累计脱贫户数", "Households lifted out (cumulative)", "count", R],
    [{ kind: "compare", op: "<=", field: "poor_households", code: "range" }],
  ),
  field(
    ["exited_population", "累计脱贫人口", "People lifted out (cumulative)", "count", R],
    [
      { kind: "compare", op: "<=", field: "poor_population", code: "range" },
      { kind: "compare", op: ">=", field: "exited_households", code: "range" },
    ],
  ),
  field(
    ["collective_income", "村集体经济收入", "Village collective income", "money", R],
    [{ kind: "growth", previous: "collective_income_prev" }],
  ),
  field([
    "collective_income_prev",
    "上年村集体经济收入",
    "Collective income, previous year",
    "money",
    O,
  ]),
  field(
    ["income_per_capita", "农村居民人均可支配收入", "Per-capita disposable income", "money", O],
    [{ kind: "growth", previous: "income_per_capita_prev" }],
  ),
  field([
    "income_per_capita_prev",
    "上年人均可支配收入",
    "Per-capita disposable income, previous year",
    "money",
    O,
  ]),
  field(["exit_year", "贫困村出列年度", "Village exit year", "year", O]),
  field(["paired_branches", "结对支部数", "Paired party branches", "count", O]),
  field(["resident_team", "驻村工作队人数", "Resident work-team members", "count", O]),
];

const FUNDS: readonly FieldSpec[] = [
  field(["village_code", "村代码", "Village code", "code12", R], [inVillages]),
  field(["date", "拨付日期", "Date", "date", R], [{ kind: "inside-period" }]),
  field(["source", "资金来源", "Source", { list: "fund_sources" }, R]),
  field(["funder", "出资单位", "Funder", "text", O]),
  field(["amount", "金额", "Amount", "money", R], [{ kind: "positive" }, { kind: "not-tiny" }]),
  field(["purpose", "用途", "Purpose", { list: "purposes" }, R]),
  field(
    ["project_id", "关联项目编号", "Project id", "text", O],
    [{ kind: "ref", sheet: "projects", field: "project_id" }],
  ),
  field(["note", "备注", "Note", "text", O]),
];

const PROJECTS: readonly FieldSpec[] = [
  field(["project_id", "项目编号", "Project id", "text", R], [{ kind: "unique" }]),
  field(["village_code", "村代码", "Village code", "code12", R], [inVillages]),
  field(["name", "项目名称", "Project name", "text", R]),
  field(["category", "项目类别", "Category", { list: "project_categories" }, R]),
  field(
    ["industry", "产业类型", "Industry", { list: "industries" }, O],
    [{ kind: "required-when", field: "category", equals: "产业扶贫" }],
  ),
  field(
    ["start_year", "开工年度", "Start year", "year", R],
    [{ kind: "may-follow-period-when", field: "status", equals: "规划" }],
  ),
  field(["status", "项目状态", "Status", { list: "project_statuses" }, R]),
  field(["investment", "总投资", "Investment", "money", R], [{ kind: "not-tiny" }]),
  field(["scale", "规模", "Scale", "decimal", O]),
  field(
    ["scale_unit", "规模单位", "Scale unit", { list: "units" }, O],
    [{ kind: "required-when", field: "scale" }],
  ),
  field(["beneficiary_households", "带动贫困户数", "Poor households benefiting", "count", O]),
  field(["jobs", "带动就业人数", "Jobs created", "count", O]),
  field(["annual_revenue", "年收益", "Annual revenue to the village", "money", O]),
];

const HOUSEHOLDS: readonly FieldSpec[] = [
  field(["id_number", "户主身份证号", "Head's ID number", "id18", R], [{ kind: "unique" }], true),
  field(["head_name", "户主姓名", "Head of household", "text", R], [], true),
  field(["village_code", "村代码", "Village code", "code12", R], [inVillages]),
  field(
    ["household_size", "家庭人口", "Household size", "count", R],
    [{ kind: "between", min: 1, max: 30 }],
  ),
  field(["identified_year", "识别年度", "Year identified", "year", R]),
  field(["cause", "主要致贫原因", "Main cause of poverty", { list: "causes" }, R]),
  field(
    ["exit_year", "脱贫年度", "Year lifted out", "year", O],
    [{ kind: "compare", op: ">=", field: "identified_year", code: "consistency" }],
  ),
  field(
    ["income_per_capita", "人均纯收入", "Per-capita net income", "money", R],
    [{ kind: "above-poverty-line-if", field: "exit_year" }],
  ),
  field(["measure", "主要帮扶措施", "Main assistance measure", { list: "measures" }, O]),
  field(["cadre", "帮扶责任人", "Responsible cadre", "text", O]),
];

const ACTIVITIES: readonly FieldSpec[] = [
  field(["date", "活动日期", "Date", "date", R]),
  field(["village_code", "村代码", "Village code", "code12", R], [inVillages]),
  field(["type", "活动类型", "Activity type", { list: "activity_types" }, R]),
  field(["participants", "参与人数", "Participants", "count", O]),
  field(["beneficiaries", "受益人数", "Beneficiaries", "count", O]),
  field(["description", "活动内容", "Description", "text", O]),
];

/** The sheets of template `aidsheet/1`, in the order of docs/standard.md (also the issue order). */
export const SHEETS: readonly SheetSpec[] = [
  {
    key: "instructions",
    name: { zh: "填报说明", en: "Instructions" },
    required: false,
    layout: "none",
    fields: [],
  },
  {
    key: "submission",
    name: { zh: "报送信息", en: "Submission" },
    required: true,
    layout: "form",
    fields: SUBMISSION,
  },
  {
    key: "villages",
    name: { zh: "帮扶村", en: "Villages" },
    required: true,
    layout: "table",
    fields: VILLAGES,
  },
  {
    key: "funds",
    name: { zh: "资金投入", en: "Funds" },
    required: false,
    layout: "table",
    fields: FUNDS,
  },
  {
    key: "projects",
    name: { zh: "帮扶项目", en: "Projects" },
    required: false,
    layout: "table",
    fields: PROJECTS,
  },
  {
    key: "households",
    name: { zh: "贫困户", en: "Households" },
    required: false,
    layout: "table",
    fields: HOUSEHOLDS,
  },
  {
    key: "activities",
    name: { zh: "帮扶活动", en: "Activities" },
    required: false,
    layout: "table",
    fields: ACTIVITIES,
  },
  { key: "meta", name: { zh: "_meta", en: "_meta" }, required: false, layout: "none", fields: [] },
];

export const DATA_SHEETS: readonly DataSheetKey[] = [
  "villages",
  "funds",
  "projects",
  "households",
  "activities",
];

export const TEMPLATE_ID = "aidsheet/1";
export const CONSOLIDATED_TEMPLATE_ID = "aidsheet-consolidated/1";
/** Longest text a `text` field accepts (docs/standard.md). */
export const TEXT_MAX_LENGTH = 200;
/** First year a `year` field accepts (docs/standard.md). */
export const FIRST_YEAR = 2013;

const BY_KEY = new Map(SHEETS.map((s) => [s.key, s]));

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = BY_KEY.get(key);
  if (!spec) throw new Error(`unknown sheet key ${key}`);
  return spec;
}

export function fieldSpec(sheet: SheetKey, key: string): FieldSpec {
  const spec = sheetSpec(sheet).fields.find((f) => f.key === key);
  if (!spec) throw new Error(`unknown field ${sheet}.${key}`);
  return spec;
}

/** Unique key field of a data sheet, if it has one (docs/standard.md). */
export function keyField(sheet: DataSheetKey): FieldSpec | undefined {
  return sheetSpec(sheet).fields.find((f) => f.rules.some((r) => r.kind === "unique"));
}
