// Programs the interop tests run when the machine has them (LibreOffice, poppler).
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** The full path of an executable on PATH, or null. */
export function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Converts files with LibreOffice headless (e.g. to "pdf"), into `outdir`. */
export async function convertWithLibreOffice(
  soffice: string,
  to: string,
  outdir: string,
  inputs: readonly string[],
): Promise<void> {
  // A private profile: parallel runs must not share LibreOffice's user installation lock.
  const profile = pathToFileURL(join(outdir, ".profile")).href;
  await promisify(execFile)(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outdir,
      ...inputs,
    ],
    { timeout: 120_000 },
  );
}
