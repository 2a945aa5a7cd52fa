import type { Issue } from "../../core";
import type { CellMark } from "../office/marks";

/** Cells to highlight: errors and warnings, one mark per cell, the stronger level winning. */
export function marksOf(issues: readonly Issue[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    if (issue.severity === "info" || !issue.sheetName || !issue.cell) continue;
    const key = `${issue.sheetName}!${issue.cell}`;
    if (marks.get(key)?.level === "error") continue;
    marks.set(key, { sheetName: issue.sheetName, address: issue.cell, level: issue.severity });
  }
  return [...marks.values()];
}
