import type { FieldValue } from "../spec/types";
import { DEFAULT_SEVERITY } from "./codes";
import type { IssueCode, Severity } from "./codes";
import type { Detail, Issue, JsonValue } from "./issue";
import { isPersonalField } from "../spec/sheets";

export interface Place {
  readonly sheet: string | null;
  readonly sheetName?: string;
  /** Whether the field holds personal data; by default as the 2018 standard says. */
  readonly personal?: boolean;
  readonly cell: string | null;
  readonly field: string | null;
}

export interface IssueExtra {
  readonly value?: JsonValue;
  readonly normalized?: FieldValue;
  readonly detail?: Detail;
  readonly severity?: Severity;
}

/**
 * Build an issue; values of personal-data fields never enter it (docs/issue-codes.md,
 * docs/limits.md).
 */
export function makeIssue(code: IssueCode, place: Place, extra: IssueExtra = {}): Issue {
  const personal = place.personal ?? isPersonalField(place.sheet, place.field);
  return {
    code,
    severity: extra.severity ?? DEFAULT_SEVERITY[code],
    sheet: place.sheet,
    cell: place.cell,
    field: place.field,
    ...(extra.value !== undefined && !personal ? { value: extra.value } : {}),
    ...(extra.normalized !== undefined && !personal ? { normalized: extra.normalized } : {}),
    detail: extra.detail ?? {},
    ...(place.sheetName !== undefined ? { sheetName: place.sheetName } : {}),
  };
}
