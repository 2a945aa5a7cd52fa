import type { FieldType, Label } from "./types";
import type { Rule } from "./rules";

export interface FieldSpec<K extends string = string> {
  readonly key: K;
  readonly label: Label;
  readonly type: FieldType;
  readonly required: boolean;
  /** Personal data: never logged, never in issue values, masked on request. */
  readonly personal?: boolean;
  readonly rules: readonly Rule[];
  /** Further header labels the column answers to (e.g. a national system's export). */
  readonly aliases?: readonly string[];
  /** Unit of the values, shown in the template's header. */
  readonly unit?: string;
  /** Format the column as text; by default the types of TEXT_FORMATTED_TYPES are. */
  readonly textFormat?: boolean;
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

export interface SheetSpec<K extends string = string> {
  readonly key: K;
  readonly name: Label;
  readonly required: boolean;
  readonly layout: "form" | "table" | "none";
  readonly fields: readonly FieldSpec[];
  /** Further sheet names the sheet is found by. */
  readonly aliases?: readonly string[];
  /** A file without this sheet (or whose header is not found) is rejected whole. */
  readonly rejectFileWhenMissing?: boolean;
}

type FieldArgs<K extends string> = [
  key: K,
  zh: string,
  en: string,
  type: FieldType,
  required: boolean,
];

// The rules keep their literal types, so that the fields they name can be checked below.
function field<const K extends string, const R extends readonly Rule[] = readonly []>(
  [key, zh, en, type, required]: FieldArgs<K>,
  rules: R = [] as unknown as R,
  personal = false,
): Omit<FieldSpec<K>, "rules"> & { readonly rules: R } {
  return personal
    ? { key, label: { zh, en }, type, required, rules, personal }
    : { key, label: { zh, en }, type, required, rules };
}

const R = true;
const O = false;
const inVillages = {
  kind: "ref",
  sheet: "villages",
  field: "village_code",
} as const satisfies Rule;

const SUBMISSION = [
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
] as const satisfies readonly FieldSpec[];

const VILLAGES = [
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
] as const satisfies readonly FieldSpec[];

const FUNDS = [
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
] as const satisfies readonly FieldSpec[];

const PROJECTS = [
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
] as const satisfies readonly FieldSpec[];

const HOUSEHOLDS = [
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
] as const satisfies readonly FieldSpec[];

const ACTIVITIES = [
  field(["date", "活动日期", "Date", "date", R]),
  field(["village_code", "村代码", "Village code", "code12", R], [inVillages]),
  field(["type", "活动类型", "Activity type", { list: "activity_types" }, R]),
  field(["participants", "参与人数", "Participants", "count", O]),
  field(["beneficiaries", "受益人数", "Beneficiaries", "count", O]),
  field(["description", "活动内容", "Description", "text", O]),
] as const satisfies readonly FieldSpec[];

/** The sheets of template `aidsheet/1`, in the order of docs/standard.md (also the issue order). */
const FIELDS = {
  submission: SUBMISSION,
  villages: VILLAGES,
  funds: FUNDS,
  projects: PROJECTS,
  households: HOUSEHOLDS,
  activities: ACTIVITIES,
} as const satisfies { readonly [S in ReadSheetKey]: readonly FieldSpec[] };

/** The field keys of a sheet (of any sheet by default) as literal types: a typo does not compile. */
export type FieldKey<S extends ReadSheetKey = ReadSheetKey> = (typeof FIELDS)[S][number]["key"];

type NamedBy<R> = R extends { readonly field: infer F }
  ? F
  : R extends { readonly codeField: infer F }
    ? F
    : R extends { readonly previous: infer F }
      ? F
      : never;

// A field given no rules has `readonly Rule[]`, not a tuple: it names no field.
type RulesOf<F> = F extends { readonly rules: infer R extends readonly unknown[] }
  ? number extends R["length"]
    ? never
    : R[number]
  : never;

/** Fields that rules name but no sheet has: none. */
export type UnknownRuleFields = Exclude<
  NamedBy<RulesOf<(typeof FIELDS)[ReadSheetKey][number]>>,
  FieldKey
>;

type Holds<T extends true> = T;
/** A rule naming a field that no sheet has stops the typecheck here. */
export type RulesNameKnownFields = Holds<[UnknownRuleFields] extends [never] ? true : false>;

export const SHEETS: readonly SheetSpec<SheetKey>[] = [
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
    rejectFileWhenMissing: true,
    layout: "form",
    fields: FIELDS.submission,
  },
  {
    key: "villages",
    name: { zh: "帮扶村", en: "Villages" },
    required: true,
    rejectFileWhenMissing: true,
    layout: "table",
    fields: FIELDS.villages,
  },
  {
    key: "funds",
    name: { zh: "资金投入", en: "Funds" },
    required: false,
    layout: "table",
    fields: FIELDS.funds,
  },
  {
    key: "projects",
    name: { zh: "帮扶项目", en: "Projects" },
    required: false,
    layout: "table",
    fields: FIELDS.projects,
  },
  {
    key: "households",
    name: { zh: "贫困户", en: "Households" },
    required: false,
    layout: "table",
    fields: FIELDS.households,
  },
  {
    key: "activities",
    name: { zh: "帮扶活动", en: "Activities" },
    required: false,
    layout: "table",
    fields: FIELDS.activities,
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

export function sheetSpec(key: SheetKey): SheetSpec<SheetKey> {
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

/** Is this field personal data (docs/standard.md), whose values never leave in issues or logs? */
export function isPersonalField(sheet: string | null, key: string | null): boolean {
  if (!sheet || !key || !(DATA_SHEETS as readonly string[]).includes(sheet)) return false;
  return sheetSpec(sheet as DataSheetKey).fields.some((f) => f.key === key && f.personal === true);
}
