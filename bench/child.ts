// One measurement in a fresh process: `node child.js <measure> <corpus dir>`; prints JSON facts.
// A measure's time is the process lifetime unless it says otherwise, so each one loads only the
// modules it uses, when it starts: what the others need (exceljs, the in-memory Excel host,
// Chromium's driver: 0.6 s of loading) must not count in its time.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { TaskEnv } from "../src/addin/tasks/env";
import type { ConsolidatedSheets } from "../src/core/consolidated/plan";
import type { WorkbookGrid } from "../src/core/grid";
import type { FakeExcelHost } from "../test/support/fake-excel";
import type { Row } from "../test/support/workbook";
import type { PoolName, ZipWriterName } from "./compare";

/** Facts a measurement reports; `ms`, when given, replaces the process lifetime as its time. */
export type Facts = Readonly<Record<string, number | string | boolean>> & { readonly ms?: number };

const PLAN_FILE = "consolidated-plan.json";

function loadPlan(dir: string): ConsolidatedSheets {
  return JSON.parse(readFileSync(path.join(dir, PLAN_FILE), "utf8")) as ConsolidatedSheets;
}

function submissionFiles(dir: string): string[] {
  const sub = path.join(dir, "submissions");
  return readdirSync(sub)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(sub, f));
}

function countCells(grid: WorkbookGrid): number {
  let count = 0;
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row ?? []) if (cell !== null && cell !== undefined) count++;
    }
  }
  return count;
}

async function readGrids(files: readonly string[]): Promise<WorkbookGrid[]> {
  const { readXlsx } = await import("../src/ooxml/read-xlsx");
  return files.map((file) => {
    const result = readXlsx(readFileSync(file));
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    return result.grid;
  });
}

async function households(n: number, bad: boolean): Promise<Row[]> {
  const { fakeId18 } = await import("../test/support/ids");
  return Array.from({ length: n }, (_, i) => ({
    id_number: fakeId18(i),
    head_name: `户主${i}`,
    village_code: "420116012215",
    household_size: bad && i === n - 1 ? 99 : 1 + (i % 6),
    identified_year: 2014,
    cause: "因病",
    exit_year: 2017,
    income_per_capita: 5200 + (i % 3000),
    measure: "产业帮扶",
    cadre: "李四",
  }));
}

async function hostEnv(host: FakeExcelHost): Promise<TaskEnv> {
  const { DEFAULT_CONFIG } = await import("../src/core/config");
  const { JIEDUI_2018 } = await import("../src/core/standard/builtin");
  (globalThis as { Office?: unknown }).Office = host.Office;
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      host.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    config: DEFAULT_CONFIG,
    standard: JIEDUI_2018,
    lang: "zh-CN" as const,
    version: "bench",
    now: () => new Date().toISOString(),
  };
}

function requestFacts(host: FakeExcelHost) {
  return {
    syncs: host.syncs,
    largestRequest: Math.max(...host.requests.map((r) => r.requestBytes)),
    largestResponse: Math.max(...host.requests.map((r) => r.responseBytes)),
  };
}

async function validateInHost(rows: number) {
  const { FakeExcelHost, workbookFromGrid } = await import("../test/support/fake-excel");
  const { workbook } = await import("../test/support/workbook");
  const { runValidate } = await import("../src/addin/tasks/validate");
  const host = new FakeExcelHost(
    workbookFromGrid(workbook({ tables: { households: await households(rows, true) } })),
  );
  const env = await hostEnv(host);
  const start = performance.now();
  const view = await runValidate(env);
  const ms = performance.now() - start;
  const { syncs, largestRequest, largestResponse } = requestFacts(host);
  return { ms, syncs, largest: largestRequest, largestResponse, errors: view.counts.error };
}

