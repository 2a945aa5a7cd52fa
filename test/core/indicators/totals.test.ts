import { DEFAULT_CONFIG } from "../../../src/core/config";
import { computeIndicators } from "../../../src/core/indicators/compute";
import { totalsDownTo } from "../../../src/core/indicators/totals";
import type { PairedVillage } from "../../../src/core/indicators/totals";
import type { MergedRow } from "../../../src/core/indicators/merged-data";
import type { DataSheetKey } from "../../../src/core/spec/sheets";
import { fakeUscc } from "../../support/ids";

const FENGHUANGZHAI = "420116012215"; // 黄陂区 蔡榨街道
const QINGYUN = "420116008204"; // 黄陂区 王家河街道
const MAOJIACHONG = "420117102205"; // 新洲区 凤凰镇

let rowNumber = 1;
function row(sheet: DataSheetKey, agency: number, values: Record<string, string | number | null>) {
  const name = `单位${agency}`;
  return {
    sheet,
    agencyCode: fakeUscc(agency),
    agencyName: name,
    file: `${name}.xlsx`,
    name: `${name}.xlsx`,
    rowNumber: ++rowNumber,
    values,
    raw: {},
    cells: {},
    adopted: sheet === "villages" || sheet === "households" ? true : null,
  } satisfies MergedRow;
}

function village(code: string, agency: number, values: Record<string, string | number | null>) {
  return row("villages", agency, {
    village_code: code,
    // What the agency typed: the totals name places by code, never by this.
    district: "某某区",
    township: "蔡家榨街",
    ...values,
  });
}

function totals(rows: MergedRow[], pairings: PairedVillage[] | null = null) {
  const bySheet: Record<DataSheetKey, MergedRow[]> = {
    villages: [],
    funds: [],
    projects: [],
    households: [],
    activities: [],
  };
  for (const r of rows) bySheet[r.sheet].push(r);
  return computeIndicators({ rows: bySheet }, DEFAULT_CONFIG, "2018", pairings).areas;
}

const rows = [
  village(FENGHUANGZHAI, 1, {
    population_total: 1000,
    poor_population: 100,
    exited_population: 90,
    poor_households: 40,
    exited_households: 30,
    collective_income: 300000,
    income_per_capita: 10000,
  }),
  village(QINGYUN, 2, {
    population_total: 100,
    poor_population: 50,
    exited_population: 0,
    poor_households: 10,
    exited_households: 0,
    collective_income: 0,
    income_per_capita: 4000,
  }),
  // No village row was adopted for 毛家冲村: its money still counts, its rates cannot.
  row("funds", 3, { village_code: MAOJIACHONG, amount: 500 }),
  row("funds", 1, { village_code: FENGHUANGZHAI, amount: 1000.1 }),
  row("funds", 2, { village_code: FENGHUANGZHAI, amount: 2000.2 }),
  row("funds", 2, { village_code: QINGYUN, amount: 100 }),
];

describe("totals per city, district and township (汇总)", () => {
  test("rows: the city, then each district followed by its townships, named by code", () => {
    expect(totals(rows).map((a) => [a.level, a.code, a.name, a.village_count])).toEqual([
      ["city", "4201", "武汉市", 3],
      ["district", "420116", "黄陂区", 2],
      ["township", "420116008", "王家河街道", 1],
      ["township", "420116012", "蔡榨街道", 1],
      ["district", "420117", "新洲区", 1],
      ["township", "420117102", "凤凰镇", 1],
    ]);
  });

  test("money and counts are summed; rates are recomputed from summed parts, never averaged", () => {
    const [city, huangpi] = totals(rows);
    expect(city!.funds_total).toBe(3600.3);
    // (10 + 50) / (1000 + 100), not the mean of 1% and 50%.
    expect(huangpi!.poverty_incidence).toBeCloseTo(60 / 1100, 12);
    expect(huangpi!.exit_rate).toBeCloseTo(30 / 50, 12);
    // Per-capita income weighted by population: the area's income per resident.
    expect(huangpi!.income_per_capita).toBeCloseTo((10000 * 1000 + 4000 * 100) / 1100, 9);
    // 毛家冲村 has no poor_households: its funds are left out of the per-household ratio only.
    expect(city!.funds_per_poor_household).toBeCloseTo(3100.3 / 50, 9);
    expect(city!.collective_income).toBe(300000);
    expect(city!.exit_ready_villages).toBe(1);
    expect(city!.agencies_adopted).toBe(3);
    expect(city!.agencies_expected).toBeNull();
  });

  test("a rate is null where no village has both parts, or the summed denominator is 0", () => {
    const xinzhou = totals(rows).find((a) => a.code === "420117")!;
    expect(xinzhou.funds_total).toBe(500);
    expect(xinzhou.poverty_incidence).toBeNull();
    expect(xinzhou.funds_per_poor_household).toBeNull();
    const zero = totals([village(QINGYUN, 1, { poor_households: 0, exited_households: 0 })]);
    expect(zero[0]!.exit_rate).toBeNull();
  });

  test("agencies expected: the paired agencies of the area's villages", () => {
    const pairings = [
      { agencyCode: fakeUscc(1), villageCode: FENGHUANGZHAI },
      { agencyCode: fakeUscc(9), villageCode: FENGHUANGZHAI },
      { agencyCode: fakeUscc(3), villageCode: MAOJIACHONG },
    ];
    const areas = totals(rows, pairings);
    expect(areas.map((a) => [a.code, a.agencies_adopted, a.agencies_expected])).toEqual([
      ["4201", 3, 3],
      ["420116", 2, 2],
      ["420116008", 1, 0],
      ["420116012", 2, 2],
      ["420117", 1, 1],
      ["420117102", 1, 1],
    ]);
  });

  test("--by picks the levels: the city alone, down to districts, down to townships", () => {
    const areas = totals(rows);
    expect(totalsDownTo(areas, "village").map((a) => a.code)).toEqual(["4201"]);
    expect(totalsDownTo(areas, "district").map((a) => a.code)).toEqual([
      "4201",
      "420116",
      "420117",
    ]);
    expect(totalsDownTo(areas, "township")).toEqual(areas);
  });
});
