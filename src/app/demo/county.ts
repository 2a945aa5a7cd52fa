import { builtinStandard, id18CheckCharacter } from "../../core";

/**
 * A county's 防止返贫监测 registers, generated: one workbook per township in the shape of the
 * national monitoring system's exports (two title rows above the header, more than 130
 * columns, most of them not in the monitoring package). Every name, number and household is
 * invented from a seeded generator; ID numbers carry valid check characters and the sequence
 * numbers 900–999 that mark them as synthetic. A few deliberate errors are listed with where
 * they are.
 */

/** A register row by field key of the monitoring package; dates as YYYY-MM-DD. */
export type RegisterRow = Readonly<Record<string, string | number | null>>;

export interface TownshipRegister {
  readonly township: string;
  readonly fileName: string;
  readonly households: readonly RegisterRow[];
  readonly measures: readonly RegisterRow[];
}

/** Where a deliberate error sits: Excel's row number in the export, title rows counted. */
export interface PlantedError {
  readonly file: string;
  readonly sheet: "households" | "measures";
  readonly rowNumber: number;
  readonly field: string;
  readonly kind:
    | "duplicate-id-number"
    | "bad-check-character"
    | "eliminated-without-date"
    | "income-mismatch"
    | "monthly-wage"
    | "no-development-measure"
    | "moved-household"
    | "unknown-household";
}

export interface County {
  readonly name: string;
  readonly code: string;
  readonly registers: readonly TownshipRegister[];
  readonly errors: readonly PlantedError[];
}

export interface CountyOptions {
  readonly seed?: number;
  readonly townships?: number;
  readonly villagesPerTownship?: number;
  readonly householdsPerVillage?: number;
  /** Plant the deliberate errors (default true). */
  readonly errors?: boolean;
}

/** The demo province's monitoring line, yuan a head and year (`lines.monitoring`). */
export const DEMO_MONITORING_LINES: Readonly<Record<string, number>> = {
  "2021": 6_000,
  "2022": 6_500,
  "2023": 7_000,
  "2024": 7_500,
  "2025": 8_700,
};

/** Rows above the header in an export: a title and the exporting office with the date. */
export const EXPORT_TITLE_ROWS = 2;
/** The export's date: registers as they stood at the end of 2025. */
const EXPORTED_ON = "2025-12-31";
const LAST_DAY = dayNumber(EXPORTED_ON);
/** Per-capita income at least, once a household's risk is eliminated (yuan a year). */
const ELIMINATED_INCOME = 9_500;

const TOWNSHIPS = ["东岭镇", "西河乡", "南坪镇", "北山乡", "中和镇", "石桥乡", "清溪镇", "云台乡"];
const VILLAGE_STEMS = [
  "杨柳",
  "桃花",
  "石门",
  "枫树",
  "青龙",
  "白果",
  "长岗",
  "竹园",
  "新华",
  "团结",
];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "建国明华秀英桂兰志强平军红海春梅文德福云";
const UNITS = [
  "县农业农村局",
  "县人社局",
  "县民政局",
  "县卫健局",
  "县教育局",
  "县水利局",
  "县乡村振兴局",
];
// The package's own lists, so the generated values are always ones the standard accepts.
const MONITORING = builtinStandard("monitoring")!;
const RISKS = MONITORING.lists.get("risks")!;
const DEVELOPMENT = MONITORING.lists.get("development_measures")!;
const SUPPORT = ["健康", "教育", "综合保障", "住房", "饮水", "社会帮扶"];
const MEASURE_CONTENT: Readonly<Record<string, string>> = {
  产业: "发展特色种养业",
  就业: "推荐稳定务工",
  金融: "发放脱贫人口小额信贷",
  公益岗位: "安排乡村公益岗位",
  健康: "落实医疗救助",
  教育: "落实教育资助",
  综合保障: "纳入农村低保",
  住房: "实施农村危房改造",
  饮水: "改造入户供水设施",
  社会帮扶: "结对帮扶走访",
};

/** mulberry32: small, fast and the same on every platform. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

class Draw {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A multiple of `step` between min and max. */
  amount(min: number, max: number, step = 100): number {
    return this.int(Math.ceil(min / step), Math.floor(max / step)) * step;
  }
}

function name(draw: Draw): string {
  const given = draw.chance(0.3) ? 1 : 2;
  let text = draw.pick([...SURNAMES]);
  for (let i = 0; i < given; i++) text += draw.pick([...GIVEN]);
  return text;
}

