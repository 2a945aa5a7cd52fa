// --standard and `aidsheet standard`: a region's extension seen in the template, the validation
// and the consolidated workbook; a bad package refused before anything is done.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cliIn } from "../support/cli";
import {
  REGION_EXTENSION_PATH,
  REGION_EXTENSION_TEXT,
  REGION_FIELD,
  REGION_RULE,
  regionWorkbook,
} from "../support/region";
import { writeXlsx } from "../support/xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-standard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = cliIn(dir);

let filled: string;
let bad: string;

beforeAll(async () => {
  filled = path.join(dir, "filled.xlsx");
  writeFileSync(filled, await writeXlsx(regionWorkbook([2, 5, 1])));
  bad = path.join(dir, "bad.json");
  writeFileSync(bad, REGION_EXTENSION_TEXT.replace('"type": "count"', '"type": "number"'));
});

async function sheetValues(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("aidsheet standard", () => {
  test("list names the built-in standards", () => {
    const r = run("standard", "list");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^jiedui-2018\t2018\.1\tpaired\taidsheet\/1\t结对帮扶/m);
  });

  test("check: 0 for a good package", () => {
    const r = run("standard", "check", REGION_EXTENSION_PATH, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("jiedui-2018-region 2026.1 is valid");
  });

  test("check: 2 for a bad one, each error with its line and JSON path", () => {
    const r = run("standard", "check", bad, "--lang", "en");
    expect(r.code).toBe(2);
    const line = REGION_EXTENSION_TEXT.split("\n").findIndex((l) => l.includes('"count"')) + 1;
    expect(r.stderr).toContain(
      `${bad}:${line}: $.sheets[0].fields[0].type: must be one of "text", "int", "count"`,
    );
    expect(r.stderr).toContain(", or an object ({…})");
    expect(r.stdout).toBe("");
  });

  test("check: an expression's error in the language asked for", () => {
    const source = '"check": "labour_count <= household_size"';
    const badExpr = path.join(dir, "bad-expr.json");
    writeFileSync(
      badExpr,
      REGION_EXTENSION_TEXT.replace(source, source.replace("household_size", "nope")),
    );
    const line = REGION_EXTENSION_TEXT.split("\n").findIndex((l) => l.includes(source)) + 1;
    expect(run("standard", "check", badExpr).stderr).toContain(
      `${badExpr}:${line}: $.rules[0].check：表达式名称错误（第 17 个字符）：没有名称 "nope"\n`,
    );
    expect(run("standard", "check", badExpr, "--lang", "en").stderr).toContain(
      `${badExpr}:${line}: $.rules[0].check: name error at character 17: unknown name "nope"\n`,
    );
  });

  test("check: the errors in Chinese by default", () => {
    const r = run("standard", "check", bad);
    expect(r.code).toBe(2);
    const line = REGION_EXTENSION_TEXT.split("\n").findIndex((l) => l.includes('"count"')) + 1;
    expect(r.stderr).toContain(`${bad}：标准包有 1 处错误，不能使用`);
    expect(r.stderr).toContain(
      `${bad}:${line}: $.sheets[0].fields[0].type：须为以下之一："text"、"int"、"count"`,
    );
  });
});

describe("--standard FILE", () => {
  test("template: the extension's field is a column, its rule is in 填报说明", async () => {
    const out = path.join(dir, "region-template.xlsx");
    expect(run("template", "--standard", REGION_EXTENSION_PATH, "--out", out).code).toBe(0);
    const households = await sheetValues(out, "贫困户");
    expect(households[0]).toContain(REGION_FIELD.zh);
    const instructions = (await sheetValues(out, "填报说明")).flat().join("\n");
    expect(instructions).toContain(REGION_RULE.zh);
  });

  test("validate: the rule is an error at the field's cell; without it the column is unknown", () => {
    const r = run("validate", filled, "--json", "--standard", REGION_EXTENSION_PATH);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout).files[0].issues;
    expect(issues).toEqual([
      {
        code: "consistency",
        severity: "error",
        sheet: "households",
        cell: "K3",
        field: REGION_FIELD.key,
        value: 5,
        message: REGION_RULE.zh,
      },
    ]);
    const plain = JSON.parse(run("validate", filled, "--json").stdout).files[0].issues;
    expect(plain.map((i: { code: string }) => i.code)).toEqual(["header-unknown"]);
  });

  test("merge: the consolidated workbook carries the extension's column", async () => {
    const out = path.join(dir, "merged.xlsx");
    const r = run("merge", filled, "--out", out, "--standard", REGION_EXTENSION_PATH);
    expect(r.code).toBe(1);
    const rows = await sheetValues(out, "贫困户");
    const column = rows[0]!.indexOf(REGION_FIELD.zh);
    expect(column).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => row[column])).toEqual([2, 1]);
  });

  test("a bad package or an unknown id: exit 2 with the reason, nothing written", () => {
    const out = path.join(dir, "never.xlsx");
    const r = run("merge", filled, "--out", out, "--standard", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("$.sheets[0].fields[0].type");
    expect(existsSync(out)).toBe(false);
    const unknown = run("validate", filled, "--standard", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("jiedui-2018");
    expect(unknown.stdout).toBe("");
  });

  test("the reasons are in the language asked for", () => {
    const zh = run("validate", filled, "--lang", "zh-CN", "--standard", "nope");
    expect(zh.stderr).toContain(
      "--standard nope：既不是内置标准（jiedui-2018、monitoring），也不是文件",
    );
    const en = run("validate", filled, "--lang", "en", "--standard", "nope");
    expect(en.stderr).toContain(
      "--standard nope: neither a built-in standard (jiedui-2018, monitoring) nor a file",
    );
    const invalid = run("validate", filled, "--lang", "zh-CN", "--standard", bad);
    expect(invalid.stderr).toContain(`--standard ${bad}：不是有效的标准包\n  ${bad}:`);
    expect(invalid.stderr).toContain("$.sheets[0].fields[0].type：须为以下之一");
    const invalidEn = run("validate", filled, "--lang", "en", "--standard", bad);
    expect(invalidEn.stderr).toContain(
      `--standard ${bad}: not a valid standard package\n  ${bad}:`,
    );
    expect(invalidEn.stderr).toContain("$.sheets[0].fields[0].type: must be one of");
  });
});
