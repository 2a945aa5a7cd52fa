// `npm run bench`: issue 6's measurements side by side, medians of fresh processes.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CORPUS_DIR, SUBMISSIONS_DIR, ensureCorpus } from "./corpus";
import type { Facts } from "./child";
import type { ProcessUsage } from "./usage";

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakMb: number;
  readonly load: number;
  readonly facts: Facts;
}

interface Measure {
  readonly key: string;
  readonly label: string;
  /** Arguments of node after the usage preload. */
  readonly args: (scratch: string) => string[];
}

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CHILD = path.join(__dirname, "child.js");
const USAGE = path.join(__dirname, "usage.js");
const DOC = path.join(ROOT, "docs", "performance.md");
const WEBPACK = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

const MEASURES: readonly Measure[] = [
  {
    key: "a",
    label: "read floor: zlib inflates every part, CRC-32, `<c ` counted; one thread",
    args: () => [CHILD, "floor", CORPUS_DIR],
  },
  {
    key: "b",
    label: "exceljs in-memory read, every cell visited",
    args: () => [CHILD, "exceljs", CORPUS_DIR],
  },
  {
    key: "c",
    label: "aidsheet validate without printing (validateSubmissionFiles, toValidateReportJson)",
    args: () => [CHILD, "read", CORPUS_DIR],
  },
  {
    key: "d",
    label: "aidsheet merge end to end (bin/aidsheet.js merge)",
    args: (scratch) => [
      path.join(ROOT, "bin", "aidsheet.js"),
      "merge",
      SUBMISSIONS_DIR,
      "--out",
      path.join(scratch, "consolidated.xlsx"),
      "--report",
      path.join(scratch, "report.json"),
    ],
  },
  {
    key: "e",
    label: "write floor: consolidated rows as sheet XML, zlib deflate; one thread",
    args: () => [CHILD, "write-floor", CORPUS_DIR],
  },
  {
    key: "2c",
    label: "two-core floor: a on two workers, then e with zlib on its own thread",
    args: () => [CHILD, "floor-2", CORPUS_DIR],
  },
  {
    key: "core",
    label: "validation core alone (validateWorkbook on grids)",
    args: () => [CHILD, "core", CORPUS_DIR],
  },
  {
    key: "f",
    label: "taskpane 校验, 50,000 households, in-memory Excel",
    args: () => [CHILD, "taskpane", CORPUS_DIR],
  },
  {
    key: "g",
    label:
      "add-in 合并报送 of the files into the in-memory Excel (read by the taskpane's two reader workers)",
    args: () => [CHILD, "addin-merge", CORPUS_DIR],
  },
  ...(["ours", "fflate", "yazl"] as const).map((writer) => ({
    key: `zip-${writer}`,
    label: `e's sheet XML as a zip by ${writer === "ours" ? "our ZipFileWriter" : writer}`,
    args: () => [CHILD, `zip-${writer}`, CORPUS_DIR],
  })),
  {
    key: "crc",
    label: "CRC-32 of every part: JavaScript and zlib.crc32",
    args: () => [CHILD, "crc", CORPUS_DIR],
  },
  ...(["piscina", "tinypool"] as const).map((pool) => ({
    key: `c-${pool}`,
    label: `c with ${pool} instead of our worker pool`,
    args: () => [CHILD, `read-${pool}`, CORPUS_DIR],
  })),
  {
    key: "h",
    label: "web page 合并报送 in headless Chromium, click to summary",
    args: () => [CHILD, "web", CORPUS_DIR],
  },
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function spawnMeasured(args: readonly string[], scratch: string, profile?: string): Sample {
  const usageFile = path.join(scratch, "usage.json");
  rmSync(usageFile, { force: true });
  const load = os.loadavg()[0]!;
  const prof = profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [];
  const child = spawnSync(process.execPath, [...prof, "--require", USAGE, ...args], {
    cwd: ROOT,
    env: { ...process.env, AIDSHEET_BENCH_USAGE: usageFile },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as ProcessUsage;
  const last = child.stdout.trim().split("\n").at(-1) ?? "";
  const facts = (last.startsWith("{") ? JSON.parse(last) : { exit: child.status ?? -1 }) as Facts;
  return { ms: facts.ms ?? usage.lifeMs, cpuMs: usage.cpuMs, peakMb: usage.peakMb, load, facts };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "?";
  return `${os.cpus().length} × ${cpu.trim()} (nproc ${os.availableParallelism()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

async function main(): Promise<void> {
  const runs = Number(option("--runs") ?? 3);
  const only = option("--only")?.split(",");
  const profile = option("--cpu-prof");
  const record = !process.argv.includes("--no-record");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const files = await ensureCorpus(log);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "aidsheet-bench-run-"));
  const measures = MEASURES.filter((m) => !only || only.includes(m.key));
  if (
    measures.some((m) => m.key === "e" || m.key === "2c" || m.key.startsWith("zip-")) &&
    !existsSync(path.join(CORPUS_DIR, "consolidated-plan.json"))
  ) {
    log("planning the consolidated workbook for the write floor (once)…");
    spawnMeasured([CHILD, "plan", CORPUS_DIR], scratch);
  }
  if (measures.some((m) => m.key === "h")) {
    log("building the web page (once)…");
    const built = spawnSync(
      process.execPath,
      [WEBPACK, "--mode", "production", "--env", `outputPath=${path.join(scratch, "web")}`],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (built.status !== 0) throw new Error(`webpack: ${built.stderr}`);
    process.env.AIDSHEET_BENCH_WEB = path.join(scratch, "web");
  }
  const corpusBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const samples = new Map<string, Sample[]>(measures.map((m) => [m.key, []]));
  // Rounds interleave the measures, so that a change of load touches each alike.
  for (let round = 0; round < runs; round++) {
    for (const m of measures) {
      const sample = spawnMeasured(m.args(scratch), scratch, profile);
      samples.get(m.key)!.push(sample);
      log(
        `run ${round + 1}/${runs} ${m.key}: ${fmt(sample.ms)} ms, CPU ${fmt(sample.cpuMs)} ms, ${fmt(sample.peakMb)} MB, load ${sample.load.toFixed(2)} ${JSON.stringify(sample.facts)}`,
      );
    }
  }
  rmSync(scratch, { recursive: true, force: true });

  const med = (key: string, pick: (s: Sample) => number) => {
    const list = samples.get(key);
    return list && list.length > 0 ? median(list.map(pick)) : NaN;
  };
  const lines = [
    "| | work | wall ms (median) | CPU ms | peak MB | runs (ms) | load |",
    "|---|---|---:|---:|---:|---|---|",
    ...measures.map((m) => {
      const list = samples.get(m.key)!;
      const loads = list.map((s) => s.load);
      return `| ${m.key} | ${m.label} | ${fmt(med(m.key, (s) => s.ms))} | ${fmt(med(m.key, (s) => s.cpuMs))} | ${fmt(med(m.key, (s) => s.peakMb))} | ${list.map((s) => fmt(s.ms)).join(", ")} | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`;
    }),
  ];
  const ms = (key: string) => med(key, (s) => s.ms);
  const cpu = (key: string) => med(key, (s) => s.cpuMs);
  const fact = (key: string, name: string) => med(key, (s) => Number(s.facts[name]));
  // Each line compares measures of this run; a line whose measures were not run is left out.
  const sum = (keys: string[], pick: (key: string) => number) =>
    keys.reduce((total, key) => total + pick(key), 0);
  const ratio = (top: string[], bottom: string[]) =>
    `${(sum(top, ms) / sum(bottom, ms)).toFixed(2)} (CPU ${(sum(top, cpu) / sum(bottom, cpu)).toFixed(2)})`;
  const ratios = [
    `- c/a = ${ratio(["c"], ["a"])} (target ≤ 2.5)`,
    `- d/(a+e) = ${ratio(["d"], ["a", "e"])} (target ≤ 1.0), d peak ${fmt(med("d", (s) => s.peakMb))} MB (target ≤ 400)`,
    `- d/2c = ${ratio(["d"], ["2c"])}`,
    `- b/c = ${(ms("b") / ms("c")).toFixed(2)}`,
    `- zip writers, ms: ours ${fmt(ms("zip-ours"))}, fflate ${fmt(ms("zip-fflate"))}, yazl ${fmt(ms("zip-yazl"))}`,
    `- CRC-32 of ${fmt(fact("crc", "mb"))} MB: JavaScript ${fmt(fact("crc", "jsMs"))} ms, zlib ${fmt(fact("crc", "zlibMs"))} ms`,
    `- worker pools, c in ms: ours ${fmt(ms("c"))}, piscina ${fmt(ms("c-piscina"))}, tinypool ${fmt(ms("c-tinypool"))}`,
    `- add-in 合并报送: ${(ms("g") / ms("d")).toFixed(2)} × d (target ≤ 2), ${fmt(fact("g", "syncs"))} sync(), largest request ${fmt(fact("g", "largestRequest"))} bytes`,
    `- web page 合并报送 / CLI merge: h/d = ${(ms("h") / ms("d")).toFixed(2)} (target ≤ 2)`,
    `- validation core: ${fmt(fact("core", "cellsPerSecond"))} cells/s (target ≥ 1,000,000)`,
    `- taskpane 校验: ${fmt(fact("f", "syncs"))} sync() for 50,000 rows, ${fmt(fact("f", "syncs10"))} for 10 (target ≤ 4, equal); largest request ${fmt(fact("f", "largestRequest"))} bytes, largest response ${fmt(fact("f", "largestResponse"))} bytes (target ≤ 5 MB)`,
  ];
  const facts = measures.map(
    (m) => `- ${m.key}: ${JSON.stringify(samples.get(m.key)!.at(-1)!.facts)}`,
  );
  const report = [
    `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${machine()}. Command: \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`. Corpus: ${files.length} files, ${fmt(corpusBytes / 2 ** 20, 1)} MB. Medians of ${runs} runs, each in a fresh process.`,
    "",
    ...lines,
    "",
    ...ratios.filter((line) => !line.includes("NaN")),
    "",
    "Facts of the last run:",
    "",
    ...facts,
    "",
  ].join("\n");
  process.stdout.write(`${report}\n`);
  if (record && !only && !profile) appendFileSync(DOC, `\n${report}`);
}

void main();
