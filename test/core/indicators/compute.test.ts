import { DEFAULT_CONFIG } from "../../../src/core/config";
import { computeIndicators } from "../../../src/core/indicators/compute";
import { INDICATORS } from "../../../src/core/indicators/registry";
import type { MergedRow } from "../../../src/core/indicators/merged-data";
import type { DataSheetKey } from "../../../src/core/spec/sheets";
import { fakeId18, fakeUscc } from "../../support/ids";

const FENGHUANGZHAI = "420116012215";
const JIWEI = { agencyCode: fakeUscc(2), agencyName: "市纪委监委机关" };
const JINKONG = { agencyCode: fakeUscc(1), agencyName: "市金控集团" };

function row(
  sheet: DataSheetKey,
  values: Record<string, string | number | null>,
  agency = JIWEI,
  adopted: boolean | null = sheet === "villages" || sheet === "households" ? true : null,
): MergedRow {
  return {
    sheet,
    ...agency,
    file: `${agency.agencyName}.xlsx`,
    name: `${agency.agencyName}.xlsx`,
    rowNumber: 2,
    values,
    raw: {},
    cells: {},
    adopted,
  };
}

function data(rows: MergedRow[]) {
  const bySheet = {
    villages: [],
    funds: [],
    projects: [],
    households: [],
    activities: [],
  } as Record<DataSheetKey, MergedRow[]>;
  for (const r of rows) bySheet[r.sheet].push(r);
  return { rows: bySheet };
}

const village = (overrides: Record<string, string | number | null> = {}) => ({
  village_code: FENGHUANGZHAI,
  village_name: "凤凰寨村",
  district: "黄陂区",
  township: "蔡榨街道",
  households_total: 420,
  population_total: 1460,
  poor_households: 68,
  poor_population: 190,
  exited_households: 60,
  exited_population: 171,
  collective_income: 350000,
  collective_income_prev: 120000,
  income_per_capita: 17940,
  income_per_capita_prev: 15800,
  exit_year: 2017,
  ...overrides,
});

const household = (seed: number, exitYear: number | null, income: number, adopted = true) =>
  row(
    "households",
    {
      id_number: fakeId18(seed),
      head_name: "测试",
      village_code: FENGHUANGZHAI,
      exit_year: exitYear,
      income_per_capita: income,
    },
    JIWEI,
    adopted,
  );

