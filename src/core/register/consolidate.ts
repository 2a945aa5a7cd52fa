import type { SubmissionFile } from "../model";
import type { Standard } from "../standard/standard";
import { computeRegisterIndicators } from "./indicators";
import type { LineOf } from "./indicators";
import { mergeRegisters } from "./merge";
import type { RegisterResult } from "./types";

/** Registers merged, with their indicators per village, township and county (docs/monitoring.md). */
export function consolidateRegisters(
  files: readonly SubmissionFile[],
  standard: Standard,
  line: LineOf,
): RegisterResult {
  const merged = mergeRegisters(files, standard);
  return { ...merged, ...computeRegisterIndicators(merged, standard, line) };
}
