import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Write a file atomically: a temporary file beside the target, flushed, then renamed over
 * it, so an interrupted write leaves the previous output intact (docs/limits.md).
 */
export async function writeFileAtomic(
  target: string,
  write: (tmpPath: string) => Promise<void>,
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(tmp);
    const handle = await fs.open(tmp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

export async function writeBytesAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await writeFileAtomic(target, (tmp) => fs.writeFile(tmp, bytes));
}
