// The built taskpane in headless Chromium, with the in-memory Excel host in place of office.js.
import { consolidate, consolidateErrorText } from "../../src/app";
import { generateCounty } from "../../src/app/demo/county";
import { exportRegister } from "../../src/app/demo/national-export";
import { resolveConfig } from "../../src/core/resolve-config";
import { consolidatedToGrid } from "../../src/core/consolidated/to-grid";
import { builtinStandard } from "../../src/core/standard/builtin";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { messageUrl } from "../../src/addin/message/message-url";
import { STRINGS } from "../../src/addin/taskpane/strings";
import type { WorkbookGrid } from "../../src/core/grid";
import type { FakeExcelHost } from "../support/fake-excel";
import { fakeUscc } from "../support/ids";
import { useTool } from "../support/tools";
import {
  REGION_EXTENSION_TEXT,
  REGION_FIELD,
  REGION_RULE,
  regionWorkbook,
} from "../support/region";
import { MONITORING_EXTENSION_TEXT, MONITORING_LINES_CONFIG_TEXT } from "../support/monitoring";
import { householdRows, validForm, validTables, workbook } from "../support/workbook";
import { writeXlsx } from "../support/xlsx";
import { buildForTests } from "./build";
import { launchChromium } from "./chromium";
import { serve } from "./server";

type PaneWindow = Window & {
  fakeExcel: FakeExcelHost;
  loadGrid(grid: WorkbookGrid): void;
};

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
// Every test here is skipped, with one line saying how to install Chromium, when it is missing.
const { path: chromiumPath, test } = useTool("chromium");

let dist: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let fakeOffice: string;

// AIDSHEET_E2E_DIST names a folder built before (by buildForTests), to skip the build.
const prebuilt = process.env.AIDSHEET_E2E_DIST;

beforeAll(async () => {
  dist = prebuilt ?? mkdtempSync(path.join(os.tmpdir(), "aidsheet-e2e-"));
  if (!prebuilt) await buildForTests(dist);
  fakeOffice = readFileSync(path.join(dist, "fake-office.js"), "utf8");
  server = await serve(dist);
  browser = await launchChromium(chromiumPath);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist && !prebuilt) rmSync(dist, { recursive: true, force: true });
});

/**
 * A page of the add-in with the fake host answering for office.js; page errors fail. With
 * `config`, the site serves it as the deployed aidsheet.config.json (else there is none), and
 * with `standard` as the deployed aidsheet.standard.json.
 */
async function open(
  file: string,
  query = "",
  config?: string,
  standard?: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 380, height: 860 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // docs/limits.md: nothing leaves the add-in's own site but the request for office.js.
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith("https://appsforoffice.microsoft.com/")) {
      errors.push(`request to ${url}`);
    }
  });
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice }),
  );
  if (config !== undefined) {
    await page.route(`${server.url}/aidsheet.config.json`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: config }),
    );
  }
  if (standard !== undefined) {
    await page.route(`${server.url}/aidsheet.standard.json`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: standard }),
    );
  }
  await page.goto(`${server.url}/${file}${query}`);
  return { page, errors };
}

async function openPane(query = "", config?: string, standard?: string) {
  const pane = await open("taskpane.html", query, config, standard);
  await pane.page.getByRole("button", { name: "插入模板", exact: true }).waitFor();
  return pane;
}

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const notice = (page: Page) => page.getByRole("status");

async function clickAndWait(page: Page, name: string, expected: RegExp) {
  await button(page, name).click();
  await notice(page).filter({ hasText: expected }).waitFor();
}

/** The fills the cells show: a highlight's over the cell's own. */
function fills(page: Page, sheet: string, cells: [number, number][]) {
  return page.evaluate(
    ([name, at]) => {
      const s = (window as unknown as PaneWindow).fakeExcel.workbook.sheetOrThrow(name);
      return at.map(([r, c]) => s.displayedFill(r, c) ?? null);
    },
    [sheet, cells] as const,
  );
}

function values(page: Page, sheet: string, cells: [number, number][]) {
  return page.evaluate(
    ([name, at]) => {
      const s = (window as unknown as PaneWindow).fakeExcel.workbook.sheetOrThrow(name);
      return at.map(([r, c]) => s.valueAt(r, c));
    },
    [sheet, cells] as const,
  );
}

