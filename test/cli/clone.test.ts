// The command line as the README shows it, run in a fresh clone of this repository.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { VERSION } from "../../src/cli/version";

const ROOT = path.resolve(__dirname, "../..");

/** The lines of the first `sh` block of the README's section on the command line. */
function documentedCommands(): string[] {
  const section = readFileSync(path.join(ROOT, "README.md"), "utf8").split(
    "\n## The command line\n",
  )[1]!;
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

let dir: string;
let clone: string;
let prefix: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "aidsheet-clone-"));
  clone = path.join(dir, "aidsheet");
  prefix = path.join(dir, "npm-global");
  execFileSync("git", ["clone", "--quiet", ROOT, clone], { stdio: "ignore" });
  // What `npm install` leaves, without a download: the dependencies, then its prepare step.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(clone, "node_modules"), "dir");
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: clone, stdio: "ignore" });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the README's commands run in a fresh clone: --help, npm link, aidsheet --version", () => {
  expect(execFileSync("git", ["rev-parse", "HEAD"], { cwd: clone, encoding: "utf8" })).toBe(
    execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }),
  );
  const commands = documentedCommands();
  expect(commands).toEqual(["node bin/aidsheet.js --help", "npm link", "aidsheet --version"]);
  // npm's global folder is the test's own, so that the link touches nothing outside it; lib/
  // is built already, so npm link need not build it again.
  const env = {
    ...process.env,
    PATH: `${path.join(prefix, "bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    npm_config_prefix: prefix,
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_ignore_scripts: "true",
  };
  const stdout = commands.map((command) => {
    const r = spawnSync("sh", ["-c", command], {
      cwd: clone,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect([command, r.status, r.stderr]).toEqual([command, 0, expect.any(String)]);
    return r.stdout;
  });
  // The help speaks Chinese by default, as every message does (docs/cli.md).
  expect(stdout[0]).toContain("用法: aidsheet");
  expect(stdout[0]).toContain("运行：node bin/aidsheet.js <命令>");
  expect(stdout[0]).toContain("执行一次 `npm link` 后，在任意文件夹运行：aidsheet <命令>");
  expect(realpathSync(path.join(prefix, "bin", "aidsheet"))).toBe(
    realpathSync(path.join(clone, "bin", "aidsheet.js")),
  );
  expect(stdout[2]).toBe(`${VERSION}\n`);
}, 120_000);
