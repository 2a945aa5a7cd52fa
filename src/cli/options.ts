import { promises as fs } from "node:fs";
import type { Config } from "../core/config";
import { DEFAULT_CONFIG, resolveConfig } from "../core/config";
import type { Lang } from "../core/spec/types";
import { UsageError } from "./errors";

export interface CommonOptions {
  readonly config?: string;
  readonly lang: Lang;
}

/**
 * The configuration (docs/configuration.md): defaults, or a JSON file validated with a clear error.
 */
export async function loadConfig(file: string | undefined): Promise<Config> {
  if (file === undefined) return DEFAULT_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--config ${file}: ${(error as Error).message}`);
  }
  const result = resolveConfig(json);
  if (!result.ok) throw new UsageError(`--config ${file}:\n  ${result.errors.join("\n  ")}`);
  return result.config;
}
