// The add-in's pages as `npm run build` writes them, with office.js from Microsoft's CDN (the
// default) or bundled (OFFICE_JS=bundled): scripts, CSP, and the copy of office.js.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import type { Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const PAGES = ["commands.html", "message.html", "taskpane.html"];
const CDN_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The real configuration with a stub for every bundle: the pages and copies are what is tested. */
async function build(officeJs: string | undefined): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), "aidsheet-build-"));
  dirs.push(out);
  const stub = path.join(out, "stub.js");
  writeFileSync(stub, "");
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    const makeConfig = (await import(path.join(ROOT, "webpack.config.js"))) as {
      default: (env: object, options: object) => Promise<Configuration>;
    };
    const config = await makeConfig.default(
      { WEBPACK_BUILD: true, outputPath: path.join(out, "dist") },
      { mode: "production" },
    );
    const entry = Object.fromEntries(Object.keys(config.entry as object).map((k) => [k, stub]));
    await new Promise<void>((resolve, reject) =>
      webpack({ ...config, context: ROOT, entry, devtool: false }, (error, stats) =>
        error || stats?.hasErrors()
          ? reject(error ?? new Error(stats?.toString("errors-only")))
          : resolve(),
      ),
    );
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
  return path.join(out, "dist");
}

/** A page as written (minified: attribute values quoted only where they must be). */
function page(dist: string, name: string) {
  const html = readFileSync(path.join(dist, name), "utf8");
  const value = (m: RegExpMatchArray) => m[1] ?? m[2] ?? "";
  const csp = html.match(/http-equiv="?Content-Security-Policy"? content=(?:"([^"]*)"|([^\s>]+))/);
  return {
    html,
    csp: csp ? value(csp) : "",
    sources: [...html.matchAll(/\b(?:src|href)=(?:"([^"]*)"|([^\s>]+))/g)].map(value),
  };
}

test("by default the add-in's pages load office.js from Microsoft's CDN, which their CSP allows", async () => {
  const dist = await build(undefined);
  for (const name of PAGES) {
    const { csp, sources } = page(dist, name);
    expect([name, sources.filter((s) => /^https?:/.test(s))]).toEqual([name, [CDN_SCRIPT]]);
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
  }
  expect(existsSync(path.join(dist, "office-js"))).toBe(false);
  expect(page(dist, "index.html").csp).toContain("script-src 'self';");
}, 120_000);

test("OFFICE_JS=bundled: office.js and its host files in dist/office-js, pages and CSP on this site only", async () => {
  const dist = await build("bundled");
  for (const name of [...PAGES, "index.html"]) {
    const { html, csp, sources } = page(dist, name);
    expect([name, html.match(/https?:\/\/[^\s"'<>]*/g)]).toEqual([name, null]);
    expect(csp).toMatch(/script-src 'self';/);
    expect(sources.every((s) => !s.includes(":") && !s.startsWith("//"))).toBe(true);
  }
  expect(page(dist, "taskpane.html").sources).toContain("office-js/office.js");
  const copied = readdirSync(path.join(dist, "office-js"));
  expect(copied).toEqual(expect.arrayContaining(["office.js", "excel-win32-16.01.js", "zh-cn"]));
  expect(copied.filter((f) => f.endsWith(".debug.js"))).toEqual([]);
  expect(existsSync(path.join(dist, "office-js", "zh-cn", "office_strings.js"))).toBe(true);
  expect(() => readFileSync(path.join(dist, "manifest.xml"))).not.toThrow();
}, 120_000);

test("OFFICE_JS with any other value stops the build, naming the two it takes", async () => {
  await expect(build("cdn-mirror")).rejects.toThrow(/"cdn" or "bundled"/);
});
