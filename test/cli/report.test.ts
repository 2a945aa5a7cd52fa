// The consolidated workbook as a report (汇总, its chart, print set-up), as users get it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const consolidated = path.join(dir, "demo", "consolidated.xlsx");
const run = cliIn(dir);

type Row = Record<string, ExcelJS.CellValue>;

/** A sheet's rows keyed by its header row. */
function table(wb: ExcelJS.Workbook, name: string): Row[] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  // Row values are sparse, from index 1.
  const header = Array.from(ws.getRow(1).values as ExcelJS.CellValue[], (v) => String(v ?? ""));
  const rows: Row[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

const num = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : 0);
const sum = (rows: Row[], header: string) => rows.reduce((n, r) => n + num(r[header]), 0);

let wb: ExcelJS.Workbook;
let parts: Record<string, string>;

beforeAll(async () => {
  expect(run("demo", "--out", "demo").code).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(consolidated);
  const zip = unzipSync(readFileSync(consolidated));
  parts = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
});

describe("汇总 of the demo's consolidated workbook", () => {
  test("is the first sheet; its city row equals sums computed from the merged sheets", () => {
    expect(wb.worksheets[0]!.name).toBe("汇总");
    const city = table(wb, "汇总")[0]!;
    const villages = table(wb, "帮扶村").filter((r) => r["采用"] === "是");
    const funds = table(wb, "资金投入");
    const projects = table(wb, "帮扶项目");
    const households = table(wb, "贫困户").filter((r) => r["采用"] === "是");
    const codes = new Set(
      ["帮扶村", "资金投入", "帮扶项目", "贫困户", "帮扶活动"].flatMap((s) =>
        table(wb, s).map((r) => r["村代码"]),
      ),
    );
    const agencies = new Set(
      ["帮扶村", "资金投入", "帮扶项目", "贫困户", "帮扶活动"].flatMap((s) =>
        table(wb, s).map((r) => r["来源单位代码"]),
      ),
    );
    const remaining = sum(villages, "建档立卡贫困人口") - sum(villages, "累计脱贫人口");
    expect(city).toMatchObject({
      级别: "全市",
      代码: "4201",
      名称: "武汉市",
      村数: codes.size,
      采用单位数: agencies.size,
      "帮扶资金合计(元)": sum(funds, "金额"),
      项目数: projects.length,
      带动就业人数: sum(projects, "带动就业人数"),
      "村集体经济收入(元)": sum(villages, "村集体经济收入"),
      名单户数: households.length,
    });
    expect(city["贫困发生率"]).toBeCloseTo(remaining / sum(villages, "户籍人口"), 12);
    expect(city["脱贫率(户)"]).toBeCloseTo(
      sum(villages, "累计脱贫户数") / sum(villages, "建档立卡贫困户数"),
      12,
    );
    expect(city["户均帮扶资金(元)"]).toBeCloseTo(
      sum(funds, "金额") / sum(villages, "建档立卡贫困户数"),
      6,
    );
  });

  test("districts and townships are named from the reference list, not as typed", () => {
    const rows = table(wb, "汇总");
    const names = rows.map((r) => [r["级别"], r["代码"], String(r["名称"]).trim()]);
    expect(names).toContainEqual(["街道/乡镇", "420116012", "蔡榨街道"]);
    expect(names).toContainEqual(["区", "420116", "黄陂区"]);
    expect(table(wb, "帮扶村").map((r) => r["街道/乡镇"])).toContain("蔡家榨街");
  });

  test("报送单位 shows 状态 in Chinese; 问题清单 its 级别", () => {
    expect(new Set(table(wb, "报送单位").map((r) => r["状态"]))).toEqual(new Set(["采用"]));
    expect(new Set(table(wb, "问题清单").map((r) => r["级别"]))).toEqual(new Set(["警告"]));
  });
});

describe("the chart and the print set-up, read back from the package", () => {
  test("a DrawingML chart part, linked from 汇总 through its drawing, over 村级指标's rows", () => {
    expect(parts["[Content_Types].xml"]).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('<drawing r:id="rId1"/>');
    expect(parts["xl/worksheets/_rels/sheet1.xml.rels"]).toContain(
      'Target="../drawings/drawing1.xml"',
    );
    expect(parts["xl/drawings/_rels/drawing1.xml.rels"]).toContain('Target="../charts/chart1.xml"');
    const chart = parts["xl/charts/chart1.xml"]!;
    const refs = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(new Set(refs)).toEqual(
      new Set([
        "'村级指标'!$G$1:$G$1",
        "'村级指标'!$B$2:$B$6",
        "'村级指标'!$G$2:$G$6",
        "'村级指标'!$M$1:$M$1",
        "'村级指标'!$M$2:$M$6",
      ]),
    );
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:lineChart>");
    // The cached values are the sheet's, so a reader draws the chart without recomputing.
    const indicators = table(wb, "村级指标");
    const cached = [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/g)].map((m) =>
      [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
    );
    expect(cached[0]).toEqual(indicators.map((r) => r["户均帮扶资金(元)"]));
    expect(cached[1]).toEqual(indicators.map((r) => r["贫困发生率"]));
  });

  test("every printed sheet: landscape, one page wide, header row repeated, titled and numbered", () => {
    const ws = wb.getWorksheet("村级指标")!;
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.headerFooter.oddHeader).toContain("村级指标（2018）");
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
    const titles = [...parts["xl/workbook.xml"]!.matchAll(/_xlnm\.Print_Titles/g)];
    expect(titles).toHaveLength(wb.worksheets.filter((w) => w.state !== "hidden").length);
    // The 12-digit village codes and the agency names fit their columns.
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual(14);
    expect(widths[4]).toBeGreaterThanOrEqual(2 * "市纪委监委机关、市金控集团".length);
  });
});

describe("readers still read it", () => {
  test("indicators reads it: the same villages, and totals equal to 汇总's", () => {
    const r = run("indicators", consolidated, "--json", "--by", "township");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.villages.map((v: { village_code: string }) => v.village_code)).toEqual(
      table(wb, "村级指标").map((row) => row["村代码"]),
    );
    const summary = table(wb, "汇总");
    expect(doc.totals.map((t: { code: string }) => t.code)).toEqual(summary.map((s) => s["代码"]));
    expect(doc.totals[0]).toMatchObject({
      level: "city",
      funds_total: summary[0]!["帮扶资金合计(元)"],
      village_count: summary[0]!["村数"],
    });
  });

  test("merge --into reads it: every file recorded stays accepted, nothing merged twice", () => {
    const again = path.join(dir, "again.xlsx");
    const r = run(
      "merge",
      path.join(dir, "demo", "submissions"),
      "--into",
      consolidated,
      "--out",
      again,
      "--json",
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(
      Array(6).fill("accepted"),
    );
    const first = JSON.parse(readFileSync(path.join(dir, "demo", "merge-report.json"), "utf8"));
    expect(report.totals).toEqual(first.totals);
  });
});
