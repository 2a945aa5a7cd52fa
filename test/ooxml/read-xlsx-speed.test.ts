// A measurement, not a check (skipped in npm test). Run by hand with
//   AIDSHEET_MEASURE=1 npx jest test/ooxml/read-xlsx-speed.test.ts
// It prints the figures docs/reader.md quotes: readXlsx against exceljs on one 2,000 × 12
// workbook (in plain Node, outside jest's sandbox, which slows code down), and 90 such
// files through the worker pool.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import ExcelJS from "exceljs";
import { buildDirFor, compileReader } from "./compile-reader";

type Reader = typeof import("../../src/xlsx/read-file");

const measure = process.env.AIDSHEET_MEASURE ? test : test.skip;

/** A households-like sheet: codes and IDs as text, counts, money, flags, dates, lists. */
async function writeHouseholds(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("households");
  sheet.addRow(["村代码", "户编号", "户主", "证件", "人口", "收入"]);
  sheet.getRow(1).getCell(12).value = "电话";
  for (let r = 0; r < rows; r++) {
    sheet.addRow([
      "420116012215",
      `H${r}`,
      `户主${r % 50}`,
      `A${String(r).padStart(8, "0")}`,
      1 + (r % 6),
      10000 + r * 3.5,
      r % 3 === 0,
      new Date(Date.UTC(2018, r % 12, 1 + (r % 28))),
      r % 5 ? "备注" : null,
      ["低保", "五保", "一般"][r % 3],
      r * 100,
      `138${String(r).padStart(8, "0")}`,
    ]);
    sheet.getCell(r + 2, 8).numFmt = "yyyy-mm-dd";
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Runs in a plain Node worker: medians of CPU and wall time per read.
const SINGLE_FILE_BENCH = `
const { workerData, parentPort } = require("node:worker_threads");
const { readXlsx } = require(workerData.readXlsx);
const { unzipSync } = require(workerData.fflate);
const ExcelJS = require(workerData.exceljs);
const bytes = workerData.bytes;
async function median(runs, run) {
  const cpu = [], wall = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage(), w = process.hrtime.bigint();
    await run();
    const u = process.cpuUsage(c);
    wall.push(Number(process.hrtime.bigint() - w) / 1e6);
    cpu.push((u.user + u.system) / 1000);
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { cpu: mid(cpu), wall: mid(wall) };
}
(async () => {
  for (let i = 0; i < 20; i++) readXlsx(bytes);
  for (let i = 0; i < 3; i++) await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes));
  const floor = await median(21, () => {
    let tags = 0;
    for (const part of Object.values(unzipSync(bytes)))
      for (let i = part.indexOf(60); i >= 0; i = part.indexOf(60, i + 1)) tags++;
    return tags;
  });
  const ours = await median(21, () => readXlsx(bytes));
  const exceljs = await median(9, () => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes)));
  const sequential = await median(3, () => { for (let i = 0; i < 90; i++) readXlsx(bytes); });
  parentPort.postMessage({ floor, ours, exceljs, sequential });
})();
`;

type Times = { cpu: number; wall: number };

function runSingleFileBench(buildDir: string, bytes: Uint8Array) {
  return new Promise<Record<"floor" | "ours" | "exceljs" | "sequential", Times>>(
    (resolve, reject) => {
      const worker = new Worker(SINGLE_FILE_BENCH, {
        eval: true,
        workerData: {
          bytes,
          readXlsx: join(buildDir, "ooxml", "read-xlsx.js"),
          fflate: require.resolve("fflate"),
          exceljs: require.resolve("exceljs"),
        },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    },
  );
}

/**
 * Wall time of reading the files through the worker pool, and the peak resident memory it
 * added to this process (workers are threads of it; the 90 grids read are kept).
 */
async function timePool(reader: Reader, paths: string[], concurrency: number) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = process.hrtime.bigint();
  const results = await reader.readWorkbookFiles(paths, { concurrency });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  if (!results.every((result) => result.ok)) throw new Error("a file did not read");
  return { wall, peakMb: (peak - before) / 1024 / 1024 };
}

measure(
  "readXlsx against exceljs on 2,000 rows × 12 columns, and 90 files through the pool",
  async () => {
    const buildDir = buildDirFor("measure");
    const dir = mkdtempSync(join(tmpdir(), "aidsheet-measure-"));
    try {
      compileReader(buildDir);
      const bytes = await writeHouseholds(2000);
      const single = await runSingleFileBench(buildDir, bytes);
      const paths = Array.from({ length: 90 }, (_, i) => join(dir, `agency-${i}.xlsx`));
      for (const path of paths) writeFileSync(path, bytes);
      const reader = (await import(join(buildDir, "xlsx", "read-file.js"))) as Reader;
      const pool = [];
      for (const concurrency of [1, 2]) {
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(await timePool(reader, paths, concurrency));
        runs.sort((a, b) => a.wall - b.wall);
        pool.push({ concurrency, ...runs[1]! });
      }
      const row = (name: string, t: Times) =>
        `| ${name} | ${t.cpu.toFixed(1)} | ${t.wall.toFixed(1)} |`;
      console.log(
        [
          `one file: ${bytes.length} bytes, 2,001 rows × 12 columns`,
          "| read of one file | CPU ms | wall ms |",
          "|---|---|---|",
          row("unzip + count tags (floor)", single.floor),
          row("readXlsx", single.ours),
          row("exceljs xlsx.load", single.exceljs),
          row("readXlsx × 90, one thread", single.sequential),
          `exceljs / readXlsx (CPU): ${(single.exceljs.cpu / single.ours.cpu).toFixed(1)}×`,
          "| 90 files, readWorkbookFiles | wall ms | peak RSS added, MB |",
          "|---|---|---|",
          ...pool.map(
            (p) =>
              `| concurrency ${p.concurrency} | ${p.wall.toFixed(0)} | ${p.peakMb.toFixed(0)} |`,
          ),
        ].join("\n"),
      );
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  },
  600_000,
);
