import { resolveConfig } from "../../../src/core/resolve-config";
import { renderMessage } from "../../../src/core/messages/render";
import type { Config } from "../../../src/core/config";
import type { SubmissionFile } from "../../../src/core/model";
import { consolidateRegisters } from "../../../src/core/register/consolidate";
import type { RegisterArea } from "../../../src/core/register/types";
import { parse } from "jsonc-parser";
import { builtinStandard } from "../../../src/core/standard/builtin";
import { loadPackage } from "../../../src/core/standard/load";
import { validateWorkbook } from "../../../src/core/validate/validate-workbook";
import { registerGrid } from "../../support/register";
import type { RegisterRows } from "../../support/register";
import { JIA, LINES, YI } from "./small-county";

const standard = builtinStandard("monitoring")!;
const resolved = resolveConfig({ lines: LINES });
if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
const config: Config = resolved.config;

function file(name: string, tables: RegisterRows): SubmissionFile {
  const read = validateWorkbook(registerGrid(standard, tables), { config, standard });
  return { file: name, name, sha256: null, read };
}

const files = [file("1-甲镇.xlsx", JIA), file("2-乙乡.xlsx", YI)];
const consolidate = (inputs: SubmissionFile[]) => consolidateRegisters(inputs, standard, config);
const result = consolidate(files);

function values(area: RegisterArea | undefined): Record<string, number | null> {
  if (!area) throw new Error("no such area");
  return Object.fromEntries(Object.entries(area.indicators).map(([k, s]) => [k, s.value]));
}

