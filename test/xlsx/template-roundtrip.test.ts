import ExcelJS from "exceljs";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { sheetSpec } from "../../src/core/spec/sheets";
import type { SheetKey } from "../../src/core/spec/sheets";
import type { Lang } from "../../src/core/messages";
import { planTemplate } from "../../src/core/template/plan";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { writeTemplate } from "../../src/xlsx/write-template";
import { fakeId18, fakeUscc } from "../support/ids";

const TEMPLATE_WARNINGS = new Set(["template-version", "sheet-missing", "header-unknown"]);
const day = (iso: string) => new Date(`${iso}Z`);
const CODE = "420116012215";

// One valid record per sheet, by field key; the template decides where each value goes.
const FORM: Record<string, ExcelJS.CellValue> = {
  agency_code: fakeUscc(1),
  agency_name: "市纪委监委机关",
  period: "2018",
  partners: "市金控集团",
  contact_name: "王测试",
  contact_phone: "13800000000",
  submitted_on: day("2018-12-20T09:30:00"),
};
const ROWS: Partial<Record<SheetKey, Record<string, ExcelJS.CellValue>>> = {
  villages: {
    village_code: CODE,
    village_name: "凤凰寨村",
    district: "黄陂区",
    township: "蔡榨街道",
    households_total: 420,
    population_total: 1500,
    poor_households: 60,
    poor_population: 170,
    exited_households: 60,
    exited_population: 170,
    collective_income: 350000,
    collective_income_prev: 200000,
    income_per_capita: 17940,
    income_per_capita_prev: 15000,
    exit_year: 2017,
    paired_branches: 22,
    resident_team: 3,
  },
  funds: {
    village_code: CODE,
    date: day("2018-06-27T00:00:00"),
    source: "企业投入",
    funder: "市金控集团",
    amount: 4710000,
    purpose: "产业发展",
    project_id: "P1",
    note: "光伏电站",
  },
  projects: {
    project_id: "P1",
    village_code: CODE,
    name: "光伏电站",
    category: "产业扶贫",
    industry: "光伏",
    start_year: 2018,
    status: "运营",
    investment: 4710000,
    scale: 100,
    scale_unit: "千瓦",
    beneficiary_households: 10,
    jobs: 5,
    annual_revenue: 80000,
  },
  households: {
    id_number: fakeId18(1),
    head_name: "测试户主",
    village_code: CODE,
    household_size: 3,
    identified_year: 2014,
    cause: "因病",
    exit_year: 2017,
    income_per_capita: 5000,
    measure: "产业帮扶",
    cadre: "测试干部",
  },
  activities: {
    date: day("2018-06-27T00:00:00"),
    village_code: CODE,
    type: "送医送药",
    participants: 12,
    beneficiaries: 80,
    description: "送医送药进村",
  },
};

async function fillTemplate(lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await writeTemplate(planTemplate(lang, DEFAULT_CONFIG))) as unknown as ExcelJS.Buffer,
  );
  const name = (key: SheetKey) => (lang === "en" ? sheetSpec(key).name.en : sheetSpec(key).name.zh);
  sheetSpec("submission").fields.forEach((f, i) => {
    wb.getWorksheet(name("submission"))!.getCell(i + 1, 2).value = FORM[f.key] ?? null;
  });
  for (const [key, values] of Object.entries(ROWS) as [
    SheetKey,
    Record<string, ExcelJS.CellValue>,
  ][]) {
    const ws = wb.getWorksheet(name(key))!;
    sheetSpec(key).fields.forEach((f, i) => {
      ws.getCell(2, i + 1).value = values[f.key] ?? null;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each<Lang>(["zh-CN", "en"])("template round trip (%s)", (lang) => {
  it("reads a filled-in template back with no error", async () => {
    const read = readXlsx(new Uint8Array(await fillTemplate(lang)));
    if (!read.ok) throw new Error(`unreadable: ${read.reason}`);
    const result = validateWorkbook(read.grid, { config: DEFAULT_CONFIG });
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.sheet, i.cell, i.code])).toEqual([]);
    // The template's own layout must never be what a reader warns about.
    const layout = result.issues.filter((i) => TEMPLATE_WARNINGS.has(i.code));
    expect(layout.map((i) => [i.sheet, i.cell, i.code])).toEqual([]);
    expect(result.template).toBe("aidsheet/1");
    expect(result.rejected).toBe(false);
    expect(result.form?.values).toMatchObject({
      agency_code: FORM.agency_code,
      period: "2018",
      contact_phone: "13800000000",
      submitted_on: "2018-12-20T09:30",
    });
    for (const key of Object.keys(ROWS) as (keyof typeof result.tables)[]) {
      expect([key, result.tables[key]?.rows.map((r) => r.valid)]).toEqual([key, [true]]);
    }
    expect(result.tables.funds?.rows[0]?.values).toMatchObject({
      date: "2018-06-27",
      amount: 4710000,
    });
    expect(result.tables.villages?.rows[0]?.values.village_code).toBe(CODE);
  });
});
