/**
 * Field rules (docs/standard.md) as data. The validator interprets them; the template and the
 * instructions sheet describe them. Each rule is reported at the cell of the field that
 * declares it (docs/issue-codes.md).
 */
export type Rule =
  /** A repeated value is `duplicate` at every repeat after the first. */
  | { readonly kind: "unique" }
  /** The value must be on another sheet of the workbook (`reference`). */
  | { readonly kind: "ref"; readonly sheet: string; readonly field: string }
  /**
   * Bound against another field of the row (`range`, or `consistency` where docs/issue-codes.md
   * says).
   */
  | {
      readonly kind: "compare";
      readonly op: "<=" | ">=";
      readonly field: string;
      readonly code: "range" | "consistency";
    }
  /** Strictly above zero (`range`). */
  | { readonly kind: "positive" }
  /** Inclusive bounds (`range`). */
  | { readonly kind: "between"; readonly min: number; readonly max: number }
  /** The first six digits are a district of the configured region (`range`). */
  | { readonly kind: "in-region" }
  /** The district must be the one the village code names (`consistency`). */
  | { readonly kind: "district-of-code"; readonly codeField: string }
  /** Required when another field has a value (`consistency`). */
  | { readonly kind: "required-when"; readonly field: string; readonly equals?: string }
  /** A date inside the period, else a `plausibility` warning. */
  | { readonly kind: "inside-period" }
  /** Not before the period starts (`range`). */
  | { readonly kind: "not-before-period" }
  /** A year may lie after the period when another field has this value. */
  | { readonly kind: "may-follow-period-when"; readonly field: string; readonly equals: string }
  /** More than 6 times or under a sixth of the previous value (`plausibility`). */
  | { readonly kind: "growth"; readonly previous: string }
  /** Lifted out (the field is set) but income below the poverty line (`plausibility`). */
  | { readonly kind: "above-poverty-line-if"; readonly field: string }
  /** Above 0 and below 100 yuan: probably typed in 万元 (`plausibility`). */
  | { readonly kind: "not-tiny" };

export type RuleKind = Rule["kind"];
