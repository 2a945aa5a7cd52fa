import { MERGE_CODES } from "../../../src/core/issues/codes";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { mergeSubmissions } from "../../../src/core/merge/merge";
import { toMergeReportJson } from "../../../src/core/merge/report";
import type { SubmissionFile } from "../../../src/core/model";
import type { MergeOptions, MergeResult } from "../../../src/core/merge/types";
import { fakeId18, fakeUscc } from "../../support/ids";
import {
  FENGHUANGZHAI,
  buildSubmission,
  seedActivity,
  seedForm,
  seedFund,
  seedHousehold,
  seedProject,
  seedVillage,
  submissionFile,
  unreadableFile,
} from "../../support/submission-builder";
import type { SubmissionSpec, Values } from "../../support/submission-builder";

const JINKONG = { agency_code: fakeUscc(1), agency_name: "市金控集团" };
const JIWEI = { agency_code: fakeUscc(2), agency_name: "市纪委监委机关" };
const ZUZHIBU = { agency_code: fakeUscc(3), agency_name: "市委组织部" };
const MAOJIACHONG = "420117102205";

function file(path: string, form: Values, spec: SubmissionSpec = {}): SubmissionFile {
  return submissionFile(path, buildSubmission({ ...spec, form: { ...form, ...spec.form } }));
}

function merge(files: SubmissionFile[], options: Partial<MergeOptions> = {}): MergeResult {
  const outcome = mergeSubmissions(files, { config: DEFAULT_CONFIG, ...options });
  if (!outcome.ok) throw new Error(`merge refused: ${outcome.error.kind}`);
  return outcome.result;
}

/** Merge-level issues as a flat list: [file, sheet, cell, code, severity]. */
function mergeIssues(result: MergeResult): (string | null)[][] {
  return result.issues
    .filter((i) => MERGE_CODES.has(i.code))
    .map((i) => [i.file ?? null, i.sheet, i.cell, i.code, i.severity]);
}

function status(result: MergeResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f) => [f.file, f.status]));
}

describe("villages: one adopted row per village, conflicts named", () => {
  const jiwei = file(
    "in/jiwei.xlsx",
    { ...JIWEI, submitted_on: "2018-12-20" },
    {
      tables: { villages: [seedVillage()] },
    },
  );
  const jinkong = file(
    "in/jinkong.xlsx",
    { ...JINKONG, submitted_on: "2018-12-21" },
    {
      tables: {
        villages: [seedVillage({ collective_income: 300000, income_per_capita_prev: null })],
      },
    },
  );

  it("adopts the row of the latest submission and keeps the other with 采用 = 否", () => {
    const result = merge([jiwei, jinkong]);
    expect(result.rows.villages.map((r) => [r.agencyName, r.adopted])).toEqual([
      ["市金控集团", true],
      ["市纪委监委机关", false],
    ]);
    expect(result.indicators[0]).toMatchObject({ collective_income: 300000, income_growth: null });
  });

  it("reports one conflict per differing field, empty included, at the adopted row's cell", () => {
    const result = merge([jiwei, jinkong]);
    expect(mergeIssues(result)).toEqual([
      ["in/jinkong.xlsx", "villages", "K2", "conflict", "warning"],
      ["in/jinkong.xlsx", "villages", "N2", "conflict", "warning"],
    ]);
    const conflict = result.issues.find((i) => i.code === "conflict" && i.cell === "K2")!;
    expect(conflict.field).toBe("collective_income");
    expect(conflict.detail.items).toEqual(["市金控集团: 300000", "市纪委监委机关: 350000"]);
    const empty = result.issues.find((i) => i.code === "conflict" && i.cell === "N2")!;
    expect(empty.detail.items).toEqual(["市金控集团: —", "市纪委监委机关: 15800"]);
  });

  it("breaks a tie on submitted_on by the lower agency_code", () => {
    const same = file(
      "in/jiwei.xlsx",
      { ...JIWEI, submitted_on: "2018-12-21" },
      {
        tables: { villages: [seedVillage()] },
      },
    );
    const result = merge([same, jinkong]);
    expect(result.rows.villages.find((r) => r.adopted)!.agencyCode).toBe(JINKONG.agency_code);
  });

  it("compares dates with times: a date alone is 00:00 of that day", () => {
    const morning = file(
      "in/jiwei.xlsx",
      { ...JIWEI, submitted_on: "2018-12-21T09:30" },
      {
        tables: { villages: [seedVillage()] },
      },
    );
    const result = merge([morning, jinkong]);
    expect(result.rows.villages.find((r) => r.adopted)!.agencyCode).toBe(JIWEI.agency_code);
  });

  it("reports the conflict cell as null when the adopted file has no such column", () => {
    const noPrev = file(
      "in/jinkong.xlsx",
      { ...JINKONG, submitted_on: "2018-12-21" },
      {
        tables: { villages: [seedVillage({ income_per_capita_prev: null })] },
        missingColumns: { villages: ["income_per_capita_prev"] },
      },
    );
    expect(mergeIssues(merge([jiwei, noPrev]))).toEqual([
      ["in/jinkong.xlsx", "villages", null, "conflict", "warning"],
    ]);
  });

  it("raises no conflict when the agencies agree", () => {
    const twin = file("in/jinkong.xlsx", { ...JINKONG }, { tables: { villages: [seedVillage()] } });
    expect(mergeIssues(merge([jiwei, twin]))).toEqual([]);
  });
});

