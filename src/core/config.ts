import { z } from "zod";

/** Configuration (docs/configuration.md): region, poverty lines and exit thresholds. */
const YearTableSchema = z.record(z.string().regex(/^\d{4}$/, "a year"), z.number().positive());

const DistrictSchema = z.object({
  name: z.string().min(1),
  code: z.string().regex(/^\d{6}$/, "a 6-digit district code"),
});

export const ConfigSchema = z
  .object({
    region: z
      .object({
        name: z.string().min(1),
        code_prefix: z.string().regex(/^\d{2,6}$/, "2 to 6 digits"),
        districts: z.array(DistrictSchema).min(1),
      })
      .strict(),
    poverty_line: YearTableSchema,
    /** Further per-year lines by name (e.g. a province's monitoring line), for `LINE(name, year)`. */
    lines: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, "a snake_case name"), YearTableSchema)
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

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Merge a parsed JSON override over the defaults and validate the result. */
export function resolveConfig(override: unknown): ConfigResult {
  const parsed = OverrideSchema.safeParse(override);
  if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues) };
  const o = parsed.data;
  const merged = {
    region: { ...DEFAULT_CONFIG.region, ...o.region },
    poverty_line: o.poverty_line ?? DEFAULT_CONFIG.poverty_line,
    ...(o.lines !== undefined ? { lines: o.lines } : {}),
    exit_thresholds: { ...DEFAULT_CONFIG.exit_thresholds, ...o.exit_thresholds },
  };
  const full = ConfigSchema.safeParse(merged);
  if (!full.success) return { ok: false, errors: formatZodIssues(full.error.issues) };
  const wrongPrefix = full.data.region.districts.filter(
    (d) => !d.code.startsWith(full.data.region.code_prefix),
  );
  if (wrongPrefix.length > 0) {
    return {
      ok: false,
      errors: wrongPrefix.map((d) => `region.districts: ${d.code} does not start with code_prefix`),
    };
  }
  return { ok: true, config: full.data };
}

function formatZodIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

export function povertyLine(config: Config, year: number): number | null {
  return config.poverty_line[String(year)] ?? null;
}

/** A per-year line by name: "poverty" is `poverty_line`, any other name is from `lines`. */
export function lineOf(config: Config, name: string, year: number): number | null {
  if (name === "poverty") return povertyLine(config, year);
  return config.lines?.[name]?.[String(year)] ?? null;
}
