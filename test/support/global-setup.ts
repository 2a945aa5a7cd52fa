// Each jest run writes its temporary files in a folder of its own, so that leftovers are found.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): void {
  // Workers and child processes inherit TMPDIR, which os.tmpdir() reads.
  process.env.AIDSHEET_SYSTEM_TMPDIR = tmpdir();
  process.env.TMPDIR = mkdtempSync(join(tmpdir(), "aidsheet-test-run-"));
}
