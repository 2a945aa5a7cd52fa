import { makeIssue } from "../issues/make";
import type { ReasonOf } from "../issues/reasons";
import type { SubmissionRead } from "../model";

/** A file that could not be read at all: one `unreadable` issue, everything rejected. */
export function unreadableSubmission(
  reason: ReasonOf<"unreadable">,
  detail?: string,
): SubmissionRead {
  const issue = makeIssue(
    "unreadable",
    { sheet: null, cell: null, field: null },
    { detail: detail === undefined ? { reason } : { reason, expected: detail } },
  );
  return {
    template: null,
    sheetNames: {},
    form: null,
    tables: {},
    issues: [issue],
    rejected: true,
  };
}
