// A generated county's exports, in the national system's shape, through validate and merge.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { consolidate, planOutputs } from "../../../src/app";
import { generateCounty } from "../../../src/app/demo/county";
import type { PlantedError } from "../../../src/app/demo/county";
import { EXPORT_COLUMN_COUNTS, exportRegister } from "../../../src/app/demo/national-export";
import { resolveConfig } from "../../../src/core/resolve-config";
import { consolidatedToGrid } from "../../../src/core/consolidated/to-grid";
import { builtinStandard } from "../../../src/core/standard/builtin";
import { readWorkbookBytesInProcess } from "../../../src/xlsx/read-file";
import { inputOf } from "../../../src/xlsx/read-submissions";
import { writeConsolidated } from "../../../src/xlsx/write-consolidated";
import { writeXlsx } from "../../support/xlsx";

const standard = builtinStandard("monitoring")!;
const resolved = resolveConfig({
  lines: { monitoring: { "2023": 7_000, "2024": 7_500, "2025": 8_700 } },
});
if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
const config = resolved.config;
const county = generateCounty({ seed: 11 });
const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-monitoring-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each township's export written by exceljs, as another program would, and read back. */
async function readExports() {
  const files: string[] = [];
  for (const register of county.registers) {
    const file = path.join(dir, register.fileName);
    writeFileSync(file, await writeXlsx(consolidatedToGrid(exportRegister(county, register))));
    files.push(file);
  }
  return files.map((f) => inputOf(f, readBack(f)));
}

const readBack = (file: string) => readWorkbookBytesInProcess(readFileSync(file));
const where = (e: PlantedError) => `${path.basename(e.file)}|${e.sheet}|${e.rowNumber}`;

