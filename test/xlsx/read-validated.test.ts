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
type Submissions = typeof import("../../src/xlsx/read-submissions");

const BUILD_DIR = buildDirFor("read-validated-test");
let reader: Reader;
let submissions: Submissions;
let dir: string;

beforeAll(async () => {
  compileReader(BUILD_DIR);
  reader = (await import(join(BUILD_DIR, "xlsx", "read-file.js"))) as Reader;
  submissions = (await import(join(BUILD_DIR, "xlsx", "read-submissions.js"))) as Submissions;
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

test("read for issues only, no records come back: the issues, form and template as with them", async () => {
  const [household] = validTables().households;
  const households = Array.from({ length: 30 }, (_, i) => ({
    ...household,
    id_number: fakeId18(i),
    ...(i === 7 ? { household_size: "３人" } : {}),
  }));
  const path = join(dir, "issues-only.xlsx");
  writeFileSync(path, await writeXlsx(workbook({ tables: { households } })));
  const consolidated = join(dir, "consolidated-issues.xlsx");
  const meta = metaSheet("aidsheet-consolidated/1");
  const grid = { sheets: [{ ...meta, rows: [...meta.rows, ["period", "2018"]] }] };
  writeFileSync(consolidated, await writeXlsx(grid));
  const [whole] = await reader.readAndValidateFiles([path], DEFAULT_CONFIG);
  const results = await reader.readAndValidateFiles([path, consolidated], DEFAULT_CONFIG, {
    records: false,
  });
  const reads = results.map((r) => (r.ok && "read" in r ? r.read : null));
  if (!whole || !("read" in whole) || !reads[0] || !reads[1]) throw new Error("not validated");
  expect(Object.keys(whole.read.tables)).not.toEqual([]);
  expect(reads[0]).toStrictEqual({ ...whole.read, tables: {} });
  expect(reads[0].issues.some((i) => i.code === "normalized")).toBe(true);
  // A consolidated workbook is validated in its worker, as the caller would validate its grid.
  const local = readWorkbookBytesInProcess(await writeXlsx(grid));
  if (!local.ok) throw new Error("unreadable");
  const expected = validateWorkbook(local.grid, { config: DEFAULT_CONFIG });
  expect(reads[1]).toStrictEqual({ ...expected, tables: {} });
  // What `aidsheet validate` reads with.
  const validated = await submissions.validateSubmissionFiles([path], DEFAULT_CONFIG);
  expect(validated.map((f) => f.read)).toStrictEqual([reads[0]]);
});