describe("households: one adopted row per id_number", () => {
  const id = fakeId18(7);
  const jiwei = file(
    "in/jiwei.xlsx",
    { ...JIWEI, submitted_on: "2018-12-20" },
    {
      tables: {
        villages: [seedVillage()],
        households: [seedHousehold(7), seedHousehold(8)],
      },
    },
  );
  const jinkongSame = file(
    "in/jinkong.xlsx",
    { ...JINKONG, submitted_on: "2018-12-21" },
    {
      tables: { villages: [seedVillage()], households: [seedHousehold(7, { household_size: 4 })] },
    },
  );
  const zuzhibuOther = file(
    "in/zuzhibu.xlsx",
    { ...ZUZHIBU, submitted_on: "2018-12-19" },
    {
      tables: {
        villages: [
          seedVillage({
            village_code: MAOJIACHONG,
            village_name: "毛家冲村",
            district: "新洲区",
            township: "凤凰镇",
          }),
        ],
        households: [seedHousehold(7, { village_code: MAOJIACHONG })],
      },
    },
  );

  it("keeps every row; the others get cross-duplicate at their id_number cell", () => {
    const result = merge([jiwei, jinkongSame, zuzhibuOther]);
    const rows = result.rows.households.filter((r) => r.values["id_number"] === id);
    expect(rows.map((r) => [r.agencyName, r.adopted])).toEqual([
      ["市金控集团", true],
      ["市纪委监委机关", false],
      ["市委组织部", false],
    ]);
    expect(mergeIssues(result).filter((i) => i[3] === "cross-duplicate")).toEqual([
      ["in/jiwei.xlsx", "households", "A2", "cross-duplicate", "warning"],
      ["in/zuzhibu.xlsx", "households", "A2", "cross-duplicate", "error"],
    ]);
  });

  it("never rejects a row for it, and counts the household once", () => {
    const result = merge([jiwei, jinkongSame, zuzhibuOther]);
    expect(result.totals.households).toEqual({ read: 4, merged: 4, rejected: 0, superseded: 0 });
    const fenghuang = result.indicators.find((v) => v.village_code === FENGHUANGZHAI)!;
    expect(fenghuang.households_listed).toBe(2);
    const mao = result.indicators.find((v) => v.village_code === MAOJIACHONG)!;
    expect(mao.households_listed).toBe(0);
  });

  it("never puts an ID number or a name into an issue or the report", () => {
    const result = merge([jiwei, jinkongSame, zuzhibuOther]);
    for (const issue of result.issues.filter((i) => i.code === "cross-duplicate")) {
      expect(issue.value).toBeUndefined();
    }
    const json = JSON.stringify(toMergeReportJson(result, "zh-CN", "out.xlsx"));
    expect(json).not.toContain(id);
    expect(json).not.toContain("测试户主");
  });
});

