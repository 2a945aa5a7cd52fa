import { mergeSubmissions } from "../../../src/core/merge/merge";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { fakeUscc } from "../../support/ids";
import { mergeOrThrow, summarise, throughWorkbook } from "../../support/merge-summary";
import {
  buildSubmission,
  seedFund,
  seedVillage,
  submissionFile,
} from "../../support/submission-builder";
import type { SubmissionSpec, Values } from "../../support/submission-builder";

const JINKONG = { agency_code: fakeUscc(1), agency_name: "市金控集团" };
const JIWEI = { agency_code: fakeUscc(2), agency_name: "市纪委监委机关" };

function file(path: string, form: Values, spec: SubmissionSpec = {}) {
  return submissionFile(path, buildSubmission({ ...spec, form }));
}

const jiwei = file(
  "in/jiwei.xlsx",
  { ...JIWEI, submitted_on: "2018-12-20" },
  {
    tables: {
      villages: [seedVillage()],
      funds: [seedFund(), { values: seedFund({ amount: -1 }), errors: [["amount", "range"]] }],
    },
  },
);
const jinkong = file(
  "in/jinkong.xlsx",
  { ...JINKONG, submitted_on: "2018-12-21" },
  {
    tables: { villages: [seedVillage({ collective_income: 300000 })], funds: [seedFund()] },
  },
);

function status(result: ReturnType<typeof mergeOrThrow>) {
  return Object.fromEntries(result.files.map((f) => [f.file, f.status]));
}

