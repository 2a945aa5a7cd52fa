import { promises as fs } from "node:fs";
import { DEFAULT_CONFIG, MESSAGES, renderConfigIssue, resolveConfig } from "../core";
import type { Config, Lang } from "../core";
import { UsageError } from "./errors";

export interface CommonOptions {
  readonly config?: string;
  readonly lang: Lang;
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
  const result = resolveConfig(json);
  if (result.ok) return result.config;
  const problems = result.issues.map((issue) => renderConfigIssue(issue, lang));
  throw new UsageError(text.configInvalid(file, problems));
}
