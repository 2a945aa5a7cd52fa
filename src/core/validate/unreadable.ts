import { makeIssue } from "../issues/make";
import type { Detail } from "../issues/issue";
import type { ReasonOf } from "../issues/reasons";
import type { SubmissionRead } from "../model";

/** What a reader says about a file it refused: a limit it broke, or what was wrong. */
export interface ReadFailure {
  readonly detail?: string;
  readonly limit?: number;
}

const MB = 1024 * 1024;
const IN_BYTES: ReadonlySet<ReasonOf<"unreadable">> = new Set(["too-large", "expands-too-much"]);

/** A file that could not be read at all: one `unreadable` issue, everything rejected. */
export function unreadableSubmission(
  reason: ReasonOf<"unreadable">,
  failure: ReadFailure = {},
): SubmissionRead {
  const { detail, limit } = failure;
  const shown: Detail = {
    reason,
    ...(limit === undefined ? {} : { limit: IN_BYTES.has(reason) ? `${limit / MB} MB` : limit }),
    ...(detail === undefined ? {} : { expected: detail }),
  };
  const issue = makeIssue(
    "unreadable",
    { sheet: null, cell: null, field: null },
    { detail: shown },
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
