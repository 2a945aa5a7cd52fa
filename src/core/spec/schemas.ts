import { z } from "zod";
import { LISTS } from "./lists";
import type { FixedListKey } from "./lists";
import { FIRST_YEAR, SHEETS, TEXT_MAX_LENGTH } from "./sheets";
import type { FieldSpec, ReadSheetKey } from "./sheets";
import type { ScalarType } from "./types";

/** Canonical value of each scalar type (docs/standard.md), as records carry it after reading. */
const SCALARS: { readonly [T in ScalarType]: z.ZodType } = {
  text: z.string().max(TEXT_MAX_LENGTH),
  int: z.number().int(),
  count: z.number().int().min(0),
  money: z.number().min(0),
  decimal: z.number().min(0),
  year: z.number().int().min(FIRST_YEAR),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  datetime: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
  period: z.string().regex(/^\d{4}(-Q[1-4])?$/),
  code12: z.string().regex(/^\d{12}$/),
  uscc: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/),
  id18: z.string().regex(/^\d{17}[\dX]$/),
  phone: z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/),
};

function fieldSchema(field: FieldSpec): z.ZodType {
  const type = field.type;
  const base =
    typeof type === "object"
      ? type.list === "districts"
        ? z.string().min(1)
        : z.enum(LISTS[type.list as FixedListKey] as unknown as [string, ...string[]])
      : SCALARS[type];
  return field.required ? base : base.nullable();
}

/**
 * The zod schema of a valid record of a sheet, derived from the spec: what `validateWorkbook`
 * promises for every row it marks valid, and what other programs may rely on.
 */
export function recordSchema(sheet: ReadSheetKey): z.ZodObject {
  const spec = SHEETS.find((s) => s.key === sheet)!;
  return z.object(Object.fromEntries(spec.fields.map((f) => [f.key, fieldSchema(f)])));
}
