// Every single-workbook issue code (docs/issue-codes.md), planted in a real .xlsx written by
// exceljs.
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { unreadableSubmission } from "../../src/core/validate/unreadable";
import type { SubmissionRead } from "../../src/core/model";
import type { SheetGrid, WorkbookGrid } from "../../src/core/read/grid";
import { ISSUE_CODES, MERGE_CODES } from "../../src/core/issues/codes";
import { fakeUscc } from "../support/ids";
import { validForm, validTables, workbook } from "../support/workbook";
import type { Row } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";

async function readBack(grid: WorkbookGrid): Promise<SubmissionRead> {
  const result = readWorkbookBytesInProcess(await writeXlsx(grid));
  return result.ok ? validateWorkbook(result.grid) : unreadableSubmission(result.reason);
}

const asDates = (row: Row, ...fields: string[]): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      fields.includes(k) && typeof v === "string" ? { date: v } : v,
    ]),
  );

function grid(parts: Parameters<typeof workbook>[0] = {}): WorkbookGrid {
  const t = validTables();
  return workbook({
    form: asDates(parts.form ?? validForm(), "submitted_on"),
    tables: {
      ...t,
      funds: t.funds.map((r) => asDates(r, "date")),
      activities: t.activities.map((r) => asDates(r, "date")),
      ...parts.tables,
    },
    ...(parts.extra ? { extra: parts.extra } : {}),
  });
}

const mapSheet = (
  g: WorkbookGrid,
  name: string,
  f: (s: SheetGrid) => SheetGrid | null,
): WorkbookGrid => ({
  sheets: g.sheets.flatMap((s) => (s.name === name ? (f(s) ?? []) : [s])),
});
const withHeader = (s: SheetGrid, column: number, label: string): SheetGrid => ({
  ...s,
  rows: s.rows.map((r, i) => (i === 0 ? r!.map((c, j) => (j === column ? label : c)) : r)),
});
const v0 = () => validTables().villages[0]!;
const f0 = () => asDates(validTables().funds[0]!, "date");
const p0 = () => validTables().projects[0]!;
const h0 = () => validTables().households[0]!;

type Expected = [sheet: string | null, cell: string | null, code: string, severity: string];

const CASES: [string, () => WorkbookGrid | Promise<SubmissionRead>, Expected[]][] = [
  [
    "template-version",
    () => mapSheet(grid(), "_meta", () => null),
    [[null, null, "template-version", "warning"]],
  ],
  [
    "sheet-missing",
    () => mapSheet(grid(), "帮扶活动", () => null),
    [["activities", null, "sheet-missing", "warning"]],
  ],
  [
    "header-missing",
    () => mapSheet(grid(), "资金投入", (s) => withHeader(s, 4, "")),
    [["funds", null, "header-missing", "error"]],
  ],
  [
    "header-duplicate and header-unknown",
    () =>
      mapSheet(grid(), "资金投入", (s) => withHeader(withHeader(s, 7, "出资单位"), 6, "经办人")),
    [
      ["funds", "G1", "header-unknown", "warning"],
      ["funds", "H1", "header-duplicate", "error"],
    ],
  ],
  [
    "required",
    () => grid({ tables: { villages: [{ ...v0(), village_name: null }] } }),
    [["villages", "B2", "required", "error"]],
  ],
  [
    "type",
    () => grid({ tables: { households: [{ ...h0(), income_per_capita: "六千" }] } }),
    [["households", "H2", "type", "error"]],
  ],
  [
    "format",
    () => grid({ form: { ...validForm(), contact_phone: "8555123" } }),
    [["submission", "B6", "format", "error"]],
  ],
  [
    "checksum",
    () => {
      const code = fakeUscc(5);
      const wrong = code.slice(0, 17) + (code.endsWith("1") ? "2" : "1");
      return grid({ form: { ...validForm(), agency_code: wrong } });
    },
    [["submission", "B1", "checksum", "error"]],
  ],
  [
    "enum",
    () => grid({ tables: { funds: [{ ...f0(), source: "自筹" }] } }),
    [["funds", "C2", "enum", "error"]],
  ],
  [
    "range",
    () => grid({ tables: { households: [{ ...h0(), household_size: 0 }] } }),
    [["households", "D2", "range", "error"]],
  ],
  [
    "duplicate",
    () => grid({ tables: { projects: [p0(), p0()] } }),
    [["projects", "A3", "duplicate", "error"]],
  ],
  [
    "reference",
    () =>
      grid({
        tables: {
          activities: [
            { ...asDates(validTables().activities[0]!, "date"), village_code: "420116008204" },
          ],
        },
      }),
    [["activities", "B2", "reference", "error"]],
  ],
  [
    "consistency",
    () => grid({ tables: { villages: [{ ...v0(), district: "新洲区" }] } }),
    [["villages", "C2", "consistency", "error"]],
  ],
  [
    "plausibility",
    () => grid({ tables: { funds: [{ ...f0(), date: { date: "2019-01-05" } }] } }),
    [["funds", "B2", "plausibility", "warning"]],
  ],
  [
    "normalized",
    () => grid({ tables: { villages: [{ ...v0(), households_total: "420户" }] } }),
    [["villages", "E2", "normalized", "warning"]],
  ],
  [
    "approximate",
    () => grid({ tables: { funds: [{ ...f0(), amount: "近471万元" }] } }),
    [["funds", "E2", "approximate", "warning"]],
  ],
  [
    "formula",
    () =>
      grid({ tables: { projects: [{ ...p0(), investment: { formula: true, result: 1200000 } }] } }),
    [["projects", "H2", "formula", "info"]],
  ],
  [
    "total-row",
    () => grid({ tables: { funds: [f0(), { village_code: "合计", amount: 4710000 }] } }),
    [["funds", "A3", "total-row", "info"]],
  ],
  [
    "unknown-village",
    () =>
      grid({
        tables: {
          villages: [v0(), { ...v0(), village_code: "420116012999", village_name: "新村" }],
        },
      }),
    [["villages", "A3", "unknown-village", "warning"]],
  ],
  [
    "name-mismatch",
    () =>
      grid({
        tables: {
          villages: [
            v0(),
            {
              ...v0(),
              village_code: "420117102205",
              village_name: "毛冲村",
              district: "新洲区",
              township: "凤凰镇",
            },
          ],
        },
      }),
    [["villages", "B3", "name-mismatch", "warning"]],
  ],
  [
    "unreadable",
    async () => {
      const result = readWorkbookBytesInProcess(Buffer.from("单位代码,单位名称\n1,2\n", "utf8"));
      return result.ok ? validateWorkbook(result.grid) : unreadableSubmission(result.reason);
    },
    [[null, null, "unreadable", "error"]],
  ],
];

describe("every single-workbook issue code, in a real .xlsx", () => {
  test("a valid workbook written by exceljs gives no issue", async () => {
    const read = await readBack(grid());
    expect(read.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([]);
    expect(read.tables.funds?.rows[0]?.values.date).toBe("2018-05-10");
    expect(read.form?.values.submitted_on).toBe("2018-12-20");
  });

  test.each(CASES)("%s", async (_name, build, expected) => {
    const made = build();
    const read = "sheets" in made ? await readBack(made) : await made;
    expect(read.issues.map((i) => [i.sheet, i.cell, i.code, i.severity])).toEqual(expected);
  });

  test("the cases cover every code one workbook can show", () => {
    const covered = new Set(CASES.flatMap(([, , e]) => e.map((x) => x[2])));
    expect(ISSUE_CODES.filter((c) => !MERGE_CODES.has(c) && !covered.has(c))).toEqual([]);
  });
});
