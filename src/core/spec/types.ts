/** Field types (docs/standard.md). */
export type ScalarType =
  | "text"
  | "int"
  | "count"
  | "money"
  | "decimal"
  | "year"
  | "date"
  | "datetime"
  | "period"
  | "code12"
  | "uscc"
  | "id18"
  | "phone";

/** A scalar type, or a list of a standard (`districts` comes from the region configuration). */
export type FieldType = ScalarType | { readonly list: string };

export const NUMERIC_TYPES: ReadonlySet<ScalarType> = new Set([
  "int",
  "count",
  "money",
  "decimal",
  "year",
]);

/** Types whose columns the template formats as text so Excel keeps every digit. */
export const TEXT_FORMATTED_TYPES: ReadonlySet<ScalarType> = new Set([
  "code12",
  "uscc",
  "id18",
  "phone",
]);

export function isListType(type: FieldType): type is { readonly list: string } {
  return typeof type === "object";
}

export function isNumericType(type: FieldType): boolean {
  return !isListType(type) && NUMERIC_TYPES.has(type);
}

/** Canonical value of a field: strings (text, codes, dates, list values) or numbers. */
export type FieldValue = string | number;

/** A text of the standard in each language it is written in; `pickLabel` chooses one. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}
