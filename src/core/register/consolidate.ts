import type { Config } from "../config";
import { trackLines } from "../config";
import { lineMissingDetail } from "../issues/line-missing";
import { makeIssue } from "../issues/make";
import type { SubmissionFile } from "../model";
import type { Standard } from "../standard/standard";
import { computeRegisterIndicators } from "./indicators";
import { mergeRegisters } from "./merge";
import type { RegisterResult } from "./types";

/**
 * Registers merged, with their indicators per village, township and county (docs/monitoring.md);
 * a line an indicator needs and the configuration lacks is one warning of the merge.
 */
export function consolidateRegisters(
  files: readonly SubmissionFile[],
  standard: Standard,
  config: Config,
): RegisterResult {
  const merged = mergeRegisters(files, standard);
  const lines = trackLines(config);
  const indicators = computeRegisterIndicators(merged, standard, lines.line);
  const missing = lines
    .missing()
    .map((line) =>
      makeIssue(
        "plausibility",
        { sheet: null, cell: null, field: null },
        { severity: "warning", detail: lineMissingDetail(line) },
      ),
    );
  return { ...merged, ...indicators, issues: [...merged.issues, ...missing] };
}