const MEASURES: Readonly<Record<string, (dir: string) => Promise<Facts>>> = {
  /** (a) Inflate every part of every file with zlib and count the cell tags of the worksheets. */
  async floor(dir) {
    const { readFloor } = await import("./read-floor");
    return { cells: readFloor(submissionFiles(dir)) };
  },

  /** a and e on two threads: the files read by two workers, then XML beside zlib's thread. */
  async "floor-2"(dir) {
    const { readFloorTwoThreads } = await import("./read-floor");
    const { writeSheetsTwoThreads } = await import("./write-floor");
    const cells = await readFloorTwoThreads(submissionFiles(dir));
    const read = performance.now();
    const plan = loadPlan(dir);
    const start = performance.now();
    const bytes = await writeSheetsTwoThreads(path.join(dir, "write-floor-2.bin"), plan);
    return { ms: read + performance.now() - start, cells, bytes };
  },

  /** (b) exceljs in-memory read of each file, every cell value visited. */
  async exceljs(dir) {
    const { default: ExcelJS } = await import("exceljs");
    let cells = 0;
    for (const file of submissionFiles(dir)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value !== null) cells++;
          }),
        ),
      );
    }
    return { cells };
  },

  /** (c) What `aidsheet validate --json` does, without printing: the functions it calls. */
  async read(dir) {
    const { DEFAULT_CONFIG, JIEDUI_2018, toValidateReportJson } = await import("../src/core");
    const { validateSubmissionFiles } = await import("../src/xlsx/read-submissions");
    const standard = JIEDUI_2018;
    const read = await validateSubmissionFiles(submissionFiles(dir), DEFAULT_CONFIG, { standard });
    const report = JSON.stringify(toValidateReportJson(read, "zh-CN", standard.sheets), null, 2);
    const issues = read.flatMap((f) => f.read.issues);
    return {
      files: read.length,
      issues: issues.length,
      errors: issues.filter((i) => i.severity === "error").length,
      rejected: read.filter((f) => f.read.rejected).length,
      reportBytes: report.length,
    };
  },

  /** The validation core alone, on grids already in memory: cells per second. */
  async core(dir) {
    const { DEFAULT_CONFIG } = await import("../src/core/config");
    const { validateWorkbook } = await import("../src/core/validate/validate-workbook");
    const grids = await readGrids(submissionFiles(dir));
    const cells = grids.reduce((n, g) => n + countCells(g), 0);
    const start = performance.now();
    let issues = 0;
    for (const grid of grids)
      issues += validateWorkbook(grid, { config: DEFAULT_CONFIG }).issues.length;
    const ms = performance.now() - start;
    return { ms, cells, issues, cellsPerSecond: Math.round(cells / (ms / 1000)) };
  },

  /** Preparation of (e): the consolidated workbook as planned data, cached as JSON. */
  async plan(dir) {
    const { DEFAULT_CONFIG } = await import("../src/core/config");
    const { readSubmissionFiles } = await import("../src/xlsx/read-submissions");
    const { mergeSubmissions } = await import("../src/core/merge/merge");
    const { planConsolidated } = await import("../src/core/consolidated/plan");
    const read = await readSubmissionFiles(submissionFiles(dir), DEFAULT_CONFIG);
    const outcome = mergeSubmissions(read, { config: DEFAULT_CONFIG });
    if (!outcome.ok) throw new Error(`merge: ${outcome.error.kind}`);
    const plan = planConsolidated(outcome.result, {
      mask: false,
      createdAt: "2019-01-10T08:00:00Z",
      version: "bench",
      lang: "zh-CN",
    });
    writeFileSync(path.join(dir, PLAN_FILE), JSON.stringify(plan));
    return { sheets: plan.sheets.length };
  },

  /** (e) The consolidated rows (from the cached plan) as sheet XML, deflated. */
  async "write-floor"(dir) {
    const { writeSheetsFloor } = await import("./write-floor");
    const plan = loadPlan(dir);
    const start = performance.now();
    const bytes = writeSheetsFloor(path.join(dir, "write-floor.bin"), plan);
    const ms = performance.now() - start;
    const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
    return { ms, rows, bytes };
  },

  /**
   * (h) The web page's 合并报送 of the corpus in headless Chromium, from the click to the
   * summary (files read, merged and the workbook zipped in its workers); the page built in
   * AIDSHEET_BENCH_WEB. Peak MB is this process's, not the browser's.
   */
  async web(dir) {
    const site = process.env.AIDSHEET_BENCH_WEB;
    if (!site) throw new Error("AIDSHEET_BENCH_WEB names no built dist/");
    const { TOOLS, locateTool } = await import("../test/support/locate-tool");
    const { launchChromium } = await import("../test/e2e/chromium");
    const { serve } = await import("../test/e2e/server");
    const chromium = locateTool("chromium");
    if (!chromium) throw new Error(`no Chromium: apt-get install -y ${TOOLS.chromium.packages}`);
    const server = await serve(site);
    const browser = await launchChromium(chromium);
    try {
      const page = await browser.newPage({ locale: "zh-CN", acceptDownloads: true });
      await page.goto(`${server.url}/index.html`);
      await page.locator('input[name="merge-files"]').setInputFiles(submissionFiles(dir));
      const start = performance.now();
      await page.getByRole("button", { name: "合并报送", exact: true }).click();
      await page.getByTestId("merge-summary").waitFor({ timeout: 600_000 });
      const ms = performance.now() - start;
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载汇总工作簿", exact: true }).click(),
      ]);
      const saved = await download.path();
      return { ms, files: submissionFiles(dir).length, bytes: readFileSync(saved).length };
    } finally {
      await browser.close();
      await server.close();
    }
  },

  ...Object.fromEntries(
    (["ours", "fflate", "yazl"] as const).map((writer: ZipWriterName) => [
      `zip-${writer}`,
      async (dir: string): Promise<Facts> => {
        const { writeZipWith } = await import("./compare");
        const plan = loadPlan(dir);
        const start = performance.now();
        const bytes = await writeZipWith(writer, path.join(dir, `zip-${writer}.zip`), plan);
        return { ms: performance.now() - start, bytes };
      },
    ]),
  ),

  async crc(dir) {
    const { compareCrc32 } = await import("./compare");
    return compareCrc32(submissionFiles(dir));
  },

  ...Object.fromEntries(
    (["piscina", "tinypool"] as const).map((pool: PoolName) => [
      `read-${pool}`,
      async (dir: string): Promise<Facts> => {
        const { readWithPool } = await import("./compare");
        return { issues: await readWithPool(pool, submissionFiles(dir)) };
      },
    ]),
  ),

  /** (g) 合并报送 of the files into a blank workbook of the in-memory host, read as the taskpane reads them. */
  async "addin-merge"(dir) {
    // The taskpane's two reader workers (src/browser/read-files.ts), each a thread here.
    const { WebWorker } = await import("./web-worker");
    const { readInputs } = await import("../src/browser/read-files");
    const { FakeExcelHost, workbookFromGrid } = await import("../test/support/fake-excel");
    const { runMerge } = await import("../src/addin/tasks/merge");
    const { DEFAULT_CONFIG } = await import("../src/core/config");
    const { JIEDUI_2018 } = await import("../src/core/standard/builtin");
    Object.assign(globalThis, { Worker: WebWorker });
    const files = submissionFiles(dir).map(
      (file) => new File([readFileSync(file)], path.basename(file)),
    );
    const inputs = await readInputs(files, { config: DEFAULT_CONFIG, standard: JIEDUI_2018 });
    const host = new FakeExcelHost(
      workbookFromGrid({ sheets: [{ name: "Sheet1", rows: [], merges: [] }] }),
    );
    const outcome = await runMerge(await hostEnv(host), inputs);
    if (!outcome.ok) throw new Error(`合并报送: ${outcome.error.kind}`);
    return { ...requestFacts(host), sheets: outcome.sheets.length };
  },

  /** (f) 校验 of 50,000 households through the in-memory Excel host, and of 10. */
  async taskpane() {
    const small = await validateInHost(10);
    const large = await validateInHost(50_000);
    return {
      ms: large.ms,
      syncs: large.syncs,
      largestRequest: large.largest,
      largestResponse: large.largestResponse,
      syncs10: small.syncs,
      errors: large.errors,
    };
  },
};

async function main(): Promise<void> {
  const [name, dir] = process.argv.slice(2);
  const measure = name === undefined ? undefined : MEASURES[name];
  if (!measure || dir === undefined)
    throw new Error(`usage: child.js <${Object.keys(MEASURES).join("|")}> <dir>`);
  process.stdout.write(`${JSON.stringify(await measure(dir))}\n`);
}

void main();
