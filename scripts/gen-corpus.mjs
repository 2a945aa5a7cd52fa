#!/usr/bin/env node
// Writes the bad-input corpus of test/corpus/cases.ts to a folder for inspection, with each
// case's expected and actual outcome; optionally measures how exceljs fares on the same files.
// Usage: npm run corpus -- [--out DIR] [--only name,name] [--exceljs [--timeout SECONDS]]
// With --exceljs each file is loaded in its own process (heap capped at 2 GB), one at a time.
// TypeScript is transpiled on the fly (no type check, no build needed).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { requireTs } from "./require-ts.mjs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const require = requireTs(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: join(tmpdir(), "aidsheet-corpus") },
    only: { type: "string" },
    exceljs: { type: "boolean", default: false },
    timeout: { type: "string", default: "60" },
  },
});

const { CASES, GOOD, fileNames, seedOf } = require(join(root, "test/corpus/cases.ts"));
const { readXlsx } = require(join(root, "src/ooxml/read-xlsx.ts"));
const { validateWorkbook } = require(join(root, "src/core/validate/validate-workbook.ts"));

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const only = args.only ? new Set(args.only.split(",")) : null;
const all = [...CASES, ...GOOD];

/** The issues of a validated file, grouped: `code@cell` for errors, counts for the rest. */
function summarise(read) {
  const errors = read.issues
    .filter((i) => i.severity === "error")
    .map(
      (i) =>
        `${i.code}${i.detail.reason ? `(${i.detail.reason})` : ""}@${i.sheet ?? ""}!${i.cell ?? ""}`,
    );
  const others = {};
  for (const i of read.issues.filter((x) => x.severity !== "error")) {
    others[i.code] = (others[i.code] ?? 0) + 1;
  }
  const rest = Object.entries(others).map(([code, n]) => (n > 1 ? `${code}×${n}` : code));
  const rows = Object.entries(read.tables)
    .map(([key, t]) => `${key} ${t.rows.filter((r) => r.valid).length}/${t.rows.length}`)
    .join(", ");
  return [
    read.rejected ? "file rejected" : "file kept",
    errors.length ? `errors: ${errors.join(" ")}` : "no error",
    rest.length ? `also: ${rest.join(" ")}` : "",
    rows ? `valid rows: ${rows}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

function expected(c) {
  if ("unreadable" in c.expect) return `unreadable: ${c.expect.unreadable}`;
  const status = [c.expect.status].flat().join(" + ");
  const issues = (c.expect.issues ?? []).map(
    ([, cell, code, reason]) => `${code}${reason ? `(${reason})` : ""}${cell ? `@${cell}` : ""}`,
  );
  return [status, ...issues].join("; ");
}

const manifest = [];
const lines = [
  "| case | what | expected | read + validate (ms) | outcome |",
  "|---|---|---|---|---|",
];
for (const [index, c] of all.entries()) {
  if (only && !only.has(c.name)) continue;
  const files = [];
  for (const [copy, name] of fileNames(c).entries()) {
    const bytes = await c.build(seedOf(index), copy);
    writeFileSync(join(out, name), bytes);
    files.push({ name, bytes });
  }
  // Read and validated three times: the median, so that warming up does not count.
  const times = [];
  let outcome = "";
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = readXlsx(files[0].bytes);
    outcome = result.ok
      ? summarise(validateWorkbook(result.grid))
      : `unreadable: ${result.reason}${result.detail ? ` (${result.detail.slice(0, 60)})` : ""}`;
    times.push(performance.now() - started);
  }
  const ms = Math.round(times.sort((a, b) => a - b)[1]);
  manifest.push({
    name: c.name,
    about: c.about,
    files: files.map((f) => f.name),
    expected: expected(c),
    outcome,
  });
  lines.push(`| ${c.name} | ${c.about} | ${expected(c)} | ${ms} | ${outcome} |`);
}
writeFileSync(join(out, "corpus.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(out, "corpus.md"), `${lines.join("\n")}\n`);
console.log(`${manifest.length} cases written to ${out} (corpus.json, corpus.md)`);

if (args.exceljs) measureExcelJs();

/**
 * Loads each file with exceljs's in-memory reader in its own process, bounded by a timeout:
 * time, peak memory, outcome, and keys it added to Object.prototype.
 */
function measureExcelJs() {
  const probe = `
    const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
    const before = Object.getOwnPropertyNames(Object.prototype);
    const started = performance.now();
    new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(
      () => report("loaded"),
      (error) => report("error: " + String(error.message).slice(0, 60)),
    );
    function report(outcome) {
      const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !before.includes(k));
      console.log(JSON.stringify({
        outcome, ms: Math.round(performance.now() - started),
        rssMb: Math.round(process.resourceUsage().maxRSS / 1024), added,
      }));
    }`;
  const rows = [
    "| case | exceljs 4.4.0 `xlsx.readFile` | ms | peak RSS MB | keys added to Object.prototype |",
    "|---|---|---|---|---|",
  ];
  for (const entry of manifest) {
    const file = join(out, entry.files[0]);
    const started = performance.now();
    const child = spawnSync(process.execPath, ["--max-old-space-size=2048", "-e", probe, file], {
      encoding: "utf8",
      timeout: Number(args.timeout) * 1000,
      killSignal: "SIGKILL",
    });
    const ms = Math.round(performance.now() - started);
    let cells;
    try {
      const r = JSON.parse(child.stdout.trim().split("\n").pop());
      cells = [r.outcome, r.ms, r.rssMb, r.added.join(" ") || "none"];
    } catch {
      const how =
        child.error?.code === "ETIMEDOUT"
          ? `killed after ${args.timeout} s`
          : `exit ${child.status ?? child.signal}: ${child.stderr.trim().split("\n").pop()?.slice(0, 60) ?? ""}`;
      cells = [how, ms, "", ""];
    }
    rows.push(`| ${entry.name} | ${cells.join(" | ")} |`);
    console.error(rows.at(-1));
  }
  writeFileSync(join(out, "exceljs.md"), `${rows.join("\n")}\n`);
  console.log(`exceljs measurements in ${join(out, "exceljs.md")}`);
}
