import { insertTemplate } from "../../../src/addin/office/insert-template";
import { readWorkbook } from "../../../src/addin/office/read-workbook";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { planTemplate } from "../../../src/core/template/plan";
import { validateWorkbook } from "../../../src/core/validate/validate-workbook";
import { FakeWorkbook } from "../../support/fake-excel";
import { hostOf, run } from "./harness";

function blank() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  return wb;
}

describe("insertTemplate", () => {
  const plan = planTemplate("zh-CN", DEFAULT_CONFIG);

  test("builds the plan's sheets in order and removes the blank sheet", async () => {
    const host = hostOf(blank());
    await run(host, (ctx) => insertTemplate(ctx, plan));
    const wb = host.workbook;
    expect(wb.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.sheets.map((s) => s.visibility === "Visible")).toEqual(
      plan.sheets.map((s) => !s.hidden),
    );
    expect(wb.activeSheet?.name).toBe(plan.sheets[0]!.name);
  });

  test("applies every data validation, number format and frozen header of the plan", async () => {
    const host = hostOf(blank());
    await run(host, (ctx) => insertTemplate(ctx, plan));
    for (const sheet of plan.sheets) {
      const fake = host.workbook.sheetOrThrow(sheet.name);
      expect(fake.validations).toHaveLength(sheet.validations.length);
      expect(fake.frozenRows).toBe(sheet.frozenRows);
    }
    const villages = host.workbook.sheetOrThrow("帮扶村");
    expect(villages.cell(999, 0)?.numberFormat).toBe("@");
    const district = villages.validations.find((v) => v.range.left === 2)!;
    expect(district.rule).toEqual({
      list: { inCellDropDown: true, source: expect.stringMatching(/^=_lists!\$[A-Z]+\$2:/) },
    });
    expect(district.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
  });

  test("what staff type into the template reads as the file template would", async () => {
    const host = hostOf(blank());
    await run(host, (ctx) => insertTemplate(ctx, plan));
    // Typed as a person would: the code and phone columns are text, so digits survive.
    host.workbook.type("帮扶村", "A2", [["420116012215", "凤凰寨村", "黄陂区"]]);
    host.workbook.type("报送信息", "B6", [["02781234567"]]);
    const read = await run(host, readWorkbook);
    const villages = read.grid.sheets.find((s) => s.name === "帮扶村")!;
    expect(villages.rows[1]?.[0]).toBe("420116012215");
    const result = validateWorkbook(read.grid);
    expect(result.template).toBe("aidsheet/1");
    expect(
      result.issues.filter((i) => i.code === "header-missing" || i.code === "sheet-missing"),
    ).toEqual([]);
    expect(result.issues.some((i) => i.field === "contact_phone" && i.code === "format")).toBe(
      false,
    );
  });

  test("sheets already there are kept as they are", async () => {
    const wb = blank();
    wb.addSheet("帮扶村");
    wb.type("帮扶村", "A1", [["我的数据"]]);
    const host = hostOf(wb);
    const result = await run(host, (ctx) => insertTemplate(ctx, plan));
    expect(result.kept).toEqual(["帮扶村"]);
    expect(host.workbook.sheetOrThrow("帮扶村").valueAt(0, 0)).toBe("我的数据");
    expect(host.workbook.sheet("Sheet1")).toBeDefined();
  });
});
