// A user's configuration file checked (docs/configuration.md): the one place zod reads it.
import { z } from "zod";
import { DEFAULT_CONFIG } from "./config";
import type { Config, ConfigFormat, ConfigIssue, ConfigProblem } from "./config";

// A failed regex's message names the format it wanted.
const FORMATS = [
  "district-code",
  "code-prefix",
  "year",
  "line-name",
] as const satisfies readonly ConfigFormat[];
const JSON_TYPES = ["object", "array", "string", "number"] as const;

const YearTableSchema = z.record(
  z.string().regex(/^\d{4}$/, "year" satisfies ConfigFormat),
  z.number().positive(),
);

const DistrictSchema = z.object({
  name: z.string().min(1),
  code: z.string().regex(/^\d{6}$/, "district-code" satisfies ConfigFormat),
});

export const ConfigSchema = z
  .object({
    region: z
      .object({
        name: z.string().min(1),
        code_prefix: z.string().regex(/^\d{2,6}$/, "code-prefix" satisfies ConfigFormat),
        districts: z.array(DistrictSchema).min(1),
      })
      .strict(),
    poverty_line: YearTableSchema,
    /** Further per-year lines by name (e.g. a province's monitoring line), for `LINE(name, year)`. */
    lines: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]*$/, "line-name" satisfies ConfigFormat),
        YearTableSchema,
      )
      .optional(),
    exit_thresholds: z
      .object({
        poverty_incidence: z.number().min(0).max(1),
        collective_income: z.number().min(0),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<Config>;

/** Partial override: a key given replaces the default's value; tables are replaced whole. */
const OverrideSchema = z
  .object({
    region: ConfigSchema.shape.region.partial().strict(),
    poverty_line: ConfigSchema.shape.poverty_line,
    lines: ConfigSchema.shape.lines,
    exit_thresholds: ConfigSchema.shape.exit_thresholds.partial().strict(),
  })
  .partial()
  .strict();

export type ConfigResult =
  { ok: true; config: Config } | { ok: false; issues: readonly ConfigIssue[] };

/** Merge a parsed JSON override over the defaults and validate the result. */
export function resolveConfig(override: unknown): ConfigResult {
  const parsed = OverrideSchema.safeParse(override, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toIssue) };
  const o = parsed.data;
  const merged = {
    region: { ...DEFAULT_CONFIG.region, ...o.region },
    poverty_line: o.poverty_line ?? DEFAULT_CONFIG.poverty_line,
    ...(o.lines !== undefined ? { lines: o.lines } : {}),
    exit_thresholds: { ...DEFAULT_CONFIG.exit_thresholds, ...o.exit_thresholds },
  };
  const full = ConfigSchema.safeParse(merged, { reportInput: true });
  if (!full.success) return { ok: false, issues: full.error.issues.map(toIssue) };
  const prefix = full.data.region.code_prefix;
  const wrongPrefix: ConfigIssue[] = full.data.region.districts.flatMap((d, i) =>
    d.code.startsWith(prefix)
      ? []
      : [{ path: `region.districts.${i}.code`, problem: { kind: "prefix", code: d.code, prefix } }],
  );
  return wrongPrefix.length > 0
    ? { ok: false, issues: wrongPrefix }
    : { ok: true, config: full.data };
}

function toIssue(issue: z.core.$ZodIssue): ConfigIssue {
  return { path: issue.path.join("."), problem: toProblem(issue) };
}

function toProblem(issue: z.core.$ZodIssue): ConfigProblem {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return { kind: "required" };
      const wanted = issue.expected === "record" ? "object" : issue.expected;
      const expected = JSON_TYPES.find((t) => t === wanted);
      return expected ? { kind: "type", expected } : { kind: "invalid" };
    }
    case "unrecognized_keys":
      return { kind: "unknown-keys", keys: issue.keys };
    case "too_small":
      return issue.origin === "number"
        ? { kind: "min", min: Number(issue.minimum), inclusive: issue.inclusive ?? true }
        : { kind: "empty" };
    case "too_big":
      return { kind: "max", max: Number(issue.maximum), inclusive: issue.inclusive ?? true };
    case "invalid_format":
      return formatProblem(issue.message);
    case "invalid_key":
      return formatProblem(issue.issues[0]?.message ?? "");
    default:
      return { kind: "invalid" };
  }
}

function formatProblem(message: string): ConfigProblem {
  const known = FORMATS.find((f) => f === message);
  return known ? { kind: "format", format: known } : { kind: "invalid" };
}
