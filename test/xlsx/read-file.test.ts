import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { buildDirFor, compileReader } from "../ooxml/compile-reader";
import { miniWorkbook } from "../ooxml/zip-fixtures";

type Reader = typeof import("../../src/xlsx/read-file");

const BUILD_DIR = buildDirFor("read-file-test");
let reader: Reader;
let dir: string;

async function writeWorkbook(value: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("户信息").addRow([value, 1]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  compileReader(BUILD_DIR);
  reader = (await import(join(BUILD_DIR, "xlsx", "read-file.js"))) as Reader;
  dir = mkdtempSync(join(tmpdir(), "aidsheet-read-"));
}, 120_000);

afterAll(() => {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

test("reads bytes in process with the file's SHA-256 and size", async () => {
  const bytes = await writeWorkbook("甲");
  const result = readWorkbookBytesInProcess(bytes);
  expect(result).toMatchObject({
    ok: true,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
    date1904: false,
  });
  expect(result.ok && result.grid.sheets[0]!.rows).toEqual([["甲", 1]]);
});

test("reads a file in a worker thread to the same result as in process, gaps left empty", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("户信息");
  sheet.getCell("A1").value = "乙";
  sheet.getCell("C1").value = new Date(Date.UTC(2018, 5, 27));
  sheet.getCell("C1").numFmt = "yyyy-mm-dd";
  sheet.getCell("B3").value = { formula: "1-1", result: 0 };
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const path = join(dir, "one.xlsx");
  writeFileSync(path, bytes);
  const result = await reader.readWorkbookFile(path);
  expect(result).toEqual(readWorkbookBytesInProcess(bytes));
  const rows = result.ok ? result.grid.sheets[0]!.rows : [];
  expect(rows).toHaveLength(3);
  expect([rows[0]![1], rows[1], rows[2]![0]]).toEqual([undefined, undefined, undefined]);
  expect(rows[0]![2]).toEqual({ date: "2018-06-27" });
  expect(rows[2]![1]).toEqual({ formula: true, result: 0 });
});

test("a missing file is not-found and a file over 50 MB is too-large without being read", async () => {
  expect(await reader.readWorkbookFile(join(dir, "missing.xlsx"))).toEqual({
    ok: false,
    reason: "not-found",
  });
  const huge = join(dir, "huge.xlsx");
  writeFileSync(huge, "");
  truncateSync(huge, 51 * 1024 * 1024);
  expect(await reader.readWorkbookFile(huge)).toEqual({
    ok: false,
    reason: "too-large",
    limit: 50 * 1024 * 1024,
    bytes: 51 * 1024 * 1024,
  });
});

test("a file past the time bound is timeout", async () => {
  const path = join(dir, "slow.xlsx");
  writeFileSync(path, await writeWorkbook("丙"));
  // A worker cannot even start in 1 ms.
  expect(await reader.readWorkbookFile(path, { timeoutMs: 1 })).toMatchObject({
    ok: false,
    reason: "timeout",
    limit: 1,
  });
});

test("reads many files in input order, bad ones among them, with two reused workers", async () => {
  const paths = ["a.xlsx", "b.csv.xlsx", "missing.xlsx", "c.xlsx", "d.xlsx"].map((name) =>
    join(dir, name),
  );
  writeFileSync(paths[0]!, await writeWorkbook("一"));
  writeFileSync(paths[1]!, "村代码,村名\n");
  writeFileSync(paths[3]!, await writeWorkbook("三"));
  writeFileSync(paths[4]!, await writeWorkbook("四"));
  const done: number[] = [];
  const results = await reader.readWorkbookFiles(paths, {
    concurrency: 2,
    onResult: (index) => done.push(index),
  });
  expect(
    results.map((result) => (result.ok ? result.grid.sheets[0]!.rows[0]![0] : result.reason)),
  ).toEqual(["一", "not-zip", "not-found", "三", "四"]);
  expect(done.sort()).toEqual([0, 1, 2, 3, 4]);
});

test("a file that needs more memory than the bound is memory, and the next file still reads", async () => {
  // 500,000 cells of random numbers: 22 MB of sheet XML, 7 MB zipped (under the 100:1 ratio).
  const rows: string[] = [];
  for (let r = 1; r <= 50_000; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++) row += `<c><v>${Math.random()}</v></c>`;
    rows.push(`${row}</row>`);
  }
  const big = join(dir, "big.xlsx");
  writeFileSync(
    big,
    miniWorkbook({ sheets: [{ name: "S", body: `<sheetData>${rows.join("")}</sheetData>` }] }),
  );
  const small = join(dir, "small.xlsx");
  writeFileSync(small, await writeWorkbook("五"));
  const results = await reader.readWorkbookFiles([big, small], { concurrency: 1, maxHeapMb: 8 });
  expect(results.map((result) => (result.ok ? "ok" : result.reason))).toEqual(["memory", "ok"]);
});
