import { toMergeIssueJson } from "../merge/report";
import type { Lang } from "../messages";
import type { Standard } from "../standard/standard";
import type { RegisterAreaJson, RegisterReportJson } from "./report-schema";
import type { RegisterArea, RegisterResult } from "./types";

export type { RegisterReportJson } from "./report-schema";

function areaJson(area: RegisterArea): RegisterAreaJson {
  const indicators = Object.fromEntries(
    Object.entries(area.indicators).map(([key, sums]) => [key, sums.value]),
  );
  return { ...area, indicators };
}

/** The report of a register merge; `outputPath` is the workbook written, null when none. */
export function toRegisterReportJson(
  result: RegisterResult,
  standard: Standard,
  lang: Lang,
  outputPath: string | null,
): RegisterReportJson {
  return {
    standard: result.standardId,
    output: outputPath,
    files: result.files.map((f) => ({
      file: f.file,
      sha256: f.sha256,
      status: f.status,
      rows: { ...f.rows },
    })),
    totals: { ...result.totals },
    issues: result.issues.map((i) => toMergeIssueJson(i, lang, standard.sheets)),
    villages: result.villages.map(areaJson),
    areas: result.areas.map(areaJson),
  };
}
