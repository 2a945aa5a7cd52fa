import * as path from "node:path";
import { validateFiles } from "../app";
import type { Config, InputFile, Standard, SubmissionFile } from "../core";
import { readAndValidateFiles } from "./read-file";
import type { RecordsOption, ValidatedFileResult } from "./read-file";

export interface ReadInputsOptions extends RecordsOption {
  /** Called as each file is done, e.g. for a progress bar. */
  readonly onFileDone?: () => void;
  readonly standard?: Standard;
}

/** Read files as inputs of a use case, a few at a time, bounded (docs/limits.md). Input order kept. */
export async function readInputFiles(
  files: readonly string[],
  config: Config,
  options: ReadInputsOptions = {},
): Promise<InputFile[]> {
  const { onFileDone, ...rest } = options;
  const results = await readAndValidateFiles(files, config, {
    ...rest,
    onResult: () => onFileDone?.(),
  });
  return results.map((result, i) => inputOf(files[i]!, result));
}

/** Read and validate submission files, a few at a time, bounded (docs/limits.md). Input order kept. */
export async function readSubmissionFiles(
  files: readonly string[],
  config: Config,
  options: ReadInputsOptions = {},
): Promise<SubmissionFile[]> {
  return validateFiles(await readInputFiles(files, config, options), config, options.standard);
}

/**
 * What `aidsheet validate` reports on, before it is printed: each file validated on its own
 * (docs/issue-codes.md), read without its records (its `tables` empty: see `RecordsOption`).
 */
export function validateSubmissionFiles(
  files: readonly string[],
  config: Config,
  options: Omit<ReadInputsOptions, "records"> = {},
): Promise<SubmissionFile[]> {
  return readSubmissionFiles(files, config, { ...options, records: false });
}

/** A file read from disk as an input: named by its path, its digest when its bytes were read. */
export function inputOf(file: string, result: ValidatedFileResult): InputFile {
  return { file, name: path.basename(file), sha256: result.sha256 ?? null, content: result };
}
