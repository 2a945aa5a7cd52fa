// The JSON the installed command prints, on the demo's real workbooks, against the schemas
// docs/schemas/ is generated from (test/docs checks the committed files are current).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { z } from "zod";
import { IndicatorsReportSchema } from "../../src/core/indicators/report-schema";
import { MergeReportSchema } from "../../src/core/merge/report-schema";
import { ValidateReportSchema } from "../../src/core/validate/report-schema";
import { cliIn } from "../support/cli";
import { validForm, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-schemas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = cliIn(dir, 60_000);

function json(...args: string[]): unknown {
  const r = run(...args);
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.stdout);
}

/** Parsed by the schema and unchanged by it: no key the schema does not know. */
function expectConforms(schema: z.ZodType, document: unknown): void {
  const parsed = schema.safeParse(document);
  if (!parsed.success) throw new Error(parsed.error.message);
  expect(parsed.data).toEqual(document);
}

let submissions: string[];

beforeAll(async () => {
  expect(run("demo", "--out", "demo").code).toBe(0);
  const folder = path.join(dir, "demo", "submissions");
  // Beside the demo: a file with errors (issues with values) and one that is not a workbook.
  const bad = workbook({ form: { ...validForm(), contact_phone: "12345", period: "2018年" } });
  writeFileSync(path.join(folder, "bad.xlsx"), await writeXlsx(bad));
  writeFileSync(path.join(folder, "not-a-workbook.xlsx"), "agency,village\n");
  submissions = readdirSync(folder).map((name) => path.join(folder, name));
}, 120_000);

describe("JSON output conforms to its schema", () => {
  test.each(["zh-CN", "en"])("validate --json (--lang %s)", (lang) => {
    const doc = json("validate", ...submissions, "--json", "--lang", lang);
    expectConforms(ValidateReportSchema, doc);
    const codes = ValidateReportSchema.parse(doc).files.flatMap((f) => f.issues.map((i) => i.code));
    expect(codes).toEqual(expect.arrayContaining(["unreadable", "format", "normalized"]));
  });

  test("merge --json and --report, with a pairing list", () => {
    const first = MergeReportSchema.parse(
      json("merge", ...submissions, "--out", "a.xlsx", "--json"),
    );
    const pairings = path.join(dir, "pairings.csv");
    const paired = first.files.filter((f) => f.agency_code !== null);
    writeFileSync(
      pairings,
      [
        "agency_code,agency_name,village_code",
        ...paired.map((f) => `${f.agency_code},${f.agency_name},420116012215`),
      ].join("\n"),
    );
    const doc = json(
      "merge",
      ...submissions,
      "--out",
      "b.xlsx",
      "--pairings",
      pairings,
      "--report",
      "report.json",
      "--json",
    );
    expectConforms(MergeReportSchema, doc);
    const report = MergeReportSchema.parse(doc);
    expect(report.completeness).not.toBeNull();
    expect(report.villages.length).toBeGreaterThan(0);
    expect(report.issues.map((i) => i.code)).toContain("unpaired-village");
    expect(JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"))).toEqual(doc);
  });

  test("indicators --json", () => {
    const doc = json("indicators", ...submissions, "--json");
    expectConforms(IndicatorsReportSchema, doc);
    const report = IndicatorsReportSchema.parse(doc);
    expect(report.villages).toHaveLength(5);
    expect(report.totals.map((t) => [t.level, t.village_count])).toEqual([["city", 5]]);
  });

  test("indicators --json --by township: totals of every level", () => {
    const doc = json("indicators", ...submissions, "--json", "--by", "township");
    expectConforms(IndicatorsReportSchema, doc);
    const levels = IndicatorsReportSchema.parse(doc).totals.map((t) => t.level);
    expect(levels[0]).toBe("city");
    expect(levels).toContain("district");
    expect(levels).toContain("township");
  });
});