/** A synthetic ID number of the county: born 1950–1995, sequence 900–999, valid check. */
function idNumber(draw: Draw, county: string, serial: number): string {
  const born = isoOfDay(dayNumber("1950-01-01") + draw.int(0, 16_435)).replaceAll("-", "");
  const first17 = `${county}${born}${900 + (serial % 100)}`;
  return first17 + id18CheckCharacter(first17);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

interface HouseholdDraft {
  row: Record<string, string | number | null>;
  measures: Record<string, string | number | null>[];
}

function household(
  draw: Draw,
  place: { county: string; code: string; township: string; village: string; villageCode: string },
  serial: number,
): HouseholdDraft {
  const category = draw.pick([
    "脱贫不稳定户",
    "脱贫不稳定户",
    "边缘易致贫户",
    "边缘易致贫户",
    "突发严重困难户",
  ]);
  const identified = draw.int(dayNumber("2021-03-01"), dayNumber("2025-10-31"));
  const size = draw.int(1, 6);
  const labour = draw.int(0, Math.min(size, 3));
  const eliminated = identified < dayNumber("2025-01-01") && draw.chance(0.55);
  const earned = labour === 0 ? 0 : labour * draw.amount(5_000, 28_000);
  const business = draw.chance(0.5) ? draw.amount(1_000, 12_000) : 0;
  const property = draw.chance(0.2) ? draw.amount(100, 1_500) : 0;
  const paid = draw.amount(1_200, 9_000);
  const costs = business === 0 ? 0 : draw.amount(0, business * 0.4);
  // Risk eliminated: wages (or, without labour, transfers) above any year's monitoring line.
  const short = ELIMINATED_INCOME * size - (earned + business + property + paid - costs);
  const lift = eliminated ? Math.max(0, Math.ceil(short / 100) * 100) : 0;
  const wage = labour === 0 ? 0 : earned + lift;
  const transfer = labour === 0 ? paid + lift : paid;
  const income = wage + business + property + transfer;
  const risk1 = draw.pick(RISKS);
  const eliminatedOn = eliminated ? Math.min(LAST_DAY, identified + draw.int(200, 700)) : null;
  const row: Record<string, string | number | null> = {
    county: place.county,
    township: place.township,
    village: place.village,
    village_code: place.villageCode,
    household_id: `${place.villageCode}${String(serial).padStart(4, "0")}`,
    head_name: name(draw),
    id_number: idNumber(draw, place.code, serial),
    category,
    formerly_poor: category === "脱贫不稳定户" ? "是" : "否",
    risk_1: risk1,
    risk_2: draw.chance(0.3) ? draw.pick(RISKS.filter((r) => r !== risk1)) : null,
    risk_3: null,
    identified_on: isoOfDay(identified),
    household_size: size,
    labour_count: labour,
    wage_income: wage,
    business_income: business,
    property_income: property,
    transfer_income: transfer,
    business_costs: costs,
    income_per_capita: round2((income - costs) / size),
    monthly_wage: wage === 0 ? null : round2(wage / labour / 10),
    housing_problem: draw.chance(0.05) ? "是" : "否",
    education_problem: "否",
    water_problem: draw.chance(0.03) ? "是" : "否",
    insurance_problem: "否",
    risk_eliminated: eliminated ? "是" : "否",
    elimination_method: eliminated ? draw.pick(["帮扶消除", "帮扶消除", "自然消除"]) : null,
    eliminated_on: eliminatedOn === null ? null : isoOfDay(eliminatedOn),
    cadre: name(draw),
    cadre_unit: draw.pick(UNITS),
  };
  // A disabled head is registered by the disability certificate's number: the ID number with
  // the disability's category and grade (20 characters), in some counties with two more digits.
  if (row.risk_1 === "因残" && draw.chance(0.6)) {
    const grade = `${draw.int(1, 7)}${draw.int(1, 4)}`;
    row.id_number = `${String(row.id_number)}${grade}${draw.chance(0.3) ? "01" : ""}`;
  }
  const measures: HouseholdDraft["measures"] = [];
  const measure = (category: string, start: number) =>
    measures.push({
      household_id: row.household_id!,
      category,
      content: MEASURE_CONTENT[category] ?? "其他帮扶",
      started_on: isoOfDay(Math.min(LAST_DAY, start)),
      amount: category === "金融" ? draw.amount(10_000, 50_000, 1_000) : draw.amount(0, 5_000),
      status: draw.chance(0.9) ? "已落实" : "落实中",
    });
  if (labour > 0) measure(draw.pick(DEVELOPMENT), identified + draw.int(3, 28));
  const support = draw.int(labour > 0 ? 0 : 1, 2);
  for (let i = 0; i < support; i++) measure(draw.pick(SUPPORT), identified + draw.int(1, 90));
  return { row, measures };
}

/**
 * Generate a county's registers: `townships` files of `villagesPerTownship` villages of
 * `householdsPerVillage` households each, with the deliberate errors of `PlantedError`.
 */
export function generateCounty(options: CountyOptions = {}): County {
  const draw = new Draw(generator(options.seed ?? 2025));
  const townshipCount = Math.min(options.townships ?? 3, TOWNSHIPS.length);
  const villageCount = Math.min(options.villagesPerTownship ?? 3, VILLAGE_STEMS.length);
  const perVillage = options.householdsPerVillage ?? 12;
  const county = { county: "示例县", code: "429901" };
  let serial = 0;
  const drafts = TOWNSHIPS.slice(0, townshipCount).map((township, t) => {
    const households: HouseholdDraft[] = [];
    for (let v = 0; v < villageCount; v++) {
      const villageCode = `${county.code}${String(100 + t).padStart(3, "0")}${String(200 + v)}`;
      const village = `${VILLAGE_STEMS[(t * 3 + v) % VILLAGE_STEMS.length]}村`;
      for (let h = 0; h < perVillage; h++) {
        households.push(household(draw, { ...county, township, village, villageCode }, ++serial));
      }
    }
    return { township, fileName: `${township}-防止返贫监测对象.xlsx`, households };
  });
  const errors = options.errors === false ? [] : plantErrors(drafts);
  return {
    name: county.county,
    code: county.code,
    registers: drafts.map((d) => ({
      township: d.township,
      fileName: d.fileName,
      households: d.households.map((h) => h.row),
      measures: d.households.flatMap((h) => h.measures),
    })),
    errors,
  };
}

type TownshipDraft = { township: string; fileName: string; households: HouseholdDraft[] };

const FIRST_DATA_ROW = EXPORT_TITLE_ROWS + 2;

/** The deliberate errors, planted in the first township (and one in the second). */
function plantErrors(drafts: TownshipDraft[]): PlantedError[] {
  const first = drafts[0];
  if (!first || first.households.length < 8) return [];
  const errors: PlantedError[] = [];
  const file = first.fileName;
  const at = (index: number, field: string, kind: PlantedError["kind"]) =>
    errors.push({ file, sheet: "households", rowNumber: FIRST_DATA_ROW + index, field, kind });
  const row = (index: number) => first.households[index]!.row;

  row(2).id_number = row(1).id_number!;
  at(2, "id_number", "duplicate-id-number");
  const id = String(row(3).id_number);
  row(3).id_number = id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");
  at(3, "id_number", "bad-check-character");
  Object.assign(row(4), {
    risk_eliminated: "是",
    elimination_method: "帮扶消除",
    eliminated_on: null,
  });
  at(4, "eliminated_on", "eliminated-without-date");
  row(5).income_per_capita = Number(row(5).income_per_capita) + 500;
  at(5, "income_per_capita", "income-mismatch");
  Object.assign(row(6), { monthly_wage: 50 });
  at(6, "monthly_wage", "monthly-wage");

  // At risk with labour, but only a health measure.
  const bare = first.households[7]!;
  Object.assign(bare.row, {
    risk_eliminated: "否",
    elimination_method: null,
    eliminated_on: null,
    labour_count: Math.max(1, Number(bare.row.labour_count)),
  });
  bare.measures = [
    {
      household_id: bare.row.household_id!,
      category: "健康",
      content: MEASURE_CONTENT.健康!,
      started_on: bare.row.identified_on!,
      amount: 800,
      status: "已落实",
    },
  ];
  at(7, "household_id", "no-development-measure");

  // A measure for a household the register does not have.
  const orphanOf = first.households[0]!;
  orphanOf.measures.push({
    household_id: `${String(orphanOf.row.household_id).slice(0, 12)}9999`,
    category: "就业",
    content: MEASURE_CONTENT.就业!,
    started_on: orphanOf.row.identified_on!,
    amount: 0,
    status: "已落实",
  });
  errors.push({
    file,
    sheet: "measures",
    rowNumber: FIRST_DATA_ROW + orphanOf.measures.length - 1,
    field: "household_id",
    kind: "unknown-household",
  });

  // A household that moved: the second township's register still lists it too.
  const second = drafts[1];
  if (second) {
    const moved = first.households[0]!;
    const there = second.households[0]!.row;
    second.households.push({
      row: {
        ...moved.row,
        township: second.township,
        village: there.village ?? null,
        village_code: there.village_code ?? null,
      },
      measures: moved.measures
        .filter((m) => m.household_id === moved.row.household_id)
        .map((m) => ({ ...m, content: `${String(m.content)}（迁出前）` })),
    });
    errors.push({
      file: second.fileName,
      sheet: "households",
      rowNumber: FIRST_DATA_ROW + second.households.length - 1,
      field: "household_id",
      kind: "moved-household",
    });
  }
  return errors;
}
