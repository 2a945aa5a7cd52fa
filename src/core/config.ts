/** The formats a configuration's texts must have, as a problem names them. */
export type ConfigFormat = "district-code" | "code-prefix" | "year" | "line-name";

/** A district of the region: its name and 6-digit code. */
export interface District {
  name: string;
  code: string;
}

/** Per year ("2018") a value, such as a poverty line. */
export type YearTable = Record<string, number>;

/**
 * Configuration (docs/configuration.md): region, poverty lines and exit thresholds. A user's
 * file is checked by `resolveConfig`; this is what it gives.
 */
export interface Config {
  region: { name: string; code_prefix: string; districts: District[] };
  poverty_line: YearTable;
  /** Further per-year lines by name (e.g. a province's monitoring line), for `LINE(name, year)`. */
  lines?: Record<string, YearTable> | undefined;
  exit_thresholds: { poverty_incidence: number; collective_income: number };
}

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

/** Why a configuration value is unusable, as data; the catalogues word it in each language. */
export type ConfigProblem =
  | { readonly kind: "required" }
  | { readonly kind: "type"; readonly expected: "object" | "array" | "string" | "number" }
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
