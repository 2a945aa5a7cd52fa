// LibreOffice headless as the interop tests drive it, each run with a profile of its own.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** Runs `soffice --headless ARGS…` with its user profile in the folder `profile`. */
export async function runLibreOffice(
  soffice: string,
  profile: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<void> {
  // A private profile: parallel runs must not share LibreOffice's user installation lock.
  await promisify(execFile)(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", ...args],
    { timeout: 120_000, env: { ...process.env, ...env } },
  );
}

/** Converts files (e.g. to "pdf") into `outdir`; the profile defaults to one inside it. */
export async function convertWithLibreOffice(
  soffice: string,
  to: string,
  outdir: string,
  inputs: readonly string[],
  profile = join(outdir, ".profile"),
): Promise<void> {
  await runLibreOffice(soffice, profile, ["--convert-to", to, "--outdir", outdir, ...inputs]);
}
