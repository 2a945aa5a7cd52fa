// The rules of consolidation that every host shares, on inputs built as grids.
import {
  consolidate,
  consolidateErrorText,
  indicatorsOf,
  pairedOnlyOption,
  planOutputs,
  summarize,
} from "../../src/app";
import { generateCounty } from "../../src/app/demo/county";
import { exportRegister } from "../../src/app/demo/national-export";
import { builtinStandard } from "../../src/core/standard/builtin";
import type { ConsolidateRequest } from "../../src/app";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { consolidatedToGrid } from "../../src/core/consolidated/to-grid";
import type { InputFile } from "../../src/core/model";
import type { WorkbookGrid } from "../../src/core/grid";
import { validForm, workbook } from "../support/workbook";

const input = (file: string, grid: WorkbookGrid): InputFile => ({
  file,
  name: file,
  sha256: null,
  content: { ok: true, grid },
});
const request = (parts: Partial<ConsolidateRequest>): ConsolidateRequest => ({
  inputs: [],
  purpose: "merge",
  config: DEFAULT_CONFIG,
  ...parts,
});
const STAMP = { lang: "zh-CN", now: "2019-01-10T08:00:00Z", version: "0.0.0-test" } as const;

function consolidated(mask: boolean): InputFile {
  const outcome = consolidate(request({ inputs: [input("a.xlsx", workbook())] }));
  if (!outcome.ok) throw new Error(outcome.error.kind);
  const planned = planOutputs(outcome, { ...STAMP, purpose: "merge", mask });
  if (!planned.ok) throw new Error(planned.error.kind);
  return input("consolidated.xlsx", consolidatedToGrid(planned.plan));
}

const blank: WorkbookGrid = { sheets: [{ name: "Sheet1", rows: [], merges: [] }] };

describe("consolidate", () => {
  test("a blank workbook to merge into starts afresh, as merging without one", () => {
    const outcome = consolidate(
      request({ inputs: [input("a.xlsx", workbook())], into: input("b.xlsx", blank) }),
    );
    expect(outcome).toMatchObject({ ok: true, intoBlank: true });
  });

  test("a submission to merge into is refused, naming it", () => {
    const outcome = consolidate(request({ into: input("s.xlsx", workbook()) }));
    expect(outcome).toEqual({ ok: false, error: { kind: "not-consolidated", file: "s.xlsx" } });
  });

  test("a consolidated workbook among the inputs is merged into; two are refused", () => {
    const one = consolidate(request({ inputs: [consolidated(false)] }));
    expect(one.ok && one.result.files.map((f) => f.file)).toEqual(["a.xlsx"]);
    const two = consolidate(request({ inputs: [consolidated(false)], into: consolidated(false) }));
    expect(two).toEqual({
      ok: false,
      error: { kind: "several-consolidated", files: ["consolidated.xlsx", "consolidated.xlsx"] },
    });
  });

  test("a masked workbook: refused to merge into, but its indicators are read", () => {
    const masked = consolidated(true);
    expect(consolidate(request({ into: masked }))).toEqual({
      ok: false,
      error: { kind: "masked-into" },
    });
    const grid = masked.content.ok && "grid" in masked.content ? masked.content.grid : blank;
    const outcome = indicatorsOf(grid, DEFAULT_CONFIG);
    expect(
      outcome.ok &&
        outcome.workflow === "paired" &&
        outcome.result.indicators.map((v) => v.village_code),
    ).toEqual(["420116012215"]);
  });

  test("indicators of submissions all rejected whole: nothing counts; a merge of them goes on", () => {
    const rejected = input("r.xlsx", workbook({ form: { ...validForm(), agency_name: "" } }));
    expect(consolidate(request({ inputs: [rejected], purpose: "indicators" }))).toEqual({
      ok: false,
      error: { kind: "nothing-counts" },
    });
    const merged = consolidate(request({ inputs: [rejected], period: "2018" }));
    expect(merged.ok && merged.result.files.map((f) => f.status)).toEqual(["rejected"]);
    expect(indicatorsOf(blank, DEFAULT_CONFIG)).toEqual({
      ok: false,
      error: { kind: "nothing-counts" },
    });
  });
});

describe("consolidateErrorText", () => {
  test("a sheet past Excel's bounds is named with its rows, in the language asked for", () => {
    const error = {
      kind: "over-excel-limits",
      sheet: "贫困户",
      rows: 1_050_501,
      columns: 12,
    } as const;
    expect(consolidateErrorText(error, "en")).toBe(
      "Sheet 贫困户 would hold 1,050,501 rows and 12 columns; an Excel sheet holds at most 1,048,576 rows and 16,384 columns. Nothing written: merge fewer submissions into one workbook.",
    );
    expect(consolidateErrorText(error, "zh-CN")).toBe(
      "工作表 贫困户 将有 1,050,501 行、12 列，超过 Excel 工作表的上限（1,048,576 行、16,384 列）。未写入任何内容：请减少合并进一个汇总表的报送。",
    );
  });
});

describe("consolidate by the standard's workflow", () => {
  const monitoring = builtinStandard("monitoring")!;
  const county = generateCounty({ seed: 3, townships: 2, villagesPerTownship: 1 });
  const registers = county.registers.map((r) =>
    input(r.fileName, consolidatedToGrid(exportRegister(county, r))),
  );
  const registerRequest = (parts: Partial<ConsolidateRequest>) =>
    request({ inputs: registers, standard: monitoring, ...parts });

  test("a register standard merges registers, and its outputs are the register's workbook", () => {
    const outcome = consolidate(registerRequest({ into: input("new.xlsx", blank) }));
    if (!outcome.ok) throw new Error(outcome.error.kind);
    expect([outcome.workflow, outcome.intoBlank]).toEqual(["register", true]);
    const planned = planOutputs(outcome, { ...STAMP, purpose: "merge", mask: false });
    if (!planned.ok) throw new Error(planned.error.kind);
    expect(planned.plan.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      "汇总",
      "村级指标",
      "文件",
    ]);
    expect(summarize(outcome)).toMatchObject({ workflow: "register", files: 2, villages: 2 });
  });

  test("the paired workflow's options are refused for registers, naming the option", () => {
    const consolidatedOne = consolidated(false);
    expect(consolidate(registerRequest({ into: consolidatedOne }))).toEqual({
      ok: false,
      error: { kind: "paired-only", option: "into" },
    });
    expect(consolidate(registerRequest({ period: "2025" }))).toEqual({
      ok: false,
      error: { kind: "paired-only", option: "period" },
    });
    expect(pairedOnlyOption(monitoring, { pairings: "p.csv" })).toBe("pairings");
    expect(pairedOnlyOption(undefined, { into: "c.xlsx" })).toBeNull();
    expect(consolidateErrorText({ kind: "paired-only", option: "into" }, "zh-CN")).toContain(
      "空白工作簿",
    );
  });
});
