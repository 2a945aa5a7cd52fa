import type { Issue, JsonValue } from "../issues/issue";
import { makeIssue } from "../issues/make";
import type { FieldSpec } from "../spec/sheets";
import type { FieldValue } from "../spec/types";
import type { Cell } from "../grid";
import { parseCell, rawValue } from "./parse-value";
import type { ParseContext } from "./parse-value";

/** A record being read and validated; frozen into a RowRecord at the end. */
export interface DraftRecord {
  readonly rowNumber: number;
  readonly values: Record<string, FieldValue | null>;
  readonly raw: Record<string, JsonValue>;
  readonly cells: Record<string, string>;
  errors: number;
}

// Records with V8's fast properties (an Object.create(null) object is a hash table: 2.5 times
// the memory and time), yet nothing of Object.prototype behind them, as with Object.create(null).
const FieldRecord = function () {} as unknown as new () => Record<string, never>;
FieldRecord.prototype = Object.freeze(Object.create(null) as object);

/** An empty record of fields by key, as every RowRecord holds them. */
export function newFieldRecord<T>(): Record<string, T> {
  return new FieldRecord();
}

export function newDraft(rowNumber: number): DraftRecord {
  return {
    rowNumber,
    values: newFieldRecord<FieldValue | null>(),
    raw: newFieldRecord<JsonValue>(),
    cells: newFieldRecord<string>(),
    errors: 0,
  };
}

export interface Reporter {
  readonly sheet: string;
  readonly sheetName: string;
  /** Keys of the sheet's personal-data fields, whose values never enter an issue. */
  readonly personal: ReadonlySet<string>;
  readonly issues: Issue[];
}

/** Record an issue against a draft, counting errors (a row with one is not merged). */
export function report(
  rep: Reporter,
  draft: DraftRecord | null,
  issue: Omit<Parameters<typeof makeIssue>[1], "sheet" | "sheetName" | "personal">,
  code: Parameters<typeof makeIssue>[0],
  extra: Parameters<typeof makeIssue>[2] = {},
): void {
  const personal = issue.field !== null && rep.personal.has(issue.field);
  const place = { ...issue, sheet: rep.sheet, sheetName: rep.sheetName, personal };
  const made = makeIssue(code, place, extra);
  if (draft && made.severity === "error") draft.errors++;
  rep.issues.push(made);
}

/**
 * Read one field's cell into the draft, reporting reading issues (docs/standard.md) at its address.
 */
export function readField(
  rep: Reporter,
  draft: DraftRecord,
  field: FieldSpec,
  cell: Cell,
  address: string,
  ctx: ParseContext,
): void {
  draft.cells[field.key] = address;
  const raw = rawValue(cell);
  draft.raw[field.key] = raw;
  const parsed = parseCell(cell, field.type, ctx);
  const place = { cell: address, field: field.key };
  if (parsed.kind === "error") {
    draft.values[field.key] = null;
    const { code, kind: _kind, ...detail } = parsed;
    report(rep, draft, place, code, { value: raw, detail });
    return;
  }
  if (parsed.formula) report(rep, draft, place, "formula", { value: raw });
  if (parsed.kind === "empty") {
    draft.values[field.key] = null;
    if (field.required) report(rep, draft, place, "required");
    return;
  }
  draft.values[field.key] = parsed.value;
  if (parsed.conversion) {
    report(rep, draft, place, parsed.conversion, { value: raw, normalized: parsed.value });
  }
}
