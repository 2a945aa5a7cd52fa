// Personal data (docs/issue-codes.md, docs/merge.md, docs/limits.md): ID numbers and names of
// households, valid or not, never reach the terminal or a report, and --mask-ids masks them in
// every sheet of the workbook.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { fakeId18 } from "../support/ids";
import { submission } from "./build";

const BIN = path.resolve(__dirname, "../../bin/aidsheet.js");
const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-personal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: dir,
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** A check character that is wrong for these 17 digits. */
function wrongCheck(id: string): string {
  return id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");
}

function idWithCheckX(from: number): string {
  for (let seed = from; ; seed++) if (fakeId18(seed).endsWith("X")) return fakeId18(seed);
}

// Names no message or label contains, so that finding one means it leaked.
const NAMES = [
  "甄士隐",
  "贾雨村",
  "封肃",
  "冷子兴",
  "娇杏",
  "霍启",
  "葫芦僧",
  `${"长".repeat(201)}名`,
];
const ID = {
  valid: fakeId18(500),
  badCheck: wrongCheck(fakeId18(501)),
  duplicated: fakeId18(502),
  asNumber: fakeId18(503),
  lowerX: idWithCheckX(504).toLowerCase(),
  badSize: fakeId18(520),
  crossVillage: fakeId18(521),
};
/**
 * What must never be seen: every ID (upper-cased too), its first 10 digits, every name, and
 * the ID typed as a number as programs print it (4.20116195…e+17).
 */
const SECRETS = [
  ...Object.values(ID).flatMap((id) => [id, id.toUpperCase(), id.slice(0, 10)]),
  Number(ID.asNumber).toExponential().slice(0, 10),
  ...NAMES,
];

function leaks(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret));
}

let files: string[];

beforeAll(async () => {
  const a = path.join(dir, "a.xlsx");
  const b = path.join(dir, "b.xlsx");
  writeFileSync(
    a,
    await submission(600, (c) => {
      const h = c.tables.households[0]!;
      c.tables.households = [
        { ...h, id_number: ID.valid, head_name: NAMES[0]! },
        { ...h, id_number: ID.badCheck, head_name: NAMES[1]! },
        { ...h, id_number: ID.duplicated, head_name: NAMES[2]! },
        { ...h, id_number: ID.duplicated, head_name: NAMES[3]! },
        { ...h, id_number: Number(ID.asNumber), head_name: NAMES[4]! },
        { ...h, id_number: ID.lowerX, head_name: NAMES[5]! },
        { ...h, id_number: ID.badSize, head_name: NAMES[7]!, household_size: 99 },
      ];
    }),
  );
  writeFileSync(
    b,
    await submission(601, (c) => {
      const h = c.tables.households[0]!;
      c.tables.households = [
        { ...h, id_number: ID.valid, head_name: NAMES[6]! },
        { ...h, id_number: ID.crossVillage, head_name: NAMES[6]!, village_code: "420116008204" },
      ];
    }),
  );
  files = [a, b];
});

test("the fixtures hold what they should: the IDs and names are in the input files", () => {
  const read = readXlsx(new Uint8Array(readFileSync(files[0]!)));
  const text = JSON.stringify(read);
  expect(text).toContain(ID.valid);
  expect(text).toContain(NAMES[0]);
});

test.each(
  [["validate", "--json"], ["validate"], ["validate", "--lang", "en"]].map((args) => [
    args.join(" "),
    args,
  ]),
)("%s: issues about these households, and none of their IDs or names", (_label, args) => {
  const r = run(...(args as string[]), ...files);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/checksum|校验/);
  expect(r.out).toMatch(/id-as-number|duplicate|重复/);
  expect(leaks(r.out)).toEqual([]);
});

test("indicators --json: no ID or name", () => {
  const r = run("indicators", "--json", ...files);
  expect(JSON.parse(r.out.trim()).villages).toBeDefined();
  expect(leaks(r.out)).toEqual([]);
});

test("merge --json, text and --report: no ID or name on the terminal or in the report; the workbook's issue sheet has none either", async () => {
  const out = path.join(dir, "merged.xlsx");
  const report = path.join(dir, "report.json");
  const json = run("merge", ...files, "--out", out, "--json", "--report", report);
  expect(json.code).toBe(1);
  const codes = (JSON.parse(json.out.trim()) as { issues: { code: string }[] }).issues.map(
    (i) => i.code,
  );
  expect(codes).toEqual(
    expect.arrayContaining([
      "checksum",
      "duplicate",
      "type",
      "range",
      "normalized",
      "cross-duplicate",
    ]),
  );
  expect(leaks(json.out)).toEqual([]);
  expect(leaks(readFileSync(report, "utf8"))).toEqual([]);
  const text = run("merge", ...files, "--out", out, "--lang", "en");
  expect(text.code).toBe(1);
  expect(leaks(text.out)).toEqual([]);

  // Unmasked, the household sheets hold the IDs (they are the data); 问题清单 never does.
  const grid = readXlsx(new Uint8Array(readFileSync(out)));
  if (!grid.ok) throw new Error("merged workbook unreadable");
  const sheet = (name: string) =>
    JSON.stringify(grid.grid.sheets.find((s) => s.name === name)?.rows);
  expect(sheet("贫困户")).toContain(ID.valid);
  expect(leaks(sheet("问题清单"))).toEqual([]);
});

test("--mask-ids: no ID, 10-digit prefix or name in any sheet; IDs as 6 + ******** + 4, names as 1 + *", () => {
  const out = path.join(dir, "masked.xlsx");
  const r = run("merge", ...files, "--out", out, "--mask-ids");
  expect(r.code).toBe(1);
  expect(leaks(r.out)).toEqual([]);
  const read = readXlsx(new Uint8Array(readFileSync(out)));
  if (!read.ok) throw new Error("masked workbook unreadable");
  const names = read.grid.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["贫困户", "未合并行", "问题清单"]));
  for (const s of read.grid.sheets) {
    expect([s.name, leaks(JSON.stringify(s.rows))]).toEqual([s.name, []]);
  }
  const all = JSON.stringify(read.grid.sheets.map((s) => s.rows));
  expect(all).toContain(`${ID.valid.slice(0, 6)}********${ID.valid.slice(-4)}`);
  expect(all).toContain(`${NAMES[0]![0]}*`);
  // Rejected rows are masked in 未合并行 too.
  const unmerged = JSON.stringify(read.grid.sheets.find((s) => s.name === "未合并行")?.rows);
  expect(unmerged).toContain(`${ID.badCheck.slice(0, 6)}********${ID.badCheck.slice(-4)}`);
});
