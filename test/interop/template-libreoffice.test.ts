import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { Lang } from "../../src/core/spec/types";
import { planTemplate } from "../../src/core/template/plan";
import { writeTemplate } from "../../src/xlsx/write-template";
import { convertWithLibreOffice, onPath } from "../support/tools";
import { loadTemplateContent } from "../xlsx/support/template-content";
import type { SheetContent } from "../xlsx/support/template-content";

const soffice = onPath("soffice");
const describeWithLibreOffice = soffice ? describe : describe.skip;
const LANGS: readonly Lang[] = ["zh-CN", "en"];

// LibreOffice splits mixed CJK/Latin text into rich-text runs by script; the text is what counts.
function plainValues(sheet: SheetContent): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sheet.values).map(([address, value]) => {
      const runs = (value as { richText?: { text: string }[] } | null)?.richText;
      return [address, runs ? runs.map((r) => r.text).join("") : value];
    }),
  );
}

describeWithLibreOffice(
  `template through LibreOffice (${soffice ?? "soffice not on PATH: skipped"})`,
  () => {
    let dir: string;
    const original = new Map<Lang, SheetContent[]>();
    const converted = new Map<Lang, SheetContent[]>();

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "aidsheet-lo-"));
      const inputs: string[] = [];
      for (const lang of LANGS) {
        const data = await writeTemplate(planTemplate(lang, DEFAULT_CONFIG));
        const input = join(dir, `template-${lang}.xlsx`);
        await writeFile(input, data);
        inputs.push(input);
        original.set(lang, await loadTemplateContent(data));
      }
      await convertWithLibreOffice(
        soffice!,
        "xlsx:Calc MS Excel 2007 XML",
        join(dir, "out"),
        inputs,
      );
      for (const lang of LANGS) {
        const output = await readFile(join(dir, "out", `template-${lang}.xlsx`));
        converted.set(lang, await loadTemplateContent(output));
      }
    }, 180_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it.each(LANGS)(
      "opens and saves the %s template without repair: same sheets, same states",
      (lang) => {
        const names = (c: SheetContent[] | undefined) => c?.map((s) => [s.name, s.state]);
        expect(names(converted.get(lang))).toEqual(names(original.get(lang)));
      },
    );

    it.each(LANGS)(
      "keeps every validation of the %s template: dropdowns, bounds, texts",
      (lang) => {
        const before = original.get(lang)!;
        const after = converted.get(lang)!;
        let count = 0;
        before.forEach((sheet, i) => {
          expect([sheet.name, after[i]!.validations]).toEqual([sheet.name, sheet.validations]);
          count += Object.keys(sheet.validations).length;
        });
        expect(count).toBeGreaterThan(10);
        const villages = after[2]!.validations;
        const dropdown = Object.keys(villages).find((v) => v.includes('"type":"list"'))!;
        expect(JSON.parse(dropdown).formulae).toEqual(["_lists!$A$2:$A$14"]);
        expect(villages[dropdown]).toEqual(["C2:C1000"]);
      },
    );

    it.each(LANGS)("keeps the number formats of the %s template, text on codes and IDs", (lang) => {
      const before = original.get(lang)!;
      const after = converted.get(lang)!;
      before.forEach((sheet, i) => {
        expect([sheet.name, after[i]!.numFmts]).toEqual([sheet.name, sheet.numFmts]);
      });
      const households = after[5]!;
      expect(households.numFmts["@"]).toContain("A2:A1000");
      expect(after[2]!.numFmts["@"]).toContain("A2:A1000");
    });

    it.each(LANGS)("keeps every cell text of the %s template", (lang) => {
      const before = original.get(lang)!;
      const after = converted.get(lang)!;
      before.forEach((sheet, i) => {
        expect([sheet.name, plainValues(after[i]!)]).toEqual([sheet.name, sheet.values]);
      });
    });

    // Not asserted: headless LibreOffice writes no view settings, so frozen panes are lost in a
    // command-line conversion; Calc with a window keeps them.
  },
);
