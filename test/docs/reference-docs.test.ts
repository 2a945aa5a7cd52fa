// The reference docs: generated parts current, examples valid, links resolvable.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import type { z } from "zod";
import { IndicatorsReportSchema } from "../../src/core/indicators/report-schema";
import { ISSUE_CODES } from "../../src/core/issues/codes";
import { REASONS } from "../../src/core/issues/reasons";
import { MergeReportSchema } from "../../src/core/merge/report-schema";
import { SHEETS } from "../../src/core/spec/sheets";
import { ValidateReportSchema } from "../../src/core/validate/report-schema";
import { CODE_DOCS } from "../../scripts/docs/issue-codes";
import { fillRegions, renderDocs } from "../../scripts/docs/render-docs";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("generated docs", () => {
  const docs = renderDocs(read);

  test.each([...docs.keys()])("%s is current", (file) => {
    const committed = existsSync(path.join(ROOT, file)) ? read(file) : "";
    if (committed !== docs.get(file)) {
      throw new Error(`${file} is stale: run \`npm run docs\` and commit the result`);
    }
  });

  test("a region is replaced, and a missing or unknown one is refused", () => {
    const stale = read("docs/indicators.md").replace(/\| `exit_ready` \|.*\n/, "");
    expect(fillRegions("docs/indicators.md", stale)).toBe(read("docs/indicators.md"));
    expect(() => fillRegions("docs/indicators.md", "no region")).toThrow(/indicators/);
    const unknown = "<!-- generated: nope -->\n<!-- end generated: nope -->";
    expect(() => fillRegions("docs/indicators.md", unknown)).toThrow(/unknown/);
  });

  test("standard.md has every field with its key, both labels and its type", () => {
    const lines = docs.get("docs/standard.md")!.split("\n");
    for (const sheet of SHEETS) {
      for (const f of sheet.fields) {
        const row = lines.find((l) => l.startsWith(`| \`${f.key}\` | ${f.label.zh} |`));
        expect(row).toContain(f.label.en);
        expect(row).toContain(typeof f.type === "object" ? `enum(${f.type.list})` : f.type);
      }
    }
    expect(docs.get("docs/standard.md")).toContain("光伏, 种植, 养殖");
  });

  test("issue-codes.md has a section for every code, with an example of every variant", () => {
    const text = docs.get("docs/issue-codes.md")!;
    for (const c of ISSUE_CODES) expect(text).toContain(`\n### ${c}\n`);
    for (const [c, reasons] of Object.entries(REASONS)) {
      const shown = CODE_DOCS[c as keyof typeof REASONS].examples.map((i) => i.detail.reason);
      expect(shown).toEqual([...reasons]);
    }
  });
});

describe("cli.md's JSON examples conform to the schemas", () => {
  const SCHEMAS: Record<string, z.ZodType> = {
    validate: ValidateReportSchema,
    "merge-report": MergeReportSchema,
    indicators: IndicatorsReportSchema,
  };
  const examples = [
    ...read("docs/cli.md").matchAll(/<!-- example: ([\w-]+) -->\n+```json\n([\s\S]*?)```/g),
  ];

  test("one example per schema", () => {
    expect(examples.map((m) => m[1]).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  test.each(examples.map((m) => [m[1]!, m[2]!]))("%s", (name, json) => {
    const document: unknown = JSON.parse(json);
    expect(SCHEMAS[name]!.parse(document)).toEqual(document);
  });
});

test("every relative link of docs/ and the README points to a file of the repository", () => {
  const files = [
    "README.md",
    ...readdirSync(path.join(ROOT, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const broken = files.flatMap((file) =>
    [...read(file).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^[a-z]+:/.test(target))
      .filter((target) => !existsSync(path.join(ROOT, path.dirname(file), target)))
      .map((target) => `${file} → ${target}`),
  );
  expect(broken).toEqual([]);
});
