/** Where output goes: JSON alone on stdout, messages on stderr (docs/cli.md). */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: progress bars are welcome. */
  readonly interactive: boolean;
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
};
