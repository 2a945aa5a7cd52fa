import { Command, CommanderError, Option } from "commander";
import { LANGS, MESSAGES, isLang } from "../core";
import type { Lang } from "../core";
import type { DemoOptions } from "./commands/demo";
import type { IndicatorsOptions } from "./commands/indicators";
import type { MergeCommandOptions } from "./commands/merge";
import type { TemplateOptions } from "./commands/template";
import type { ValidateOptions } from "./commands/validate";
import { UsageError } from "./errors";
import { processOutput } from "./output";
import { VERSION } from "./version";
import type { Output } from "./output";

/** The language of the help: the one `--lang` names, as for every other text (docs/cli.md). */
export function langOfArgv(argv: readonly string[]): Lang {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const tag = at < 0 ? undefined : argv[at]!.includes("=") ? argv[at]!.slice(7) : argv[at + 1];
  return tag !== undefined && isLang(tag) ? tag : "zh-CN";
}

/**
 * Build the command line, its help in `lang`; each action resolves to an exit code. Commands
 * load lazily: exceljs only when writing.
 */
export function buildProgram(
  out: Output,
  done: (code: number) => void,
  lang: Lang = "zh-CN",
): Command {
  const words = MESSAGES[lang].help;
  const { commands, options, arguments: args } = words;
  const langOption = () =>
    new Option("--lang <lang>", options.lang).choices(LANGS).default("zh-CN");
  const common = (cmd: Command) =>
    cmd.addOption(langOption()).option("--config <file>", options.config);
  // The standard a command follows: a built-in one by id, or a package file (docs/standards.md).
  const withStandard = (cmd: Command) =>
    common(cmd).option("--standard <id|file>", options.standard);

  const program = new Command("aidsheet")
    .description(words.program)
    .version(VERSION, "-V, --version", words.version)
    .helpOption("-h, --help", words.help)
    .helpCommand("help [command]", words.helpCommand)
    .configureHelp({
      styleTitle: (title) => words.titles[title as keyof typeof words.titles] ?? title,
      optionDescription: (option) =>
        words.option(
          option.description,
          option.argChoices ?? null,
          option.defaultValue === undefined ? null : String(option.defaultValue),
        ),
    })
    .addHelpText("after", words.runHint)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });

  withStandard(program.command("template"))
    .description(commands.template)
    .option("--out <file>", options.templateOut)
    .action(async (opts: TemplateOptions) =>
      done(await (await import("./commands/template")).runTemplate(opts, out)),
    );

  withStandard(program.command("validate"))
    .description(commands.validate)
    .argument("<input...>", args.submissions)
    .option("--json", options.json)
    .action(async (inputs: string[], opts: ValidateOptions) =>
      done(await (await import("./commands/validate")).runValidate(inputs, opts, out)),
    );

  withStandard(program.command("indicators"))
    .description(commands.indicators)
    .argument("<input...>", args.indicatorsInputs)
    .option("--json", options.json)
    .option("--out <file>", options.indicatorsOut)
    .option("--period <period>", options.indicatorsPeriod)
    .addOption(
      new Option("--by <level>", options.by)
        .choices(["village", "township", "district"])
        .default("village"),
    )
    .action(async (inputs: string[], opts: IndicatorsOptions) =>
      done(await (await import("./commands/indicators")).runIndicators(inputs, opts, out)),
    );

  withStandard(program.command("merge"))
    .description(commands.merge)
    .argument("<input...>", args.submissions)
    .requiredOption("--out <file>", options.mergeOut)
    .option("--into <file>", options.into)
    .option("--period <period>", options.mergePeriod)
    .option("--pairings <file>", options.pairings)
    .option("--report <file>", options.report)
    .option("--json", options.mergeJson)
    .option("--mask-ids", options.maskIds)
    .action(async (inputs: string[], opts: MergeCommandOptions) =>
      done(await (await import("./commands/merge")).runMerge(inputs, opts, out)),
    );

  withStandard(program.command("demo"))
    .description(commands.demo)
    .option("--out <dir>", options.demoOut, "demo-output")
    .action(async (opts: DemoOptions) =>
      done(await (await import("./commands/demo")).runDemo(opts, out)),
    );

  const standard = program.command("standard").description(commands.standard);
  standard
    .command("list")
    .description(commands.standardList)
    .addOption(langOption())
    .action(async (opts: { lang: Lang }) =>
      done((await import("./commands/standard")).runStandardList(opts, out)),
    );
  standard
    .command("check")
    .description(commands.standardCheck)
    .argument("<file>", args.package)
    .addOption(langOption())
    .action(async (file: string, opts: { lang: Lang }) =>
      done(await (await import("./commands/standard")).runStandardCheck(file, opts, out)),
    );

  return program;
}

/** Run the CLI; resolves to the exit code (0 done, 1 done with errors, 2 nothing done). */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(out, (c) => (code = c), langOfArgv(argv));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      out.stderr(`aidsheet: ${error.message}`);
      return 2;
    }
    out.stderr(`aidsheet: ${(error as Error).message}`);
    return 2;
  }
}
