import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHEETS } from "../../../src/core/spec/sheets";
import { renderFieldReference } from "../../../src/core/template/field-reference";

const DOC = join(__dirname, "..", "..", "..", "docs", "fields.md");

describe("renderFieldReference", () => {
  const text = renderFieldReference();

  it("lists every field with its key, both labels and its type", () => {
    for (const sheet of SHEETS) {
      for (const f of sheet.fields) {
        const row = text
          .split("\n")
          .find((line) => line.startsWith(`| \`${f.key}\` | ${f.label.zh} |`));
        expect(row).toBeDefined();
        expect(row).toContain(f.label.en);
        expect(row).toContain(typeof f.type === "object" ? `enum(${f.type.list})` : f.type);
      }
    }
    expect(text).toContain("光伏, 种植, 养殖");
  });

  it("matches the committed docs/fields.md", () => {
    const committed = readFileSync(DOC, "utf8");
    if (committed !== text) {
      throw new Error("docs/fields.md is stale: run `npm run docs:fields` and commit the result");
    }
  });
});
