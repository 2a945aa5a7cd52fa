// The offline web page (index.html) in headless Chromium: files picked, validated and merged in
// the browser, its downloads compared cell by cell with what the CLI writes for the same files.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { ensureCorpus } from "../../bench/corpus";
import type { WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { STRINGS } from "../../src/web/strings";
import { useTool } from "../support/tools";
import {
  REGION_EXTENSION_PATH,
  REGION_EXTENSION_TEXT,
  REGION_FIELD,
  REGION_RULE,
  regionWorkbook,
} from "../support/region";
import { MONITORING_EXTENSION_TEXT, MONITORING_LINES_CONFIG_TEXT } from "../support/monitoring";
import { validForm, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";
import { buildForTests } from "./build";
import { launchChromium } from "./chromium";
import { serve } from "./server";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/aidsheet.js");
const zh = STRINGS["zh-CN"];
// Every test here is skipped, with one line saying how to install Chromium, when it is missing.
const { path: chromiumPath, test } = useTool("chromium");

// AIDSHEET_E2E_DIST names a folder built before (by buildForTests), to skip the build.
const prebuilt = process.env.AIDSHEET_E2E_DIST;
let dist: string;
let dir: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
/** The six demo submissions and one rejected whole for a blocking error. */
let files: string[];
let blocking: string;

/** The CLI run in the folder of the inputs, so that it names each file as the page does. */
function cli(...args: string[]) {
  return cliIn(path.join(dir, "in"), ...args);
}

function cliIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dist = prebuilt ?? mkdtempSync(path.join(os.tmpdir(), "aidsheet-e2e-"));
  if (!prebuilt) await buildForTests(dist);
  dir = mkdtempSync(path.join(os.tmpdir(), "aidsheet-web-"));
  const inputs = path.join(dir, "in");
  mkdirSync(inputs);
  expect(cli("demo", "--out", "demo").code).toBe(0);
  const demo = path.join(inputs, "demo", "submissions");
  for (const f of readdirSync(demo)) renameSync(path.join(demo, f), path.join(inputs, f));
  blocking = path.join(inputs, "缺少单位代码.xlsx");
  writeFileSync(
    blocking,
    await writeXlsx(workbook({ form: { ...validForm(), agency_code: null } })),
  );
  files = readdirSync(inputs)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(inputs, f));
  server = await serve(dist);
  browser = await launchChromium(chromiumPath);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (dist && !prebuilt) rmSync(dist, { recursive: true, force: true });
});

/**
 * The page in a browser of that language; a page error or a request off the site fails. With
 * `standard` (and `config`), the site serves it as the deployed aidsheet.standard.json (and
 * aidsheet.config.json).
 */
async function openPage(
  locale = "zh-CN",
  standard?: string,
  config?: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale, acceptDownloads: true });
  const deployed = { "aidsheet.standard.json": standard, "aidsheet.config.json": config };
  for (const [file, body] of Object.entries(deployed)) {
    if (body === undefined) continue;
    await page.route(`${server.url}/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
  }
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith(`blob:${server.url}`)) {
      errors.push(`request to ${url}`);
    }
  });
  await page.goto(`${server.url}/index.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, errors };
}

const names = (paths: readonly string[]) => paths.map((p) => path.basename(p));
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function download(page: Page, name: string): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
  const file = path.join(dir, `${Date.now()}-${saved.suggestedFilename()}`);
  await saved.saveAs(file);
  return file;
}

function gridOf(file: string): WorkbookGrid {
  const read = readXlsx(readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return read.grid;
}

/** Every sheet's cells, the _meta stamps of time and version left out. */
function cellsOf(grid: WorkbookGrid) {
  return grid.sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden ?? false,
    rows: s.rows.filter(
      (row) => !(s.name === "_meta" && /^(created_at|version)$/.test(String(row?.[0]))),
    ),
  }));
}

/**
 * Every part of the package as text, but for the two stamped with the time of writing (the
 * core properties and _meta's sheet): the page zips the parts the CLI's writer writes.
 */
function partsOf(file: string): Record<string, string> {
  const parts = unzipSync(readFileSync(file));
  const meta = gridOf(file).sheets.findIndex((s) => s.name === "_meta");
  const stamped = ["docProps/core.xml", `xl/worksheets/sheet${meta + 1}.xml`];
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([name]) => !stamped.includes(name))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** The CLI's summary, but for the line naming the file it wrote and the errors it lists. */
function summaryOf(stdout: string): string[] {
  return stdout.split("\n").filter((l) => l && !l.startsWith("已写入") && !l.startsWith(" "));
}

