import type { Output } from "./output";

/** A progress bar on stderr when it is a terminal; nothing otherwise (docs/cli.md). */
export async function startProgress(
  out: Output,
  total: number,
  label: string,
): Promise<{ readonly tick: () => void; readonly stop: () => void }> {
  if (!out.interactive || total < 2) return { tick: () => {}, stop: () => {} };
  // Loaded only to be shown: a run without a terminal does without it.
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total}`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
