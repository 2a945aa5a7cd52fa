// A merge whose sheet would pass Excel's 1,048,576 rows: refused before anything is written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Cell, SheetGrid } from "../../src/core/read/grid";
import { columnName } from "../../src/core/read/grid";
import { escapeXml } from "../corpus/build";
import { miniWorkbook } from "../ooxml/zip-fixtures";
import { fakeId18, fakeUscc } from "../support/ids";
import { validForm, workbook } from "../support/workbook";

const BIN = path.resolve(__dirname, "../../bin/aidsheet.js");
const FILES = 11;
const ROWS_PER_FILE = 95_500;

function cellXml(cell: Cell, ref: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(cell))}</t></is></c>`;
}

// Sheet XML written directly: a million rows through exceljs would take minutes.
function sheetBody(sheet: SheetGrid): string {
  const rows = sheet.rows.map(
    (row, r) =>
      `<row r="${r + 1}">${(row ?? []).map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join("")}</row>`,
  );
  return `<sheetData>${rows.join("")}</sheetData>`;
}

function agencyFile(a: number): Uint8Array {
  const households = Array.from({ length: ROWS_PER_FILE }, (_, i) => ({
    id_number: fakeId18(a * ROWS_PER_FILE + i),
    head_name: `户主${i}`,
    village_code: "420116012215",
    household_size: 3,
    identified_year: 2014,
    cause: "因病",
    income_per_capita: 5200,
  }));
  const grid = workbook({
    form: { ...validForm(), agency_code: fakeUscc(a + 1), agency_name: `帮扶单位${a + 1}` },
    tables: { households },
  });
  return miniWorkbook({
    sheets: grid.sheets.map((sheet) => ({
      name: sheet.name,
      body: sheetBody(sheet),
      ...(sheet.hidden ? { state: "hidden" as const } : {}),
    })),
  });
}

test("a households sheet of 1,050,501 rows stops the merge with exit 2, naming the sheet, writing nothing", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-excel-limit-"));
  try {
    mkdirSync(path.join(dir, "in"));
    for (let a = 0; a < FILES; a++) {
      writeFileSync(path.join(dir, "in", `agency-${a + 1}.xlsx`), agencyFile(a));
    }
    const out = path.join(dir, "consolidated.xlsx");
    const report = path.join(dir, "report.json");
    const r = spawnSync(
      process.execPath,
      [BIN, "merge", path.join(dir, "in"), "--out", out, "--report", report],
      { encoding: "utf8", timeout: 540_000 },
    );
    expect(r.stderr).toContain("贫困户");
    expect(r.stderr).toContain(`${(FILES * ROWS_PER_FILE + 1).toLocaleString("en-US")} rows`);
    expect(r.stderr).toContain("1,048,576");
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