describe("the generated county's exports, validated and merged", () => {
  let outcome: ReturnType<typeof consolidate>;
  beforeAll(async () => {
    outcome = consolidate({
      inputs: await readExports(),
      standard,
      config,
      purpose: "merge",
    });
  }, 60_000);

  test("a 140-column export reads, its unknown columns one header-unknown info per sheet", () => {
    expect(EXPORT_COLUMN_COUNTS).toEqual([140, 20]);
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const unknown = outcome.result.issues.filter((i) => i.code === "header-unknown");
    expect(unknown.map((i) => [path.basename(i.file ?? ""), i.sheet, i.severity])).toEqual(
      // Files in path order: 东岭镇, 南坪镇, 西河乡.
      [...county.registers]
        .sort((a, b) => (a.fileName < b.fileName ? -1 : 1))
        .flatMap((r) => [
          [r.fileName, "households", "info"],
          [r.fileName, "measures", "info"],
        ]),
    );
    expect(outcome.result.issues.filter((i) => i.code === "header-missing")).toEqual([]);
  });

  test("a year without a line in the configuration is one warning per file, naming its key", () => {
    if (!outcome.ok) throw new Error(outcome.error.kind);
    const missing = outcome.result.issues.filter((i) => i.detail.reason === "line-missing");
    expect(missing.length).toBeGreaterThan(0);
    const keys = missing.map((i) => `${i.file}|${i.detail.expected}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The configuration here has the lines of 2023 to 2025 only.
    for (const issue of missing) {
      expect([issue.severity, issue.cell, issue.detail.expected]).toEqual([
        "warning",
        null,
        expect.stringMatching(/^lines\.monitoring\."20(1\d|2[0-2]|2[6-9])"$/),
      ]);
    }
  });

  test("every planted error is found where it was planted, and no other error", () => {
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const planted = new Map(county.errors.map((e) => [where(e), e.kind]));
    // What validation finds (a measure of a household merge rejected is the merge's, below).
    const found = outcome.result.issues
      .filter((i) => i.detail.reason !== "not-merged" && i.detail.reason !== "line-missing")
      .filter(
        (i) => i.severity === "error" || (i.sheet === "households" && i.severity === "warning"),
      )
      .map(
        (i) =>
          `${path.basename(i.file ?? "")}|${i.sheet}|${i.cell?.replace(/^[A-Z]+/, "")}|${i.code}`,
      );
    expect(new Set(found.map((f) => f.split("|").slice(0, 3).join("|")))).toEqual(
      new Set(planted.keys()),
    );
    const codeOf = (kind: PlantedError["kind"]) =>
      found
        .find((f) => f.startsWith(where(county.errors.find((e) => e.kind === kind)!) + "|"))!
        .split("|")[3];
    expect(codeOf("duplicate-id-number")).toBe("duplicate");
    expect(codeOf("bad-check-character")).toBe("range");
    expect(codeOf("eliminated-without-date")).toBe("consistency");
    expect(codeOf("income-mismatch")).toBe("consistency");
    expect(codeOf("monthly-wage")).toBe("range");
    expect(codeOf("no-development-measure")).toBe("consistency");
    expect(codeOf("unknown-household")).toBe("reference");
    expect(codeOf("moved-household")).toBe("cross-duplicate");
    // The measures of the four households rejected are rejected with them.
    const rejected = new Set(
      [
        "duplicate-id-number",
        "bad-check-character",
        "eliminated-without-date",
        "income-mismatch",
      ].map((kind) => {
        const e = county.errors.find((x) => x.kind === kind)!;
        return county.registers[0]!.households[e.rowNumber - 4]!.household_id;
      }),
    );
    const orphans = county.registers[0]!.measures.filter((m) => rejected.has(m.household_id!));
    const notMerged = outcome.result.issues.filter((i) => i.detail.reason === "not-merged");
    expect(notMerged).toHaveLength(orphans.length);
  });

  test("every row read is merged, superseded or rejected", () => {
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const { result } = outcome;
    const households = county.registers.reduce((n, r) => n + r.households.length, 0);
    const measures = county.registers.reduce((n, r) => n + r.measures.length, 0);
    expect(result.totals.households!.read).toBe(households);
    expect(result.totals.measures!.read).toBe(measures);
    for (const f of result.files) {
      for (const c of Object.values(f.rows)) {
        expect(c.merged + c.rejected + c.superseded).toBe(c.read);
      }
    }
    // Rejected: the repeated ID, the bad check character, the missing date, the income.
    expect(result.totals.households).toMatchObject({ rejected: 4, superseded: 1 });
    expect(result.unmerged.filter((u) => u.sheet === "households")).toHaveLength(5);
    const merged = result.rows.households!.map((r) => r.values.household_id);
    expect(new Set(merged).size).toBe(merged.length);
  });

  test("the consolidated workbook: every sheet, its rows, the standard in _meta", async () => {
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const planned = planOutputs(outcome, {
      purpose: "merge",
      mask: true,
      lang: "zh-CN",
      now: "2026-01-01T00:00:00Z",
      version: "test",
    });
    if (!planned.ok) throw new Error(planned.error.kind);
    const file = path.join(dir, "consolidated.xlsx");
    await writeConsolidated(file, planned.plan);
    const back = readBack(file);
    if (!back.ok) throw new Error(back.reason);
    const sheets = new Map(back.grid.sheets.map((s) => [s.name, s]));
    expect([...sheets.keys()]).toEqual([
      "汇总",
      "村级指标",
      "文件",
      "监测户",
      "帮扶措施",
      "问题清单",
      "未合并行",
      "_meta",
    ]);
    expect(sheets.get("监测户")!.rows).toHaveLength(1 + outcome.result.rows.households!.length);
    expect(sheets.get("村级指标")!.rows).toHaveLength(1 + 9);
    const meta = sheets.get("_meta")!.rows.map((r) => [r?.[0], r?.[1]]);
    expect(meta).toContainEqual(["standard", "monitoring"]);
    // --mask-ids: no ID number of the county is written whole anywhere.
    const ids = new Set(
      county.registers.flatMap((r) => r.households.map((h) => String(h.id_number))),
    );
    for (const s of back.grid.sheets) {
      for (const row of s.rows)
        for (const cell of row ?? []) expect(ids.has(String(cell))).toBe(false);
    }
  });
});
