import { generateCounty } from "../../../src/app/demo/county";
import { EXPORT_COLUMN_COUNTS, exportRegister } from "../../../src/app/demo/national-export";
import { consolidatedToGrid } from "../../../src/core/consolidated/to-grid";
import { checkId18 } from "../../../src/core/read/checksums";

describe("a generated county's monitoring registers", () => {
  const county = generateCounty({ seed: 7 });
  const households = county.registers.flatMap((r) => r.households);

  test("the same seed gives the same county, another seed another", () => {
    expect(generateCounty({ seed: 7 })).toEqual(county);
    expect(generateCounty({ seed: 8 }).registers[0]!.households).not.toEqual(
      county.registers[0]!.households,
    );
  });

  test("one register per township, every household of its county and township", () => {
    expect(county.registers.map((r) => r.township)).toEqual(["东岭镇", "西河乡", "南坪镇"]);
    for (const r of county.registers) {
      expect(new Set(r.households.map((h) => h.township))).toEqual(new Set([r.township]));
    }
    expect(households.every((h) => h.county === "示例县")).toBe(true);
  });

  test("ID numbers: valid check characters, 18, 20 or 22 characters, but the planted one", () => {
    const bad = county.errors.find((e) => e.kind === "bad-check-character")!;
    const first = county.registers[0]!.households;
    const planted = first[bad.rowNumber - 4]!.id_number;
    const lengths = new Set<number>();
    for (const h of households) {
      const id = String(h.id_number);
      lengths.add(id.length);
      if (id !== planted) expect(checkId18(id.slice(0, 18))).toBe("ok");
    }
    expect(checkId18(String(planted))).toBe("check-character");
    expect([...lengths].sort()).toEqual(expect.arrayContaining([18, 20]));
    expect([...lengths].every((n) => [18, 20, 22].includes(n))).toBe(true);
  });

  test("per-capita income is the incomes less costs over the household, but where planted", () => {
    const wrong = households.filter((h) => {
      const sum =
        Number(h.wage_income) +
        Number(h.business_income) +
        Number(h.property_income) +
        Number(h.transfer_income) -
        Number(h.business_costs);
      return Math.abs(sum / Number(h.household_size) - Number(h.income_per_capita)) > 1;
    });
    expect(wrong).toHaveLength(1);
    expect(county.errors.filter((e) => e.kind === "income-mismatch")).toHaveLength(1);
  });

  test("every error kind is planted once, without errors none", () => {
    expect(county.errors.map((e) => e.kind).sort()).toEqual([
      "bad-check-character",
      "duplicate-id-number",
      "eliminated-without-date",
      "income-mismatch",
      "monthly-wage",
      "moved-household",
      "no-development-measure",
      "unknown-household",
    ]);
    expect(generateCounty({ seed: 7, errors: false }).errors).toEqual([]);
  });

  test("the export: two title rows, the header on row 3, more than 130 columns", () => {
    const grid = consolidatedToGrid(exportRegister(county, county.registers[0]!));
    const [households, measures] = grid.sheets;
    expect(grid.sheets.map((s) => s.name)).toEqual(["监测对象", "帮扶措施"]);
    expect(EXPORT_COLUMN_COUNTS[0]).toBeGreaterThan(130);
    expect(households!.rows[0]).toEqual(["防止返贫监测对象信息表（户）"]);
    expect(households!.rows[2]).toHaveLength(EXPORT_COLUMN_COUNTS[0]);
    expect(households!.rows[2]!.slice(0, 3)).toEqual(["序号", "县（市、区、旗）", "省（区、市）"]);
    expect(households!.rows).toHaveLength(3 + county.registers[0]!.households.length);
    const idColumn = households!.rows[2]!.indexOf("证件号码");
    expect(households!.rows[3]![idColumn]).toBe(county.registers[0]!.households[0]!.id_number);
    const dateColumn = measures!.rows[2]!.indexOf("帮扶开始时间");
    expect(measures!.rows[3]![dateColumn]).toEqual({
      date: county.registers[0]!.measures[0]!.started_on,
    });
  });
});
