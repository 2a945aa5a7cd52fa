import type { IssueCode } from "../issues/codes";
import { makeIssue } from "../issues/make";
import type { RowRecord, SubmissionFile } from "../model";
import { EMPTY_COUNTS, addCounts, sortMergeIssues } from "../merge/merge";
import { orderCodes, rowNumberOf } from "../merge/sources";
import type { MergeIssue, RowCounts } from "../merge/types";
import { compareText } from "../read/text";
import type { Standard } from "../standard/standard";
import type { RegisterFileOutcome, RegisterMerge, RegisterRow, UnmergedRegisterRow } from "./types";

interface SheetPlan {
  readonly key: string;
  readonly mergeKey: readonly string[];
  /** A sheet merged before this one whose key is one of this sheet's fields. */
  readonly parent: { readonly sheet: string; readonly field: string } | null;
}

/** The table sheets in the standard's order, each with its merge key and parent sheet. */
function sheetPlans(standard: Standard): SheetPlan[] {
  const tables = standard.sheets.filter((s) => s.layout === "table");
  return tables.map((sheet, i) => {
    const parent = tables.slice(0, i).find((p) => {
      const key = standard.merge[p.key]?.key ?? [];
      return key.length === 1 && sheet.fields.some((f) => f.key === key[0]);
    });
    const parentField = parent ? standard.merge[parent.key]!.key[0]! : null;
    return {
      key: sheet.key,
      mergeKey: standard.merge[sheet.key]?.key ?? [],
      parent: parent && parentField ? { sheet: parent.key, field: parentField } : null,
    };
  });
}

/**
 * The codes of a file's errors for one sheet: of each row, of the sheet as a whole (its header),
 * and of every error not at a row (what rejects a file whole).
 */
function errorCodes(file: SubmissionFile, sheet: string) {
  const byRow = new Map<number, IssueCode[]>();
  const ofSheet: IssueCode[] = [];
  const ofFile: IssueCode[] = [];
  for (const i of file.read.issues) {
    if (i.severity !== "error") continue;
    const rowNumber = rowNumberOf(i.cell);
    if (rowNumber === null) {
      ofFile.push(i.code);
      if (i.sheet === sheet) ofSheet.push(i.code);
    } else if (i.sheet === sheet) byRow.set(rowNumber, [...(byRow.get(rowNumber) ?? []), i.code]);
  }
  return { byRow, ofSheet, ofFile };
}

function keyOf(values: RowRecord["values"], fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => values[f] ?? null));
}

/**
 * Merge validated registers (docs/monitoring.md). Files are taken in path order, whatever
 * order they come in; within a sheet, a row whose merge key an earlier row already holds is
 * superseded by it (a `cross-duplicate` warning at its key cell), and a row whose parent row
 * (its household, for a measure) was not merged is rejected (`reference`). Every row read is
 * merged, superseded or rejected.
 */
export function mergeRegisters(
  inputs: readonly SubmissionFile[],
  standard: Standard,
): RegisterMerge {
  const files = [...inputs].sort((a, b) => compareText(a.file, b.file));
  const plans = sheetPlans(standard);
  const rows: Record<string, RegisterRow[]> = {};
  const unmerged: UnmergedRegisterRow[] = [];
  const issues: MergeIssue[] = files.flatMap((f) =>
    f.read.issues.map((i) => ({ ...i, file: f.file })),
  );
  const counts = files.map((): Record<string, RowCounts> => ({}));
  const count = (fileIndex: number, sheet: string, outcome: keyof Omit<RowCounts, "read">) => {
    const c = counts[fileIndex]![sheet] ?? EMPTY_COUNTS;
    counts[fileIndex]![sheet] = { ...c, read: c.read + 1, [outcome]: c[outcome] + 1 };
  };

  for (const plan of plans) {
    const merged: RegisterRow[] = (rows[plan.key] = []);
    const seen = new Map<string, RegisterRow>();
    const parents = plan.parent
      ? new Set(rows[plan.parent.sheet]!.map((r) => r.values[plan.parent!.field] ?? null))
      : null;
    files.forEach((file, fileIndex) => {
      const table = file.read.tables[plan.key];
      counts[fileIndex]![plan.key] ??= EMPTY_COUNTS;
      if (!table) return;
      const codes = errorCodes(file, plan.key);
      const whole = file.read.rejected ? codes.ofFile : table.rejected ? codes.ofSheet : null;
      for (const row of table.rows) {
        const reject = (why: readonly IssueCode[]) => {
          unmerged.push({
            file: file.file,
            sheet: plan.key,
            rowNumber: row.rowNumber,
            outcome: "rejected",
            codes: why,
            raw: row.raw,
          });
          count(fileIndex, plan.key, "rejected");
        };
        if (whole || !row.valid) {
          reject(orderCodes([...(codes.byRow.get(row.rowNumber) ?? []), ...(whole ?? [])]));
          continue;
        }
        if (parents && plan.parent && !parents.has(row.values[plan.parent.field] ?? null)) {
          const field = plan.parent.field;
          issues.push({
            ...makeIssue(
              "reference",
              {
                sheet: plan.key,
                sheetName: table.sheetName,
                cell: row.cells[field] ?? null,
                field,
              },
              {
                value: row.values[field] ?? null,
                detail: { reason: "not-merged", expected: plan.parent.sheet },
              },
            ),
            file: file.file,
          });
          reject(["reference"]);
          continue;
        }
        const key = plan.mergeKey.length > 0 ? keyOf(row.values, plan.mergeKey) : null;
        const holder = key === null ? undefined : seen.get(key);
        if (holder) {
          const field = plan.mergeKey[0]!;
          issues.push({
            ...makeIssue(
              "cross-duplicate",
              {
                sheet: plan.key,
                sheetName: table.sheetName,
                cell: row.cells[field] ?? null,
                field,
              },
              {
                severity: "warning",
                detail: { reason: "merge-key", items: [holder.file], limit: holder.rowNumber },
              },
            ),
            file: file.file,
          });
          unmerged.push({
            file: file.file,
            sheet: plan.key,
            rowNumber: row.rowNumber,
            outcome: "superseded",
            codes: ["cross-duplicate"],
            raw: row.raw,
          });
          count(fileIndex, plan.key, "superseded");
          continue;
        }
        const kept: RegisterRow = {
          file: file.file,
          name: file.name,
          rowNumber: row.rowNumber,
          values: row.values,
          cells: row.cells,
        };
        if (key !== null) seen.set(key, kept);
        merged.push(kept);
        count(fileIndex, plan.key, "merged");
      }
    });
  }

  const outcomes: RegisterFileOutcome[] = files.map((f, i) => ({
    file: f.file,
    name: f.name,
    sha256: f.sha256,
    status: f.read.rejected ? "rejected" : "accepted",
    rows: counts[i]!,
  }));
  const totals: Record<string, RowCounts> = {};
  for (const plan of plans) {
    totals[plan.key] = outcomes.reduce(
      (t, f) => addCounts(t, f.rows[plan.key] ?? EMPTY_COUNTS),
      EMPTY_COUNTS,
    );
  }
  return {
    standardId: standard.id,
    files: outcomes,
    rows,
    unmerged,
    totals,
    issues: sortMergeIssues(issues),
  };
}
