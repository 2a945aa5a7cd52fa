import type { Rule } from "../spec/rules";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import type { Label } from "../spec/types";
import { splitLabel } from "../read/text";
import { compileExpression } from "./expr";
import type { Compiled, ExprScope } from "./expr";
import type { PackageProblem } from "../spec/package-problem";
import type { PackageField, PackageFieldRule, PackageSheet, StandardPackage } from "./schema";

/** An expression rule of a package, compiled (docs/standards.md). */
export interface PackageRule {
  readonly id: string;
  readonly sheet: string;
  readonly field: string;
  readonly when?: Compiled;
  readonly check: Compiled;
  readonly code: "range" | "consistency" | "plausibility" | "reference" | "duplicate";
  readonly severity: "error" | "warning" | "info";
  readonly message: Label;
}

/** An indicator of a register package: numerator (and denominator) summed over a group's rows. */
export interface PackageIndicator {
  readonly key: string;
  readonly label: Label;
  readonly format: "count" | "money" | "rate" | "ratio" | "number";
  readonly sheet: string;
  readonly numerator: Compiled;
  readonly denominator?: Compiled;
}

/** A standard at run time: what the reader, the validator, the template and the merge follow. */
export interface Standard {
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  readonly templateId: string;
  readonly workflow: "paired" | "register";
  readonly sheets: readonly SheetSpec[];
  /** Fixed lists; `districts` is filled from the configuration at validation time. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly rules: readonly PackageRule[];
  readonly indicators: readonly PackageIndicator[] | "builtin";
  readonly grouping?: {
    readonly village: string;
    readonly villageName?: string;
    readonly township?: string;
    readonly county?: string;
  };
  readonly merge: Readonly<Record<string, { readonly key: readonly string[] }>>;
  /** The package as JSON text, `extends` resolved, so a worker thread can rebuild the Standard. */
  readonly source: string;
}

/** The list every standard has, filled from the region configuration (docs/configuration.md). */
export const DISTRICTS_LIST = "districts";

/** A path into a package's JSON: keys and array indexes. */
export type PackagePath = readonly (string | number)[];

/** A problem of a package at its JSON path, before the loader finds its line. */
export interface PathError {
  readonly path: PackagePath;
  readonly problem: PackageProblem;
}

