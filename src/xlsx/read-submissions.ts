import * as path from "node:path";
import type { Config } from "../core/config";
import type { SubmissionFile } from "../core/model";
import { unreadableSubmission } from "../core/validate/unreadable";
import { validateWorkbook } from "../core/validate/validate-workbook";
import { readAndValidateFiles } from "./read-file";
import type { ValidatedFileResult } from "./read-file";

/**
 * Read and validate submission files, a few at a time, bounded (docs/limits.md). Input order kept.
 */
export async function readSubmissionFiles(
  files: readonly string[],
  config: Config,
  onFileDone?: () => void,
): Promise<SubmissionFile[]> {
  const results = await readAndValidateFiles(files, config, { onResult: () => onFileDone?.() });
  return results.map((result, i) => toSubmissionFile(files[i]!, result, config));
}

export function toSubmissionFile(
  file: string,
  result: ValidatedFileResult,
  config: Config,
): SubmissionFile {
  const name = path.basename(file);
  if (!result.ok) {
    return {
      file,
      name,
      sha256: result.sha256 ?? null,
      read: unreadableSubmission(result.reason, result),
    };
  }
  const read = "read" in result ? result.read : validateWorkbook(result.grid, { config });
  return { file, name, sha256: result.sha256, read };
}
