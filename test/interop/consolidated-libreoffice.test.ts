// The demo's consolidated workbook printed by LibreOffice: landscape pages, titled, numbered, with the chart.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { BIN } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";
import { useTool } from "../support/tools";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "../..");
const soffice = useTool("soffice");
const poppler = useTool("poppler");
const pdf = (tool: "pdftotext" | "pdfinfo" | "pdftoppm") => join(dirname(poppler.path), tool);

// Each tool skips (or fails) on its own; the nested describe runs only with both.
soffice.describe("the consolidated workbook printed by LibreOffice", () => {
  poppler.describe("read back with poppler", () => {
    let dir: string;
    let printed: string;
    let pages: string[];
    let sizes: string[];

    beforeAll(async () => {
      // Made here, not while collecting: a skipped file must leave no folder behind.
      dir = mkdtempSync(join(tmpdir(), "aidsheet-print-"));
      printed = join(dir, "consolidated.pdf");
      await run(process.execPath, [BIN, "demo", "--out", join(dir, "demo")], { cwd: dir });
      const input = join(dir, "demo", "consolidated.xlsx");
      await convertWithLibreOffice(soffice.path, "pdf", dir, [input]);
      const text = (await run(pdf("pdftotext"), ["-layout", printed, "-"])).stdout;
      pages = text.split("\f").filter((p) => p.trim() !== "");
      const info = (await run(pdf("pdfinfo"), ["-f", "1", "-l", "999", printed])).stdout;
      sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
        (m) => `${Number(m[1]) > Number(m[2]) ? "landscape" : "portrait"}`,
      );
    }, 180_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

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
      await run(pdf("pdftoppm"), [
        "-f",
        "1",
        "-l",
        "1",
        "-r",
        "90",
        "-png",
        "-singlefile",
        printed,
        shot.replace(/\.png$/, ""),
      ]);
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    });
  });
});
