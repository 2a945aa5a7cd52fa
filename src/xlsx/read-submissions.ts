import * as path from "node:path";
import { submissionOf } from "../core";
import type { Config, InputFile, Standard, SubmissionFile } from "../core";
import { readAndValidateFiles } from "./read-file";
import type { ValidatedFileResult } from "./read-file";

/** Read files as inputs of a use case, a few at a time, bounded (docs/limits.md). Input order kept. */
export async function readInputFiles(
  files: readonly string[],
  config: Config,
  onFileDone?: () => void,
  standard?: Standard,
): Promise<InputFile[]> {
  const results = await readAndValidateFiles(files, config, {
    onResult: () => onFileDone?.(),
    ...(standard ? { standard } : {}),
  });
  return results.map((result, i) => inputOf(files[i]!, result));
}

/** Read and validate submission files, a few at a time, bounded (docs/limits.md). Input order kept. */
export async function readSubmissionFiles(
  files: readonly string[],
  config: Config,
  onFileDone?: () => void,
  standard?: Standard,
): Promise<SubmissionFile[]> {
  const inputs = await readInputFiles(files, config, onFileDone, standard);
  return inputs.map((input) => submissionOf(input, config, standard));
}

/** A file read from disk as an input: named by its path, its digest when its bytes were read. */
export function inputOf(file: string, result: ValidatedFileResult): InputFile {
  return { file, name: path.basename(file), sha256: result.sha256 ?? null, content: result };
}
