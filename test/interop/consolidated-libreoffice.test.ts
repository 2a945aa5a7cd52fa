// The demo's consolidated workbook printed by LibreOffice: landscape pages, titled, numbered, with the chart.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { BIN } from "../support/cli";
import { convertWithLibreOffice, onPath } from "../support/tools";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "../..");
const soffice = onPath("soffice");
const poppler = onPath("pdftotext") && onPath("pdfinfo") && onPath("pdftoppm");
const tools = soffice && poppler;
const describeWithTools = tools ? describe : describe.skip;

describeWithTools(
  `the consolidated workbook printed by LibreOffice (${tools ? soffice : "soffice or poppler-utils missing: skipped"})`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "aidsheet-print-"));
    const pdf = join(dir, "consolidated.pdf");
    let pages: string[];
    let sizes: string[];

    beforeAll(async () => {
      await run(process.execPath, [BIN, "demo", "--out", join(dir, "demo")], { cwd: dir });
      await convertWithLibreOffice(soffice!, "pdf", dir, [join(dir, "demo", "consolidated.xlsx")]);
      const text = (await run("pdftotext", ["-layout", pdf, "-"])).stdout;
      pages = text.split("\f").filter((p) => p.trim() !== "");
      const info = (await run("pdfinfo", ["-f", "1", "-l", "999", pdf])).stdout;
      sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
        (m) => `${Number(m[1]) > Number(m[2]) ? "landscape" : "portrait"}`,
      );
    }, 180_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("every page is landscape, headed by its sheet and period, numbered 第 n 页 共 N 页", () => {
      expect(sizes).toHaveLength(pages.length);
      expect(new Set(sizes)).toEqual(new Set(["landscape"]));
      pages.forEach((page, i) => {
        expect(page).toMatch(/（2018）/);
        expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`);
      });
    });

    test("page 1 is 汇总 with the city total and the chart drawn; page 2 is 村级指标", () => {
      expect(pages[0]).toContain("汇总（2018）");
      expect(pages[0]).toMatch(/全市\s+4201\s+武汉市/);
      // The chart's title, legend and percentage axis exist only where the chart was drawn.
      expect(pages[0]).toContain("各村户均帮扶资金与贫困发生率");
      expect(pages[0]).toMatch(/0\.\d%/);
      expect(pages[1]).toContain("村级指标（2018）");
      for (const code of ["420114004204", "420116012215", "420117102205"]) {
        expect(pages[1]).toContain(code);
      }
    });

    test("a sheet over several pages repeats its header row on each", () => {
      const issues = pages.filter((p) => p.includes("问题清单（2018）"));
      expect(issues.length).toBeGreaterThan(1);
      for (const page of issues) expect(page).toMatch(/文件\s+工作表\s+单元格/);
    });

    test("the printed 汇总 page as a picture (the README's, refreshed on request)", async () => {
      // Written into docs/ only on request, so that a test run leaves the tree clean.
      const shot = process.env.UPDATE_SCREENSHOT
        ? join(ROOT, "docs/summary-page.png")
        : join(dir, "summary-page.png");
      mkdirSync(dirname(shot), { recursive: true });
      await run("pdftoppm", [
        "-f",
        "1",
        "-l",
        "1",
        "-r",
        "90",
        "-png",
        "-singlefile",
        pdf,
        shot.replace(/\.png$/, ""),
      ]);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    });
  },
);
