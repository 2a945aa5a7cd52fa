// Tests remove what they write: anything left in the run's temporary folder fails the run.
import { readdirSync, rmSync } from "node:fs";

export default function teardown(): void {
  const dir = process.env.TMPDIR!;
  const left = readdirSync(dir);
  rmSync(dir, { recursive: true, force: true });
  process.env.TMPDIR = process.env.AIDSHEET_SYSTEM_TMPDIR;
  if (left.length > 0) {
    throw new Error(`tests left files in the temporary folder: ${left.sort().join(", ")}`);
  }
}
