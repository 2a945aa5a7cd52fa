// Submissions validated in the reader's workers: the same records as validating in process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { buildDirFor, compileReader } from "../ooxml/compile-reader";
import { fakeId18 } from "../support/ids";
import { metaSheet, validTables, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";

type Reader = typeof import("../../src/xlsx/read-file");

const BUILD_DIR = buildDirFor("read-validated-test");
let reader: Reader;
let dir: string;

beforeAll(async () => {
  compileReader(BUILD_DIR);
  reader = (await import(join(BUILD_DIR, "xlsx", "read-file.js"))) as Reader;
  dir = mkdtempSync(join(tmpdir(), "aidsheet-validated-"));
}, 120_000);

afterAll(() => {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

test("a submission comes back validated, as validateWorkbook reads it in process", async () => {
  const [household] = validTables().households;
  const households = [
    ...Array.from({ length: 30 }, (_, i) => ({ ...household, id_number: fakeId18(i) })),
    { ...household, id_number: fakeId18(99), household_size: "３人", income_per_capita: "5千" },
  ];
  const bytes = await writeXlsx(workbook({ tables: { households } }));
  const path = join(dir, "submission.xlsx");
  writeFileSync(path, bytes);
  const [result] = await reader.readAndValidateFiles([path], DEFAULT_CONFIG);
  const local = readWorkbookBytesInProcess(bytes);
  if (!local.ok || !result || !("read" in result)) throw new Error("not validated in a worker");
  expect(result).toMatchObject({ ok: true, sha256: local.sha256, bytes: local.bytes });
  expect(result.read).toStrictEqual(validateWorkbook(local.grid, { config: DEFAULT_CONFIG }));
  expect(result.read.issues.some((i) => i.code === "normalized")).toBe(true);
});

test("a consolidated workbook comes back as its grid, a broken file as its reason", async () => {
  const consolidated = join(dir, "consolidated.xlsx");
  const meta = metaSheet("aidsheet-consolidated/1");
  const grid = { sheets: [{ ...meta, rows: [...meta.rows, ["period", "2018"]] }] };
  writeFileSync(consolidated, await writeXlsx(grid));
  const broken = join(dir, "broken.xlsx");
  writeFileSync(broken, "村代码,村名\n");
  const results = await reader.readAndValidateFiles([consolidated, broken], DEFAULT_CONFIG);
  expect(results.map((r) => (r.ok ? ("grid" in r ? "grid" : "read") : r.reason))).toEqual([
    "grid",
    "not-zip",
  ]);
});
