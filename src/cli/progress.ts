import { SingleBar } from "cli-progress";
import type { Output } from "./output";

/** A progress bar on stderr when it is a terminal; nothing otherwise (docs/cli.md). */
export function startProgress(
  out: Output,
  total: number,
  label: string,
): { tick(): void; stop(): void } {
  if (!out.interactive || total < 2) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total}`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