test("staff: insert the template, type, validate, go to a cell, fix, compute indicators", async () => {
  const { page, errors } = await openPane();
  await clickAndWait(page, "插入模板", /已插入模板/);
  const names = await page.evaluate(() =>
    (window as unknown as PaneWindow).fakeExcel.workbook.sheets.map((s) => s.name),
  );
  expect(names).toEqual([
    "填报说明",
    "报送信息",
    "帮扶村",
    "资金投入",
    "帮扶项目",
    "贫困户",
    "帮扶活动",
    "_lists",
    "_meta",
  ]);

  // What a person types, with the mistakes people make.
  await page.evaluate(
    ([form, village]) => {
      const wb = (window as unknown as PaneWindow).fakeExcel.workbook;
      wb.type(
        "报送信息",
        "B1",
        form.map((v) => [v]),
      );
      wb.type("帮扶村", "A2", [village]);
      wb.type("资金投入", "A2", [
        ["420116012215", "2018-05-10", "企业投入", "市金控集团", "471万", "产业发展"],
      ]);
    },
    [
      [fakeUscc(1), "市纪委监委机关", "2018", "", "张三", "13800138000", "2018-12-20"],
      [
        "420116012215",
        "凤凰寨村",
        "黄陂区",
        "蔡榨街道",
        "420户",
        1460,
        9999,
        190,
        68,
        190,
        "35万元",
        120000,
        17940,
        15800,
        2017,
        22,
        3,
      ],
    ] as const,
  );

  await clickAndWait(page, "校验", /校验完成/);
  const range = page.locator('[data-issue-cell="G2"][data-issue-code="range"]');
  await expect(range.count()).resolves.toBe(1);
  await expect(
    page.locator('[data-issue-cell="K2"][data-issue-code="normalized"]').count(),
  ).resolves.toBe(1);
  expect(
    await fills(page, "帮扶村", [
      [1, 6],
      [1, 10],
      [1, 1],
    ]),
  ).toEqual(["#FFC7CE", "#FFEB9C", null]);
  // The README's screenshot is refreshed on request only, so that a test run leaves the tree clean.
  const shot = await page.screenshot(
    process.env.UPDATE_SCREENSHOT ? { path: path.join(ROOT, "docs/taskpane.png") } : {},
  );
  expect(shot.subarray(1, 4).toString()).toBe("PNG");

  await range.click();
  await expect(
    page.evaluate(() => (window as unknown as PaneWindow).fakeExcel.workbook.selection),
  ).resolves.toEqual({ sheet: "帮扶村", address: "G2" });

  await clickAndWait(page, "一键修正", /已修正 3 个单元格/);
  expect(
    await values(page, "帮扶村", [
      [1, 4],
      [1, 10],
    ]),
  ).toEqual([420, 350000]);
  expect(await values(page, "资金投入", [[1, 4]])).toEqual([4710000]);
  await expect(page.locator('[data-issue-code="normalized"]').count()).resolves.toBe(0);
  await expect(range.count()).resolves.toBe(1);

  await clickAndWait(page, "清除标记", /已清除标记/);
  expect(
    await fills(page, "帮扶村", [
      [1, 6],
      [1, 10],
    ]),
  ).toEqual([null, null]);

  // The village's row is rejected (9999 poor households), so correct it first.
  await page.evaluate(() =>
    (window as unknown as PaneWindow).fakeExcel.workbook.type("帮扶村", "G2", [[68]]),
  );
  await clickAndWait(page, "计算指标", /已写入“汇总”和“村级指标”：1 个村/);
  expect(
    await values(page, "村级指标", [
      [0, 0],
      [1, 0],
      [1, 5],
    ]),
  ).toEqual(["村代码", "420116012215", 4710000]);
  expect(await values(page, "汇总", [[1, 2]])).toEqual(["武汉市"]);
  await expect(
    page.evaluate(
      () => (window as unknown as PaneWindow).fakeExcel.workbook.sheetOrThrow("汇总").charts.length,
    ),
  ).resolves.toBe(1);
  expect(errors).toEqual([]);
});

