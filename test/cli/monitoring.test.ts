// The monitoring standard from the command line, as users run it.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { RegisterReportSchema } from "../../src/core/register/report-schema";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-monitoring-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = cliIn(dir, 120_000);

describe("aidsheet with --standard monitoring", () => {
  let demo: ReturnType<typeof run>;
  beforeAll(() => {
    demo = run("demo", "--standard", "monitoring", "--out", "demo");
  });

  test("demo writes a county's three registers and merges them; the planted errors exit 1", () => {
    expect(demo.stderr).toBe("");
    expect(demo.code).toBe(1);
    expect(readdirSync(path.join(dir, "demo", "registers")).sort()).toEqual([
      "东岭镇-防止返贫监测对象.xlsx",
      "南坪镇-防止返贫监测对象.xlsx",
      "西河乡-防止返贫监测对象.xlsx",
    ]);
    const report = RegisterReportSchema.parse(
      JSON.parse(readFileSync(path.join(dir, "demo", "merge-report.json"), "utf8")),
    );
    expect(report.standard).toBe("monitoring");
    expect(report.villages).toHaveLength(9);
    expect(report.areas.map((a) => [a.level, a.name])).toEqual([
      ["county", "示例县"],
      ["township", "东岭镇"],
      ["township", "南坪镇"],
      ["township", "西河乡"],
    ]);
    expect(report.totals.households).toMatchObject({ rejected: 4, superseded: 1 });
  });

  test("indicators --json prints the same areas; merge --json the same report", () => {
    const registers = path.join("demo", "registers");
    const indicators = run("indicators", "--standard", "monitoring", "--json", registers);
    expect(indicators.code).toBe(1);
    const report = RegisterReportSchema.parse(JSON.parse(indicators.stdout));
    const demoReport = JSON.parse(
      readFileSync(path.join(dir, "demo", "merge-report.json"), "utf8"),
    );
    expect(report.areas).toEqual(demoReport.areas);
    const text = run("indicators", "--standard", "monitoring", "--by", "township", registers);
    expect(text.stdout).toContain("示例县");
    expect(text.stdout).toContain("风险消除占比");
  });

  test("options of paired reports are refused with a register standard (exit 2)", () => {
    const r = run(
      "merge",
      "--standard",
      "monitoring",
      "--out",
      "x.xlsx",
      "--period",
      "2025",
      "demo/registers",
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--period");
  });
});