describe("funds: a transfer both joint helpers report", () => {
  it("keeps both rows and warns once per pair, at the later file's amount cell", () => {
    const jiwei = file(
      "in/a-jiwei.xlsx",
      { ...JIWEI },
      {
        tables: { villages: [seedVillage()], funds: [seedFund(), seedFund()] },
      },
    );
    const jinkong = file(
      "in/b-jinkong.xlsx",
      { ...JINKONG },
      {
        tables: { villages: [seedVillage()], funds: [seedFund(), seedFund({ amount: 1000 })] },
      },
    );
    const result = merge([jinkong, jiwei]);
    expect(result.totals.funds.merged).toBe(4);
    expect(mergeIssues(result)).toEqual([
      ["in/b-jinkong.xlsx", "funds", "E2", "possible-double-count", "warning"],
      ["in/b-jinkong.xlsx", "funds", "E2", "possible-double-count", "warning"],
    ]);
    expect(result.indicators[0]!.funds_total).toBe(4710000 * 3 + 1000);
  });
});

describe("which submissions count", () => {
  const villages = { villages: [seedVillage()], funds: [seedFund()] };

  it("rejects a file of another period, and all its rows", () => {
    const a = file("in/a.xlsx", JIWEI, { tables: villages });
    const b = file(
      "in/b.xlsx",
      { ...JINKONG, period: "2017", submitted_on: "2017-12-20" },
      {
        tables: villages,
      },
    );
    const result = merge([a, b], { period: "2018" });
    expect(mergeIssues(result)).toEqual([["in/b.xlsx", null, null, "period-mismatch", "error"]]);
    const issue = result.issues.find((i) => i.code === "period-mismatch")!;
    expect(issue.value).toBe("2017");
    expect(issue.detail.expected).toBe("2018");
    expect(status(result)).toEqual({ "in/a.xlsx": "accepted", "in/b.xlsx": "rejected" });
    expect(result.files[1]!.rows.funds).toEqual({ read: 1, merged: 0, rejected: 1, superseded: 0 });
    expect(result.unmerged.map((u) => [u.file, u.sheet, u.rowNumber, u.codes])).toEqual([
      ["in/b.xlsx", "villages", 2, ["period-mismatch"]],
      ["in/b.xlsx", "funds", 2, ["period-mismatch"]],
    ]);
  });

  it("takes by default the period most agencies state; a tie goes to the latest", () => {
    const q3 = (path: string, agency: Values) => file(path, { ...agency, period: "2018-Q3" });
    const y = (path: string, agency: Values) => file(path, { ...agency, period: "2018" });
    expect(merge([q3("a", JIWEI), q3("b", JINKONG), y("c", ZUZHIBU)]).period).toBe("2018-Q3");
    expect(merge([q3("a", JIWEI), y("c", ZUZHIBU)]).period).toBe("2018");
    // Two files of one agency count once.
    const again = file("d", { ...ZUZHIBU, period: "2018", submitted_on: "2018-12-22" });
    expect(merge([q3("a", JIWEI), q3("b", JINKONG), y("c", ZUZHIBU), again]).period).toBe(
      "2018-Q3",
    );
  });

  it("lets the newest submission of an agency count; the older is superseded", () => {
    const old = file("in/v1.xlsx", { ...JIWEI, submitted_on: "2018-12-01" }, { tables: villages });
    const fresh = file(
      "in/v2.xlsx",
      { ...JIWEI, submitted_on: "2018-12-20" },
      {
        tables: { villages: [seedVillage({ collective_income: 360000 })] },
      },
    );
    const result = merge([fresh, old]);
    expect(status(result)).toEqual({ "in/v1.xlsx": "superseded", "in/v2.xlsx": "accepted" });
    expect(mergeIssues(result)).toEqual([["in/v1.xlsx", null, null, "superseded", "info"]]);
    expect(result.issues.find((i) => i.code === "superseded")!.detail.items).toEqual(["v2.xlsx"]);
    expect(result.files[0]!.rows.funds).toEqual({ read: 1, merged: 0, rejected: 0, superseded: 1 });
    expect(result.indicators[0]!.collective_income).toBe(360000);
    expect(result.indicators[0]!.funds_total).toBe(0);
    expect(result.unmerged).toEqual([]);
  });

  it("rejects files that tie on the latest submitted_on with different content", () => {
    const old = file("in/v0.xlsx", { ...JIWEI, submitted_on: "2018-12-01" }, { tables: villages });
    const a = file("in/v1.xlsx", { ...JIWEI, submitted_on: "2018-12-20" }, { tables: villages });
    const b = file(
      "in/v2.xlsx",
      { ...JIWEI, submitted_on: "2018-12-20T00:00" },
      {
        tables: { villages: [seedVillage({ collective_income: 1 })] },
      },
    );
    const result = merge([a, b, old]);
    expect(status(result)).toEqual({
      "in/v0.xlsx": "superseded",
      "in/v1.xlsx": "rejected",
      "in/v2.xlsx": "rejected",
    });
    expect(mergeIssues(result)).toEqual([
      ["in/v0.xlsx", null, null, "superseded", "info"],
      ["in/v1.xlsx", null, null, "superseded", "error"],
      ["in/v2.xlsx", null, null, "superseded", "error"],
    ]);
    const tie = result.issues.find((i) => i.severity === "error")!;
    expect(tie.detail).toEqual({ reason: "tie", items: ["v1.xlsx", "v2.xlsx"] });
    expect(result.totals.villages).toEqual({ read: 3, merged: 0, rejected: 2, superseded: 1 });
    expect(result.unmerged.map((u) => u.codes)).toEqual([
      ["superseded"],
      ["superseded"],
      ["superseded"],
    ]);
    expect(result.indicators).toEqual([]);
  });

  it("counts identical files once: the base name that sorts first", () => {
    const read = buildSubmission({ form: JIWEI, tables: villages });
    const b = submissionFile("x/b.xlsx", read);
    const a = submissionFile("y/a.xlsx", read);
    const result = merge([b, a]);
    expect(status(result)).toEqual({ "x/b.xlsx": "superseded", "y/a.xlsx": "accepted" });
    const issue = result.issues.find((i) => i.code === "superseded")!;
    expect([issue.file, issue.severity, issue.detail.reason, issue.detail.items]).toEqual([
      "x/b.xlsx",
      "info",
      "identical",
      ["a.xlsx"],
    ]);
    expect(result.rows.villages.map((r) => r.name)).toEqual(["a.xlsx"]);
  });

  it("judges identical content before a tie", () => {
    const read = buildSubmission({ form: JIWEI, tables: villages });
    const result = merge([submissionFile("a.xlsx", read), submissionFile("b.xlsx", read)]);
    expect(status(result)).toEqual({ "a.xlsx": "accepted", "b.xlsx": "superseded" });
  });

  it("counts a file given twice under one path once", () => {
    const a = file("in/a.xlsx", JIWEI, { tables: villages });
    const result = merge([a, a]);
    expect(result.files.map((f) => f.file)).toEqual(["in/a.xlsx"]);
    expect(result.totals.villages.merged).toBe(1);
  });
});

