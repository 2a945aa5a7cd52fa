// A small county whose indicators are worked out by hand in the tests that use it.
import type { Cell } from "../../../src/core/grid";
import { fakeId18 } from "../../support/ids";

const d = (date: string): Cell => ({ date });

type Row = Record<string, Cell>;

let serial = 0;
function household(
  village: [code: string, name: string, township: string],
  id: string,
  facts: Row,
): Row {
  return {
    county: "示例县",
    township: village[2],
    village: village[1],
    village_code: village[0],
    household_id: id,
    head_name: "测试户",
    id_number: fakeId18(++serial, { region: "429901" }),
    formerly_poor: "否",
    risk_1: "因病",
    household_size: 2,
    wage_income: 20_000,
    transfer_income: 4_000,
    business_costs: 0,
    income_per_capita: 12_000,
    monthly_wage: 2_000,
    risk_eliminated: "否",
    ...facts,
  };
}

const V1 = ["429901100201", "一村", "甲镇"] as [string, string, string];
const V2 = ["429901100202", "二村", "甲镇"] as [string, string, string];
const V3 = ["429901200301", "三村", "乙乡"] as [string, string, string];

const eliminated = (on: string): Row => ({
  risk_eliminated: "是",
  elimination_method: "帮扶消除",
  eliminated_on: d(on),
});

const H1 = household(V1, "H1", {
  category: "脱贫不稳定户",
  formerly_poor: "是",
  identified_on: d("2023-01-10"),
  labour_count: 1,
  ...eliminated("2024-06-01"),
});
const measure = (household_id: string, category: string, on: string): Row => ({
  household_id,
  category,
  content: "测试措施",
  started_on: d(on),
  amount: 1_000,
  status: "已落实",
});

/** 甲镇: 一村 (H1, H2) and 二村 (H3, H4). */
export const JIA = {
  households: [
    H1,
    household(V1, "H2", {
      category: "边缘易致贫户",
      identified_on: d("2024-02-01"),
      labour_count: 2,
      ...eliminated("2025-01-01"),
    }),
    household(V2, "H3", {
      category: "突发严重困难户",
      identified_on: d("2025-03-01"),
      labour_count: 0,
      wage_income: 0,
      monthly_wage: null,
      transfer_income: 16_000,
      income_per_capita: 8_000,
    }),
    household(V2, "H4", {
      category: "脱贫不稳定户",
      formerly_poor: "是",
      identified_on: d("2024-05-01"),
      labour_count: 1,
      ...eliminated("2025-05-01"),
    }),
  ],
  measures: [
    measure("H1", "产业", "2023-01-20"),
    measure("H1", "健康", "2023-03-01"),
    measure("H2", "就业", "2024-02-15"),
    measure("H3", "综合保障", "2025-03-21"),
    measure("H4", "公益岗位", "2024-05-31"),
    measure("H4", "金融", "2024-06-10"),
  ],
};

/**
 * 乙乡: 三村 (H5 with no measure, H6), H1 again with its first measure (both superseded), and
 * H7 whose income does not add up (rejected) with its measure (rejected with it).
 */
export const YI = {
  households: [
    household(V3, "H5", {
      category: "边缘易致贫户",
      identified_on: d("2025-01-01"),
      labour_count: 1,
    }),
    household(V3, "H6", {
      category: "边缘易致贫户",
      identified_on: d("2025-01-01"),
      labour_count: 2,
      ...eliminated("2025-08-01"),
    }),
    H1,
    household(V3, "H7", {
      category: "边缘易致贫户",
      identified_on: d("2025-02-01"),
      labour_count: 1,
      income_per_capita: 9_000,
    }),
  ],
  measures: [
    measure("H6", "金融", "2025-01-05"),
    measure("H1", "产业", "2023-01-20"),
    measure("H7", "就业", "2025-02-10"),
  ],
};

/** The province's monitoring line by year, as a region configures it. */
export const LINES = { monitoring: { "2023": 7_000, "2024": 7_500, "2025": 8_700 } };