/** 合并报送 clicked, and the summary the page shows once the merge is done. */
async function mergeOnPage(page: Page): Promise<string[]> {
  await button(page, zh.merge).click();
  const summary = page.getByTestId("merge-summary");
  await summary.waitFor();
  return (await summary.innerText()).split("\n");
}

test("合并报送: the downloaded workbook has the sheets, cell values and parts `aidsheet merge` writes, the report its report", async () => {
  const r = cli("merge", ...names(files), "--out", "../cli.xlsx", "--report", "../cli.json");
  expect(r.code).toBe(1);
  const { page, errors } = await openPage();
  await page.locator('input[name="merge-files"]').setInputFiles(files);
  const cliLines = summaryOf(r.stdout);
  await expect(mergeOnPage(page)).resolves.toEqual(cliLines);
  expect(cliLines[0]).toMatch(/文件 7 个（采用 6，被替代 0，未采用 1）/);

  const workbookFile = await download(page, zh.downloadWorkbook);
  const ours = cellsOf(gridOf(workbookFile));
  expect(ours.map((s) => s.name)).toEqual(
    cellsOf(gridOf(path.join(dir, "cli.xlsx"))).map((s) => s.name),
  );
  expect(ours).toEqual(cellsOf(gridOf(path.join(dir, "cli.xlsx"))));
  expect(ours.find((s) => s.name === "村级指标")!.rows.length).toBe(6);
  const parts = partsOf(workbookFile);
  expect(Object.keys(parts).sort()).toEqual(
    Object.keys(partsOf(path.join(dir, "cli.xlsx"))).sort(),
  );
  expect(parts).toEqual(partsOf(path.join(dir, "cli.xlsx")));

  const reportFile = await download(page, zh.downloadReport);
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as Record<string, unknown>;
  const expected = JSON.parse(readFileSync(path.join(dir, "cli.json"), "utf8")) as Record<
    string,
    unknown
  >;
  expect({ ...report, output: null }).toEqual({ ...expected, output: null });
  await expect(
    page.getByRole("table", { name: zh.indicators }).locator("tbody tr").count(),
  ).resolves.toBe(5);
  expect(errors).toEqual([]);
  await page.close();
});

test("合并报送 with --mask-ids: the same workbook as `merge --mask-ids`", async () => {
  const r = cli("merge", ...names(files), "--out", "../masked.xlsx", "--mask-ids");
  expect(r.code).toBe(1);
  const { page, errors } = await openPage();
  await page.locator('input[name="merge-files"]').setInputFiles(files);
  await page.getByRole("checkbox").check();
  await expect(mergeOnPage(page)).resolves.toEqual(summaryOf(r.stdout));
  const ours = cellsOf(gridOf(await download(page, zh.downloadWorkbook)));
  expect(ours).toEqual(cellsOf(gridOf(path.join(dir, "masked.xlsx"))));
  expect(JSON.stringify(ours)).toMatch(/\*{4}/);
  expect(errors).toEqual([]);
  await page.close();
});

test("合并报送 into an earlier consolidated workbook with a GB18030 pairing list: as `merge --into --pairings`", async () => {
  const csv = path.join(dir, "in", "pairings.csv");
  // "单位代码,单位名称,村代码" in GB18030, as Excel on a Chinese Windows saves a CSV.
  const header = Buffer.from("b5a5cebbb4fac2eb2cb5a5cebbc3fbb3c62cb4e5b4fac2eb", "hex");
  const body = `\n${validForm().agency_code},A,420116012215\n11420100MB0000999X,B,420116008204\n`;
  writeFileSync(csv, Buffer.concat([header, Buffer.from(body, "ascii")]));
  const [early, late] = [files.slice(0, 3), files.slice(3)];
  expect(cli("merge", ...names(early), "--out", "../base.xlsx").code).toBe(0);
  const r = cli(
    "merge",
    ...names(late),
    "--into",
    "../base.xlsx",
    "--pairings",
    "pairings.csv",
    "--out",
    "../into.xlsx",
  );
  expect(r.code).toBe(1);
  const { page, errors } = await openPage();
  await page.locator('input[name="merge-files"]').setInputFiles(late);
  await page.locator('input[name="merge-into"]').setInputFiles(path.join(dir, "base.xlsx"));
  await page.locator('input[name="merge-pairings"]').setInputFiles(csv);
  const cliLines = summaryOf(r.stdout);
  await expect(mergeOnPage(page)).resolves.toEqual(cliLines);
  expect(cliLines.at(-1)).toMatch(/^报送完成：应报 2，/);
  const ours = cellsOf(gridOf(await download(page, zh.downloadWorkbook)));
  expect(ours).toEqual(cellsOf(gridOf(path.join(dir, "into.xlsx"))));
  expect(errors).toEqual([]);
  await page.close();
});