describe("nothing lost: read = merged + rejected + superseded", () => {
  const rows = {
    villages: [seedVillage()],
    funds: [
      seedFund(),
      { values: seedFund({ amount: -5 }), errors: [["amount", "range"]] as const },
    ],
    projects: [seedProject()],
    households: [seedHousehold(1)],
    activities: [seedActivity()],
  };

  it("rejects invalid rows and keeps their values and codes", () => {
    const result = merge([file("in/a.xlsx", JIWEI, { tables: rows })]);
    expect(result.totals.funds).toEqual({ read: 2, merged: 1, rejected: 1, superseded: 0 });
    expect(result.unmerged).toEqual([
      {
        file: "in/a.xlsx",
        sheet: "funds",
        rowNumber: 3,
        codes: ["range"],
        raw: expect.objectContaining({ amount: -5 }),
      },
    ]);
  });

  it("rejects every row of a sheet with a header error", () => {
    const result = merge([file("in/a.xlsx", JIWEI, { tables: rows, headerMissing: ["projects"] })]);
    expect(result.totals.projects).toEqual({ read: 1, merged: 0, rejected: 1, superseded: 0 });
    expect(result.unmerged.find((u) => u.sheet === "projects")!.codes).toEqual(["header-missing"]);
    expect(result.files[0]!.status).toBe("accepted");
  });

  it("rejects every row of a file rejected whole, with the codes that rejected it", () => {
    const bad = file("in/a.xlsx", JIWEI, {
      tables: rows,
      formErrors: [["agency_code", "checksum"]],
    });
    const good = file("in/b.xlsx", JINKONG, { tables: { villages: [seedVillage()] } });
    const result = merge([bad, good]);
    expect(status(result)).toEqual({ "in/a.xlsx": "rejected", "in/b.xlsx": "accepted" });
    const counts = result.files[0]!.rows;
    expect(counts.funds).toEqual({ read: 2, merged: 0, rejected: 2, superseded: 0 });
    expect(counts.households).toEqual({ read: 1, merged: 0, rejected: 1, superseded: 0 });
    expect(result.unmerged.filter((u) => u.sheet === "funds").map((u) => u.codes)).toEqual([
      ["checksum"],
      ["checksum", "range"],
    ]);
  });

  it("counts an unreadable file with no rows read, and keeps its issue", () => {
    const result = merge([file("in/a.xlsx", JIWEI, { tables: rows }), unreadableFile("in/z.xlsx")]);
    expect(result.files[1]).toMatchObject({
      file: "in/z.xlsx",
      status: "rejected",
      agencyCode: null,
    });
    expect(result.files[1]!.rows.villages).toEqual({
      read: 0,
      merged: 0,
      rejected: 0,
      superseded: 0,
    });
    expect(result.issues.filter((i) => i.code === "unreadable").map((i) => i.file)).toEqual([
      "in/z.xlsx",
    ]);
  });
});

