// The compiled command as users run it, in a child process (lib/ is built by `pretest`).
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export const BIN = path.resolve(__dirname, "../../bin/aidsheet.js");

/** Runs `aidsheet ARGS…` in `cwd`: exit code, stdout and stderr. */
export function cliIn(cwd: string, timeout = 120_000) {
  return (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, timeout });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}
