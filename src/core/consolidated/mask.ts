// --mask-ids (docs/merge.md): personal data shortened in every sheet of the consolidated workbook.
import type { JsonValue } from "../issues/issue";
import type { DataSheetKey, FieldSpec } from "../spec/sheets";
import { sheetSpec } from "../spec/sheets";

/** First 6 and last 4 characters around `********`; shorter text is starred whole. */
export function maskIdNumber(id: string): string {
  return id.length >= 10 ? `${id.slice(0, 6)}********${id.slice(-4)}` : "*".repeat(id.length);
}

/** First character, then `*`. */
export function maskName(name: string): string {
  const first = [...name][0];
  return first === undefined ? name : `${first}*`;
}

// An ID number standing alone in free text: region, a birth date of 19xx/20xx, sequence, check.
const ID_IN_TEXT =
  /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;

/** Mask ID numbers wherever they appear in text (values typed into the wrong column, messages). */
export function maskIdsInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id));
}

/** The value of a field as written when masking: personal fields shortened. */
export function maskField(sheet: DataSheetKey, key: string, value: JsonValue): JsonValue {
  return maskFieldValue(
    sheetSpec(sheet).fields.find((f) => f.key === key),
    value,
  );
}

/** A personal field's value shortened: an ID number (or a longer certificate number) or a name. */
export function maskFieldValue(field: FieldSpec | undefined, value: JsonValue): JsonValue {
  if (value === null || typeof value === "boolean") return value;
  if (field?.personal) {
    const text = String(value);
    return field.type === "id18" || /^\d{15}/.test(text) ? maskIdNumber(text) : maskName(text);
  }
  return typeof value === "string" ? maskIdsInText(value) : value;
}
