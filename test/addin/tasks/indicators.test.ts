import { runIndicators } from "../../../src/addin/tasks/indicators";
import { workbook } from "../../support/workbook";
import { hostOf } from "../office/harness";
import { envOf } from "./env";

describe("计算指标 / 重算指标 write 汇总 and its chart", () => {
  test("汇总 holds the city, district and township totals, and a chart over 村级指标", async () => {
    const host = hostOf(workbook());
    expect(await runIndicators(envOf(host))).toMatchObject({ ok: true, villages: 1 });
    const summary = host.workbook.sheetOrThrow("汇总");
    const indicators = host.workbook.sheetOrThrow("村级指标");
    expect([0, 1, 2, 3].map((r) => summary.valueAt(r, 0))).toEqual([
      "级别",
      "全市",
      "区",
      "街道/乡镇",
    ]);
    expect(summary.valueAt(1, 2)).toBe("武汉市");
    expect(summary.valueAt(2, 2)).toBe("黄陂区");
    // 帮扶资金合计 of the one village is the city's.
    const funds = (s: typeof summary, header: string, row: number) => {
      const columns = Array.from({ length: 30 }, (_, c) => s.valueAt(0, c));
      return s.valueAt(row, columns.indexOf(header));
    };
    expect(funds(summary, "帮扶资金合计(元)", 1)).toBe(funds(indicators, "帮扶资金合计(元)", 1));
    expect(summary.charts).toHaveLength(1);
    const [chart] = summary.charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "各村户均帮扶资金与贫困发生率" });
    expect(
      chart!.series.map((s) => [
        s.name,
        s.chartType,
        s.axisGroup,
        s.values.sheet,
        s.xValues?.sheet,
      ]),
    ).toEqual([
      ["户均帮扶资金(元)", "ColumnClustered", "Primary", "村级指标", "村级指标"],
      ["贫困发生率", "LineMarkers", "Secondary", "村级指标", "村级指标"],
    ]);
    expect(chart!.series[1]!.values.range).toEqual({ top: 1, bottom: 1, left: 12, right: 12 });
  });

  test("from ExcelApi 1.9, both sheets print landscape, one page wide, titled and numbered", async () => {
    const host = hostOf(workbook(), { apiVersion: "1.9" });
    await runIndicators(envOf(host));
    for (const name of ["汇总", "村级指标"]) {
      expect(host.workbook.sheetOrThrow(name).pageLayout).toEqual({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "$1:$1",
        centerHeader: `&"-,Bold"&12${name}（2018）`,
        centerFooter: "第 &P 页 共 &N 页",
      });
    }
    const below = hostOf(workbook(), { apiVersion: "1.8" });
    await runIndicators(envOf(below));
    expect(below.workbook.sheetOrThrow("汇总").pageLayout).toEqual({});
  });

  test("重算指标 replaces 汇总 in its place with one chart, in as many round trips as before", async () => {
    const host = hostOf(workbook());
    const env = envOf(host);
    await runIndicators(env);
    const first = host.syncs;
    // The reads, the probe of the sheets, and one request of writes: as 村级指标 alone took.
    expect(first).toBe(4);
    const names = host.workbook.sheets.map((s) => s.name);
    await runIndicators(env);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(names);
    expect(host.workbook.sheetOrThrow("汇总").charts).toHaveLength(1);
    expect(host.syncs - first).toBe(first);
  });
});
