import { z } from "zod";

/** The formats a configuration's texts must have; a failed regex's message names one. */
const FORMATS = ["district-code", "code-prefix", "year", "line-name"] as const;
type ConfigFormat = (typeof FORMATS)[number];

/** Configuration (docs/configuration.md): region, poverty lines and exit thresholds. */
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
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type District = z.infer<typeof DistrictSchema>;

const WUHAN_DISTRICTS: [string, string][] = [
  ["江岸区", "420102"],
  ["江汉区", "420103"],
  ["硚口区", "420104"],
  ["汉阳区", "420105"],
  ["武昌区", "420106"],
  ["青山区", "420107"],
  ["洪山区", "420111"],
  ["东西湖区", "420112"],
  ["汉南区", "420113"],
  ["蔡甸区", "420114"],
  ["江夏区", "420115"],
  ["黄陂区", "420116"],
  ["新洲区", "420117"],
];

export const DEFAULT_CONFIG: Config = {
  region: {
    name: "武汉市",
    code_prefix: "4201",
    districts: WUHAN_DISTRICTS.map(([name, code]) => ({ name, code })),
  },
  poverty_line: {
    "2011": 2536,
    "2012": 2625,
    "2013": 2736,
    "2014": 2800,
    "2015": 2855,
    "2016": 2952,
    "2017": 2952,
    "2018": 2995,
    "2019": 3218,
    "2020": 4000,
  },
  exit_thresholds: { poverty_incidence: 0.02, collective_income: 50000 },
};

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

const JSON_TYPES = ["object", "array", "string", "number"] as const;

/** Why a configuration value is unusable, as data; the catalogues word it in each language. */
export type ConfigProblem =
  | { readonly kind: "required" }
  | { readonly kind: "type"; readonly expected: (typeof JSON_TYPES)[number] }
  | { readonly kind: "unknown-keys"; readonly keys: readonly string[] }
  | { readonly kind: "empty" }
  | { readonly kind: "min"; readonly min: number; readonly inclusive: boolean }
  | { readonly kind: "max"; readonly max: number; readonly inclusive: boolean }
  | { readonly kind: "format"; readonly format: ConfigFormat }
  | { readonly kind: "prefix"; readonly code: string; readonly prefix: string }
  | { readonly kind: "invalid" };

/** A problem at its place in the JSON, such as `region.districts.0.code` ("" for the whole). */
export interface ConfigIssue {
  readonly path: string;
  readonly problem: ConfigProblem;
}

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

export function povertyLine(config: Config, year: number): number | null {
  return config.poverty_line[String(year)] ?? null;
}

/** A per-year line by name: "poverty" is `poverty_line`, any other name is from `lines`. */
export function lineOf(config: Config, name: string, year: number): number | null {
  if (name === "poverty") return povertyLine(config, year);
  return config.lines?.[name]?.[String(year)] ?? null;
}

/** A line that a rule or an indicator asked for and the configuration lacks. */
export interface MissingLine {
  readonly name: string;
  readonly year: number;
  /** Where to set it, as the configuration file spells it: `lines.monitoring."2025"`. */
  readonly key: string;
}

/** `lineOf` over `config`, remembering each line and year asked for that it lacks, once. */
export function trackLines(config: Config): {
  readonly line: (name: string, year: number) => number | null;
  readonly missing: () => readonly MissingLine[];
} {
  const missing = new Map<string, MissingLine>();
  return {
    // Called for every row a rule or indicator reads: the key is built only for a missing line.
    line: (name, year) => {
      const value = lineOf(config, name, year);
      if (value !== null) return value;
      const key = name === "poverty" ? `poverty_line."${year}"` : `lines.${name}."${year}"`;
      if (!missing.has(key)) missing.set(key, { name, year, key });
      return null;
    },
    missing: () => [...missing.values()],
  };
}
