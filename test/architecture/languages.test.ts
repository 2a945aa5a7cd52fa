import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../../src");
const MESSAGES_DIR = path.join(SRC, "core", "messages");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === MESSAGES_DIR ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

// `lang === "en" ? … : …` and the like: a text chosen by language outside the catalogues.
const LANGUAGE_TEST = /[!=]==?\s*"(zh-CN|zh|en)"|"(zh-CN|zh|en)"\s*[!=]==?/;

describe("languages", () => {
  test("no code outside the catalogues picks a text by comparing language tags", () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => `${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`)
        .filter((line) => LANGUAGE_TEST.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  test("the check can fail", () => {
    expect(LANGUAGE_TEST.test('const en = lang === "en";')).toBe(true);
    expect(LANGUAGE_TEST.test('return "zh-CN" !== lang ? a : b;')).toBe(true);
    expect(LANGUAGE_TEST.test('lang: isLang(lang) ? lang : "zh-CN",')).toBe(false);
  });
});