describe("a small county's registers merged", () => {
  test("every row merged, superseded or rejected, per file and sheet", () => {
    const counts = result.files.map((f) => [f.file, f.rows]);
    expect(counts).toEqual([
      [
        "1-甲镇.xlsx",
        {
          households: { read: 4, merged: 4, rejected: 0, superseded: 0 },
          measures: { read: 6, merged: 6, rejected: 0, superseded: 0 },
        },
      ],
      [
        "2-乙乡.xlsx",
        {
          households: { read: 4, merged: 2, rejected: 1, superseded: 1 },
          measures: { read: 3, merged: 1, rejected: 1, superseded: 1 },
        },
      ],
    ]);
    expect(result.totals).toEqual({
      households: { read: 8, merged: 6, rejected: 1, superseded: 1 },
      measures: { read: 9, merged: 7, rejected: 1, superseded: 1 },
    });
    expect(result.rows.households!.map((r) => r.values.household_id)).toEqual([
      "H1",
      "H2",
      "H3",
      "H4",
      "H5",
      "H6",
    ]);
  });

  test("未合并行 says why: the repeat of a key, the row's error, a measure of a rejected household", () => {
    const unmerged = result.unmerged.map((u) => [u.sheet, u.rowNumber, u.outcome, u.codes]);
    expect(unmerged).toEqual([
      ["households", 4, "superseded", ["cross-duplicate"]],
      ["households", 5, "rejected", ["consistency"]],
      ["measures", 3, "superseded", ["cross-duplicate"]],
      ["measures", 4, "rejected", ["reference"]],
    ]);
    const merge = result.issues
      .filter((i) => i.code === "cross-duplicate" || i.detail.reason === "not-merged")
      .map((i) => [i.file, i.sheet, i.cell, i.code, i.severity, i.detail.items ?? null]);
    expect(merge).toEqual([
      ["2-乙乡.xlsx", "households", "E4", "cross-duplicate", "warning", ["1-甲镇.xlsx"]],
      ["2-乙乡.xlsx", "measures", "A3", "cross-duplicate", "warning", ["1-甲镇.xlsx"]],
      ["2-乙乡.xlsx", "measures", "A4", "reference", "error", null],
    ]);
  });

  test("a file without 监测户 is rejected whole: its measures too, with the missing sheet", () => {
    const lone = consolidate([...files, file("3-丙镇.xlsx", { measures: YI.measures })]);
    const rejected = lone.files.find((f) => f.file === "3-丙镇.xlsx")!;
    expect(rejected.status).toBe("rejected");
    expect(rejected.rows.measures).toEqual({ read: 3, merged: 0, rejected: 3, superseded: 0 });
    const why = lone.unmerged.filter((u) => u.file === "3-丙镇.xlsx").map((u) => u.codes);
    // Each also fails its own rule: its household is on no 监测户 of the file.
    expect(why).toEqual(Array(3).fill(["sheet-missing", "reference"]));
    expect(lone.rows).toEqual(result.rows);
  });

  test("the merge's issues say what happened, in the standard's words", () => {
    const messages = result.issues
      .filter((i) => i.code === "cross-duplicate" || i.detail.reason === "not-merged")
      .map((i) => renderMessage(i, "zh-CN", standard.sheets));
    expect(messages).toEqual([
      "合并键（户编号等）与 1-甲镇.xlsx 第 2 行相同，已采用该行，本行被替代",
      "合并键（户编号等）与 1-甲镇.xlsx 第 2 行相同，已采用该行，本行被替代",
      "“户编号” (H7)在“监测户”中的行未合并，本行随之未合并",
    ]);
  });

  test("the order the files come in changes nothing", () => {
    expect(consolidate([...files].reverse())).toEqual(result);
  });

  test("indicators per village, worked out by hand", () => {
    expect(result.villages.map((v) => [v.code, v.name, v.township])).toEqual([
      ["429901200301", "三村", "乙乡"],
      ["429901100201", "一村", "甲镇"],
      ["429901100202", "二村", "甲镇"],
    ]);
    const [three, one, two] = result.villages;
    expect(values(one)).toEqual({
      households: 2,
      households_unstable: 1,
      households_marginal: 1,
      households_sudden: 0,
      eliminated_share: 1,
      development_share: 1,
      days_to_first_measure: 12, // (10 + 14) / 2
    });
    expect(values(two)).toEqual({
      households: 2,
      households_unstable: 1,
      households_marginal: 0,
      households_sudden: 1,
      eliminated_share: 0.5,
      development_share: 0.5, // H3 has only 综合保障
      days_to_first_measure: 25, // (20 + 30) / 2
    });
    expect(values(three)).toEqual({
      households: 2,
      households_unstable: 0,
      households_marginal: 2,
      households_sudden: 0,
      eliminated_share: 0.5,
      development_share: 0.5,
      days_to_first_measure: 4, // H5 has no measure: only H6 counts
    });
  });

  test("townships and the county add up numerators and denominators, then divide", () => {
    expect(result.areas.map((a) => [a.level, a.name, a.villages])).toEqual([
      ["county", "示例县", 3],
      ["township", "乙乡", 1],
      ["township", "甲镇", 2],
    ]);
    const [county, yi, jia] = result.areas;
    expect(values(jia)).toEqual({
      households: 4,
      households_unstable: 2,
      households_marginal: 1,
      households_sudden: 1,
      eliminated_share: 0.75,
      development_share: 0.75,
      days_to_first_measure: 18.5, // 74 / 4
    });
    expect(values(yi)).toEqual(values(three()));
    const c = values(county);
    expect(c).toMatchObject({ households: 6, households_unstable: 2, households_marginal: 3 });
    expect(c.eliminated_share).toBeCloseTo(4 / 6, 12);
    expect(c.development_share).toBeCloseTo(4 / 6, 12);
    // 78 days over 5 households with a measure: not the mean of the townships' 18.5 and 4.
    expect(c.days_to_first_measure).toBeCloseTo(15.6, 12);
    expect(county!.indicators.days_to_first_measure).toEqual({
      numerator: 78,
      denominator: 5,
      value: 15.6,
    });
  });

  test("a share over no household is null, never 0", () => {
    const empty = consolidate([file("1-甲镇.xlsx", { households: [], measures: [] })]);
    expect(empty.villages).toEqual([]);
    const lone = consolidate([
      file("1-甲镇.xlsx", { households: [JIA.households[2]!], measures: [] }),
    ]);
    expect(values(lone.villages[0])).toMatchObject({
      households: 1,
      development_share: 0,
      days_to_first_measure: null,
    });
  });
});

function three(): RegisterArea {
  return result.villages[0]!;
}

describe("an indicator that needs a line the configuration lacks", () => {
  const pkg = parse(standard.source) as { id: string; indicators: Record<string, unknown>[] };
  const withLine = loadPackage(
    JSON.stringify({
      ...pkg,
      id: "monitoring-above-line",
      indicators: [
        ...pkg.indicators,
        {
          key: "above_line",
          label: { zh: "高于监测线户数", en: "Households above the line" },
          format: "count",
          sheet: "households",
          numerator: 'income_per_capita >= LINE("monitoring", 2026)',
        },
      ],
    }),
  );
  if (!withLine.ok) throw new Error(JSON.stringify(withLine.errors));

  test("is one warning of the merge, whatever the files, naming the key to set", () => {
    const merged = consolidateRegisters(files, withLine.standard, config);
    const missing = merged.issues.filter((i) => i.detail.reason === "line-missing");
    expect(missing.map((i) => [i.file ?? null, i.sheet, i.detail.expected])).toEqual([
      [null, null, 'lines.monitoring."2026"'],
    ]);
    expect(values(merged.areas[0])).toMatchObject({ above_line: 0 });
    expect(result.issues.filter((i) => i.detail.reason === "line-missing")).toEqual([]);
  });
});
