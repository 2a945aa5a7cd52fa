// manifest.xml checked offline: Microsoft's XSDs (with xmllint) and its own cross-references.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { useTool } from "../support/tools";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD_DIR = path.join(ROOT, "test/fixtures/office-manifest-xsd");
const xml = readFileSync(MANIFEST, "utf8");

const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);

const xmllint = useTool("xmllint");

xmllint.test("manifest.xml is valid against the Office add-in manifest schemas (xmllint)", () => {
  const out = execFileSync(
    xmllint.path,
    ["--noout", "--nonet", "--schema", "OfficeAppManifestV1_1.xsd", MANIFEST],
    { cwd: XSD_DIR, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  expect(out).toBe("");
});

test("every resid resolves to a resource", () => {
  const ids = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
  const used = all(/resid="([^"]+)"/g);
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((id) => !ids.has(id))).toEqual([]);
});

test("every FunctionName has a matching Office.actions.associate in src/addin/commands", () => {
  const dir = path.join(ROOT, "src/addin/commands");
  const code = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
  const associated = [...code.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g)].map(
    (m) => m[1],
  );
  const functions = all(/<FunctionName>([^<]+)<\/FunctionName>/g);
  expect(functions).toEqual(["recalculateIndicators"]);
  for (const name of functions) expect(associated).toContain(name);
});

test("the icons it names exist in assets/ at their sizes", () => {
  const icons = all(/"https:\/\/localhost:3000\/(assets\/[^"]+)"/g);
  expect(icons.length).toBeGreaterThan(0);
  for (const icon of new Set(icons)) {
    const png = readFileSync(path.join(ROOT, icon));
    const size = Number(/icon-(\d+)\.png$/.exec(icon)![1]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test("Excel, ExcelApi 1.8, and the group 扶贫数据 with 数据助手 and 重算指标", () => {
  expect(xml).toContain('<Host Name="Workbook"/>');
  expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  const zh = (id: string) =>
    new RegExp(`<bt:String id="${id}"[^>]*>\\s*<bt:Override Locale="zh-CN" Value="([^"]+)"`).exec(
      xml,
    )?.[1];
  expect([zh("Group.Label"), zh("TaskpaneButton.Label"), zh("RecalculateButton.Label")]).toEqual([
    "扶贫数据",
    "数据助手",
    "重算指标",
  ]);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">/);
});

describe("the production manifest", () => {
  async function productionManifest(base: string | undefined): Promise<string> {
    const saved = process.env.ADDIN_BASE_URL;
    if (base === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = base;
    try {
      const makeConfig = (await import(path.join(ROOT, "webpack.config.js"))).default;
      const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
      const copy = config.plugins.find((p: { patterns?: unknown }) =>
        Array.isArray(p.patterns),
      ) as { patterns: { from: string; transform?: (c: Buffer) => string }[] };
      const pattern = copy.patterns.find((p) => p.from === "manifest.xml")!;
      return pattern.transform!(Buffer.from(xml));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  }

  test("takes its base URL from ADDIN_BASE_URL", async () => {
    const out = await productionManifest("https://intranet.example/aidsheet");
    expect(out).not.toContain("localhost");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://intranet.example/aidsheet/taskpane.html"/>',
    );
    expect(out).toContain("<AppDomain>https://intranet.example</AppDomain>");
  });

  test("keeps a clearly marked placeholder without it", async () => {
    const out = await productionManifest(undefined);
    expect(out).not.toContain("localhost");
    expect(out).toContain("https://YOUR-INTRANET-HOST/aidsheet/taskpane.html");
  });
});