describe("merge --into (docs/merge.md)", () => {
  const first = mergeOrThrow([jiwei, jinkong]);

  it("is idempotent: the same files again change nothing, no new 报送单位 row, no issue", () => {
    for (const into of [first, throughWorkbook(first)]) {
      const again = mergeOrThrow([jiwei, jinkong], { into });
      expect(summarise(again)).toEqual(summarise(first));
    }
  });

  it("treats a file whose sha256 is recorded as the same submission, under any path", () => {
    const renamed = { ...jiwei, file: "elsewhere/jiwei-copy.xlsx", name: "jiwei-copy.xlsx" };
    const again = mergeOrThrow([renamed], { into: throughWorkbook(first) });
    expect(again.files.map((f) => f.file)).toEqual(["in/jinkong.xlsx", "in/jiwei.xlsx"]);
    expect(summarise(again)).toEqual(summarise(first));
  });

  it("carries the recorded files' own issues with their messages, and recomputes merge issues", () => {
    const again = mergeOrThrow([], { into: throughWorkbook(first) });
    const range = again.issues.find((i) => i.code === "range")!;
    expect([range.file, range.sheet, range.cell, range.field]).toEqual([
      "in/jiwei.xlsx",
      "funds",
      "E3",
      "amount",
    ]);
    expect(range.message).toMatch(/金额/);
    const conflict = again.issues.find((i) => i.code === "conflict")!;
    expect([conflict.file, conflict.cell, conflict.detail.items]).toEqual([
      "in/jinkong.xlsx",
      "K2",
      ["市金控集团: 300000", "市纪委监委机关: 350000"],
    ]);
  });

  it("lets a newer file supersede a recorded submission", () => {
    const newer = file(
      "in/jiwei-v2.xlsx",
      { ...JIWEI, submitted_on: "2018-12-28" },
      {
        tables: { villages: [seedVillage({ collective_income: 400000 })] },
      },
    );
    const result = mergeOrThrow([newer], { into: throughWorkbook(first) });
    expect(status(result)).toEqual({
      "in/jinkong.xlsx": "accepted",
      "in/jiwei-v2.xlsx": "accepted",
      "in/jiwei.xlsx": "superseded",
    });
    expect(result.files.find((f) => f.file === "in/jiwei.xlsx")!.rows.funds).toEqual({
      read: 2,
      merged: 0,
      rejected: 0,
      superseded: 2,
    });
    expect(result.unmerged).toEqual([]);
    expect(result.indicators[0]!.collective_income).toBe(400000);
    expect(summarise(result)).toEqual(summarise(mergeOrThrow([jiwei, jinkong, newer])));
  });

  it("rejects a recorded submission and a new one that tie, keeping the recorded rows in 未合并行", () => {
    const tie = file("in/jiwei-b.xlsx", { ...JIWEI, submitted_on: "2018-12-20" });
    const result = mergeOrThrow([tie], { into: throughWorkbook(first) });
    expect(status(result)["in/jiwei.xlsx"]).toBe("rejected");
    expect(status(result)["in/jiwei-b.xlsx"]).toBe("rejected");
    expect(result.unmerged.map((u) => [u.file, u.sheet, u.rowNumber, u.codes])).toEqual([
      ["in/jiwei.xlsx", "villages", 2, ["superseded"]],
      ["in/jiwei.xlsx", "funds", 2, ["superseded"]],
      ["in/jiwei.xlsx", "funds", 3, ["range", "superseded"]],
    ]);
    expect(summarise(result)).toEqual(summarise(mergeOrThrow([jiwei, jinkong, tie])));

    // A still newer file resolves the recorded tie: both tied files become superseded.
    const newest = file("in/jiwei-c.xlsx", { ...JIWEI, submitted_on: "2018-12-30" });
    const resolved = mergeOrThrow([newest], { into: throughWorkbook(result) });
    expect(status(resolved)).toMatchObject({
      "in/jiwei.xlsx": "superseded",
      "in/jiwei-b.xlsx": "superseded",
      "in/jiwei-c.xlsx": "accepted",
    });
    expect(resolved.unmerged).toEqual([]);
    expect(summarise(resolved)).toEqual(summarise(mergeOrThrow([jiwei, jinkong, tie, newest])));
  });

  it("keeps a recorded superseded file superseded, with its counts", () => {
    const old = file(
      "in/jiwei-v0.xlsx",
      { ...JIWEI, submitted_on: "2018-12-01" },
      {
        tables: { villages: [seedVillage()], funds: [seedFund(), seedFund(), seedFund()] },
      },
    );
    const recorded = throughWorkbook(mergeOrThrow([jiwei, old]));
    const result = mergeOrThrow([jinkong], { into: recorded });
    expect(result.files.find((f) => f.file === "in/jiwei-v0.xlsx")).toMatchObject({
      status: "superseded",
      rows: expect.objectContaining({ funds: { read: 3, merged: 0, rejected: 0, superseded: 3 } }),
    });
    expect(summarise(result)).toEqual(summarise(mergeOrThrow([jiwei, old, jinkong])));
  });

  it("keeps a corrected file given again under its old path apart from the recorded one", () => {
    const corrected = file(
      "in/jiwei.xlsx",
      { ...JIWEI, submitted_on: "2018-12-25" },
      {
        tables: { villages: [seedVillage({ collective_income: 360000 })] },
      },
    );
    const result = mergeOrThrow([corrected], { into: throughWorkbook(first) });
    const oldPath = `in/jiwei.xlsx [${jiwei.sha256!.slice(0, 8)}]`;
    expect(status(result)).toEqual({
      "in/jinkong.xlsx": "accepted",
      "in/jiwei.xlsx": "accepted",
      [oldPath]: "superseded",
    });
    expect(result.files.find((f) => f.file === oldPath)!.name).toBe("jiwei.xlsx");
    expect(result.issues.find((i) => i.code === "superseded")!.file).toBe(oldPath);
    expect(result.issues.find((i) => i.code === "range")!.file).toBe(oldPath);
    // And the next merge into that result keeps both apart, as they are.
    const next = mergeOrThrow([], { into: throughWorkbook(result) });
    expect(summarise(next)).toEqual(summarise(result));
  });

  it("refuses a workbook written with masked IDs", () => {
    const masked = throughWorkbook(first, true);
    expect(masked.masked).toBe(true);
    expect(mergeSubmissions([jiwei], { config: DEFAULT_CONFIG, into: masked })).toEqual({
      ok: false,
      error: { kind: "masked-into" },
    });
  });

  it("takes the workbook's period; the same period given again is fine", () => {
    const into = throughWorkbook(first);
    const late = file("in/late.xlsx", { ...JINKONG, period: "2019", submitted_on: "2019-12-20" });
    const result = mergeOrThrow([late], { into, period: "2018" });
    expect(result.period).toBe("2018");
    expect(result.issues.filter((i) => i.code === "period-mismatch").map((i) => i.file)).toEqual([
      "in/late.xlsx",
    ]);
  });
});