describe("provenance and order of merged rows", () => {
  it("tags every row and orders by village_code, agency_code, file, row", () => {
    const jiwei = file("in/jiwei.xlsx", JIWEI, {
      tables: {
        villages: [seedVillage()],
        funds: [
          seedFund({ village_code: FENGHUANGZHAI, amount: 2 }),
          seedFund({ village_code: "420116008204", amount: 1 }),
        ],
      },
    });
    const jinkong = file("in/jinkong.xlsx", JINKONG, {
      tables: { villages: [seedVillage()], funds: [seedFund({ amount: 3 })] },
    });
    const result = merge([jiwei, jinkong]);
    expect(
      result.rows.funds.map((r) => [
        r.values["village_code"],
        r.agencyCode,
        r.agencyName,
        r.name,
        r.rowNumber,
      ]),
    ).toEqual([
      ["420116008204", JIWEI.agency_code, "市纪委监委机关", "jiwei.xlsx", 3],
      [FENGHUANGZHAI, JINKONG.agency_code, "市金控集团", "jinkong.xlsx", 2],
      [FENGHUANGZHAI, JIWEI.agency_code, "市纪委监委机关", "jiwei.xlsx", 2],
    ]);
    expect(result.indicators.map((v) => [v.village_code, v.village_name, v.funds_total])).toEqual([
      ["420116008204", null, 1],
      [FENGHUANGZHAI, "凤凰寨村", 5],
    ]);
  });
});

describe("pairing list", () => {
  const pairings = [
    { agencyCode: JIWEI.agency_code, agencyName: JIWEI.agency_name, villageCode: FENGHUANGZHAI },
    {
      agencyCode: JINKONG.agency_code,
      agencyName: JINKONG.agency_name,
      villageCode: FENGHUANGZHAI,
    },
    { agencyCode: ZUZHIBU.agency_code, agencyName: ZUZHIBU.agency_name, villageCode: MAOJIACHONG },
  ];
  const jiwei = file("in/jiwei.xlsx", JIWEI, {
    tables: {
      villages: [
        seedVillage(),
        seedVillage({
          village_code: "420116008204",
          village_name: "青云村",
          township: "王家河街道",
        }),
      ],
    },
  });
  const jinkongLate = file("in/jinkong.xlsx", {
    ...JINKONG,
    period: "2017",
    submitted_on: "2017-12-20",
  });

  it("reports missing submissions, unpaired villages and completeness", () => {
    const result = merge([jiwei, jinkongLate], { period: "2018", pairings });
    expect(mergeIssues(result)).toEqual([
      [null, null, null, "missing-submission", "warning"],
      [null, null, null, "missing-submission", "warning"],
      ["in/jinkong.xlsx", null, null, "period-mismatch", "error"],
      ["in/jiwei.xlsx", "villages", "A3", "unpaired-village", "warning"],
    ]);
    expect(
      result.issues.filter((i) => i.code === "missing-submission").map((i) => i.detail.items),
    ).toEqual([[`市委组织部 (${ZUZHIBU.agency_code})`], [`市金控集团 (${JINKONG.agency_code})`]]);
    expect(result.issues.find((i) => i.code === "unpaired-village")!.value).toBe("420116008204");
    expect(result.completeness).toEqual({ expected: 3, received: 1, accepted: 1 });
  });

  it("counts a readable submission of the period as received even when it does not count", () => {
    const tied = [
      file("in/zu1.xlsx", ZUZHIBU, {
        tables: { villages: [seedVillage({ village_code: MAOJIACHONG })] },
      }),
      file("in/zu2.xlsx", ZUZHIBU),
    ];
    const result = merge([jiwei, ...tied], { pairings });
    expect(result.completeness).toEqual({ expected: 3, received: 2, accepted: 1 });
  });

  it("has no completeness without a pairing list", () => {
    expect(merge([jiwei]).completeness).toBeNull();
  });
});

