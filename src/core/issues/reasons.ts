/** Variants of the codes that have several causes; each catalogue covers every one. */
export const REASONS = {
  unreadable: [
    "not-zip",
    "encrypted",
    "xls",
    "too-large",
    "too-many-parts",
    "expands-too-much",
    "ratio",
    "duplicate-part",
    "bad-part-name",
    "corrupt",
    "timeout",
    "memory",
    "no-rows-read",
    "not-found",
  ],
  type: [
    "not-number",
    "not-integer",
    "not-date",
    "boolean",
    "error-value",
    "no-cached-result",
    "id-as-number",
    "ambiguous",
  ],
  format: ["code12", "uscc", "id18", "phone", "period", "landline-as-number"],
  checksum: ["check-character", "birth-date"],
  range: [
    "negative",
    "not-positive",
    "year",
    "between",
    "text-length",
    "before-period",
    "region",
    "compare",
  ],
  consistency: ["required-when", "district", "compare"],
  plausibility: [
    "outside-period",
    "below-poverty-line",
    "growth",
    "tiny",
    "rule-failed",
    "line-missing",
  ],
} as const;

export type ReasonOf<C extends keyof typeof REASONS> = (typeof REASONS)[C][number];
export type ReasonTable = { readonly [C in keyof typeof REASONS]: Record<ReasonOf<C>, string> };
