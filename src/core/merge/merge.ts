import { computeIndicators } from "../indicators/compute";
import { compareIssues } from "../messages/render";
import { DATA_SHEETS } from "../spec/sheets";
import type { DataSheetKey } from "../spec/sheets";
import { adoptRows } from "./adopt";
import type { CandidateRow } from "./adopt";
import { choosePeriod, judgeSources, statedPeriod } from "./judge";
import { compareText } from "../read/text";
import { disambiguatedPath } from "./order";
import { checkPairings } from "./pairings";
import { freshSource, orderCodes, recordedSources } from "./sources";
import type { Source } from "./sources";
import type {
  Completeness,
  ConsolidatedData,
  FileOutcome,
  MergeIssue,
  MergeOptions,
  MergeOutcome,
  RowCounts,
  UnmergedRow,
} from "./types";
import type { SubmissionFile } from "../model";

export const EMPTY_COUNTS: RowCounts = { read: 0, merged: 0, rejected: 0, superseded: 0 };

function emptySheetCounts(): Record<DataSheetKey, RowCounts> {
  return Object.fromEntries(DATA_SHEETS.map((s) => [s, EMPTY_COUNTS])) as Record<
    DataSheetKey,
    RowCounts
  >;
}

/** Two row counts added up. */
export function addCounts(a: RowCounts, b: RowCounts): RowCounts {
  return {
    read: a.read + b.read,
    merged: a.merged + b.merged,
    rejected: a.rejected + b.rejected,
    superseded: a.superseded + b.superseded,
  };
}

function renamed(s: Source, file: string): Source {
  return { ...s, file, issues: s.issues.map((i) => ({ ...i, file })) };
}

/**
 * Recorded submissions plus the new files. A file whose sha256 is recorded is the same
 * submission (docs/merge.md); a file given twice counts once.
 */
