// The installed command as users run it: compiled, in a child process.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { validForm, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";

const BIN = path.resolve(__dirname, "../../bin/aidsheet.js");
const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: dir,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let good: string;
let bad: string;

beforeAll(async () => {
  good = path.join(dir, "good.xlsx");
  bad = path.join(dir, "bad.xlsx");
  writeFileSync(good, await writeXlsx(workbook()));
  writeFileSync(
    bad,
    await writeXlsx(workbook({ form: { ...validForm(), contact_phone: "12345" } })),
  );
});

describe("aidsheet validate", () => {
  test("--json prints one JSON document, alone on stdout; exit 0 without errors", () => {
    const r = run("validate", good, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({
      files: [
        {
          file: good,
          template: "aidsheet/1",
          agency_code: validForm().agency_code,
          period: "2018",
          issues: [],
        },
      ],
    });
  });

  test("exit 1 with an error issue; text lines name file, sheet as in the file, cell", () => {
    const r = run("validate", good, bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${bad}!报送信息!B6 error format “联系电话”应为手机号`);
    expect(r.stdout.trim().split("\n").at(-1)).toBe(`${bad}：错误 1 个，警告 0 个，提示 0 个`);
  });

  test("--lang en gives English messages; keys stay as they are", () => {
    const r = run("validate", bad, "--json", "--lang", "en");
    const issue = JSON.parse(r.stdout).files[0].issues[0];
    expect(issue).toMatchObject({
      code: "format",
      sheet: "submission",
      cell: "B6",
      field: "contact_phone",
    });
    expect(issue.message).toMatch(/^"Contact phone" must be a mobile number/);
  });

  test("exit 2 and an empty stdout for a missing path, checked before any work", () => {
    const r = run("validate", good, path.join(dir, "missing.xlsx"), "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("missing.xlsx");
  });

  test("exit 2 for bad arguments and for an invalid --config", () => {
    expect(run("validate").code).toBe(2);
    expect(run("validate", good, "--lang", "fr").code).toBe(2);
    const config = path.join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ exit_thresholds: { poverty_incidence: 5 } }));
    const r = run("validate", good, "--config", config);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("exit_thresholds.poverty_incidence：须不大于 1");
    const en = run("validate", good, "--config", config, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("exit_thresholds.poverty_incidence: must be at most 1");
  });

  test("a folder is searched, not recursively, for workbooks; reported in input order", async () => {
    const folder = path.join(dir, "agencies");
    mkdirSync(path.join(folder, "inner"), { recursive: true });
    copyFileSync(bad, path.join(folder, "b.xlsx"));
    copyFileSync(good, path.join(folder, "a.XLSX"));
    for (const skipped of ["~$b.xlsx", ".a.xlsx", "notes.csv", "inner/c.xlsx"]) {
      copyFileSync(bad, path.join(folder, skipped));
    }
    const r = run("validate", good, folder, "--json");
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual([
      good,
      path.join(folder, "a.XLSX"),
      path.join(folder, "b.xlsx"),
    ]);
    expect(files.map((f: { issues: unknown[] }) => f.issues.length)).toEqual([0, 0, 1]);
  });

  test("a folder without a workbook: exit 2 naming it, for validate and merge alike", () => {
    const empty = path.join(dir, "no-workbooks");
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, "notes.csv"), "a,b\n");
    for (const args of [
      ["validate", good, empty, "--json"],
      ["merge", empty, "--out", path.join(dir, "never.xlsx")],
    ]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`文件夹中没有工作簿（.xlsx、.xlsm）：${empty}`);
    }
    expect(run("validate", empty, "--lang", "en").stderr).toContain(
      `no workbook (.xlsx, .xlsm) in the folder ${empty}`,
    );
  });

  test("an unreadable file is an error issue and the other files still go through", () => {
    const csv = path.join(dir, "renamed.xlsx");
    writeFileSync(csv, "a,b\n1,2\n");
    const r = run("validate", csv, good, "--json");
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files;
    expect(files[0].issues.map((i: { code: string }) => i.code)).toEqual(["unreadable"]);
    expect(files[1].issues).toEqual([]);
  });
});

describe("aidsheet template", () => {
  test("writes the template, which validates without file-level problems", () => {
    const out = path.join(dir, "t.xlsx");
    expect(run("template", "--out", out).code).toBe(0);
    const r = run("validate", out, "--json");
    const codes = JSON.parse(r.stdout).files[0].issues.map((i: { code: string }) => i.code);
    expect(codes.filter((c: string) => c !== "required")).toEqual([]);
  });
});

describe("aidsheet demo", () => {
  test("a folder that cannot be made: exit 2 and the reason in the language asked for", () => {
    const under = path.join(good, "demo");
    const zh = run("demo", "--out", under);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`无法创建 ${path.join(under, "submissions")}（`);
    const en = run("demo", "--out", under, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`cannot create ${path.join(under, "submissions")}: `);
  });
});