describe("computeIndicators", () => {
  const seedRows = [
    row("villages", village()),
    row("villages", village({ collective_income: 1 }), JINKONG, false),
    row("funds", { village_code: FENGHUANGZHAI, amount: 4710000 }, JINKONG),
    row("funds", { village_code: FENGHUANGZHAI, amount: 0.1 }),
    row("funds", { village_code: FENGHUANGZHAI, amount: 0.2 }),
    row("projects", {
      village_code: FENGHUANGZHAI,
      category: "产业扶贫",
      investment: 1200000,
      jobs: 6,
      beneficiary_households: 40,
    }),
    row("projects", {
      village_code: FENGHUANGZHAI,
      category: "基础设施",
      investment: 300000.5,
      jobs: null,
      beneficiary_households: 2,
    }),
    household(1, 2017, 2000),
    household(2, 2016, 6200),
    household(3, null, 1000),
    household(4, 2017, 100, false),
    row("activities", { village_code: FENGHUANGZHAI, beneficiaries: 120 }),
    row("activities", { village_code: FENGHUANGZHAI, beneficiaries: null }),
  ];

  it("computes the seed village's indicators by hand", () => {
    const [v] = computeIndicators(data(seedRows), DEFAULT_CONFIG, "2018").villages;
    expect(v).toEqual({
      village_code: FENGHUANGZHAI,
      village_name: "凤凰寨村",
      district: "黄陂区",
      township: "蔡榨街道",
      agencies: "市金控集团、市纪委监委机关",
      funds_total: 4710000.3,
      funds_per_poor_household: 4710000.3 / 68,
      projects: 2,
      industry_projects: 1,
      investment_total: 1500000.5,
      jobs: 6,
      beneficiary_households: 42,
      poverty_incidence: 19 / 1460,
      exit_rate: 60 / 68,
      collective_income: 350000,
      collective_income_growth: (350000 - 120000) / 120000,
      income_per_capita: 17940,
      income_growth: (17940 - 15800) / 15800,
      income_to_poverty_line: 17940 / 2995,
      households_listed: 3,
      list_coverage: 3 / 68,
      at_risk_households: 1,
      activities: 2,
      activity_beneficiaries: 120,
      exit_ready: true,
    });
  });

  it("lists agencies by agency_code, not by name", () => {
    expect(fakeUscc(1) < fakeUscc(2)).toBe(true);
    const [v] = computeIndicators(data(seedRows), DEFAULT_CONFIG, "2018").villages;
    expect(v!.agencies).toBe("市金控集团、市纪委监委机关");
  });

  it("uses the adopted villages row, not the other agency's", () => {
    const [v] = computeIndicators(data(seedRows), DEFAULT_CONFIG, "2018").villages;
    expect(v!.collective_income).toBe(350000);
  });

  it("gives null, never 0 or an exception, for zero denominators", () => {
    const zero = village({
      households_total: 0,
      population_total: 0,
      poor_households: 0,
      poor_population: 0,
      exited_households: 0,
      exited_population: 0,
      collective_income_prev: 0,
      income_per_capita_prev: 0,
    });
    const [v] = computeIndicators(
      data([row("villages", zero), row("funds", { village_code: FENGHUANGZHAI, amount: 5000 })]),
      DEFAULT_CONFIG,
      "2018",
    ).villages;
    expect(v).toMatchObject({
      funds_total: 5000,
      funds_per_poor_household: null,
      poverty_incidence: null,
      exit_rate: null,
      collective_income_growth: null,
      income_growth: null,
      list_coverage: null,
      exit_ready: null,
    });
  });

  it("gives null for missing denominators and village fields", () => {
    const sparse = village({
      collective_income_prev: null,
      income_per_capita: null,
      income_per_capita_prev: null,
    });
    const [v] = computeIndicators(data([row("villages", sparse)]), DEFAULT_CONFIG, "2018").villages;
    expect(v).toMatchObject({
      collective_income_growth: null,
      income_per_capita: null,
      income_growth: null,
      income_to_poverty_line: null,
    });
  });

  it("keeps a village without an adopted villages row: village fields null, sums 0", () => {
    const [v] = computeIndicators(
      data([
        row("households", {
          village_code: "420117102205",
          exit_year: null,
          income_per_capita: 3000,
        }),
      ]),
      DEFAULT_CONFIG,
      "2018",
    ).villages;
    expect(v).toMatchObject({
      village_code: "420117102205",
      village_name: null,
      district: null,
      township: null,
      agencies: "市纪委监委机关",
      funds_total: 0,
      investment_total: 0,
      jobs: 0,
      activity_beneficiaries: 0,
      projects: 0,
      households_listed: 1,
      poverty_incidence: null,
      list_coverage: null,
      collective_income: null,
      exit_ready: null,
    });
  });

  it("judges exit_ready by both thresholds of the configuration", () => {
    const poor = village({ exited_population: 150 }); // 40 / 1460 = 2.7% ≥ 2%
    const lowIncome = village({ exited_population: 190, collective_income: 49999.99 });
    const ready = village({ exited_population: 190, collective_income: 50000 });
    const run = (v: Record<string, string | number | null>, config = DEFAULT_CONFIG) =>
      computeIndicators(data([row("villages", v)]), config, "2018").villages[0]!.exit_ready;
    expect(run(poor)).toBe(false);
    expect(run(lowIncome)).toBe(false);
    expect(run(ready)).toBe(true);
    const strict = {
      ...DEFAULT_CONFIG,
      exit_thresholds: { poverty_incidence: 0.02, collective_income: 60000 },
    };
    expect(run(ready, strict)).toBe(false);
  });

  it("takes the poverty line of the period's year; none configured gives null", () => {
    const rows = data([row("villages", village()), household(1, 2017, 3000)]);
    const q3 = computeIndicators(rows, DEFAULT_CONFIG, "2018-Q3").villages[0]!;
    expect(q3.income_to_poverty_line).toBe(17940 / 2995);
    expect(q3.at_risk_households).toBe(0);
    const y2020 = computeIndicators(rows, DEFAULT_CONFIG, "2020").villages[0]!;
    expect(y2020.at_risk_households).toBe(1);
    expect(y2020.income_to_poverty_line).toBe(17940 / 4000);
    const y2021 = computeIndicators(rows, DEFAULT_CONFIG, "2021").villages[0]!;
    expect(y2021.income_to_poverty_line).toBeNull();
    expect(y2021.at_risk_households).toBeNull();
  });

  it("gives one row per village code of any sheet, sorted by code", () => {
    const rows = data([
      row("activities", { village_code: "420116012215", beneficiaries: 1 }),
      row("funds", { village_code: "420114004204", amount: 1 }),
      row("projects", { village_code: "420115016209", category: "其他", investment: 1 }),
    ]);
    expect(
      computeIndicators(rows, DEFAULT_CONFIG, "2018").villages.map((v) => v.village_code),
    ).toEqual(["420114004204", "420115016209", "420116012215"]);
  });

  it("gives no village row without merged rows, and a city total of nothing", () => {
    const report = computeIndicators(data([]), DEFAULT_CONFIG, "2018");
    expect(report.villages).toEqual([]);
    expect(report.areas).toMatchObject([{ level: "city", village_count: 0, funds_total: 0 }]);
  });
});

describe("the indicator registry", () => {
  it("declares the indicators (docs/indicators.md) in order, with zh-CN labels", () => {
    expect(INDICATORS.map((i) => `${i.key}:${i.label.zh}`)).toEqual([
      "village_code:村代码",
      "village_name:村名称",
      "district:区",
      "township:街道/乡镇",
      "agencies:帮扶单位",
      "funds_total:帮扶资金合计(元)",
      "funds_per_poor_household:户均帮扶资金(元)",
      "projects:项目数",
      "industry_projects:产业项目数",
      "investment_total:项目总投资(元)",
      "jobs:带动就业人数",
      "beneficiary_households:带动贫困户数",
      "poverty_incidence:贫困发生率",
      "exit_rate:脱贫率(户)",
      "collective_income:村集体经济收入(元)",
      "collective_income_growth:集体收入增长率",
      "income_per_capita:人均可支配收入(元)",
      "income_growth:人均收入增长率",
      "income_to_poverty_line:人均收入/贫困线",
      "households_listed:名单户数",
      "list_coverage:名单覆盖率",
      "at_risk_households:返贫风险户数",
      "activities:活动次数",
      "activity_beneficiaries:活动受益人数",
      "exit_ready:出列达标",
    ]);
  });

  it("formats rates as rates and money as money", () => {
    const format = Object.fromEntries(INDICATORS.map((i) => [i.key, i.format]));
    expect(format["poverty_incidence"]).toBe("rate");
    expect(format["list_coverage"]).toBe("rate");
    expect(format["funds_total"]).toBe("money");
    expect(format["exit_ready"]).toBe("boolean");
    expect(format["income_to_poverty_line"]).toBe("ratio");
  });
});
