// The rows of counting submissions side by side (docs/merge.md): adoption and the issues it raises.
import type { IssueCode, Severity } from "../issues/codes";
import { makeIssue } from "../issues/make";
import type { FieldValue } from "../spec/types";
import type { DataSheetKey, FieldSpec } from "../spec/sheets";
import { DATA_SHEETS, sheetSpec } from "../spec/sheets";
import type { MergedRow, MergedRows } from "../indicators/merged-data";
import { compareText } from "../read/text";
import { submittedKey } from "./order";
import type { MergeIssue } from "./types";

/** A merged row before adoption, with what adoption compares. */
export interface CandidateRow extends Omit<MergedRow, "adopted"> {
  readonly submittedOn: string;
}

const ADOPTION_KEYS: Partial<Record<DataSheetKey, string>> = {
  villages: "village_code",
  households: "id_number",
};

// Shown for an empty value in a conflict message: every catalogue reads it the same.
const EMPTY = "—";

function compareRows(a: MergedRow, b: MergedRow): number {
  return (
    compareText(villageText(a), villageText(b)) ||
    compareText(a.agencyCode, b.agencyCode) ||
    compareText(a.file, b.file) ||
    a.rowNumber - b.rowNumber
  );
}

function villageText(row: MergedRow): string {
  const code = row.values["village_code"];
  // Nearly always text already: String() only for the rest.
  return typeof code === "string" ? code : String(code ?? "");
}

// Latest submitted_on first; a tie goes to the lower agency_code (docs/merge.md).
function compareAdoption(a: CandidateRow, b: CandidateRow): number {
  return (
    compareText(submittedKey(b.submittedOn), submittedKey(a.submittedOn)) ||
    compareText(a.agencyCode, b.agencyCode) ||
    compareText(a.file, b.file) ||
    a.rowNumber - b.rowNumber
  );
}

function rowIssue(
  code: IssueCode,
  row: MergedRow | CandidateRow,
  field: string,
  detail: MergeIssue["detail"],
  severity?: Severity,
): MergeIssue {
  const value = row.raw[field];
  return {
    ...makeIssue(
      code,
      { sheet: row.sheet, cell: row.cells[field] ?? null, field },
      { detail, ...(value !== undefined ? { value } : {}), ...(severity ? { severity } : {}) },
    ),
    file: row.file,
  };
}

function valueKey(v: FieldValue | null | undefined): string {
  return v === null || v === undefined ? "" : `${typeof v}:${v}`;
}

function toMerged(c: CandidateRow, adopted: boolean | null): MergedRow {
  return {
    sheet: c.sheet,
    agencyCode: c.agencyCode,
    agencyName: c.agencyName,
    file: c.file,
    name: c.name,
    rowNumber: c.rowNumber,
    values: c.values,
    raw: c.raw,
    cells: c.cells,
    adopted,
  };
}

/** Rows by their value of `key`: a row alone as itself, two or more as a group. */
function groupByValue(
  rows: readonly CandidateRow[],
  key: string,
): Iterable<CandidateRow | CandidateRow[]> {
  // Keyed by the value itself: a Map tells "1" from 1 as valueKey does, without a string a row.
  // Most keys have one row: it is kept as it is, not as a group of one.
  const groups = new Map<FieldValue | symbol, CandidateRow | CandidateRow[]>();
  for (const row of rows) {
    const v = row.values[key];
    // A row without its key (never valid) stands alone.
    const k = v === null || v === undefined ? Symbol() : v;
    const group = groups.get(k);
    if (group === undefined) groups.set(k, row);
    else if (Array.isArray(group)) group.push(row);
    else groups.set(k, [group, row]);
  }
  return groups.values();
}

/** One `conflict` per field on which a village's rows differ, at the adopted row's cell. */
function conflicts(
  winner: CandidateRow,
  group: readonly CandidateRow[],
  fields: readonly FieldSpec[],
): MergeIssue[] {
  if (group.length < 2) return [];
  const byAgency = [...group].sort((a, b) => compareText(a.agencyCode, b.agencyCode));
  return fields
    .filter((f) => f.key !== "village_code")
    .filter((f) => new Set(group.map((r) => valueKey(r.values[f.key]))).size > 1)
    .map((f) => {
      const items = byAgency.map((r) => {
        const v = r.values[f.key];
        return `${r.agencyName}: ${v === null || v === undefined ? EMPTY : String(v)}`;
      });
      return rowIssue("conflict", winner, f.key, { items });
    });
}

/** A household row that was not adopted: an error when the adopted row is in another village. */
function crossDuplicate(row: CandidateRow, winner: CandidateRow): MergeIssue {
  const sameVillage =
    valueKey(row.values["village_code"]) === valueKey(winner.values["village_code"]);
  return rowIssue(
    "cross-duplicate",
    row,
    "id_number",
    { items: [winner.agencyName] },
    sameVillage ? "warning" : "error",
  );
}

/** One `possible-double-count` per pair of funds rows of different agencies, same village, date, amount. */
function doubleCounts(funds: readonly MergedRow[]): MergeIssue[] {
  const groups = new Map<string, MergedRow[]>();
  for (const row of funds) {
    const k = ["village_code", "date", "amount"].map((f) => valueKey(row.values[f])).join("|");
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  const issues: MergeIssue[] = [];
  for (const group of groups.values()) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        if (a.agencyCode === b.agencyCode) continue;
        const [earlier, later] = compareText(a.file, b.file) <= 0 ? [a, b] : [b, a];
        issues.push(
          rowIssue("possible-double-count", later, "amount", { items: [earlier.agencyName] }),
        );
      }
    });
  }
  return issues;
}

/** Adopt one row per key on villages and households; conflict and cross-duplicate issues. */
export function adoptRows(
  candidates: { readonly [S in DataSheetKey]: readonly CandidateRow[] },
  villageFields: readonly FieldSpec[] = sheetSpec("villages").fields,
): {
  rows: MergedRows;
  issues: MergeIssue[];
} {
  const issues: MergeIssue[] = [];
  const rows = {} as Record<DataSheetKey, MergedRow[]>;
  for (const sheet of DATA_SHEETS) {
    const key = ADOPTION_KEYS[sheet];
    // The few rows another row of their key won over: every other row is adopted.
    const notAdopted = new Set<CandidateRow>();
    if (key) {
      for (const group of groupByValue(candidates[sheet], key)) {
        if (!Array.isArray(group)) continue;
        const [winner, ...others] = [...group].sort(compareAdoption);
        for (const other of others) notAdopted.add(other);
        if (sheet === "villages") issues.push(...conflicts(winner!, group, villageFields));
        else issues.push(...others.map((o) => crossDuplicate(o, winner!)));
      }
    }
    rows[sheet] = candidates[sheet]
      .map((c) => toMerged(c, key ? !notAdopted.has(c) : null))
      .sort(compareRows);
  }
  issues.push(...doubleCounts(rows.funds));
  return { rows, issues };
}
