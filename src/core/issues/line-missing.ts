import type { MissingLine } from "../config";
import type { Detail } from "./issue";

/** The detail of the `plausibility` warning for a line the configuration lacks (docs/issue-codes.md). */
export function lineMissingDetail(missing: MissingLine): Detail {
  return {
    reason: "line-missing",
    expected: missing.key,
    limit: missing.year,
    items: [missing.name],
  };
}
