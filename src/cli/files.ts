import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import { MESSAGES } from "../core";
import type { Lang } from "../core";
import { UsageError } from "./errors";

/** Every path must exist before any work starts (docs/cli.md). */
export async function checkInputsExist(paths: readonly string[], lang: Lang): Promise<void> {
  for (const p of paths) {
    try {
      await fs.access(p, constants.R_OK);
    } catch {
      throw new UsageError(MESSAGES[lang].cli.noSuchPath(p));
    }
  }
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/**
 * Files as given; folders searched non-recursively for workbooks (docs/merge.md). A folder
 * without any is a wrong argument (exit 2), not a run that checked nothing.
 */
export async function expandInputs(paths: readonly string[], lang: Lang): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p);
    if (!stat.isDirectory()) {
      files.push(p);
      continue;
    }
    const names = (await fs.readdir(p, { withFileTypes: true }))
      .filter((e) => e.isFile() && WORKBOOK.test(e.name) && !/^(~\$|\.)/.test(e.name))
      .map((e) => path.join(p, e.name))
      .sort();
    if (names.length === 0) throw new UsageError(MESSAGES[lang].cli.noWorkbookIn(p));
    files.push(...names);
  }
  return files;
}

/** Fail early (exit 2) when an output cannot be written there. */
export async function checkWritable(target: string, lang: Lang): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw new UsageError(MESSAGES[lang].cli.cannotWrite(dir));
  }
}
