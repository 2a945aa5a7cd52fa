import { consolidatedToGrid } from "../../../src/core/consolidated/to-grid";
import { planConsolidated } from "../../../src/core/consolidated/plan";
import { readConsolidated } from "../../../src/core/consolidated/read";
import { renderMessage } from "../../../src/core/messages/render";
import type { MergeResult } from "../../../src/core/merge/types";
import type { Cell, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { DATA_SHEETS } from "../../../src/core/spec/sheets";
import { fakeUscc } from "../../support/ids";
import { mergeOrThrow } from "../../support/merge-summary";
import {
  buildSubmission,
  seedActivity,
  seedFund,
  seedHousehold,
  seedProject,
  seedVillage,
  submissionFile,
  unreadableFile,
} from "../../support/submission-builder";

const JINKONG = {
  agency_code: fakeUscc(1),
  agency_name: "市金控集团",
  submitted_on: "2018-12-21T16:05",
};
const JIWEI = { agency_code: fakeUscc(2), agency_name: "市纪委监委机关" };

const result = mergeOrThrow([
  submissionFile(
    "in/jiwei.xlsx",
    buildSubmission({
      form: JIWEI,
      tables: {
        villages: [seedVillage()],
        funds: [
          seedFund({ note: "=1+1" }),
          { values: seedFund({ amount: 0 }), errors: [["amount", "range"]] },
        ],
        projects: [seedProject(), seedProject({ project_id: "1", scale: 12.5 })],
        households: [seedHousehold(1), seedHousehold(2)],
        activities: [seedActivity()],
      },
    }),
  ),
  submissionFile(
    "in/jinkong.xlsx",
    buildSubmission({
      form: JINKONG,
      tables: {
        villages: [seedVillage({ collective_income: 300000 })],
        households: [seedHousehold(1)],
      },
      headerMissing: ["activities"],
    }),
  ),
  submissionFile(
    "in/old.xlsx",
    buildSubmission({ form: { ...JIWEI, submitted_on: "2018-01-01" } }),
  ),
  unreadableFile("in/broken.xlsx", "cd".repeat(32)),
]);

function grid(r: MergeResult = result): WorkbookGrid {
  return consolidatedToGrid(
    planConsolidated(r, { mask: false, createdAt: "2018-12-31T08:00:00Z", version: "1.0.0" }),
  );
}

function mapCells(g: WorkbookGrid, f: (cell: Cell, sheet: SheetGrid) => Cell): WorkbookGrid {
  return {
    sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row?.map((c) => f(c, s))) })),
  };
}

function present(values: Readonly<Record<string, unknown>>) {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined),
  );
}

function expectSameData(data: ReturnType<typeof readConsolidated>) {
  expect(data).not.toBeNull();
  expect(data!.period).toBe("2018");
  expect(data!.masked).toBe(false);
  expect(data!.files).toEqual(result.files);
  for (const sheet of DATA_SHEETS) {
    const strip = (rows: MergeResult["rows"][typeof sheet]) =>
      rows.map((r) => ({ ...r, values: present(r.values), raw: undefined }));
    expect(strip(data!.rows[sheet])).toEqual(strip(result.rows[sheet]));
  }
  expect(data!.unmerged).toEqual(result.unmerged);
  expect(data!.issues).toEqual(
    result.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      field: i.field,
      detail: {},
      file: i.file,
      message: renderMessage(i, "zh-CN"),
    })),
  );
}

describe("readConsolidated", () => {
  it("reads back what planConsolidated wrote", () => {
    expect(result.files.map((f) => f.status)).toEqual([
      "rejected",
      "accepted",
      "accepted",
      "superseded",
    ]);
    expect(result.unmerged.length).toBeGreaterThan(0);
    expectSameData(readConsolidated(grid()));
  });

  it("reads values as another reader gives them: dates as text, codes and counts as numbers or text", () => {
    const other = mapCells(grid(), (cell) => {
      if (typeof cell === "object" && cell !== null && "date" in cell) {
        return cell.date.endsWith(":00") ? cell.date.replace("T", " ").slice(0, 16) : cell.date;
      }
      if (typeof cell === "string" && /^\d{12}$/.test(cell)) return Number(cell);
      if (typeof cell === "number" && Number.isInteger(cell))
        return { formula: true, result: cell };
      return cell;
    });
    expectSameData(readConsolidated(other));
  });

  it("reads the codes older workbooks hold in 状态 and 级别 as it reads the Chinese labels", () => {
    const codes: Readonly<Record<string, string>> = {
      采用: "accepted",
      未采用: "rejected",
      被替代: "superseded",
      错误: "error",
      警告: "warning",
      提示: "info",
    };
    let replaced = 0;
    const older = mapCells(grid(), (cell, sheet) => {
      if (!["报送单位", "问题清单"].includes(sheet.name) || typeof cell !== "string") return cell;
      if (!(cell in codes)) return cell;
      replaced++;
      return codes[cell]!;
    });
    expect(replaced).toBeGreaterThan(4);
    expectSameData(readConsolidated(older));
  });

  it("reads the date-time of a date cell with seconds", () => {
    const data = readConsolidated(grid())!;
    expect(data.files.find((f) => f.file === "in/jinkong.xlsx")!.submittedOn).toBe(
      "2018-12-21T16:05",
    );
  });

  it("recognises only a consolidated workbook", () => {
    const submission: WorkbookGrid = {
      sheets: [{ name: "_meta", rows: [["template", "aidsheet/1"]], merges: [] }],
    };
    expect(readConsolidated(submission)).toBeNull();
    expect(readConsolidated({ sheets: [] })).toBeNull();
    const withoutMeta = { sheets: grid().sheets.filter((s) => s.name !== "_meta") };
    expect(readConsolidated(withoutMeta)).toBeNull();
  });

  it("reads the masked flag", () => {
    const plan = planConsolidated(result, { mask: true, createdAt: "x", version: "1" });
    expect(readConsolidated(consolidatedToGrid(plan))!.masked).toBe(true);
  });

  it("keeps __proto__ in 原始值 a plain key", () => {
    const g = mapCells(grid(), (cell, sheet) =>
      sheet.name === "未合并行" && typeof cell === "string" && cell.startsWith("{")
        ? '{"__proto__": {"polluted": true}, "amount": 0}'
        : cell,
    );
    const data = readConsolidated(g)!;
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(data.unmerged[0]!.raw)).toBe(Object.prototype);
    expect(data.unmerged[0]!.raw["amount"]).toBe(0);
  });

  it("skips hand-edited rows it cannot place instead of failing", () => {
    const g = mapCells(grid(), (cell, sheet) =>
      sheet.name === "帮扶项目" && cell === JIWEI.agency_code ? "unknown" : cell,
    );
    const data = readConsolidated(g)!;
    expect(data.rows.projects).toEqual([]);
    expect(data.rows.villages).toHaveLength(2);
  });
});
