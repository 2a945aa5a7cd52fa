import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { sheetSpec } from "../../src/core/spec/sheets";
import { planTemplate } from "../../src/core/template/plan";
import { writeSubmission } from "../../src/xlsx/write-submission";
import { writeTemplate, writeTemplateFile } from "../../src/xlsx/write-template";

type Dv = ExcelJS.DataValidation;
const validationAt = (ws: ExcelJS.Worksheet, address: string): Dv | undefined =>
  (ws as unknown as { dataValidations: { model: Record<string, Dv | undefined> } }).dataValidations
    .model[address];

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

describe("writeTemplate", () => {
  let data: Buffer;
  let wb: ExcelJS.Workbook;
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };

  beforeAll(async () => {
    data = await writeTemplate(planTemplate("zh-CN", DEFAULT_CONFIG));
    wb = await load(data);
  });

  it("writes the sheets in order, with _lists and _meta hidden", () => {
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["填报说明", "visible"],
      ["报送信息", "visible"],
      ["帮扶村", "visible"],
      ["资金投入", "visible"],
      ["帮扶项目", "visible"],
      ["贫困户", "visible"],
      ["帮扶活动", "visible"],
      ["_lists", "hidden"],
      ["_meta", "hidden"],
    ]);
  });

  it("freezes the header row of every table", () => {
    for (const name of ["帮扶村", "资金投入", "帮扶项目", "贫困户", "帮扶活动"]) {
      expect(sheet(name).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    expect(sheet("帮扶村").getCell("A1").value).toBe("村代码");
    expect(sheet("帮扶村").getCell("A1").font?.bold).toBe(true);
  });

  it("writes validations with Chinese prompts and stop errors on the data rows only", () => {
    const villages = sheet("帮扶村");
    for (const address of ["A2", "A1000"]) {
      expect(validationAt(villages, address)).toMatchObject({
        type: "textLength",
        operator: "equal",
        formulae: [12],
        showInputMessage: true,
        promptTitle: "村代码",
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "村代码",
        error: "应为 12 位，请检查位数。12 位数字的统计用区划代码（文本）。",
      });
    }
    expect(validationAt(villages, "A1")).toBeUndefined();
    expect(validationAt(villages, "A1001")).toBeUndefined();
    expect(validationAt(villages, "C2")).toMatchObject({
      type: "list",
      formulae: ["_lists!$A$2:$A$14"],
      prompt: expect.stringContaining("必填"),
    });
    expect(validationAt(villages, "E2")).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    const funds = sheet("资金投入");
    expect(validationAt(funds, "B500")).toMatchObject({
      type: "date",
      formulae: [new Date("2013-01-01T00:00:00Z"), new Date("2030-12-31T00:00:00Z")],
    });
    expect(validationAt(funds, "E2")).toMatchObject({ type: "decimal", operator: "greaterThan" });
    expect(validationAt(sheet("贫困户"), "A2")).toMatchObject({
      type: "textLength",
      formulae: [18],
    });
    expect(validationAt(sheet("报送信息"), "B1")).toMatchObject({
      type: "textLength",
      formulae: [18],
      promptTitle: "单位代码",
    });
  });

  it("writes one dataValidation per column range, never one per cell or a whole column", () => {
    const xml = strFromU8(unzipSync(new Uint8Array(data))["xl/worksheets/sheet3.xml"]!);
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs).toHaveLength(sheetSpec("villages").fields.length);
    expect(sqrefs[0]).toBe("A2:A1000");
    for (const sqref of sqrefs) expect(sqref).toMatch(/^([A-Z]+)2:\1(1000)$/);
  });

  it("formats code, ID and phone cells as text and dates, money and counts by type", () => {
    expect(sheet("帮扶村").getCell("A2").numFmt).toBe("@");
    expect(sheet("帮扶村").getCell("A1000").numFmt).toBe("@");
    expect(sheet("帮扶村").getCell("E2").numFmt).toBe("0");
    expect(sheet("帮扶村").getCell("K2").numFmt).toBe("#,##0.00");
    expect(sheet("贫困户").getCell("A2").numFmt).toBe("@");
    expect(sheet("资金投入").getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet("报送信息").getCell("B1").numFmt).toBe("@");
    expect(sheet("报送信息").getCell("B6").numFmt).toBe("@");
    expect(sheet("报送信息").getCell("B7").numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("formats the table columns by their style, not by empty cells, header aside", () => {
    const xml = strFromU8(unzipSync(new Uint8Array(data))["xl/worksheets/sheet3.xml"]!);
    expect([...xml.matchAll(/<row /g)]).toHaveLength(1);
    expect(xml).toMatch(/<col min="1" max="1" [^>]*style="\d+"/);
    const villages = sheet("帮扶村");
    expect(villages.getColumn("A").numFmt).toBe("@");
    expect(villages.getColumn("K").numFmt).toBe("#,##0.00");
    expect(villages.getCell("A1").numFmt ?? "General").toBe("General");
  });

  it("writes the form's labels in column A", () => {
    const form = sheet("报送信息");
    expect(form.getCell("A1").value).toBe("单位代码");
    expect(form.getCell("A7").value).toBe("填报日期");
    expect(form.getCell("B1").value).toBeNull();
  });

  it("marks the template in _meta", () => {
    const meta = sheet("_meta");
    expect([meta.getCell("A1").value, meta.getCell("B1").value]).toEqual([
      "template",
      "aidsheet/1",
    ]);
    expect([meta.getCell("A2").value, meta.getCell("B2").value]).toEqual(["lang", "zh-CN"]);
  });

  it("writes the English template with English names and texts and Chinese list values", async () => {
    const en = await load(await writeTemplate(planTemplate("en", DEFAULT_CONFIG)));
    expect(en.worksheets.map((ws) => ws.name).slice(0, 3)).toEqual([
      "Instructions",
      "Submission",
      "Villages",
    ]);
    const villages = en.getWorksheet("Villages")!;
    expect(villages.getCell("C1").value).toBe("District");
    expect(validationAt(villages, "C2")?.promptTitle).toBe("District");
    expect(validationAt(villages, "E2")?.error).toBe("Enter a whole number that is at least 0.");
    expect(en.getWorksheet("_lists")!.getCell("A2").value).toBe("江岸区");
    expect(en.getWorksheet("_meta")!.getCell("B2").value).toBe("en");
  });
});

describe("writeTemplateFile", () => {
  it("writes the file and leaves no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aidsheet-template-"));
    try {
      const target = join(dir, "t.xlsx");
      await writeTemplateFile(target, "zh-CN", DEFAULT_CONFIG);
      expect(await readdir(dir)).toEqual(["t.xlsx"]);
      const wb = await load(await readFile(target));
      expect(wb.getWorksheet("_meta")!.getCell("B1").value).toBe("aidsheet/1");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("writeSubmission", () => {
  it("writes the filled cells and no others: the template's empty rows stay empty", async () => {
    const plan = planTemplate("zh-CN", DEFAULT_CONFIG);
    const data = await writeSubmission(plan, {
      form: { agency_name: "帮扶单位" },
      tables: { households: [{ id_number: "012345", household_size: 3 }] },
    });
    const parts = unzipSync(new Uint8Array(data));
    // Cells below the header row, by address.
    const cells = (sheetNumber: number) =>
      [
        ...strFromU8(parts[`xl/worksheets/sheet${sheetNumber}.xml`]!).matchAll(
          /<c r="([A-Z]+)(\d+)"/g,
        ),
      ]
        .filter((m) => m[2] !== "1")
        .map((m) => `${m[1]}${m[2]}`);
    expect(cells(6)).toEqual(["A2", "D2"]);
    expect(cells(3)).toEqual([]);
    const households = (await load(data)).getWorksheet("贫困户")!;
    expect(households.getCell("A2").numFmt).toBe("@");
  });
});
