import { z } from "zod";
import { PACKAGE_FORMAT } from "../spec/package-problem";
import type { PackageFormat } from "../spec/package-problem";

const KEY = /^[a-z][a-z0-9_]*$/;
const Key = z.string().regex(KEY, "key" satisfies PackageFormat);
const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "id" satisfies PackageFormat);

const LabelSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

const SCALAR_TYPES = [
  "text",
  "int",
  "count",
  "money",
  "decimal",
  "year",
  "date",
  "datetime",
  "period",
  "code12",
  "uscc",
  "id18",
  "phone",
] as const;

const FieldTypeSchema = z.union([z.enum(SCALAR_TYPES), z.object({ list: Key }).strict()]);

const kind = <K extends string, S extends z.ZodRawShape>(k: K, shape: S) =>
  z.object({ kind: z.literal(k), ...shape }).strict();

/** The built-in rule kinds of a field (docs/standard.md), snake_case as the rest of a package. */
const FieldRuleSchema = z.discriminatedUnion("kind", [
  kind("ref", { sheet: Key, field: Key }),
  kind("compare", {
    op: z.enum(["<=", ">="]),
    field: Key,
    code: z.enum(["range", "consistency"]),
  }),
  kind("positive", {}),
  kind("between", { min: z.number(), max: z.number() }),
  kind("in-region", {}),
  kind("district-of-code", { code_field: Key }),
  kind("required-when", { field: Key, equals: z.string().optional() }),
  kind("inside-period", {}),
  kind("not-before-period", {}),
  kind("may-follow-period-when", { field: Key, equals: z.string() }),
  kind("growth", { previous: Key }),
  kind("above-poverty-line-if", { field: Key }),
  kind("not-tiny", {}),
]);

const FieldSchema = z
  .object({
    key: Key,
    label: LabelSchema,
    aliases: z.array(z.string().min(1)).optional(),
    type: FieldTypeSchema,
    required: z.boolean().optional(),
    /** Each value at most once in the sheet: a repeat is a `duplicate` error. */
    unique: z.boolean().optional(),
    personal: z.boolean().optional(),
    unit: z.string().min(1).nullable().optional(),
    /** Format the column as text so Excel keeps every digit (codes, ID numbers). */
    text_format: z.boolean().optional(),
    rules: z.array(FieldRuleSchema).optional(),
  })
  .strict();

// In an extension, a sheet of the base names only its key and the fields it adds.
const SheetSchema = z
  .object({
    key: Key,
    name: LabelSchema.optional(),
    aliases: z.array(z.string().min(1)).optional(),
    layout: z.enum(["form", "table", "none"]).optional(),
    required: z.boolean().optional(),
    reject_file_when_missing: z.boolean().optional(),
    fields: z.array(FieldSchema).optional(),
  })
  .strict();

const Expression = z.string().min(1).max(2000);

const RuleSchema = z
  .object({
    id: Id,
    sheet: Key,
    field: Key,
    when: Expression.optional(),
    check: Expression,
    code: z.enum(["range", "consistency", "plausibility", "reference", "duplicate"]),
    severity: z.enum(["error", "warning", "info"]),
    message: LabelSchema,
  })
  .strict();

const IndicatorSchema = z
  .object({
    key: Key,
    label: LabelSchema,
    format: z.enum(["count", "money", "rate", "ratio", "number"]),
    sheet: Key,
    numerator: Expression,
    denominator: Expression.optional(),
  })
  .strict();

/** One standard as a data package (docs/standards.md). */
export const StandardPackageSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(PACKAGE_FORMAT),
    id: Id,
    version: z.string().min(1),
    name: LabelSchema,
    /** Written to `_meta`; inherited by an extension. */
    template_id: z.string().min(1).optional(),
    /** A built-in package (or a file beside this one) whose fields, lists and rules this adds to. */
    extends: z.string().min(1).nullable().optional(),
    sheets: z.array(SheetSchema).optional(),
    lists: z.record(Key, z.array(z.string().min(1))).optional(),
    rules: z.array(RuleSchema).optional(),
    grouping: z
      .object({
        village: Key,
        village_name: Key.optional(),
        township: Key.optional(),
        county: Key.optional(),
      })
      .strict()
      .optional(),
    indicators: z.union([z.literal("builtin"), z.array(IndicatorSchema)]).optional(),
    merge: z.record(Key, z.object({ key: z.array(Key).min(1) }).strict()).optional(),
    workflow: z.enum(["paired", "register"]).optional(),
  })
  .strict();

export type StandardPackage = z.infer<typeof StandardPackageSchema>;
export type PackageSheet = z.infer<typeof SheetSchema>;
export type PackageField = z.infer<typeof FieldSchema>;
export type PackageFieldRule = z.infer<typeof FieldRuleSchema>;
export type PackageRule = z.infer<typeof RuleSchema>;
export type PackageIndicatorJson = z.infer<typeof IndicatorSchema>;
