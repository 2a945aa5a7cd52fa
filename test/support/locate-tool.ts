// Where the system programs some tests (and the bench) drive are, and what to do when one is missing.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

type Env = Readonly<Record<string, string | undefined>>;

interface ToolSpec {
  /** Where to look: a fixed path (or one from the environment), else a command on PATH. */
  readonly at?: (env: Env) => string;
  readonly command?: string;
  readonly packages: string;
}

export const TOOLS = {
  chromium: {
    at: (env) => env.CHROMIUM_PATH || "/usr/bin/chromium",
    packages: "chromium fonts-noto-cjk",
  },
  soffice: { command: "soffice", packages: "libreoffice-calc-nogui" },
  // pdftoppm stands for its package: pdftotext and pdfinfo are beside it.
  poppler: { command: "pdftoppm", packages: "poppler-utils" },
  xmllint: { command: "xmllint", packages: "libxml2-utils" },
} satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

export type ToolDecision =
  { readonly run: string } | { readonly skip: string } | { readonly fail: string };

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The tool's executable, or null when no executable file is where it should be. */
export function locateTool(name: ToolName, env: Env = process.env): string | null {
  const spec: ToolSpec = TOOLS[name];
  if (spec.at) {
    const file = spec.at(env);
    return isExecutableFile(file) ? file : null;
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, spec.command!)).find(isExecutableFile) ?? null;
}

/** CI (and AIDSHEET_REQUIRE_ALL=1) must run every test: there a missing tool is a failure. */
export function requiresAllTools(env: Env): boolean {
  return Boolean(env.CI) || env.AIDSHEET_REQUIRE_ALL === "1";
}

/** Run with the tool found, else skip with the line to print, or fail where all are required. */
export function decideTool(name: ToolName, found: string | null, env: Env): ToolDecision {
  if (found) return { run: found };
  const spec: ToolSpec = TOOLS[name];
  const where = spec.at ? `no executable at ${spec.at(env)}` : `no ${spec.command} on PATH`;
  const install = `apt-get install -y ${spec.packages}`;
  return requiresAllTools(env)
    ? {
        fail: `${name} is required (CI or AIDSHEET_REQUIRE_ALL=1) but missing (${where}): ${install}`,
      }
    : { skip: `tests that need ${name} skipped (${where}); to run them: ${install}` };
}
