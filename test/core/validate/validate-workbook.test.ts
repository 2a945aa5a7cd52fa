import { validateWorkbook } from "../../../src/core/validate/validate-workbook";
import type { SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues/issue";
import { resolveConfig } from "../../../src/core/resolve-config";
import { fakeId18 } from "../../support/ids";
import {
  formSheet,
  metaSheet,
  tableSheet,
  validForm,
  validTables,
  workbook,
} from "../../support/workbook";
import type { Row } from "../../support/workbook";

const flat = (issues: readonly Issue[]) => issues.map((i) => [i.sheet, i.cell, i.code]);
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error");
const find = (issues: readonly Issue[], code: string) => issues.filter((i) => i.code === code);
const village = (patch: Row) => ({ villages: [{ ...validTables().villages[0]!, ...patch }] });

describe("a valid submission", () => {
  test("gives no issue at all", () => {
    const read = validateWorkbook(workbook());
    expect(flat(read.issues)).toEqual([]);
    expect(read.rejected).toBe(false);
    expect(read.template).toBe("aidsheet/1");
    expect(read.tables.villages?.rows[0]?.values.collective_income).toBe(350000);
    expect(read.form?.values.period).toBe("2018");
  });

  test("reads English sheet names and labels, reordered columns and title rows", () => {
    const v = validTables().villages[0]!;
    const keys = Object.keys(v).reverse();
    const villages: SheetGrid = {
      name: "Villages",
      rows: [
        ["Paired villages, 2018"],
        [],
        [
          "No.",
          ...keys.map((k) => (k === "collective_income" ? "Village collective income (万元)" : k)),
        ],
        [1, ...keys.map((k) => (k === "collective_income" ? 35 : v[k]!))],
      ],
      merges: [],
    };
    const grid = workbook();
    const sheets = grid.sheets.map((s) => (s.name === "帮扶村" ? villages : s));
    const read = validateWorkbook({ sheets });
    expect(flat(errors(read.issues))).toEqual([]);
    expect(read.tables.villages?.rows[0]?.rowNumber).toBe(4);
    expect(read.tables.villages?.rows[0]?.values.collective_income).toBe(350000);
    const unit = find(read.issues, "normalized")[0]!;
    expect([unit.sheet, unit.cell, unit.field]).toEqual(["villages", "H3", "collective_income"]);
  });
});

describe("sheet and header issues", () => {
  test("missing required sheets are errors, optional ones warnings, never 填报说明 or _meta", () => {
    const read = validateWorkbook({ sheets: [formSheet(validForm())] });
    expect(read.issues.map((i) => [i.code, i.sheet, i.severity])).toEqual([
      ["template-version", null, "warning"],
      ["sheet-missing", "villages", "error"],
      ["sheet-missing", "funds", "warning"],
      ["sheet-missing", "projects", "warning"],
      ["sheet-missing", "households", "warning"],
      ["sheet-missing", "activities", "warning"],
    ]);
    expect(read.rejected).toBe(true);
  });

  test("template-version names another template", () => {
    const grid = workbook();
    const sheets = grid.sheets.map((s) => (s.name === "_meta" ? metaSheet("aidsheet/0") : s));
    const [issue] = validateWorkbook({ sheets }).issues;
    expect(issue).toMatchObject({ code: "template-version", detail: { expected: "aidsheet/0" } });
  });

  test("header-missing per required field, header-duplicate at the second cell, header-unknown", () => {
    const base = tableSheet("funds", validTables().funds);
    const rows = base.rows.map((r) => [...(r ?? [])]);
    rows[0]![4] = "金额（元）";
    rows[0]![1] = "拨款说明";
    rows[0]![7] = "资金来源";
    const read = validateWorkbook(workbook({ extra: [] }));
    expect(errors(read.issues)).toEqual([]);
    const grid = workbook();
    const sheets = grid.sheets.map((s) => (s.name === "资金投入" ? { ...base, rows } : s));
    const issues = validateWorkbook({ sheets }).issues.filter((i) => i.sheet === "funds");
    expect(flat(issues)).toEqual([
      ["funds", null, "header-missing"],
      ["funds", "B1", "header-unknown"],
      ["funds", "H1", "header-duplicate"],
    ]);
    expect(issues[0]!.field).toBe("date");
  });

  test("a sheet without a recognisable header: one header-missing per required field", () => {
    const sheets = workbook().sheets.map((s) =>
      s.name === "帮扶活动"
        ? {
            name: "帮扶活动",
            rows: [
              ["活动", "x"],
              ["a", "b"],
            ],
            merges: [],
          }
        : s,
    );
    const issues = validateWorkbook({ sheets }).issues.filter((i) => i.sheet === "activities");
    expect(issues.map((i) => [i.code, i.field, i.cell])).toEqual([
      ["header-missing", "date", null],
      ["header-missing", "village_code", null],
      ["header-missing", "type", null],
    ]);
  });

  test("form: absent label is header-missing, empty value is required at the value cell", () => {
    const form = validForm();
    delete form.agency_name;
    form.contact_name = "  ";
    const sheet = formSheet(form);
    const rows = sheet.rows.filter((r) => r?.[0] !== "单位名称");
    const read = validateWorkbook({
      sheets: workbook().sheets.map((s) => (s.name === "报送信息" ? { ...sheet, rows } : s)),
    });
    expect(flat(read.issues)).toEqual([
      ["submission", null, "header-missing"],
      ["submission", "B4", "required"],
    ]);
    expect(read.rejected).toBe(true);
  });

  test("form values past a merged label", () => {
    const sheet: SheetGrid = {
      name: "报送信息",
      rows: formSheet(validForm()).rows.map((r) => [r![0], null, r![1]]),
      merges: formSheet(validForm()).rows.map((_, i) => ({ top: i, left: 0, bottom: i, right: 1 })),
    };
    const read = validateWorkbook({
      sheets: workbook().sheets.map((s) => (s.name === "报送信息" ? sheet : s)),
    });
    expect(flat(read.issues)).toEqual([]);
    expect(read.form?.cells.period).toBe("C3");
  });
});

describe("rows", () => {
  test("empty rows and totals rows are skipped; totals are reported at the first non-empty cell", () => {
    const funds = validTables().funds;
    const sheet = tableSheet("funds", funds);
    const rows = [
      ...sheet.rows,
      [null, null, null, null, null],
      [null, "合计", null, null, 4710000],
    ];
    const read = validateWorkbook({
      sheets: workbook().sheets.map((s) => (s.name === "资金投入" ? { ...sheet, rows } : s)),
    });
    expect(flat(read.issues)).toEqual([["funds", "B4", "total-row"]]);
    expect(read.tables.funds?.rows).toHaveLength(1);
  });

  test("merged district cells fill down; merged numbers count once", () => {
    const base = validTables().villages[0]!;
    const second = {
      ...base,
      village_code: "420116008204",
      village_name: "青云村",
      township: "王家河街道",
      district: null,
      households_total: null,
    };
    const sheet = tableSheet("villages", [base, second]);
    const merged: SheetGrid = {
      ...sheet,
      rows: sheet.rows.map((r, i) =>
        i === 2
          ? r!.map((c, j) =>
              j === 2 || j === 4 ? base[j === 2 ? "district" : "households_total"]! : c,
            )
          : r,
      ),
      merges: [
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    };
    const read = validateWorkbook({
      sheets: workbook().sheets.map((s) => (s.name === "帮扶村" ? merged : s)),
    });
    const rows = read.tables.villages!.rows;
    expect(rows[1]!.values.district).toBe("黄陂区");
    expect(rows[1]!.values.households_total).toBeNull();
    expect(flat(errors(read.issues))).toEqual([["villages", "E3", "required"]]);
  });
});

describe("rules, each at the cell of the field whose rule it is", () => {
  const villageCase = (patch: Row, expected: [string, string, string?][]) => {
    const issues = validateWorkbook(workbook({ tables: village(patch) })).issues;
    expect(
      issues.filter((i) => i.sheet === "villages").map((i) => [i.cell, i.code, i.detail.reason]),
    ).toEqual(expected.map(([cell, code, reason]) => [cell, code, reason]));
  };

  test("range against another field: poor_households > households_total at poor_households", () =>
    villageCase({ poor_households: 500, poor_population: 600, exited_households: 60 }, [
      ["G2", "range", "compare"],
    ]));
  test("population below households", () =>
    villageCase({ population_total: 300 }, [["F2", "range", "compare"]]));
  test("region: village_code outside Wuhan's districts", () =>
    villageCase({ village_code: "420201000000" }, [["A2", "range", "region"]]));
  test("district not matching the code is consistency", () =>
    villageCase({ district: "新洲区" }, [["C2", "consistency", "district"]]));
  test("district not in the list is enum", () =>
    villageCase({ district: "黄陂" }, [["C2", "enum", undefined]]));
  test("collective income growth over 6 times is plausibility at the current-year cell", () =>
    villageCase({ collective_income_prev: 50000 }, [["K2", "plausibility", "growth"]]));
  test("exit year after the period", () =>
    villageCase({ exit_year: 2019 }, [["O2", "range", "year"]]));
  test("unknown village in the 2023 list", () =>
    villageCase({ village_code: "420116012999" }, [["A2", "unknown-village", undefined]]));
  test("name mismatch names the official name", () => {
    const issues = validateWorkbook(
      workbook({ tables: village({ village_name: "凤凰寨", township: "蔡家榨街" }) }),
    ).issues;
    expect(issues.map((i) => [i.cell, i.code])).toEqual([["D2", "name-mismatch"]]);
    expect(issues[0]!.detail.expected).toBe("蔡榨街道");
  });
  test("毛冲村 against 毛家冲村 (420117102205)", () => {
    const issues = validateWorkbook(
      workbook({
        tables: village({
          village_code: "420117102205",
          village_name: "毛冲村",
          district: "新洲区",
          township: "凤凰镇",
        }),
      }),
    ).issues.filter((i) => i.sheet === "villages");
    expect(issues.map((i) => [i.cell, i.code, i.detail.expected])).toEqual([
      ["B2", "name-mismatch", "毛家冲村"],
    ]);
  });

  test("duplicate keys: every repeat after the first", () => {
    const v = validTables().villages[0]!;
    const issues = validateWorkbook(workbook({ tables: { villages: [v, v, v] } })).issues;
    expect(flat(find(issues, "duplicate"))).toEqual([
      ["villages", "A3", "duplicate"],
      ["villages", "A4", "duplicate"],
    ]);
  });

  test("references: village_code not on villages, project_id not on projects", () => {
    const f = validTables().funds[0]!;
    const issues = validateWorkbook(
      workbook({
        tables: {
          funds: [
            { ...f, village_code: "420116008204" },
            { ...f, project_id: "P9" },
          ],
        },
      }),
    ).issues;
    expect(flat(find(issues, "reference"))).toEqual([
      ["funds", "A2", "reference"],
      ["funds", "G3", "reference"],
    ]);
  });

  test("a referenced row with errors of its own still counts", () => {
    const v = validTables().villages[0]!;
    const issues = validateWorkbook(
      workbook({ tables: { villages: [{ ...v, households_total: -1 }] } }),
    ).issues;
    expect(find(issues, "reference")).toEqual([]);
  });

  test("funds: amount 0 is range, a tiny amount is plausibility, a date outside the period too", () => {
    const f = validTables().funds[0]!;
    const issues = validateWorkbook(
      workbook({
        tables: {
          funds: [
            { ...f, amount: 0 },
            { ...f, amount: 35 },
            { ...f, date: "2017-12-31" },
          ],
        },
      }),
    ).issues;
    expect(issues.map((i) => [i.cell, i.code, i.detail.reason])).toEqual([
      ["E2", "range", "not-positive"],
      ["E3", "plausibility", "tiny"],
      ["B4", "plausibility", "outside-period"],
    ]);
  });

  test("projects: industry required for 产业扶贫, scale without unit, planned projects may start later", () => {
    const p = validTables().projects[0]!;
    const issues = validateWorkbook(
      workbook({
        tables: {
          projects: [
            { ...p, industry: null },
            { ...p, project_id: "P2", scale_unit: null },
            { ...p, project_id: "P3", start_year: 2020, status: "规划" },
            { ...p, project_id: "P4", start_year: 2020 },
          ],
        },
      }),
    ).issues;
    expect(issues.map((i) => [i.cell, i.code, i.detail.reason])).toEqual([
      ["E2", "consistency", "required-when"],
      ["J3", "consistency", "required-when"],
      ["F5", "range", "year"],
    ]);
  });

  test("households: size bounds, exit before identification, below the poverty line", () => {
    const h = validTables().households[0]!;
    const issues = validateWorkbook(
      workbook({
        tables: {
          households: [
            { ...h, household_size: 31 },
            { ...h, id_number: fakeId18(2), exit_year: 2013, identified_year: 2014 },
            { ...h, id_number: fakeId18(3), income_per_capita: 2000 },
          ],
        },
      }),
    ).issues;
    expect(issues.map((i) => [i.cell, i.code, i.detail.reason])).toEqual([
      ["D2", "range", "between"],
      ["G3", "consistency", "compare"],
      ["H4", "plausibility", "below-poverty-line"],
    ]);
  });

  test("submitted_on before the period starts", () => {
    const read = validateWorkbook(
      workbook({ form: { ...validForm(), submitted_on: "2017-12-01" } }),
    );
    expect(read.issues.map((i) => [i.cell, i.code, i.detail.reason])).toEqual([
      ["B7", "range", "before-period"],
    ]);
    expect(read.rejected).toBe(true);
  });

  test("errors in contact fields are reported and do not reject the file", () => {
    const read = validateWorkbook(workbook({ form: { ...validForm(), contact_phone: "12345" } }));
    expect(flat(read.issues)).toEqual([["submission", "B6", "format"]]);
    expect(read.rejected).toBe(false);
  });

  test("personal data never enters an issue's value", () => {
    const h = validTables().households[0]!;
    const id = String(h.id_number);
    const bad = id.slice(0, 17) + (id.endsWith("1") ? "2" : "1");
    const issues = validateWorkbook(
      workbook({
        tables: {
          households: [
            { ...h, id_number: bad.toLowerCase() },
            { ...h, id_number: 4.2e17 },
          ],
        },
      }),
    ).issues;
    expect(issues.map((i) => i.code)).toEqual(["checksum", "type"]);
    expect(JSON.stringify(issues)).not.toContain(bad.slice(0, 10));
    for (const i of issues) expect(i).not.toHaveProperty("value");
  });

  test("a config replaces the region: districts and the reference list follow it", () => {
    const config = resolveConfig({
      region: {
        name: "黄石市",
        code_prefix: "4202",
        districts: [{ name: "黄石港区", code: "420202" }],
      },
    });
    if (!config.ok) throw new Error(JSON.stringify(config.issues));
    const v = {
      ...validTables().villages[0]!,
      village_code: "420202000001",
      district: "黄石港区",
      village_name: "某村",
    };
    const read = validateWorkbook(
      workbook({
        tables: { villages: [v], funds: [], projects: [], households: [], activities: [] },
      }),
      { config: config.config },
    );
    expect(flat(read.issues)).toEqual([]);
  });
});

describe("robustness", () => {
  test("never throws on hostile grids", () => {
    const grid: WorkbookGrid = {
      sheets: [
        { name: "__proto__", rows: [["constructor", "prototype"]], merges: [] },
        {
          name: "帮扶村",
          rows: [
            ["村代码", "__proto__", "村名称"],
            [{ error: "#REF!" }, "x", { formula: true, result: null }],
          ],
          merges: [{ top: 0, left: 0, bottom: 1048575, right: 16383 }],
        },
      ],
    };
    const before = Object.keys(Object.prototype);
    expect(() => validateWorkbook(grid)).not.toThrow();
    expect(Object.keys(Object.prototype)).toEqual(before);
  });
});
