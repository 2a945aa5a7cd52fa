// Which submissions count (docs/merge.md): the merge period, identities, supersede and ties.
import type { IssueCode } from "../issues/codes";
import { makeIssue } from "../issues/make";
import type { IssueExtra } from "../issues/make";
import { compareText, submittedKey } from "./order";
import { orderCodes } from "./sources";
import type { Source } from "./sources";
import type { FileStatus, MergeIssue } from "./types";

export interface Decision {
  readonly status: FileStatus;
  /** Codes added to every row of a rejected file (period-mismatch, a tie, validation). */
  readonly fileCodes: readonly IssueCode[];
}

const BLOCKING_FORM_FIELDS = ["agency_code", "agency_name", "period", "submitted_on"] as const;

function hasFormError(s: Source, field: string): boolean {
  return s.issues.some(
    (i) => i.severity === "error" && i.sheet === "submission" && i.field === field,
  );
}

/** agency_code, agency_name, period and submitted_on present and free of errors. */
export function hasValidForm(s: Source): boolean {
  const f = s.form;
  const present =
    f.agencyCode !== null && f.agencyName !== null && f.period !== null && f.submittedOn !== null;
  return present && !BLOCKING_FORM_FIELDS.some((field) => hasFormError(s, field));
}

/** The period a file states, when it can be trusted. */
export function statedPeriod(s: Source): string | null {
  return s.form.period !== null && !hasFormError(s, "period") ? s.form.period : null;
}

// Annual periods end after every quarter of their year: 2018 > 2018-Q4 > 2018-Q3.
function periodRank(period: string): number {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  return m ? Number(m[1]) * 10 + (m[2] ? Number(m[2]) : 5) : -1;
}

/** The period stated by the most distinct agencies; a tie goes to the latest (docs/merge.md). */
export function choosePeriod(sources: readonly Source[]): string | null {
  const agencies = new Map<string, Set<string>>();
  for (const s of sources) {
    if (!hasValidForm(s)) continue;
    const set = agencies.get(s.form.period!) ?? new Set<string>();
    set.add(s.form.agencyCode!);
    agencies.set(s.form.period!, set);
  }
  let best: string | null = null;
  for (const [period, set] of agencies) {
    const bestSize = best === null ? -1 : agencies.get(best)!.size;
    const later = best === null || periodRank(period) > periodRank(best);
    if (set.size > bestSize || (set.size === bestSize && later)) best = period;
  }
  return best;
}

function fileIssue(code: IssueCode, s: Source, extra: IssueExtra): MergeIssue {
  return { ...makeIssue(code, { sheet: null, cell: null, field: null }, extra), file: s.file };
}

/** Status of every source, and the period-mismatch and superseded issues. */
export function judgeSources(
  sources: readonly Source[],
  period: string,
): { decisions: Map<Source, Decision>; issues: MergeIssue[] } {
  const decisions = new Map<Source, Decision>();
  const issues: MergeIssue[] = [];
  const competitors = new Map<string, Source[]>();
  for (const s of sources) {
    const stated = statedPeriod(s);
    const mismatch = stated !== null && stated !== period;
    if (mismatch) {
      issues.push(fileIssue("period-mismatch", s, { value: stated, detail: { expected: period } }));
    }
    if (!mismatch && hasValidForm(s) && !s.rejectedWhole) {
      const group = competitors.get(s.form.agencyCode!) ?? [];
      group.push(s);
      competitors.set(s.form.agencyCode!, group);
    } else {
      const codes: IssueCode[] = [
        ...s.rejectCodes,
        ...(mismatch ? ["period-mismatch" as const] : []),
      ];
      decisions.set(s, { status: "rejected", fileCodes: orderCodes(codes) });
    }
  }
  for (const group of competitors.values()) {
    const sorted = [...group].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.file, b.file),
    );
    const firstBySha = new Map<string, Source>();
    const distinct: Source[] = [];
    for (const s of sorted) {
      const first = s.sha256 === null ? undefined : firstBySha.get(s.sha256);
      if (first) {
        decisions.set(s, { status: "superseded", fileCodes: [] });
        issues.push(
          fileIssue("superseded", s, { detail: { reason: "identical", items: [first.name] } }),
        );
        continue;
      }
      if (s.sha256 !== null) firstBySha.set(s.sha256, s);
      distinct.push(s);
    }
    const latestKey = distinct
      .map((s) => submittedKey(s.form.submittedOn!))
      .sort(compareText)
      .pop()!;
    const latest = distinct.filter((s) => submittedKey(s.form.submittedOn!) === latestKey);
    const latestNames = latest.map((s) => s.name).sort(compareText);
    for (const s of distinct) {
      if (latest.length === 1 && s === latest[0]) {
        decisions.set(s, { status: "accepted", fileCodes: [] });
      } else if (latest.includes(s)) {
        decisions.set(s, { status: "rejected", fileCodes: ["superseded"] });
        issues.push(
          fileIssue("superseded", s, {
            severity: "error",
            detail: { reason: "tie", items: latestNames },
          }),
        );
      } else {
        decisions.set(s, { status: "superseded", fileCodes: [] });
        issues.push(fileIssue("superseded", s, { detail: { items: latestNames } }));
      }
    }
  }
  return { decisions, issues };
}
