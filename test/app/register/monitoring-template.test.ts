// The monitoring package end to end: its template, filled with a generated county's households,
// validated, merged and counted.
import ExcelJS from "exceljs";
import { consolidate } from "../../../src/app";
import { generateCounty } from "../../../src/app/demo/county";
import type { RegisterRow, TownshipRegister } from "../../../src/app/demo/county";
import { resolveConfig } from "../../../src/core/resolve-config";
import type { InputFile } from "../../../src/core/model";
import { builtinStandard } from "../../../src/core/standard/builtin";
import { planTemplate } from "../../../src/core/template/plan";
import { readWorkbookBytesInProcess } from "../../../src/xlsx/read-file";
import { inputOf } from "../../../src/xlsx/read-submissions";
import { writeTemplate } from "../../../src/xlsx/write-template";

const standard = builtinStandard("monitoring")!;
const resolved = resolveConfig({
  lines: { monitoring: { "2023": 7_000, "2024": 7_500, "2025": 8_700 } },
});
if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
const config = resolved.config;
const county = generateCounty({ seed: 3, errors: false });

async function blankTemplate(): Promise<ExcelJS.Buffer> {
  return (await writeTemplate(
    planTemplate("zh-CN", config, standard),
  )) as unknown as ExcelJS.Buffer;
}

function cellValue(value: RegisterRow[string], type: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  return type === "date" ? new Date(`${String(value)}T00:00:00Z`) : value;
}

/** The blank template filled in as staff would: each register row under the header's labels. */
async function filledTemplate(register: TownshipRegister): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await blankTemplate());
  for (const sheet of standard.sheets.filter((s) => s.layout === "table")) {
    const ws = wb.getWorksheet(sheet.name.zh)!;
    const columns = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => columns.set(cell.text, col));
    const rows = sheet.key === "households" ? register.households : register.measures;
    rows.forEach((row, i) => {
      for (const f of sheet.fields) {
        const value = cellValue(row[f.key] ?? null, f.type);
        if (value !== null) ws.getCell(i + 2, columns.get(f.label.zh)!).value = value;
      }
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("template → fill → validate → merge → indicators, for the monitoring package", () => {
  let inputs: InputFile[];
  beforeAll(async () => {
    inputs = await Promise.all(
      county.registers.map(async (r) =>
        inputOf(r.fileName, readWorkbookBytesInProcess(await filledTemplate(r))),
      ),
    );
  }, 60_000);

  test("the template has the package's sheets and every field's label as a header", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blankTemplate());
    const households = wb.getWorksheet("监测户")!;
    const headers: string[] = [];
    households.getRow(1).eachCell((cell) => headers.push(cell.text));
    expect(headers).toEqual(standard.sheets[0]!.fields.map((f) => f.label.zh));
    expect(wb.getWorksheet("帮扶措施")).toBeDefined();
  });

  test("filled with generated households, it validates without an error and merges whole", () => {
    const outcome = consolidate({ inputs, standard, config, purpose: "merge" });
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const { result } = outcome;
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => `${i.file}!${i.sheet}!${i.cell} ${i.code}`)).toEqual([]);
    expect(result.issues.filter((i) => i.code === "template-version")).toEqual([]);
    const households = county.registers.flatMap((r) => r.households);
    const measures = county.registers.flatMap((r) => r.measures);
    expect(result.totals).toEqual({
      households: {
        read: households.length,
        merged: households.length,
        rejected: 0,
        superseded: 0,
      },
      measures: { read: measures.length, merged: measures.length, rejected: 0, superseded: 0 },
    });

    // The county's indicators against the generated rows, counted here directly.
    const countyArea = result.areas.find((a) => a.level === "county")!;
    const value = (key: string) => countyArea.indicators[key]!.value;
    const count = (p: (h: RegisterRow) => boolean) => households.filter(p).length;
    expect(value("households")).toBe(households.length);
    expect(value("households_unstable")).toBe(count((h) => h.category === "脱贫不稳定户"));
    expect(value("households_marginal")).toBe(count((h) => h.category === "边缘易致贫户"));
    expect(value("households_sudden")).toBe(count((h) => h.category === "突发严重困难户"));
    expect(value("eliminated_share")).toBeCloseTo(
      count((h) => h.risk_eliminated === "是") / households.length,
      12,
    );
    const development = new Set(
      measures
        .filter((m) => ["产业", "就业", "金融", "公益岗位"].includes(String(m.category)))
        .map((m) => m.household_id),
    );
    expect(value("development_share")).toBeCloseTo(
      count((h) => development.has(h.household_id!)) / households.length,
      12,
    );
    const firsts = households.flatMap((h) => {
      const starts = measures
        .filter((m) => m.household_id === h.household_id)
        .map((m) => String(m.started_on));
      if (starts.length === 0) return [];
      const first = starts.sort()[0]!;
      return [(Date.parse(first) - Date.parse(String(h.identified_on))) / 86_400_000];
    });
    expect(value("days_to_first_measure")).toBeCloseTo(
      firsts.reduce((a, b) => a + b, 0) / firsts.length,
      9,
    );
    expect(result.villages).toHaveLength(9);
  });
});
