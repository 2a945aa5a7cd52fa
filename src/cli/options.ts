import { existsSync, readFileSync, promises as fs } from "node:fs";
import * as path from "node:path";
import {
  BUILTIN_STANDARD_IDS,
  DEFAULT_CONFIG,
  JIEDUI_2018,
  MESSAGES,
  builtinStandard,
  renderConfigIssue,
  renderPackageError,
} from "../core";
import type { Config, Lang, LoadResult, Standard } from "../core";
import { UsageError } from "./errors";

// zod loads only when a user's file is checked: startup is on the path of every command.
const loaders = () => import("../core/loaders");

export interface CommonOptions {
  readonly config?: string;
  readonly lang: Lang;
  /** `--standard`: a built-in id or a package file (docs/standards.md). */
  readonly standard?: string;
}

/**
 * The configuration (docs/configuration.md): defaults, or a JSON file validated with a clear error.
 */
export async function loadConfig(file: string | undefined, lang: Lang): Promise<Config> {
  if (file === undefined) return DEFAULT_CONFIG;
  const text = MESSAGES[lang].cli;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(text.configUnreadable(file, (error as Error).message));
  }
  const { resolveConfig } = await loaders();
  const result = resolveConfig(json);
  if (result.ok) return result.config;
  const problems = result.issues.map((issue) => renderConfigIssue(issue, lang));
  throw new UsageError(text.configInvalid(file, problems));
}

/** A package file read and checked whole; its `extends` may name a file beside it. */
export async function readPackageFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  const { loadPackage } = await loaders();
  return loadPackage(text, (name) => {
    try {
      return readFileSync(path.resolve(path.dirname(file), name), "utf8");
    } catch {
      return null;
    }
  });
}

/**
 * The standard (docs/standards.md): the 2018 standard by default, a built-in one by id, or a
 * package file; a bad package stops the command before anything is done.
 */
export async function loadStandardOption(arg: string | undefined, lang: Lang): Promise<Standard> {
  if (arg === undefined) return JIEDUI_2018;
  const builtin = builtinStandard(arg);
  if (builtin) return builtin;
  const text = MESSAGES[lang].cli;
  if (!existsSync(arg)) throw new UsageError(text.standardUnknown(arg, BUILTIN_STANDARD_IDS));
  const result = await readPackageFile(arg);
  if (!result.ok) {
    const errors = result.errors.map((e) => `${arg}:${renderPackageError(e, lang)}`);
    throw new UsageError([text.standardInvalid(arg), ...errors].join("\n  "));
  }
  return result.standard;
}