describe("misuse is an error value", () => {
  const a = file("in/a.xlsx", JIWEI, { tables: { villages: [seedVillage()] } });

  it("refuses a masked workbook to merge into", () => {
    const into = { ...merge([a]), masked: true };
    expect(mergeSubmissions([], { config: DEFAULT_CONFIG, into })).toEqual({
      ok: false,
      error: { kind: "masked-into" },
    });
  });

  it("refuses a period other than the workbook's", () => {
    const into = merge([a]);
    expect(mergeSubmissions([], { config: DEFAULT_CONFIG, into, period: "2019" })).toEqual({
      ok: false,
      error: { kind: "period-conflict", period: "2019", intoPeriod: "2018" },
    });
  });

  it("refuses a merge without any readable submission", () => {
    const outcome = mergeSubmissions([unreadableFile("a.xlsx")], { config: DEFAULT_CONFIG });
    expect(outcome).toEqual({ ok: false, error: { kind: "no-readable-submission" } });
  });

  it("refuses a merge whose period no valid form states, unless one is given", () => {
    const broken = file("a.xlsx", JIWEI, { formErrors: [["period", "format"]] });
    expect(mergeSubmissions([broken], { config: DEFAULT_CONFIG })).toEqual({
      ok: false,
      error: { kind: "no-period" },
    });
    expect(mergeSubmissions([broken], { config: DEFAULT_CONFIG, period: "2018" }).ok).toBe(true);
  });
});

describe("the merge report (docs/cli.md)", () => {
  it("lists files in path order with all five sheets, totals and indicators", () => {
    const b = file("in/b.xlsx", JIWEI, { tables: { villages: [seedVillage()] } });
    const a = unreadableFile("in/a.xlsx", "ab".repeat(32));
    const json = toMergeReportJson(merge([b, a]), "zh-CN", "out.xlsx");
    expect(Object.keys(json)).toEqual([
      "period",
      "output",
      "files",
      "totals",
      "completeness",
      "issues",
      "villages",
    ]);
    expect(json.files.map((f) => f.file)).toEqual(["in/a.xlsx", "in/b.xlsx"]);
    expect(Object.keys(json.files[1]!)).toEqual([
      "file",
      "sha256",
      "agency_code",
      "agency_name",
      "partners",
      "submitted_on",
      "status",
      "rows",
    ]);
    expect(json.files[1]).toMatchObject({
      agency_name: "市纪委监委机关",
      partners: "市金控集团",
      submitted_on: "2018-12-20",
      status: "accepted",
    });
    expect(Object.keys(json.files[0]!.rows)).toEqual([
      "villages",
      "funds",
      "projects",
      "households",
      "activities",
    ]);
    expect(Object.keys(json.totals)).toEqual([
      "villages",
      "funds",
      "projects",
      "households",
      "activities",
    ]);
    expect(json.totals.villages).toEqual({ read: 1, merged: 1, rejected: 0, superseded: 0 });
    expect(json.issues[0]).toMatchObject({
      file: "in/a.xlsx",
      code: "unreadable",
      severity: "error",
    });
    expect(typeof json.issues[0]!.message).toBe("string");
    expect(json.villages[0]!.village_code).toBe(FENGHUANGZHAI);
  });

  it("renders messages in the language asked for", () => {
    const old = file("in/v1.xlsx", { ...JIWEI, submitted_on: "2018-12-01" });
    const fresh = file("in/v2.xlsx", JIWEI);
    const result = merge([old, fresh]);
    expect(toMergeReportJson(result, "zh-CN", null).issues[0]!.message).toContain("v2.xlsx");
    expect(toMergeReportJson(result, "en", null).issues[0]!.message).toMatch(/^Replaced by/);
  });
});

test("seedForm is the seed's first agency", () => {
  expect(seedForm()).toMatchObject({ agency_name: "市纪委监委机关", period: "2018" });
});
