import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { convertWithLibreOffice } from "../support/libreoffice";
import { useTool } from "../support/tools";

const JUNE_27 = new Date(Date.UTC(2018, 5, 27));

/** A workbook with every kind of value a submission holds, as exceljs writes it. */
async function writeEveryKind(configure?: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  configure?.(workbook);
  const sheet = workbook.addWorksheet("数据");
  sheet.addRow([
    "文本",
    42,
    -3.5,
    true,
    false,
    { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] },
    { text: "链接", hyperlink: "https://example.org" },
    "文本",
  ]);
  const set = (address: string, value: ExcelJS.CellValue, numFmt?: string) => {
    sheet.getCell(address).value = value;
    if (numFmt) sheet.getCell(address).numFmt = numFmt;
  };
  set("A2", JUNE_27, "yyyy-mm-dd");
  set("B2", new Date(Date.UTC(2018, 5, 27, 8, 30)), "yyyy-mm-dd hh:mm:ss");
  set("C2", { error: "#N/A" });
  set("D2", { formula: "1+6", result: 7 });
  set("E2", { formula: "1-1", result: 0 });
  set("F2", { formula: 'UPPER("a")', result: "A" });
  set("G2", { formula: "DATE(2018,6,27)", result: JUNE_27 }, "yyyy-mm-dd");
  set("H2", { formula: "1=1", result: true });
  sheet.mergeCells("A4:B5");
  set("A4", "合并");
  set("C5", 1);
  workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "h";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const EVERY_KIND_ROWS: (Cell[] | undefined)[] = [
  ["文本", 42, -3.5, true, false, "富文本", "链接", "文本"],
  [
    { date: "2018-06-27" },
    { date: "2018-06-27T08:30:00" },
    { error: "#N/A" },
    { formula: true, result: 7 },
    { formula: true, result: 0 },
    { formula: true, result: "A" },
    { formula: true, result: { date: "2018-06-27" } },
    { formula: true, result: true },
  ],
  undefined,
  ["合并"],
  [undefined, undefined, 1],
];

function expectEveryKind(grid: WorkbookGrid) {
  expect(grid).toEqual({
    sheets: [
      {
        name: "数据",
        rows: EVERY_KIND_ROWS,
        merges: [{ top: 3, left: 0, bottom: 4, right: 1 }],
      },
      { name: "隐藏", rows: [["h"]], merges: [], hidden: true },
    ],
  });
}

function read(bytes: Uint8Array) {
  const result = readXlsx(bytes);
  if (!result.ok) throw new Error(`unreadable: ${result.reason} ${result.detail ?? ""}`);
  return result;
}

describe("readXlsx on files exceljs wrote", () => {
  test("reads every kind of value, formulas as their cached results, a cached 0 included", async () => {
    const result = read(await writeEveryKind());
    expect(result.date1904).toBe(false);
    expectEveryKind(result.grid);
  });

  test("reads the same calendar dates whatever the time zone", async () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Shanghai"]) {
        process.env.TZ = zone;
        expectEveryKind(read(await writeEveryKind()).grid);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test("honours the 1904 date system", async () => {
    const result = read(
      await writeEveryKind((workbook) => {
        workbook.properties.date1904 = true;
      }),
    );
    expect(result.date1904).toBe(true);
    expectEveryKind(result.grid);
  });

  test("reads a formula without a cached result as result null", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = { formula: "SUM(B1:B2)" } as ExcelJS.CellFormulaValue;
    // exceljs's types lack the shared-formula master fields it writes.
    const master = { formula: "1+2", result: 3, shareType: "shared", ref: "A2:A3" };
    sheet.getCell("A2").value = master as ExcelJS.CellFormulaValue;
    sheet.getCell("A3").value = { sharedFormula: "A2", result: 3 };
    const { grid } = read(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(grid.sheets[0]!.rows).toEqual([
      [{ formula: true, result: null }],
      [{ formula: true, result: 3 }],
      [{ formula: true, result: 3 }],
    ]);
  });

  test("keeps sheet names such as __proto__ and constructor as plain names, in tab order", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ["__proto__", "constructor", "prototype", "户信息"]) {
      workbook.addWorksheet(name).getCell("A1").value = name;
    }
    workbook.getWorksheet("constructor")!.state = "veryHidden";
    const { grid } = read(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.rows[0]?.[0], sheet.hidden])).toEqual([
      ["__proto__", "__proto__", undefined],
      ["constructor", "constructor", true],
      ["prototype", "prototype", undefined],
      ["户信息", "户信息", undefined],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("A1");
  });
});

describe("readXlsx on the committed templates", () => {
  const dir = join(__dirname, "..", "..", "templates");
  const templates = readdirSync(dir).filter((name) => name.endsWith(".xlsx"));

  test.each(templates)("reads %s without storing its 1,000 styled but empty rows", (name) => {
    const { grid } = read(new Uint8Array(readFileSync(join(dir, name))));
    expect(grid.sheets.length).toBeGreaterThan(2);
    expect(grid.sheets.some((sheet) => sheet.hidden)).toBe(true);
    for (const sheet of grid.sheets) expect(sheet.rows.length).toBeLessThan(1000);
  });
});

describe("readXlsx on a file LibreOffice wrote", () => {
  const soffice = useTool("soffice");

  soffice.test(
    "reads the workbook LibreOffice converted to the same values",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "aidsheet-lo-"));
      try {
        writeFileSync(join(dir, "in.xlsx"), await writeEveryKind());
        await convertWithLibreOffice(soffice.path, "xlsx", join(dir, "out"), [
          join(dir, "in.xlsx"),
        ]);
        const { grid } = read(new Uint8Array(readFileSync(join(dir, "out", "in.xlsx"))));
        // LibreOffice stores TRUE, FALSE and #N/A typed as constants as formulas.
        const rows = EVERY_KIND_ROWS.map((row) => row && [...row]);
        rows[0]![3] = { formula: true, result: true };
        rows[0]![4] = { formula: true, result: false };
        rows[1]![2] = { formula: true, result: { error: "#N/A" } };
        expect(grid).toEqual({
          sheets: [
            { name: "数据", rows, merges: [{ top: 3, left: 0, bottom: 4, right: 1 }] },
            { name: "隐藏", rows: [["h"]], merges: [], hidden: true },
          ],
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
