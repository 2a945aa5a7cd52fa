import type { FieldValue, Label } from "../spec/types";
import type { IssueCode, Severity } from "./codes";

export type JsonValue = string | number | boolean | null;

/** What a message needs beyond the field and value; rendered by the catalogues. */
export interface Detail {
  /** Which variant of the code (e.g. `range`: "negative", "year", "compare"). */
  readonly reason?: string;
  /** Key of the other field of a rule, in the same sheet. */
  readonly other?: string;
  readonly otherValue?: JsonValue;
  readonly limit?: number | string;
  /** An expected or official value (official name, list values, canonical form). */
  readonly expected?: string;
  /** Names listed by the message: files, agencies, values. */
  readonly items?: readonly string[];
  /** The text of a standard's own rule, shown as the issue's message (docs/standards.md). */
  readonly message?: Label;
}

/** One problem (docs/issue-codes.md). The message is rendered last, per language. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Key of the sheet in the standard, null for the whole workbook. */
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly field: string | null;
  /** The raw value as read; never set for personal-data fields. */
  readonly value?: JsonValue;
  readonly normalized?: FieldValue;
  readonly detail: Detail;
  /** The sheet's name as in the file, for text output. */
  readonly sheetName?: string;
  /** Set by merge; validate reports per file. */
  readonly file?: string;
}
