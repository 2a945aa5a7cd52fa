import { Command, CommanderError, Option } from "commander";
import { LANGS } from "../core";
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

function langOption(): Option {
  return new Option("--lang <lang>", "language of messages (and of the template)")
    .choices(LANGS)
    .default("zh-CN");
}

function common(cmd: Command): Command {
  return cmd
    .addOption(langOption())
    .option(
      "--config <file>",
      "configuration JSON: region, poverty lines, exit thresholds (docs/configuration.md)",
    );
}

/** The standard a command follows: a built-in one by id, or a package file (docs/standards.md). */
function withStandard(cmd: Command): Command {
  return cmd.option(
    "--standard <id|file>",
    "the standard: a built-in id (aidsheet standard list) or a package file (default jiedui-2018)",
  );
}

/** How the command is run from a clone; the README says the same. */
const RUN_HINT =
  "\nRun it in the project folder, after npm install, as: node bin/aidsheet.js <command>\n" +
  "or, after `npm link` there once, as: aidsheet <command> (from any folder).";

/** Build the command line; each action resolves to an exit code. Commands load lazily: exceljs only when writing. */
export function buildProgram(out: Output, done: (code: number) => void): Command {
  const program = new Command("aidsheet")
    .description(
      "Standard workbooks for paired poverty-alleviation reports (结对帮扶): template, validation, indicators, merge.",
    )
    .version(VERSION)
    .addHelpText("after", RUN_HINT)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });

  withStandard(common(program.command("template")))
    .description("write the blank standard template (default templates/aidsheet-template.xlsx)")
    .option("--out <file>", "where to write the template")
    .action(async (opts: TemplateOptions) =>
      done(await (await import("./commands/template")).runTemplate(opts, out)),
    );

  withStandard(common(program.command("validate")))
    .description("check each submission workbook on its own; exit 1 when any error is found")
    .argument("<file...>", "submission workbooks (.xlsx)")
    .option("--json", "print one JSON document on stdout")
    .action(async (files: string[], opts: ValidateOptions) =>
      done(await (await import("./commands/validate")).runValidate(files, opts, out)),
    );

  withStandard(common(program.command("indicators")))
    .description("merge the inputs in memory as merge would, and print the indicators per village")
    .argument("<input...>", "submission workbooks, folders of them, or a consolidated workbook")
    .option("--json", "print one JSON document on stdout")
    .option("--out <file>", "also write a workbook with 汇总, 村级指标, 问题清单 and _meta")
    .option("--period <period>", "the period to report (default: the one most agencies state)")
    .addOption(
      new Option(
        "--by <level>",
        "rows shown: each village, or totals down to districts or townships",
      )
        .choices(["village", "township", "district"])
        .default("village"),
    )
    .action(async (inputs: string[], opts: IndicatorsOptions) =>
      done(await (await import("./commands/indicators")).runIndicators(inputs, opts, out)),
    );

  withStandard(common(program.command("merge")))
    .description("consolidate submissions into one workbook, every row accounted for")
    .argument("<input...>", "submission workbooks, or folders searched for .xlsx/.xlsm")
    .requiredOption("--out <file>", "the consolidated workbook to write (.xlsx)")
    .option("--into <file>", "an earlier consolidated workbook to merge into (may equal --out)")
    .option("--period <period>", "the merge period (default: the one most agencies state)")
    .option(
      "--pairings <file>",
      "official pairing list, CSV or xlsx: agency_code, agency_name, village_code",
    )
    .option("--report <file>", "also write the merge report as JSON")
    .option("--json", "print the merge report on stdout")
    .option(
      "--mask-ids",
      "write ID numbers and names masked (such a workbook cannot be merged into)",
    )
    .action(async (inputs: string[], opts: MergeCommandOptions) =>
      done(await (await import("./commands/merge")).runMerge(inputs, opts, out)),
    );

  withStandard(common(program.command("demo")))
    .description(
      "write the seed report's six submissions and their consolidated workbook (with --standard monitoring: a generated county's registers)",
    )
    .option("--out <dir>", "folder to write to", "demo-output")
    .action(async (opts: DemoOptions) =>
      done(await (await import("./commands/demo")).runDemo(opts, out)),
    );

  const standard = program
    .command("standard")
    .description("the standards: list the built-in ones, check a package file");
  standard
    .command("list")
    .description("list the built-in standards: id, version, workflow, template id, name")
    .addOption(langOption())
    .action(async (opts: { lang: Lang }) =>
      done((await import("./commands/standard")).runStandardList(opts, out)),
    );
  standard
    .command("check")
    .description("check a standard package: each error with its line and path; exit 2 when bad")
    .argument("<file>", "the package (.json, comments allowed)")
    .addOption(langOption())
    .action(async (file: string, opts: { lang: Lang }) =>
      done(await (await import("./commands/standard")).runStandardCheck(file, opts, out)),
    );

  return program;
}

/** Run the CLI; resolves to the exit code (0 done, 1 done with errors, 2 nothing done). */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(out, (c) => (code = c));
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
