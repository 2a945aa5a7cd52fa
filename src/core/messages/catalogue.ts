import type { SheetKey } from "../spec/sheets";
import type { IssueCode, Severity } from "../issues/codes";
import type { Detail } from "../issues/issue";

/** What a message template gets: labels already in the catalogue's language. */
export interface MessageArgs {
  /** Field label, or null for a file- or sheet-level issue. */
  readonly field: string | null;
  /** Label of `detail.other`. */
  readonly other: string | null;
  /** Sheet name in the catalogue's language. */
  readonly sheet: string | null;
  /** The value as displayed; empty for personal data and when there is none. */
  readonly value: string;
  readonly normalized: string;
  readonly detail: Detail;
  readonly severity: Severity;
  readonly sheetKey: SheetKey | null;
  /** Name of a sheet by key, in the catalogue's language. */
  readonly sheetName: (key: string) => string;
}

/** A catalogue must cover every code: a missing message does not compile. */
export type Catalogue = { readonly [C in IssueCode]: (a: MessageArgs) => string };
