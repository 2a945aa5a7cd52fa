// docs/cli.md: the help of the command and of each subcommand, from the commander program.
import type { Command } from "commander";
import { buildProgram } from "../../src/cli/main";

const silent = { stdout: () => {}, stderr: () => {}, interactive: false };

function help(command: Command): string {
  // A fixed width and no colours: the text must not depend on the terminal that generates it.
  command.configureHelp({ ...command.configureHelp(), helpWidth: 100 });
  command.configureOutput({ getOutHasColors: () => false });
  return ["```text", command.helpInformation().trimEnd(), "```"].join("\n");
}

export function renderCliHelp(): string {
  const program = buildProgram(silent, () => {}, "en");
  return [
    "### aidsheet --help --lang en",
    "",
    help(program),
    ...program.commands.flatMap((c) => [
      "",
      `### aidsheet ${c.name()} --help --lang en`,
      "",
      help(c),
      ...c.commands.flatMap((s) => [
        "",
        `### aidsheet ${c.name()} ${s.name()} --help --lang en`,
        "",
        help(s),
      ]),
    ]),
  ].join("\n");
}
