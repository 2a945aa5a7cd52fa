import { createHash } from "node:crypto";
import { runIndicators } from "../../../src/addin/tasks/indicators";
import { runMerge } from "../../../src/addin/tasks/merge";
import type { InputFile } from "../../../src/core/model";
import { readXlsx } from "../../../src/ooxml/read-xlsx";
import { FakeWorkbook } from "../../support/fake-excel";
import { fakeUscc } from "../../support/ids";
import { validForm, validTables, workbook } from "../../support/workbook";
import { writeXlsx } from "../../support/xlsx";
import { hostOf } from "../office/harness";
import { envOf } from "./env";

async function parsed(name: string, grid: Parameters<typeof writeXlsx>[0]): Promise<InputFile> {
  const bytes = new Uint8Array(await writeXlsx(grid));
  return {
    file: name,
    name,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    content: readXlsx(bytes),
  };
}

function agency(
  n: number,
  name: string,
  villageCode: string,
  villageName: string,
  district: string,
) {
  const [village] = validTables().villages;
  return workbook({
    form: { ...validForm(), agency_code: fakeUscc(n), agency_name: name },
    tables: {
      villages: [{ ...village, village_code: villageCode, village_name: villageName, district }],
      funds: [],
      projects: [],
      households: [],
      activities: [],
    },
  });
}

function blankHost() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  return hostOf(wb);
}

describe("合并报送 and 计算指标", () => {
  test("three files merge into a blank workbook as `merge` would, and the result takes more", async () => {
    const files = await Promise.all([
      parsed("a.xlsx", agency(11, "市委组织部", "420117102205", "毛家冲村", "新洲区")),
      parsed("b.xlsx", agency(12, "市公安局", "420116008204", "青云村", "黄陂区")),
      parsed("c.xlsx", agency(13, "市民政局", "420115016209", "八秀村", "江夏区")),
    ]);
    const host = blankHost();
    const env = envOf(host);
    const first = await runMerge(env, files.slice(0, 2));
    expect(first.ok).toBe(true);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "汇总",
      "村级指标",
      "报送单位",
      "帮扶村",
      "资金投入",
      "帮扶项目",
      "贫困户",
      "帮扶活动",
      "问题清单",
      "未合并行",
      "_meta",
    ]);
    const second = await runMerge(env, files.slice(2));
    if (!second.ok) throw new Error(second.error.kind);
    expect(second.report.files.map((f) => [f.file, f.status])).toEqual([
      ["a.xlsx", "accepted"],
      ["b.xlsx", "accepted"],
      ["c.xlsx", "accepted"],
    ]);
    expect(second.report.totals.villages.merged).toBe(3);
    const indicators = host.workbook.sheetOrThrow("村级指标");
    expect([1, 2, 3].map((r) => indicators.valueAt(r, 0))).toEqual([
      "420115016209",
      "420116008204",
      "420117102205",
    ]);
    // A consolidated workbook is also an input of 计算指标 (docs/merge.md).
    expect(await runIndicators(env)).toEqual({
      ok: true,
      period: "2018",
      villages: 3,
    });
    // Merging a file already recorded changes nothing (docs/merge.md).
    const again = await runMerge(env, files.slice(0, 1));
    if (!again.ok) throw new Error(again.error.kind);
    expect(again.report.totals).toEqual(second.report.totals);
  });

  test("merging into a workbook that is neither consolidated nor blank is refused", async () => {
    const host = hostOf(workbook());
    const outcome = await runMerge(envOf(host), []);
    expect(outcome).toEqual({ ok: false, error: { kind: "not-consolidated", file: "(workbook)" } });
  });

  test("计算指标 on a submission writes 村级指标 and leaves the submission valid", async () => {
    const host = hostOf(workbook());
    const outcome = await runIndicators(envOf(host));
    expect(outcome).toEqual({ ok: true, period: "2018", villages: 1 });
    const sheet = host.workbook.sheetOrThrow("村级指标");
    expect(sheet.valueAt(1, 0)).toBe("420116012215");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.conditionalFormats.map((c) => c.type)).toEqual(["DataBar", "DataBar", "DataBar"]);
    // Recomputing replaces the sheet: no second set of data bars, one filter.
    await runIndicators(envOf(host));
    expect(sheet.conditionalFormats).toHaveLength(3);
    expect(sheet.autoFilter).toMatchObject({ top: 0, left: 0 });
  });
});
