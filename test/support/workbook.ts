// Literal workbooks for tests: a valid seed-like submission, as grids or as plain tables.
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { SHEETS } from "../../src/core/spec/sheets";
import type { DataSheetKey } from "../../src/core/spec/sheets";
import { fakeId18, fakeUscc } from "./ids";

export type Row = Record<string, Cell>;

/** Field values of a valid submission (凤凰寨村, period 2018). */
export function validForm(): Row {
  return {
    agency_code: fakeUscc(1),
    agency_name: "市纪委监委机关",
    period: "2018",
    partners: "市金控集团",
    contact_name: "张三",
    contact_phone: "13800138000",
    submitted_on: "2018-12-20",
  };
}

export function validTables(): Record<DataSheetKey, Row[]> {
  return {
    villages: [
      {
        village_code: "420116012215",
        village_name: "凤凰寨村",
        district: "黄陂区",
        township: "蔡榨街道",
        households_total: 420,
        population_total: 1460,
        poor_households: 68,
        poor_population: 190,
        exited_households: 68,
        exited_population: 190,
        collective_income: 350000,
        collective_income_prev: 120000,
        income_per_capita: 17940,
        income_per_capita_prev: 15800,
        exit_year: 2017,
        paired_branches: 22,
        resident_team: 3,
      },
    ],
    funds: [
      {
        village_code: "420116012215",
        date: "2018-05-10",
        source: "企业投入",
        funder: "市金控集团",
        amount: 4710000,
        purpose: "产业发展",
        project_id: "P1",
        note: null,
      },
    ],
    projects: [
      {
        project_id: "P1",
        village_code: "420116012215",
        name: "光伏电站",
        category: "产业扶贫",
        industry: "光伏",
        start_year: 2017,
        status: "运营",
        investment: 1200000,
        scale: 300,
        scale_unit: "千瓦",
        beneficiary_households: 40,
        jobs: 6,
        annual_revenue: 180000,
      },
    ],
    households: [
      {
        id_number: fakeId18(1),
        head_name: "李四",
        village_code: "420116012215",
        household_size: 3,
        identified_year: 2014,
        cause: "因病",
        exit_year: 2017,
        income_per_capita: 6200,
        measure: "产业帮扶",
        cadre: "王五",
      },
    ],
    activities: [
      {
        date: "2018-03-15",
        village_code: "420116012215",
        type: "政策宣讲",
        participants: 80,
        beneficiaries: 120,
        description: "宣讲十九大精神",
      },
    ],
  };
}

const spec = (key: string) => SHEETS.find((s) => s.key === key)!;

/** `n` valid households rows of 凤凰寨村, with synthetic ID numbers (for sizes and counts). */
export function householdRows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    id_number: fakeId18(i),
    head_name: `户主${i}`,
    village_code: "420116012215",
    household_size: 3,
    identified_year: 2014,
    cause: "因病",
    exit_year: 2017,
    income_per_capita: 5200 + i,
    measure: "产业帮扶",
    cadre: "李四",
  }));
}

/** A table sheet: zh-CN header on row 1, then the rows, columns in spec order. */
export function tableSheet(key: DataSheetKey, rows: Row[], name = spec(key).name.zh): SheetGrid {
  const fields = spec(key).fields;
  return {
    name,
    rows: [fields.map((f) => f.label.zh), ...rows.map((r) => fields.map((f) => r[f.key] ?? null))],
    merges: [],
  };
}

export function formSheet(form: Row, name = "报送信息"): SheetGrid {
  return {
    name,
    rows: spec("submission").fields.map((f) => [f.label.zh, form[f.key] ?? null]),
    merges: [],
  };
}

export function metaSheet(template = "aidsheet/1"): SheetGrid {
  return {
    name: "_meta",
    rows: [
      ["template", template],
      ["lang", "zh-CN"],
    ],
    merges: [],
    hidden: true,
  };
}

/** A complete workbook grid; pass replacements per sheet. */
export function workbook(
  parts: { form?: Row; tables?: Partial<Record<DataSheetKey, Row[]>>; extra?: SheetGrid[] } = {},
): WorkbookGrid {
  const tables = { ...validTables(), ...parts.tables };
  return {
    sheets: [
      formSheet(parts.form ?? validForm()),
      ...(Object.keys(tables) as DataSheetKey[]).map((k) => tableSheet(k, tables[k])),
      metaSheet(),
      ...(parts.extra ?? []),
    ],
  };
}
