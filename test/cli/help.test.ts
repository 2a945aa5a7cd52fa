import type { Command } from "commander";
import { buildProgram, langOfArgv } from "../../src/cli/main";
import { LANGS, MESSAGES } from "../../src/core";

const silent = { stdout: () => {}, stderr: () => {}, interactive: false };

function everyCommand(program: Command): Command[] {
  return [program, ...program.commands.flatMap((c) => [c, ...c.commands])];
}

describe("--help follows --lang, as every message does", () => {
  test("the language is the one --lang names, Chinese without it or with an unknown one", () => {
    expect(langOfArgv(["merge", "--help"])).toBe("zh-CN");
    expect(langOfArgv(["merge", "--lang", "en", "--help"])).toBe("en");
    expect(langOfArgv(["--lang=en", "-h"])).toBe("en");
    expect(langOfArgv(["--lang", "fr", "-h"])).toBe("zh-CN");
    expect(langOfArgv(["--lang"])).toBe("zh-CN");
  });

  test.each(LANGS)("in %s, every command and option is described from the catalogue", (lang) => {
    const words = MESSAGES[lang].help;
    const other = MESSAGES[lang === "en" ? "zh-CN" : "en"].help;
    for (const command of everyCommand(buildProgram(silent, () => {}, lang))) {
      command.configureHelp({ ...command.configureHelp(), helpWidth: 1000 });
      const help = command.helpInformation();
      expect(help).toContain(words.titles["Options:"]);
      expect(help).toContain(words.help);
      for (const option of command.options) {
        if (option.long === "--version") continue;
        expect(Object.values(words.options)).toContain(option.description);
        expect(Object.values(other.options)).not.toContain(option.description);
      }
      if (command.name() !== "aidsheet") {
        expect(Object.values(words.commands)).toContain(command.description());
      }
    }
  });

  test("an option's choices and default are worded in the help's language", () => {
    const zh = buildProgram(silent, () => {}, "zh-CN").commands.find((c) => c.name() === "demo")!;
    zh.configureHelp({ ...zh.configureHelp(), helpWidth: 1000 });
    expect(zh.helpInformation()).toContain("（可选：zh-CN、en；默认：zh-CN）");
    expect(zh.helpInformation()).toContain("写出的文件夹（默认：demo-output）");
    const en = buildProgram(silent, () => {}, "en").commands.find((c) => c.name() === "demo")!;
    en.configureHelp({ ...en.configureHelp(), helpWidth: 1000 });
    expect(en.helpInformation()).toContain("(choices: zh-CN, en; default: zh-CN)");
  });
});
