// The bad-input corpus read as the CLI reads it (worker threads bounded in time and memory),
// each case against its expected outcome, then all of it merged with two good submissions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { planConsolidated } from "../../src/core/consolidated/plan";
import { readConsolidated } from "../../src/core/consolidated/read";
import { isFormulaCell } from "../../src/core/grid";
import { mergeSubmissions } from "../../src/core/merge/merge";
import type { MergeResult, RowCounts } from "../../src/core/merge/types";
import type { SubmissionFile } from "../../src/core/model";
import { DATA_SHEETS } from "../../src/core/spec/sheets";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import type { ValidatedFileResult } from "../../src/xlsx/read-file";
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { submissionOf as asSubmission } from "../../src/core/validate/submission-of";
import { inputOf } from "../../src/xlsx/read-submissions";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";
import { buildDirFor, compileReader } from "../ooxml/compile-reader";
import { partText } from "./build";
import {
  CASES,
  FORMULA_LIKE_TEXT,
  GOOD,
  fileNames,
  filledTemplate,
  seedOf,
  templateWithWholeColumnDropdowns,
} from "./cases";
import type { CorpusCase, ExpectedIssue } from "./cases";
import type { Issue } from "../../src/core/issues/issue";

type Reader = typeof import("../../src/xlsx/read-file");

/** A hang catcher, not a benchmark: no case may come near it. */
const CEILING_MS = 20_000;
const BUILD_DIR = buildDirFor("corpus-test");

interface BuiltFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

let reader: Reader;
let dir: string;
const built = new Map<CorpusCase, BuiltFile[]>();
const results = new Map<string, ValidatedFileResult>();

/** What a hostile name could change: the prototypes' keys, and probes for added ones. */
function prototypeState() {
  const probe: Record<string, unknown> = {};
  return {
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    polluted: probe.polluted,
    seven: probe[7],
    proto: Object.getPrototypeOf(probe) === Object.prototype,
  };
}
const PROTOTYPE_BEFORE = prototypeState();

const ALL = [...CASES, ...GOOD];

beforeAll(async () => {
  compileReader(BUILD_DIR);
  reader = (await import(join(BUILD_DIR, "xlsx", "read-file.js"))) as Reader;
  dir = mkdtempSync(join(tmpdir(), "aidsheet-corpus-"));
  for (const [index, c] of ALL.entries()) {
    const files: BuiltFile[] = [];
    for (const [copy, name] of fileNames(c).entries()) {
      const bytes = await c.build(seedOf(index), copy);
      const path = join(dir, name);
      writeFileSync(path, bytes);
      files.push({ path, bytes });
    }
    built.set(c, files);
  }
  const paths = [...built.values()].flat().map((f) => f.path);
  // As the CLI reads submissions: read and validated in bounded workers.
  const read = await reader.readAndValidateFiles(paths, DEFAULT_CONFIG, {
    timeoutMs: CEILING_MS,
    concurrency: 2,
  });
  paths.forEach((path, i) => results.set(path, read[i]!));
}, 300_000);

