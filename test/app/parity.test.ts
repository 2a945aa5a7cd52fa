// The same files through the CLI (the compiled command, real files) and through the add-in
// (the in-memory Excel host): the same consolidated sheets, cell by cell, and indicators.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runIndicators } from "../../src/addin/tasks/indicators";
import { runMerge } from "../../src/addin/tasks/merge";
import { readWorkbook } from "../../src/addin/office/read-workbook";
import { packedSubmissionOf, unpackSubmission } from "../../src/app";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { FileContent, InputFile } from "../../src/core/model";
import type { WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { VERSION } from "../../src/cli/version";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeUscc } from "../support/ids";
import { validForm, validTables, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";
import { hostOf, run, trimmed } from "../addin/office/harness";
import { envOf } from "../addin/tasks/env";

const BIN = path.resolve(__dirname, "../../bin/aidsheet.js");
const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-parity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A file as the taskpane gives it to 合并报送: read and validated as in its worker, unpacked. */
function picked(folder: string, name: string): InputFile {
  const bytes = readFileSync(path.join(folder, name));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const result = readXlsx(new Uint8Array(bytes));
  const packed = result.ok ? packedSubmissionOf(result.grid, DEFAULT_CONFIG) : null;
  const content: FileContent = packed ? { ok: true, read: unpackSubmission(packed) } : result;
  return { file: name, name, sha256, content };
}

/** The workbook as cells, without `_meta`'s time of writing (each host stamps its own). */
function cellsOf(grid: WorkbookGrid) {
  return trimmed(grid).map((sheet) =>
    sheet.name === "_meta"
      ? { ...sheet, rows: sheet.rows.filter((row) => row[0] !== "created_at") }
      : sheet,
  );
}

async function addinMerge(folder: string, names: readonly string[]) {
  const blank = new FakeWorkbook();
  blank.addSheet("Sheet1");
  const host = hostOf(blank);
  const env = { ...envOf(host), version: VERSION };
  const outcome = await runMerge(
    env,
    names.map((name) => picked(folder, name)),
  );
  if (!outcome.ok) throw new Error(outcome.error.kind);
  const read = await run(host, (context) => readWorkbook(context));
  return { host, env, report: outcome.report, grid: read.grid };
}

describe("the CLI and the add-in consolidate alike", () => {
  let folder: string;
  let names: string[];

  beforeAll(async () => {
    expect(cli(dir, "demo", "--out", "demo").code).toBe(0);
    folder = path.join(dir, "demo", "submissions");
    // Beside the seed: rows in error, a submission rejected whole, and a file that is no workbook.
    const tables = validTables();
    const broken = workbook({
      form: { ...validForm(), agency_code: fakeUscc(77), agency_name: "市审计局" },
      tables: { ...tables, funds: [{ ...tables.funds[0]!, amount: "很多" }] },
    });
    writeFileSync(path.join(folder, "rows-in-error.xlsx"), await writeXlsx(broken));
    const rejected = workbook({ form: { ...validForm(), agency_name: "" } });
    writeFileSync(path.join(folder, "rejected.xlsx"), await writeXlsx(rejected));
    writeFileSync(path.join(folder, "junk.xlsx"), "not a workbook");
    names = readdirSync(folder).sort();
  }, 120_000);

  test("the same consolidated sheets, cell by cell, and the same report", async () => {
    const r = cli(folder, "merge", ...names, "--out", path.join(dir, "cli.xlsx"), "--json");
    expect(r.code).toBe(1);
    const fromCli = readXlsx(new Uint8Array(readFileSync(path.join(dir, "cli.xlsx"))));
    if (!fromCli.ok) throw new Error(fromCli.reason);
    const addin = await addinMerge(folder, names);
    expect(addin.grid.sheets.map((s) => s.name)).toEqual(fromCli.grid.sheets.map((s) => s.name));
    expect(cellsOf(addin.grid)).toEqual(cellsOf(fromCli.grid));
    const report = JSON.parse(r.stdout);
    expect(addin.report).toEqual({ ...report, output: null });
    // The inputs are varied enough to mean something.
    const statuses = report.files.map((f: { status: string }) => f.status);
    expect(statuses).toEqual(expect.arrayContaining(["accepted", "rejected"]));
    expect(report.totals.funds.rejected).toBeGreaterThan(0);
  }, 120_000);

  test("the same indicators: `indicators --json`, and 计算指标 (汇总, 村级指标) on the consolidated workbook", async () => {
    const r = cli(folder, "indicators", ...names, "--json");
    expect(r.code).toBe(1);
    const fromCli = JSON.parse(r.stdout);
    const addin = await addinMerge(folder, names);
    expect(addin.report.villages).toEqual(fromCli.villages);
    expect(fromCli.villages.length).toBeGreaterThan(3);
    const recalculated = (grid: typeof addin.grid) =>
      cellsOf(grid).filter((s) => s.name === "汇总" || s.name === "村级指标");
    const before = recalculated(addin.grid);
    expect(before.map((s) => s.name)).toEqual(["汇总", "村级指标"]);
    expect(await runIndicators(addin.env)).toEqual({
      ok: true,
      period: fromCli.period,
      villages: fromCli.villages.length,
    });
    const after = await run(addin.host, (context) => readWorkbook(context));
    expect(recalculated(after.grid)).toEqual(before);
  }, 120_000);
});
