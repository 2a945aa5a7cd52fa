import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../core/spec/types";
import { runTemplate } from "./commands/template";
import { runValidate } from "./commands/validate";
import { UsageError } from "./errors";
import { processOutput } from "./output";
import type { Output } from "./output";

// package.json lies outside rootDir, so it is read at run time rather than imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require("../../package.json") as { version: string }).version;

function common(cmd: Command): Command {
  return cmd
    .addOption(
      new Option("--lang <lang>", "language of messages (and of the template)")
        .choices(["zh-CN", "en"])
        .default("zh-CN"),
    )
    .option(
      "--config <file>",
      "configuration JSON: region, poverty lines, exit thresholds (SPEC 9)",
    );
}

/** Build the command line; each action resolves to an exit code. */
export function buildProgram(out: Output, done: (code: number) => void): Command {
  const program = new Command("aidsheet")
    .description(
      "Standard workbooks for paired poverty-alleviation reports (结对帮扶): template, validation, indicators, merge.",
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });

  common(program.command("template"))
    .description("write the blank standard template (default templates/aidsheet-template.xlsx)")
    .option("--out <file>", "where to write the template")
    .action(async (opts: { out?: string; lang: Lang; config?: string }) =>
      done(await runTemplate(opts, out)),
    );

  common(program.command("validate"))
    .description("check each submission workbook on its own; exit 1 when any error is found")
    .argument("<file...>", "submission workbooks (.xlsx)")
    .option("--json", "print one JSON document on stdout")
    .action(async (files: string[], opts: { json?: boolean; lang: Lang; config?: string }) =>
      done(await runValidate(files, opts, out)),
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
