import { runIndicators } from "../../../src/addin/tasks/indicators";
import { runInsertTemplate } from "../../../src/addin/tasks/simple";
import { runFix, runValidate } from "../../../src/addin/tasks/validate";
import { FakeWorkbook } from "../../support/fake-excel";
import { validTables, workbook } from "../../support/workbook";
import { hostOf } from "../office/harness";
import { envOf } from "./env";

// The fake refuses, as Excel does, any call of a requirement set above the one it supports.
describe("at ExcelApi 1.8, the manifest's minimum", () => {
  test("every task runs, without merged areas or filters", async () => {
    const [village] = validTables().villages;
    const host = hostOf(
      workbook({ tables: { villages: [{ ...village, collective_income: "35万元" }] } }),
      {
        apiVersion: "1.8",
      },
    );
    const env = envOf(host);
    expect((await runValidate(env)).fixable).toBe(1);
    expect((await runFix(env)).fixed).toBe(1);
    expect(await runIndicators(env)).toMatchObject({ ok: true, villages: 1 });
    expect(host.workbook.sheetOrThrow("村级指标").autoFilter).toBeNull();

    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const blank = hostOf(wb, { apiVersion: "1.8" });
    const inserted = await runInsertTemplate(envOf(blank));
    expect(inserted.written.length).toBeGreaterThan(5);
  });

  test("with ExcelApi 1.9 the indicator sheet's header is filtered", async () => {
    const host = hostOf(workbook(), { apiVersion: "1.9" });
    await runIndicators(envOf(host));
    expect(host.workbook.sheetOrThrow("村级指标").autoFilter).toMatchObject({ top: 0, bottom: 1 });
  });
});
