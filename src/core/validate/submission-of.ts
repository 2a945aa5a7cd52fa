import type { Config } from "../config";
import type { InputFile, SubmissionFile } from "../model";
import type { Standard } from "../standard/standard";
import { unreadableSubmission } from "./unreadable";
import { validateWorkbook } from "./validate-workbook";

/** An input as a submission: validated here when its host only read it. */
export function submissionOf(
  input: InputFile,
  config: Config,
  standard?: Standard,
): SubmissionFile {
  const { file, name, sha256, content } = input;
  if (!content.ok) {
    return { file, name, sha256, read: unreadableSubmission(content.reason, content) };
  }
  const read =
    "read" in content
      ? content.read
      : validateWorkbook(content.grid, { config, ...(standard ? { standard } : {}) });
  return { file, name, sha256, read };
}