test("a region's standard deployed beside the page: 校验 and 合并报送 as `--standard FILE`", async () => {
  const region = path.join(dir, "in", "本地扩展.xlsx");
  writeFileSync(region, await writeXlsx(regionWorkbook([2, 5, 1])));
  const r = cli("validate", "--json", "--standard", REGION_EXTENSION_PATH, names([region])[0]!);
  const expected = (JSON.parse(r.stdout) as { files: { issues: { message: string }[] }[] })
    .files[0]!.issues;
  expect(expected.map((i) => i.message)).toEqual([REGION_RULE.zh]);
  const { page, errors } = await openPage("zh-CN", REGION_EXTENSION_TEXT);
  await page.locator('input[name="validate-files"]').setInputFiles([region]);
  await button(page, zh.validate).click();
  const rule = page.locator('section[data-file] [data-issue-code="consistency"]');
  await expect(rule.getAttribute("data-issue-cell")).resolves.toBe("K3");
  await expect(rule.textContent()).resolves.toContain(REGION_RULE.zh);

  const merged = cli(
    "merge",
    names([region])[0]!,
    "--standard",
    REGION_EXTENSION_PATH,
    "--out",
    "../region.xlsx",
  );
  expect(merged.code).toBe(1);
  await page.locator('input[name="merge-files"]').setInputFiles([region]);
  await expect(mergeOnPage(page)).resolves.toEqual(summaryOf(merged.stdout));
  const ours = cellsOf(gridOf(await download(page, zh.downloadWorkbook)));
  expect(ours).toEqual(cellsOf(gridOf(path.join(dir, "region.xlsx"))));
  const households = ours.find((s) => s.name === "贫困户")!;
  expect(JSON.stringify(households.rows)).toContain(REGION_FIELD.zh);
  expect(errors).toEqual([]);
  await page.close();
});

test("a monitoring standard deployed beside the page: 合并报送 merges registers as `merge --standard`", async () => {
  expect(cli("demo", "--standard", "monitoring", "--out", "../mon").code).toBe(1);
  const registersDir = path.join(dir, "mon", "registers");
  const registers = readdirSync(registersDir);
  writeFileSync(path.join(dir, "mon", "lines.json"), MONITORING_LINES_CONFIG_TEXT);
  writeFileSync(path.join(dir, "mon", "region.json"), MONITORING_EXTENSION_TEXT);
  const args = ["--standard", "../region.json", "--config", "../lines.json", ...registers];
  const r = cliIn(
    registersDir,
    "merge",
    ...args,
    "--out",
    "../cli.xlsx",
    "--report",
    "../cli.json",
  );
  expect(r.code).toBe(1);
  const { page, errors } = await openPage(
    "zh-CN",
    MONITORING_EXTENSION_TEXT,
    MONITORING_LINES_CONFIG_TEXT,
  );
  // A register is merged afresh: no earlier workbook, no pairing list.
  await page.getByTestId("register-merge").waitFor();
  await expect(page.locator('input[name="merge-into"]').count()).resolves.toBe(0);
  await expect(page.locator('input[name="merge-pairings"]').count()).resolves.toBe(0);
  await page
    .locator('input[name="merge-files"]')
    .setInputFiles(registers.map((f) => path.join(registersDir, f)));
  const cliLines = summaryOf(r.stdout);
  await expect(mergeOnPage(page)).resolves.toEqual(cliLines);
  expect(cliLines[0]).toBe("文件 3 个（采用 3，未采用 0），村 9 个");

  const workbookFile = await download(page, zh.downloadWorkbook);
  expect(path.basename(workbookFile)).toMatch(/-汇总工作簿\.xlsx$/);
  const ours = cellsOf(gridOf(workbookFile));
  const theirs = cellsOf(gridOf(path.join(dir, "mon", "cli.xlsx")));
  expect(ours.map((s) => s.name).slice(0, 3)).toEqual(["汇总", "村级指标", "文件"]);
  expect(ours).toEqual(theirs);
  const report = JSON.parse(readFileSync(await download(page, zh.downloadReport), "utf8")) as {
    areas: { level: string; indicators: Record<string, number | null> }[];
  };
  const expected = JSON.parse(readFileSync(path.join(dir, "mon", "cli.json"), "utf8")) as object;
  expect({ ...report, output: null }).toEqual({ ...expected, output: null });
  expect(report.areas[0]!.level).toBe("county");
  // The county and its three townships, then the nine villages.
  const rowsOf = (name: string) =>
    page.getByRole("table", { name, exact: true }).locator("tbody tr").count();
  await expect(rowsOf(zh.areaIndicators)).resolves.toBe(4);
  await expect(rowsOf(zh.indicators)).resolves.toBe(9);
  expect(errors).toEqual([]);
  await page.close();
});