/** A package's JSON text as a Standard keeps it (`source`): what a worker rebuilds it from. */
export function packageSource(pkg: StandardPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The Standard of a package checked whole before (built in, or loaded from a user's file), so
 * only built here; a failure is a bug, named by `what`.
 */
export function checkedStandard(pkg: StandardPackage, what: string): Standard {
  const built = buildStandard(pkg);
  if (!built.ok) throw new Error(`${what}: ${JSON.stringify(built.errors[0])}`);
  return built.standard;
}

/** The Standard whose `source` this is: what a worker rebuilds it from. */
export function rebuildStandard(source: string): Standard {
  return checkedStandard(JSON.parse(source) as StandardPackage, "standard source");
}

type Report = (path: PackagePath, problem: PackageProblem) => void;

/**
 * Check a whole package (no extends left, its JSON already of the package's shape) and build its
 * Standard, or give every error.
 */
export function buildStandard(
  pkg: StandardPackage,
):
  | { readonly ok: true; readonly standard: Standard }
  | { readonly ok: false; readonly errors: readonly PathError[] } {
  const errors: PathError[] = [];
  const err: Report = (path, problem) => errors.push({ path, problem });
  const listKeys = new Set([DISTRICTS_LIST, ...Object.keys(pkg.lists ?? {})]);
  for (const [key, values] of Object.entries(pkg.lists ?? {})) {
    if (key === DISTRICTS_LIST) err(["lists", key], { kind: "districts-list" });
    const repeated = values.find((v, i) => values.indexOf(v) !== i);
    if (repeated !== undefined) {
      err(["lists", key], { kind: "list-value-twice", list: key, value: repeated });
    }
  }
  const sheets: SheetSpec[] = [];
  const sheetKeys = new Set<string>();
  (pkg.sheets ?? []).forEach((s, i) => {
    if (sheetKeys.has(s.key)) err(["sheets", i, "key"], { kind: "sheet-twice", sheet: s.key });
    sheetKeys.add(s.key);
    if (s.name === undefined) err(["sheets", i, "name"], { kind: "required" });
    if (s.layout === undefined) err(["sheets", i, "layout"], { kind: "required" });
    sheets.push(toSheet(s));
  });
  const fieldsOf = new Map(sheets.map((s) => [s.key, new Set(s.fields.map((f) => f.key))]));
  sheets.forEach((s, i) => checkFields(s, i, fieldsOf, listKeys, err));

  const compile = (source: string, sheet: string, path: PackagePath): Compiled | null => {
    const scope: ExprScope = {
      fields: fieldsOf.get(sheet) ?? new Set(),
      sheets: new Map([...fieldsOf].filter(([k]) => k !== sheet)),
      lists: listKeys,
    };
    const result = compileExpression(source, scope);
    if (result.ok) return result.expr;
    err(path, { kind: "expression", error: result.error });
    return null;
  };
  const onSheet = (sheet: string, field: string | null, path: PackagePath): boolean => {
    if (!fieldsOf.has(sheet)) err([...path, "sheet"], { kind: "unknown-sheet", sheet });
    else if (field !== null && !fieldsOf.get(sheet)!.has(field)) {
      err([...path, "field"], { kind: "unknown-field", sheet, field });
    } else return true;
    return false;
  };

  const ruleIds = new Set<string>();
  const rules: PackageRule[] = [];
  (pkg.rules ?? []).forEach((r, i) => {
    const path = ["rules", i];
    if (ruleIds.has(r.id)) err([...path, "id"], { kind: "rule-twice", id: r.id });
    ruleIds.add(r.id);
    if (!onSheet(r.sheet, r.field, path)) return;
    const check = compile(r.check, r.sheet, [...path, "check"]);
    const when = r.when === undefined ? undefined : compile(r.when, r.sheet, [...path, "when"]);
    if (check === null || when === null) return;
    const { when: _w, check: _c, ...rest } = r;
    rules.push({ ...rest, check, ...(when ? { when } : {}) });
  });

  let indicators: readonly PackageIndicator[] | "builtin" = "builtin";
  if (Array.isArray(pkg.indicators)) {
    const built: PackageIndicator[] = [];
    pkg.indicators.forEach((d, i) => {
      const path = ["indicators", i];
      if (!onSheet(d.sheet, null, path)) return;
      const numerator = compile(d.numerator, d.sheet, [...path, "numerator"]);
      const denominator =
        d.denominator === undefined
          ? undefined
          : compile(d.denominator, d.sheet, [...path, "denominator"]);
      if (numerator === null || denominator === null) return;
      const { numerator: _n, denominator: _d, ...rest } = d;
      built.push({ ...rest, numerator, ...(denominator ? { denominator } : {}) });
    });
    indicators = built;
  }
  for (const [sheet, { key }] of Object.entries(pkg.merge ?? {})) {
    key.forEach((f, j) => {
      if (!fieldsOf.has(sheet)) err(["merge", sheet], { kind: "unknown-sheet", sheet });
      else if (!fieldsOf.get(sheet)!.has(f))
        err(["merge", sheet, "key", j], { kind: "unknown-field", sheet, field: f });
    });
  }
  const g = pkg.grouping;
  if (g) {
    const all = new Set([...fieldsOf.values()].flatMap((s) => [...s]));
    for (const [k, f] of Object.entries(g))
      if (!all.has(f)) err(["grouping", k], { kind: "field-on-no-sheet", field: f });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    standard: {
      id: pkg.id,
      version: pkg.version,
      name: pkg.name,
      templateId: pkg.template_id!,
      workflow: pkg.workflow!,
      sheets,
      lists: new Map(Object.entries(pkg.lists ?? {})),
      rules,
      indicators,
      ...(g
        ? {
            grouping: {
              village: g.village,
              ...(g.village_name ? { villageName: g.village_name } : {}),
              ...(g.township ? { township: g.township } : {}),
              ...(g.county ? { county: g.county } : {}),
            },
          }
        : {}),
      merge: pkg.merge ?? {},
      source: packageSource(pkg),
    },
  };
}

function checkFields(
  sheet: SheetSpec,
  sheetIndex: number,
  fieldsOf: ReadonlyMap<string, ReadonlySet<string>>,
  listKeys: ReadonlySet<string>,
  err: Report,
): void {
  const labels = new Map<string, string>();
  const keys = new Set<string>();
  sheet.fields.forEach((f, j) => {
    const path = ["sheets", sheetIndex, "fields", j];
    if (keys.has(f.key)) err([...path, "key"], { kind: "field-twice", field: f.key });
    keys.add(f.key);
    for (const label of [f.label.zh, f.label.en, f.key, ...(f.aliases ?? [])]) {
      const header = splitLabel(label).label;
      const owner = labels.get(header);
      if (owner !== undefined && owner !== f.key) {
        err(path, { kind: "header-ambiguous", header: label, fields: [owner, f.key] });
      }
      labels.set(header, f.key);
    }
    if (typeof f.type === "object" && !listKeys.has(f.type.list)) {
      err([...path, "type", "list"], { kind: "unknown-list", list: f.type.list });
    }
    f.rules.forEach((r, k) => {
      for (const [prop, other] of namedFields(r)) {
        const target = r.kind === "ref" ? r.sheet : sheet.key;
        if (!fieldsOf.get(target)?.has(other)) {
          err([...path, "rules", k, prop], { kind: "unknown-field", sheet: target, field: other });
        }
      }
    });
  });
}

/** The fields a rule names, by the package property that names them. */
function namedFields(rule: Rule): [string, string][] {
  switch (rule.kind) {
    case "ref":
    case "compare":
    case "required-when":
    case "may-follow-period-when":
    case "above-poverty-line-if":
      return [["field", rule.field]];
    case "district-of-code":
      return [["code_field", rule.codeField]];
    case "growth":
      return [["previous", rule.previous]];
    default:
      return [];
  }
}

function toSheet(s: PackageSheet): SheetSpec {
  return {
    key: s.key,
    name: s.name ?? { zh: s.key, en: s.key },
    required: s.required ?? false,
    layout: s.layout ?? "table",
    fields: (s.fields ?? []).map(toField),
    ...(s.aliases?.length ? { aliases: s.aliases } : {}),
    ...(s.reject_file_when_missing ? { rejectFileWhenMissing: true } : {}),
  };
}

function toField(f: PackageField): FieldSpec {
  const rules: Rule[] = [
    ...(f.unique ? [{ kind: "unique" as const }] : []),
    ...(f.rules ?? []).map(toRule),
  ];
  return {
    key: f.key,
    label: f.label,
    type: f.type,
    required: f.required ?? false,
    rules,
    ...(f.personal ? { personal: true } : {}),
    ...(f.aliases?.length ? { aliases: f.aliases } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.text_format !== undefined ? { textFormat: f.text_format } : {}),
  };
}

function toRule(r: PackageFieldRule): Rule {
  if (r.kind === "district-of-code") return { kind: r.kind, codeField: r.code_field };
  if (r.kind === "required-when" && r.equals === undefined) return { kind: r.kind, field: r.field };
  return r;
}

/** A runtime field rule as a package writes it (uniqueness is the field's `unique`). */
export function ruleToPackage(r: Exclude<Rule, { kind: "unique" }>): PackageFieldRule {
  return r.kind === "district-of-code" ? { kind: r.kind, code_field: r.codeField } : r;
}