afterAll(() => {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function submissionOf(file: BuiltFile): SubmissionFile {
  return asSubmission(inputOf(file.path, results.get(file.path)!), DEFAULT_CONFIG);
}

test("the corpus has at least 40 cases, with distinct names", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

test("the template with whole-column dropdowns reads to the same grid as without them", async () => {
  const plain = readWorkbookBytesInProcess(await filledTemplate(7));
  const stretched = await templateWithWholeColumnDropdowns(7);
  expect(partText(stretched, "xl/worksheets/sheet6.xml")).toContain('sqref="A1:A1048576"');
  const read = readWorkbookBytesInProcess(stretched);
  expect(read.ok && read.grid).toEqual(plain.ok && plain.grid);
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("read in a worker: the expected outcome, no crash, no timeout", () => {
    for (const file of built.get(c)!) {
      const result = results.get(file.path)!;
      if (!result.ok) {
        // A crash or a bound reached is never the expected reason for a corpus case.
        expect(result.detail ?? "").not.toMatch(/^reader (error|stopped)/);
        expect(["timeout", "memory"]).not.toContain(result.reason);
      }
      const read = submissionOf(file).read;
      if ("unreadable" in c.expect) {
        expect(result.ok ? "readable" : result.reason).toBe(c.expect.unreadable);
        expect(read.issues.map((i) => [i.code, i.detail.reason])).toEqual([
          ["unreadable", c.expect.unreadable],
        ]);
        expect(read.rejected).toBe(true);
        continue;
      }
      expect(result.ok ? "readable" : `${result.reason} ${result.detail ?? ""}`).toBe("readable");
      const expected = c.expect.issues ?? [];
      const matches = (i: Issue, [sheet, cell, code, reason]: ExpectedIssue) =>
        i.sheet === sheet &&
        i.cell === cell &&
        i.code === code &&
        (reason === undefined || i.detail.reason === reason);
      expect(expected.filter((x) => !read.issues.some((i) => matches(i, x)))).toEqual([]);
      const unexpectedErrors = read.issues.filter(
        (i) => i.severity === "error" && !expected.some((x) => matches(i, x)),
      );
      expect(unexpectedErrors.map((i) => [i.sheet, i.cell, i.code, i.detail.reason])).toEqual([]);
      for (const code of ["unreadable", ...(c.expect.without ?? [])]) {
        expect(read.issues.map((i) => i.code)).not.toContain(code);
      }
      c.expect.check?.(submissionOf(file));
    }
  });

  test("read and validated in process: the same result, prototypes untouched, bounded time", () => {
    for (const file of built.get(c)!) {
      const started = Date.now();
      const result = readWorkbookBytesInProcess(file.bytes);
      const inProcess = asSubmission(inputOf(file.path, result), DEFAULT_CONFIG);
      expect(Date.now() - started).toBeLessThan(CEILING_MS);
      expect(prototypeState()).toEqual(PROTOTYPE_BEFORE);
      expect(inProcess).toEqual(submissionOf(file));
    }
  });
});

describe("the whole corpus in one merge with two good submissions", () => {
  let files: SubmissionFile[];
  let result: MergeResult;
  let out: string;

  beforeAll(() => {
    files = [...built.values()].flat().map(submissionOf);
    const outcome = mergeSubmissions(files, { config: DEFAULT_CONFIG });
    if (!outcome.ok) throw new Error(`merge refused: ${outcome.error.kind}`);
    result = outcome.result;
  });

  const outcomeOf = (path: string) => result.files.find((f) => f.file === path)!;

  test("every file has the status its case expects; unreadable files are rejected with nothing read", () => {
    const statuses = ALL.flatMap((c) =>
      built.get(c)!.map((f, copy) => {
        const expected =
          "unreadable" in c.expect
            ? "rejected"
            : typeof c.expect.status === "string"
              ? c.expect.status
              : c.expect.status[copy];
        return [c.name, copy, outcomeOf(f.path).status, expected];
      }),
    );
    expect(statuses.filter(([, , actual, expected]) => actual !== expected)).toEqual([]);
    for (const c of CASES.filter((k) => "unreadable" in k.expect)) {
      for (const f of built.get(c)!) {
        for (const s of DATA_SHEETS) expect(outcomeOf(f.path).rows[s].read).toBe(0);
      }
    }
  });

  test("row counts as each case expects; the good files' rows are all merged", () => {
    const mismatches: unknown[] = [];
    for (const c of CASES) {
      if ("unreadable" in c.expect) continue;
      const rows = outcomeOf(built.get(c)![0]!.path).rows;
      for (const [sheet, counts] of Object.entries(c.expect.rows ?? {})) {
        const actual = rows[sheet as keyof typeof rows];
        for (const [key, value] of Object.entries(counts)) {
          if (actual[key as keyof RowCounts] !== value) {
            mismatches.push([c.name, sheet, key, actual[key as keyof RowCounts], value]);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    for (const good of GOOD) {
      const counts = outcomeOf(built.get(good)![0]!.path).rows;
      expect(counts.households).toEqual({ read: 2, merged: 2, rejected: 0, superseded: 0 });
      for (const s of DATA_SHEETS) expect(counts[s].merged).toBe(counts[s].read);
    }
  });

  test("nothing lost: read = merged + rejected + superseded for every file, sheet and in total", () => {
    const broken: unknown[] = [];
    const sum = { read: 0, merged: 0, rejected: 0, superseded: 0 };
    for (const f of result.files) {
      for (const s of DATA_SHEETS) {
        const c = f.rows[s];
        if (c.read !== c.merged + c.rejected + c.superseded) broken.push([f.name, s, c]);
      }
    }
    for (const s of DATA_SHEETS) {
      const t = result.totals[s];
      if (t.read !== t.merged + t.rejected + t.superseded) broken.push(["totals", s, t]);
      const perFile = result.files.reduce((n, f) => n + f.rows[s].read, 0);
      if (perFile !== t.read) broken.push(["totals vs files", s, perFile, t.read]);
      expect(result.rows[s].length).toBe(t.merged);
      sum.read += t.read;
    }
    expect(broken).toEqual([]);
    expect(result.totals.households.read).toBeGreaterThan(20_000);
    expect(prototypeState()).toEqual(PROTOTYPE_BEFORE);
  });

  test("the consolidated workbook is written, holds no formula, link or foreign part, and reads back", async () => {
    out = join(dir, "consolidated.xlsx");
    await writeConsolidated(
      out,
      planConsolidated(result, {
        mask: false,
        createdAt: "2018-12-31T08:00:00Z",
        version: "0.0.0-corpus",
      }),
    );
    const bytes = new Uint8Array(readFileSync(out));
    const parts = unzipSync(bytes);
    const names = Object.keys(parts);
    expect(
      names.filter((n) => /externalLink|connections|vba|embeddings|customXml|media/i.test(n)),
    ).toEqual([]);
    for (const name of names.filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml"))) {
      const xml = strFromU8(parts[name]!);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toMatch(/<hyperlink/);
    }
    const relationships = names.filter((n) => n.endsWith(".rels")).map((n) => strFromU8(parts[n]!));
    expect(relationships.join("")).not.toMatch(/hyperlink|TargetMode="External"/);

    const read = readXlsx(bytes);
    if (!read.ok) throw new Error(`consolidated workbook unreadable: ${read.reason}`);
    const cells = read.grid.sheets.flatMap((s) => s.rows.flatMap((r) => r ?? []));
    expect(cells.filter((cell) => isFormulaCell(cell))).toEqual([]);
    // The 40,000-character note is kept in 未合并行, cut to what a cell can hold.
    const longest = cells.reduce<number>(
      (n, cell) => Math.max(n, typeof cell === "string" ? cell.length : 0),
      0,
    );
    expect(longest).toBe(32_767);
    // Formula-like text arrives as the same text, in string cells.
    for (const text of Object.values(FORMULA_LIKE_TEXT)) {
      expect(cells).toContain(text.normalize("NFKC").trim());
    }
    const data = readConsolidated(read.grid);
    expect(data?.files.map((f) => f.status)).toEqual(result.files.map((f) => f.status));
    expect(data?.rows.households.length).toBe(result.rows.households.length);

    // Another program opens it too.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("贫困户")!.rowCount).toBe(result.rows.households.length + 1);
    expect(prototypeState()).toEqual(PROTOTYPE_BEFORE);
  }, 120_000);
});
