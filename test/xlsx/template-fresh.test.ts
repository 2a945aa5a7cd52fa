import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { Lang } from "../../src/core/messages";
import { planTemplate } from "../../src/core/template/plan";
import { writeTemplate } from "../../src/xlsx/write-template";
import { loadTemplateContent } from "./support/template-content";
import type { SheetContent } from "./support/template-content";

const TEMPLATES = join(__dirname, "..", "..", "templates");
const HOW = "run `npm run templates` and commit templates/";

/** Where two templates differ, as "sheet: part" lines; empty when they match. */
function differences(committed: SheetContent[], fresh: SheetContent[]): string[] {
  const names = (c: SheetContent[]) => c.map((s) => `${s.name} (${s.state})`).join(", ");
  if (names(committed) !== names(fresh)) {
    return [`sheets: committed ${names(committed)}; fresh ${names(fresh)}`];
  }
  const parts = ["frozenRows", "widths", "values", "numFmts", "columnFmts", "validations"] as const;
  return fresh.flatMap((sheet, i) =>
    parts
      .filter((part) => !isDeepStrictEqual(committed[i]![part], sheet[part]))
      .map((part) => `${sheet.name}: ${part}`),
  );
}

describe.each<[Lang, string]>([
  ["zh-CN", "aidsheet-template.xlsx"],
  ["en", "aidsheet-template-en.xlsx"],
])("committed template (%s)", (lang, file) => {
  it(`templates/${file} has the content a fresh generation gives`, async () => {
    const path = join(TEMPLATES, file);
    if (!existsSync(path)) throw new Error(`templates/${file} is missing: ${HOW}`);
    const committed = await loadTemplateContent(readFileSync(path));
    const fresh = await loadTemplateContent(
      await writeTemplate(planTemplate(lang, DEFAULT_CONFIG)),
    );
    expect(fresh.length).toBe(9);
    const diff = differences(committed, fresh);
    if (diff.length > 0) {
      throw new Error(`templates/${file} is stale (${diff.join("; ")}): ${HOW}`);
    }
  });
});