function gatherSources(inputs: readonly SubmissionFile[], into: ConsolidatedData | undefined) {
  const recorded = into ? recordedSources(into) : [];
  // Without a hash (a file that could not be opened), the path is all that identifies it.
  const identity = (f: { file: string; sha256: string | null }) =>
    f.sha256 === null ? `path:${f.file}` : `sha:${f.sha256}`;
  const known = new Set(recorded.map(identity));
  const seen = new Set<string>();
  const fresh = [...inputs]
    .filter((f) => !known.has(identity(f)))
    .sort((a, b) => compareText(a.file, b.file) || compareText(a.sha256 ?? "", b.sha256 ?? ""))
    .filter((f) => {
      const key = JSON.stringify([f.file, f.sha256]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(freshSource);
  const all = [...recorded, ...fresh];
  const sharing = new Map<string, Source[]>();
  for (const s of all) sharing.set(s.file, [...(sharing.get(s.file) ?? []), s]);
  // A corrected file given again under its old path keeps the path; the recorded one yields.
  return all
    .map((s) => {
      const group = sharing.get(s.file)!;
      if (group.length === 1) return s;
      const freshInGroup = group.filter((g) => !g.recorded).length;
      if (!s.recorded && freshInGroup === 1) return s;
      return renamed(s, disambiguatedPath(s.file, s.sha256));
    })
    .sort((a, b) => compareText(a.file, b.file));
}

function isReadable(f: SubmissionFile): boolean {
  return f.read.form !== null || Object.keys(f.read.tables).length > 0;
}

function issueTieKey(i: MergeIssue): string {
  return JSON.stringify([
    i.severity,
    i.field,
    i.detail.reason ?? "",
    i.detail.items ?? [],
    i.message ?? "",
  ]);
}

/** The order of docs/issue-codes.md, then a stable order for issues at one cell with one code. */
export function sortMergeIssues(issues: readonly MergeIssue[]): MergeIssue[] {
  return [...issues].sort(
    (a, b) => compareIssues(a, b) || compareText(issueTieKey(a), issueTieKey(b)),
  );
}

/**
 * Merge submissions (docs/merge.md), optionally into a consolidated workbook's data. The result
 * does not depend on the order of the inputs; misuse is an error value, never an exception.
 */
export function mergeSubmissions(
  inputs: readonly SubmissionFile[],
  options: MergeOptions,
): MergeOutcome {
  const { into } = options;
  if (into?.masked && options.purpose !== "indicators")
    return { ok: false, error: { kind: "masked-into" } };
  if (into && options.period !== undefined && options.period !== into.period) {
    return {
      ok: false,
      error: { kind: "period-conflict", period: options.period, intoPeriod: into.period },
    };
  }
  if (!into && !inputs.some(isReadable)) {
    return { ok: false, error: { kind: "no-readable-submission" } };
  }
  const sources = gatherSources(inputs, into);
  const period = into?.period ?? options.period ?? choosePeriod(sources);
  if (period === null) return { ok: false, error: { kind: "no-period" } };

  const judged = judgeSources(sources, period);
  const candidates = Object.fromEntries(
    DATA_SHEETS.map((s) => [s, [] as CandidateRow[]]),
  ) as Record<DataSheetKey, CandidateRow[]>;
  const unmerged: UnmergedRow[] = [];
  const counted = sources.map((s) => {
    const decision = judged.decisions.get(s)!;
    const rows = emptySheetCounts();
    for (const sheet of DATA_SHEETS) {
      const { read, rows: sourceRows } = s.sheets[sheet];
      if (decision.status === "superseded" || sourceRows === null) {
        rows[sheet] = { ...EMPTY_COUNTS, read, superseded: read };
        continue;
      }
      let merged = 0;
      for (const row of sourceRows) {
        if (decision.status === "accepted" && row.valid) {
          merged += 1;
          candidates[sheet].push({
            sheet,
            agencyCode: s.form.agencyCode!,
            agencyName: s.form.agencyName!,
            file: s.file,
            name: s.name,
            rowNumber: row.rowNumber,
            values: row.values,
            raw: row.raw,
            cells: row.cells,
            submittedOn: s.form.submittedOn!,
          });
        } else {
          const codes = orderCodes([...row.codes, ...decision.fileCodes]);
          unmerged.push({ file: s.file, sheet, rowNumber: row.rowNumber, codes, raw: row.raw });
        }
      }
      rows[sheet] = { read, merged, rejected: read - merged, superseded: 0 };
    }
    const outcome: FileOutcome = {
      file: s.file,
      name: s.name,
      sha256: s.sha256,
      ...s.form,
      status: decision.status,
      rows,
      columns: s.columns,
    };
    return outcome;
  });

  const villages = options.standard?.sheets.find((s) => s.key === "villages");
  const adopted = adoptRows(candidates, villages?.fields);
  const issues: MergeIssue[] = [
    ...sources.flatMap((s) => s.issues),
    ...judged.issues,
    ...adopted.issues,
  ];
  let completeness: Completeness | null = null;
  if (options.pairings) {
    const accepted = new Set(
      counted.filter((f) => f.status === "accepted").map((f) => f.agencyCode!),
    );
    const received = new Set(
      sources
        .filter((s) => s.form.agencyCode !== null && statedPeriod(s) === period)
        .map((s) => s.form.agencyCode!),
    );
    const checked = checkPairings(options.pairings, {
      accepted,
      received,
      villages: adopted.rows.villages,
    });
    issues.push(...checked.issues);
    completeness = checked.completeness;
  }
  const pairings = options.pairings ?? null;
  const report = computeIndicators({ rows: adopted.rows }, options.config, period, pairings);
  const totals = emptySheetCounts();
  for (const f of counted) {
    for (const sheet of DATA_SHEETS) totals[sheet] = addCounts(totals[sheet], f.rows[sheet]);
  }
  return {
    ok: true,
    result: {
      period,
      masked: false,
      files: counted,
      rows: adopted.rows,
      unmerged: unmerged.sort(
        (a, b) =>
          compareText(a.file, b.file) ||
          DATA_SHEETS.indexOf(a.sheet) - DATA_SHEETS.indexOf(b.sheet) ||
          a.rowNumber - b.rowNumber,
      ),
      issues: sortMergeIssues(issues),
      totals,
      completeness,
      indicators: report.villages,
      areas: report.areas,
    },
  };
}
