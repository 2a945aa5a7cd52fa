import type { SheetGrid } from "../../../src/core/grid";
import { loadPackage } from "../../../src/core/standard/load";
import type { Standard } from "../../../src/core/standard/standard";
import { renderMessage } from "../../../src/core/messages/render";
import { validateWorkbook } from "../../../src/core/validate/validate-workbook";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { resolveConfig } from "../../../src/core/resolve-config";
import type { Config } from "../../../src/core/config";
import { builtinStandard } from "../../../src/core/standard/builtin";
import { registerGrid } from "../../support/register";
import { JIA, LINES } from "../register/small-county";
import { REGION_EXTENSION_TEXT, regionStandard, regionWorkbook } from "../../support/region";
import { workbook } from "../../support/workbook";

function load(text: string): Standard {
  const result = loadPackage(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.standard;
}

const REGION = regionStandard();

const flat = (issues: readonly { sheet: string | null; cell: string | null; code: string }[]) =>
  issues.map((i) => [i.sheet, i.cell, i.code]);

describe("a region's extension of the 2018 standard", () => {
  const grid = (labour: (number | string | null)[]) => regionWorkbook(labour, "劳动力");

  test("its field is read by its alias and typed; the 2018 standard does not know the column", () => {
    const read = validateWorkbook(grid([2, null, 1]), { standard: REGION });
    expect(read.tables.households!.rows.map((r) => r.values.labour_count)).toEqual([2, null, 1]);
    expect(flat(read.issues)).toEqual([]);
    const plain = validateWorkbook(grid([2, null, 1]));
    expect(flat(plain.issues)).toEqual([["households", "K1", "header-unknown"]]);
  });

  test("a value of the wrong type in its field is an error at its cell", () => {
    const read = validateWorkbook(grid(["两个"]), { standard: REGION });
    expect(flat(read.issues)).toEqual([["households", "K2", "type"]]);
    expect(read.tables.households!.rows[0]!.valid).toBe(false);
  });

  test("its rule is an issue at the field's cell, with the rule's text in each language", () => {
    const read = validateWorkbook(grid([2, 5, null]), { standard: REGION });
    expect(flat(read.issues)).toEqual([["households", "K3", "consistency"]]);
    const issue = read.issues[0]!;
    expect(issue.detail).toMatchObject({ expected: "labour-within-household" });
    expect(renderMessage(issue, "zh-CN", REGION.sheets)).toBe("劳动力人数不得多于家庭人口");
    expect(renderMessage(issue, "en", REGION.sheets)).toBe(
      "Members able to work cannot outnumber the household",
    );
    expect(read.tables.households!.rows.map((r) => r.valid)).toEqual([true, false, true]);
  });

  test("a rule that fails at run time is one warning naming it, never a crash", () => {
    const text = REGION_EXTENSION_TEXT;
    const broken = load(
      text.replace('"labour_count <= household_size"', '"ABS(head_name & \\"x\\") >= 0"'),
    );
    const read = validateWorkbook(grid([1, 2, 3]), { standard: broken });
    expect(read.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["plausibility", "warning", null],
    ]);
    expect(renderMessage(read.issues[0]!, "en", broken.sheets)).toBe(
      'Rule "labour-within-household" could not be evaluated (type: text is not a number); some rows were not checked by it',
    );
    expect(renderMessage(read.issues[0]!, "zh-CN", broken.sheets)).toBe(
      "规则“labour-within-household”无法计算（值的类型不符），部分行未经此规则检查",
    );
  });

  test("the 2018 workflow's results are unchanged by the extension", () => {
    const base = workbook();
    expect(validateWorkbook(base, { standard: REGION })).toEqual(validateWorkbook(base));
  });
});

describe("a line the configuration lacks", () => {
  const monitoring = builtinStandard("monitoring")!;
  const grid = registerGrid(monitoring, JIA);
  const missing = (config: Config) =>
    validateWorkbook(grid, { standard: monitoring, config }).issues.filter(
      (i) => i.detail.reason === "line-missing",
    );

  test("is one warning per line and year, naming the key to set, in each language", () => {
    const issues = missing(DEFAULT_CONFIG);
    // JIA's households eliminated their risk in 2024 and 2025.
    expect(issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.detail.expected])).toEqual([
      ["plausibility", "warning", "households", null, 'lines.monitoring."2024"'],
      ["plausibility", "warning", "households", null, 'lines.monitoring."2025"'],
    ]);
    expect(renderMessage(issues[1]!, "zh-CN", monitoring.sheets)).toBe(
      '区域配置中没有 2025 年的“monitoring”线，用到它的规则和指标未计算：请在配置中设置 lines.monitoring."2025"',
    );
    expect(renderMessage(issues[1]!, "en", monitoring.sheets)).toBe(
      'The configuration has no "monitoring" line for 2025: the rules and indicators using it were not computed. Set lines.monitoring."2025" in the configuration',
    );
  });

  test("is none when the configuration has the line", () => {
    const config = resolveConfig({ lines: LINES });
    if (!config.ok) throw new Error("config");
    expect(missing(config.config)).toEqual([]);
  });
});

describe("reading a wide export against a register standard", () => {
  const standard = load(
    JSON.stringify({
      format: "aidsheet-standard/1",
      id: "wide",
      version: "1",
      name: { zh: "宽表", en: "Wide" },
      template_id: "wide/1",
      workflow: "register",
      sheets: [
        {
          key: "households",
          name: { zh: "监测户", en: "Households" },
          aliases: ["户信息"],
          layout: "table",
          required: true,
          reject_file_when_missing: true,
          fields: [
            {
              key: "household_id",
              label: { zh: "户编号", en: "Household id" },
              type: "text",
              required: true,
            },
            {
              key: "size",
              label: { zh: "家庭人口", en: "Size" },
              aliases: ["家庭人口数"],
              type: "count",
            },
            { key: "village", label: { zh: "行政村", en: "Village" }, type: "text" },
          ],
        },
      ],
      lists: {},
      merge: { households: { key: ["household_id"] } },
      indicators: [],
    }),
  );
  const extra = Array.from({ length: 127 }, (_, i) => `其他列${i + 1}`);
  const sheet: SheetGrid = {
    name: "户信息",
    rows: [
      ["全国防返贫监测信息系统导出"],
      ["导出日期：2026-01-05"],
      ["户编号", ...extra.slice(0, 60), "家庭人口数", ...extra.slice(60), "行政村"],
      [
        "H001",
        ...extra.slice(0, 60).map(() => "x"),
        4,
        ...extra.slice(60).map(() => null),
        "东山村",
      ],
    ],
    merges: [],
  };

  test("finds the header under title rows, found by alias, with one info for the unknown columns", () => {
    const read = validateWorkbook({ sheets: [sheet] }, { standard });
    expect(read.rejected).toBe(false);
    expect(read.tables.households!.rows.map((r) => r.values)).toEqual([
      { household_id: "H001", size: 4, village: "东山村" },
    ]);
    expect(read.issues.map((i) => [i.code, i.severity, i.cell, i.detail.limit])).toEqual([
      ["header-unknown", "info", "B3", 127],
    ]);
  });

  test("a file without the sheet is rejected whole", () => {
    const read = validateWorkbook({ sheets: [{ ...sheet, name: "别的" }] }, { standard });
    expect(read.rejected).toBe(true);
    expect(flat(read.issues)).toEqual([["households", null, "sheet-missing"]]);
  });
});