test("coordinator: 合并报送 merges three files into a blank workbook, a broken fourth reported", async () => {
  const { page, errors } = await openPane();
  const agencies = [
    [11, "市委组织部", "420117102205", "毛家冲村", "新洲区"],
    [12, "市公安局", "420116008204", "青云村", "黄陂区"],
    [13, "市民政局", "420115016209", "八秀村", "江夏区"],
  ] as const;
  const [village] = validTables().villages;
  const files = await Promise.all(
    agencies.map(async ([n, name, code, villageName, district], i) => ({
      name: `报送${i + 1}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await writeXlsx(
        workbook({
          form: { ...validForm(), agency_code: fakeUscc(n), agency_name: name },
          tables: {
            villages: [{ ...village, village_code: code, village_name: villageName, district }],
            funds: [],
            projects: [],
            households: [],
            activities: [],
          },
        }),
      ),
    })),
  );
  const broken = {
    name: "损坏.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("not a zip"),
  };
  await page.locator('input[type="file"]').setInputFiles([...files, broken]);
  await clickAndWait(page, "合并报送", /已合并 4 个文件，报送期间 2018/);
  await expect(page.locator('[data-file-status="accepted"]').count()).resolves.toBe(3);
  await expect(page.locator('[data-file-status="rejected"]').count()).resolves.toBe(1);
  const names = await page.evaluate(() =>
    (window as unknown as PaneWindow).fakeExcel.workbook.sheets.map((s) => s.name),
  );
  expect(names).toEqual([
    "汇总",
    "村级指标",
    "报送单位",
    "帮扶村",
    "资金投入",
    "帮扶项目",
    "贫困户",
    "帮扶活动",
    "问题清单",
    "未合并行",
    "_meta",
  ]);
  expect(
    await values(page, "村级指标", [
      [1, 0],
      [2, 0],
      [3, 0],
    ]),
  ).toEqual(["420115016209", "420116008204", "420117102205"]);
  expect(errors).toEqual([]);
});

describe("a monitoring standard deployed beside the taskpane", () => {
  const county = generateCounty();
  const grids = county.registers.map((r) => consolidatedToGrid(exportRegister(county, r)));
  const xlsx = (grid: WorkbookGrid, i: number) =>
    writeXlsx(grid).then((buffer) => ({
      name: county.registers[i]!.fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    }));
  const sheetNames = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as PaneWindow).fakeExcel.workbook.sheets.map((s) => s.name),
    );

  test("合并报送 writes the register's consolidated sheets, in as many round trips for 1 file as for 3", async () => {
    const standard = builtinStandard("monitoring")!;
    const config = resolveConfig(JSON.parse(MONITORING_LINES_CONFIG_TEXT));
    if (!config.ok) throw new Error("config");
    const expected = consolidate({
      inputs: grids.map((grid, i) => ({
        file: county.registers[i]!.fileName,
        name: county.registers[i]!.fileName,
        sha256: null,
        content: { ok: true, grid },
      })),
      purpose: "merge",
      config: config.config,
      standard,
    });
    if (!expected.ok || expected.workflow !== "register") throw new Error("not merged");
    const files = await Promise.all(grids.map(xlsx));
    const syncs: number[] = [];
    for (const picked of [files.slice(0, 1), files]) {
      const { page, errors } = await openPane(
        "",
        MONITORING_LINES_CONFIG_TEXT,
        MONITORING_EXTENSION_TEXT,
      );
      await page.getByTestId("register-merge").waitFor();
      await page.locator('input[type="file"]').setInputFiles(picked);
      await page.evaluate(() => (window as unknown as PaneWindow).fakeExcel.resetStats());
      await clickAndWait(page, "合并报送", new RegExp(`^已合并 ${picked.length} 个文件。`));
      syncs.push(await page.evaluate(() => (window as unknown as PaneWindow).fakeExcel.syncs));
      await expect(sheetNames(page)).resolves.toEqual([
        "汇总",
        "村级指标",
        "文件",
        ...standard.sheets.map((s) => s.name.zh),
        "问题清单",
        "未合并行",
        "_meta",
      ]);
      await expect(page.locator('[data-file-status="accepted"]').count()).resolves.toBe(
        picked.length,
      );
      if (picked.length === files.length) {
        const villages = expected.result.villages.map((v) => v.code);
        const cells = villages.map((_, i): [number, number] => [i + 1, 2]);
        await expect(values(page, "村级指标", cells)).resolves.toEqual(villages);
        // The workbook now holds a merge: registers are never merged into one.
        await clickAndWait(page, "合并报送", /不并入已有的汇总工作簿/);
        await expect(notice(page).innerText()).resolves.toBe(
          consolidateErrorText({ kind: "paired-only", option: "into" }, "zh-CN"),
        );
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    console.info(`合并报送 of registers, round trips: 1 file ${syncs[0]}, 3 files ${syncs[1]}`);
    // Reading the workbook, writing the sheets, deleting the blank one: batched, whatever the rows.
    expect(syncs).toEqual([5, 5]);
  });

  test("计算指标 on an open register writes 汇总 and 村级指标 for its villages", async () => {
    const { page, errors } = await openPane(
      "",
      MONITORING_LINES_CONFIG_TEXT,
      MONITORING_EXTENSION_TEXT,
    );
    await page.evaluate((grid) => (window as unknown as PaneWindow).loadGrid(grid), grids[0]!);
    await clickAndWait(page, "计算指标", /^已写入“汇总”和“村级指标”：3 个村。$/);
    const names = await sheetNames(page);
    expect(names.slice(-2)).toEqual(["汇总", "村级指标"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test("ribbon: 重算指标 recomputes the indicators, shows in a dialog why it cannot, always completes", async () => {
  const { page, errors } = await open("commands.html");
  await page.waitForFunction(() =>
    (window as unknown as PaneWindow).fakeExcel.actions.has("recalculateIndicators"),
  );
  const invoke = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const action = (window as unknown as PaneWindow).fakeExcel.actions.get(
            "recalculateIndicators",
          )!;
          void action({ completed: () => resolve(true) });
        }),
    );
  const dialogs = () =>
    page.evaluate(() =>
      (window as unknown as PaneWindow).fakeExcel.Office.context.ui.dialogs.map((d) => d.url),
    );
  /** Invoke, wait for the dialog, click its OK (the page's message): the event completes. */
  async function invokeFailing(): Promise<URLSearchParams> {
    const before = (await dialogs()).length;
    const completed = invoke();
    await page.waitForFunction(
      (n) => (window as unknown as PaneWindow).fakeExcel.Office.context.ui.dialogs.length > n,
      before,
    );
    const url = new URL((await dialogs()).at(-1)!);
    expect(`${url.origin}${url.pathname}`).toBe(`${server.url}/message.html`);
    await page.evaluate(() =>
      (window as unknown as PaneWindow).fakeExcel.Office.context.ui.dialogs.at(-1)!.send("close"),
    );
    await expect(completed).resolves.toBe(true);
    return url.searchParams;
  }

  await page.evaluate((grid) => (window as unknown as PaneWindow).loadGrid(grid), workbook());
  await expect(invoke()).resolves.toBe(true);
  expect(await values(page, "村级指标", [[1, 0]])).toEqual(["420116012215"]);
  expect(await dialogs()).toEqual([]);

  // A workbook that is not a submission: the taskpane's text for 计算指标, in a dialog.
  const notSubmission: WorkbookGrid = {
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["姓名", "金额"],
          ["某某", 5],
        ],
        merges: [],
      },
    ],
  };
  await page.evaluate((grid) => (window as unknown as PaneWindow).loadGrid(grid), notSubmission);
  const reason = await invokeFailing();
  expect(reason.get("lang")).toBe("zh-CN");
  expect(reason.get("text")).toBe(consolidateErrorText({ kind: "nothing-counts" }, "zh-CN"));

  // Excel refusing every request: the generic failure with Office's code.
  await page.evaluate(() => ((window as unknown as PaneWindow).fakeExcel.maxPayloadBytes = 10));
  const failure = await invokeFailing();
  expect(failure.get("title")).toBe(STRINGS["zh-CN"].failed);
  expect(failure.get("text")).toMatch(/\(RequestPayloadSizeLimitExceeded\)$/);
  expect(errors).toEqual([]);
});

test("the message dialog shows its text as text; OK asks the commands page to close it", async () => {
  const text = "<b>粗体</b> & <img src=x>";
  const url = messageUrl(`${server.url}/commands.html`, "zh-CN", { title: "操作失败", text });
  const { page, errors } = await open("message.html", new URL(url).search);
  await expect(page.locator("#text").textContent()).resolves.toBe(text);
  await expect(page.locator("#title").textContent()).resolves.toBe("操作失败");
  await expect(page.locator("b, img").count()).resolves.toBe(0);
  // Its stylesheet is its own file: the page's CSP allows no inline style.
  await expect(
    button(page, "确定").evaluate((b) => getComputedStyle(b).backgroundColor),
  ).resolves.toBe("rgb(15, 108, 189)");
  await button(page, "确定").click();
  await expect(
    page.evaluate(
      () => (window as unknown as PaneWindow).fakeExcel.Office.context.ui.parentMessages,
    ),
  ).resolves.toEqual(["close"]);
  expect(errors).toEqual([]);

  const en = await open("message.html", "?lang=en&text=x");
  await expect(button(en.page, "OK").count()).resolves.toBe(1);
  await expect(en.page.locator("#title").isHidden()).resolves.toBe(true);
});

test("校验 takes three round trips for 10 rows and for 10,000 rows", async () => {
  const syncs: number[] = [];
  for (const n of [10, 10_000]) {
    const { page } = await openPane();
    const rows = householdRows(n);
    // One bad household in each: the marks are part of the task.
    rows[n - 1] = { ...rows[n - 1]!, household_size: 99 };
    await page.evaluate(
      (grid) => (window as unknown as PaneWindow).loadGrid(grid),
      workbook({ tables: { households: rows } }),
    );
    await page.evaluate(() => (window as unknown as PaneWindow).fakeExcel.resetStats());
    await clickAndWait(page, "校验", /校验完成/);
    syncs.push(await page.evaluate(() => (window as unknown as PaneWindow).fakeExcel.syncs));
    await page.close();
  }
  console.info(`校验 round trips: 10 rows ${syncs[0]}, 10,000 rows ${syncs[1]}`);
  // The sheets' shapes and earlier marks, the cells, the marks.
  expect(syncs).toEqual([3, 3]);
});

test("a configuration deployed beside the taskpane is used; a broken one stops the pane", async () => {
  const huangshi = {
    region: {
      name: "黄石市",
      code_prefix: "4202",
      districts: [{ name: "黄石港区", code: "420202" }],
    },
  };
  const village = {
    ...validTables().villages[0]!,
    village_code: "420202000001",
    district: "黄石港区",
    village_name: "某村",
  };
  const grid = workbook({
    tables: { villages: [village], funds: [], projects: [], households: [], activities: [] },
  });
  const found: number[] = [];
  for (const config of [undefined, JSON.stringify(huangshi)]) {
    const { page, errors } = await openPane("", config);
    await page.evaluate((g) => (window as unknown as PaneWindow).loadGrid(g), grid);
    await clickAndWait(page, "校验", /校验完成|没有发现问题/);
    found.push(await page.locator("[data-issue-code]").count());
    expect(errors).toEqual([]);
    await page.close();
  }
  // Wuhan's defaults find a village of 黄石市 out of the region; 黄石市's configuration not.
  expect(found[0]).toBeGreaterThan(0);
  expect(found[1]).toBe(0);

  const { page } = await open("taskpane.html", "", '{"region": {"code_prefix": 42}}');
  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "配置文件有误" }).waitFor();
  await expect(alert.textContent()).resolves.toContain("aidsheet.config.json: region.code_prefix");
  await expect(button(page, "插入模板").count()).resolves.toBe(0);
});

test("a region's standard deployed beside the taskpane: its field in the template, its rule in 校验", async () => {
  const { page, errors } = await openPane("", undefined, REGION_EXTENSION_TEXT);
  await clickAndWait(page, "插入模板", /已插入模板/);
  // 贫困户 has ten fields of the 2018 standard; the region's is the eleventh column.
  expect(await values(page, "贫困户", [[0, 10]])).toEqual([REGION_FIELD.zh]);
  await page.evaluate((g) => (window as unknown as PaneWindow).loadGrid(g), regionWorkbook([2, 5]));
  await clickAndWait(page, "校验", /校验完成/);
  const rule = page.locator('[data-issue-cell="K3"][data-issue-code="consistency"]');
  await expect(rule.textContent()).resolves.toContain(REGION_RULE.zh);
  await expect(page.locator("[data-issue-code]").count()).resolves.toBe(1);
  expect(errors).toEqual([]);
  await page.close();

  const broken = REGION_EXTENSION_TEXT.replace('"type": "count"', '"type": "number"');
  const { page: stopped } = await open("taskpane.html", "", undefined, broken);
  const alert = stopped.getByRole("alert");
  await alert.filter({ hasText: "配置文件有误" }).waitFor();
  const line = broken.split("\n").findIndex((l) => l.includes('"number"')) + 1;
  await expect(alert.textContent()).resolves.toContain(
    `aidsheet.standard.json:${line}: $.sheets[0].fields[0].type：须为以下之一："text"`,
  );
  await expect(button(stopped, "插入模板").count()).resolves.toBe(0);
});

test("English when Office's display language is not Chinese", async () => {
  const { page } = await open("taskpane.html", "?lang=en-US");
  await button(page, "Insert template").waitFor();
  await expect(button(page, "Validate").count()).resolves.toBe(1);
});

test("every page of the add-in allows scripts only from itself and the Office CDN, connections only to itself", async () => {
  // index.html is the web page, with no Office at all (web.e2e.ts).
  const pages = readdirSync(dist).filter((f) => f.endsWith(".html") && f !== "index.html");
  expect(pages.sort()).toEqual(["commands.html", "message.html", "taskpane.html"]);
  for (const file of pages) {
    const { page } = await open(file);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
    const blocked = await page.evaluate(() =>
      fetch("https://example.com/").then(
        () => "fetched",
        () => "blocked",
      ),
    );
    expect([file, blocked]).toEqual([file, "blocked"]);
    await page.close();
  }
});