test("校验: per file the issues `aidsheet validate` reports, and 下载问题清单 lists them", async () => {
  const picked = [blocking, files[0]!];
  const r = cli("validate", "--json", ...names(picked));
  const expected = (
    JSON.parse(r.stdout) as {
      files: { issues: { code: string; cell: string | null; message: string }[] }[];
    }
  ).files;
  expect(expected[0]!.issues.some((i) => i.code === "required")).toBe(true);
  const { page, errors } = await openPage();
  await page.locator('input[name="validate-files"]').setInputFiles(picked);
  await button(page, zh.validate).click();
  await page.locator("section[data-file]").nth(1).waitFor();
  for (const [i, file] of expected.entries()) {
    const rows = page.locator("section[data-file]").nth(i).locator("[data-issue-code]");
    const shown = await rows.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-issue-code"),
        e.getAttribute("data-issue-cell"),
        e.textContent,
      ]),
    );
    expect(shown.map(([code, cell]) => [code, cell || null])).toEqual(
      file.issues.map((issue) => [issue.code, issue.cell]),
    );
    shown.forEach(([, , text], k) => expect(text).toContain(file.issues[k]!.message));
  }
  const list = gridOf(await download(page, zh.downloadIssues));
  expect(list.sheets.map((s) => s.name)).toEqual(["问题清单"]);
  const [header, ...rows] = list.sheets[0]!.rows;
  expect(header).toEqual(["文件", "工作表", "单元格", "字段", "级别", "代码", "说明"]);
  expect(rows.map((row) => row?.[5])).toEqual(expected.flatMap((f) => f.issues.map((i) => i.code)));
  expect(rows[0]?.[0]).toBe(path.basename(blocking));
  expect(errors).toEqual([]);
  await page.close();
});

test("English when the browser's language is not Chinese; the CSP lets nothing leave the site", async () => {
  const { page, errors } = await openPage("en-US");
  await expect(page.title()).resolves.toBe(STRINGS.en.title);
  await button(page, STRINGS.en.merge).waitFor();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'self';");
  expect(csp).not.toMatch(/https?:/);
  const blocked = await page.evaluate(() =>
    fetch("https://example.com/").then(
      () => "sent",
      () => "blocked",
    ),
  );
  expect(blocked).toBe("blocked");
  // Refused by the page's CSP before any request is made.
  expect(errors).toEqual([]);
  await page.close();
});

test("the bench corpus of 90 files merges through the page, which answers a click meanwhile", async () => {
  const corpus = await ensureCorpus(() => undefined);
  const { page, errors } = await openPage();
  await page.locator('input[name="merge-files"]').setInputFiles(corpus);
  await button(page, zh.merge).click();
  const progress = page.getByRole("progressbar");
  await progress.waitFor();
  // 校验 with nothing picked answers at once: the page's thread is free during the merge.
  await button(page, zh.validate).click();
  await page.getByRole("status").filter({ hasText: zh.noFiles }).waitFor({ timeout: 5_000 });
  await expect(progress.count()).resolves.toBe(1);
  await page.getByTestId("merge-summary").waitFor({ timeout: 240_000 });
  await expect(page.getByTestId("merge-summary").innerText()).resolves.toMatch(
    /文件 90 个（采用 90/,
  );
  expect(errors).toEqual([]);
  await page.close();
});
