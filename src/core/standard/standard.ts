import type { Node, ParseError } from "jsonc-parser";
import { findNodeAtLocation, parse, parseTree, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import type { Rule } from "../spec/rules";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import type { Label } from "../spec/types";
import { splitLabel } from "../read/text";
import { compileExpression } from "./expr";
import type { Compiled, ExprScope } from "./expr";
import { JSON_TYPES, PACKAGE_FORMATS } from "../spec/package-problem";
import type { JsonType, PackageError, PackageProblem } from "../spec/package-problem";
import { StandardPackageSchema } from "./schema";
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
  /** The package's JSON text, `extends` resolved, so a worker thread can rebuild the Standard. */
  readonly source: string;
}

export type { JsonSyntaxError, PackageError, PackageProblem } from "../spec/package-problem";

export type LoadResult =
  | { readonly ok: true; readonly standard: Standard }
  | { readonly ok: false; readonly errors: readonly PackageError[] };

export interface LoadOptions {
  /** The built-in packages an `extends` may name, by id. */
  readonly builtins: (id: string) => Standard | undefined;
  /** The text of a package file an `extends` names (relative to this one), or null. */
  readonly resolveFile?: (name: string) => string | null;
}

/** The list every standard has, filled from the region configuration (docs/configuration.md). */
export const DISTRICTS_LIST = "districts";
const MAX_EXTENDS_DEPTH = 4;

type Path = readonly (string | number)[];

/**
 * Read a standard package (docs/standards.md): JSON with comments, checked whole. A bad package
 * gives every error found with its JSON path and line, and no Standard.
 */
export function loadStandard(text: string, opts: LoadOptions): LoadResult {
  return loadAt(text, opts, 0);
}

function loadAt(text: string, opts: LoadOptions, depth: number): LoadResult {
  const parsed = parsePackage(text);
  if (!parsed.ok) return parsed;
  const { pkg, at } = parsed;
  if (pkg.extends === undefined || pkg.extends === null) {
    const errors = baseErrors(pkg).map(at);
    if (errors.length > 0) return { ok: false, errors };
    return build(pkg, text, at);
  }
  const base = depth < MAX_EXTENDS_DEPTH ? resolveBase(pkg.extends, opts, depth) : null;
  if (base === null || !base.ok) {
    const problem: PackageProblem =
      base === null
        ? { kind: "unknown-base", base: pkg.extends }
        : { kind: "bad-base", base: pkg.extends, problem: base.errors[0]!.problem };
    return { ok: false, errors: [at({ path: ["extends"], problem })] };
  }
  // A base's source may have comments (a built-in package written as JSONC).
  const merged = extend(parse(base.standard.source) as StandardPackage, pkg);
  if (!merged.ok) return { ok: false, errors: merged.errors.map(at) };
  return build(merged.pkg, `${JSON.stringify(merged.pkg, null, 2)}\n`, (e) =>
    at({ path: merged.origin(e.path), problem: e.problem }),
  );
}

function resolveBase(name: string, opts: LoadOptions, depth: number): LoadResult | null {
  const builtin = opts.builtins(name);
  if (builtin) return { ok: true, standard: builtin };
  const text = opts.resolveFile?.(name) ?? null;
  return text === null ? null : loadAt(text, opts, depth + 1);
}

interface RawError {
  readonly path: Path;
  readonly problem: PackageProblem;
}

function parsePackage(
  text: string,
):
  | { ok: true; pkg: StandardPackage; at: (e: RawError) => PackageError }
  | { ok: false; errors: PackageError[] } {
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: false });
  if (syntax.length > 0 || root === undefined) {
    const errors = syntax.map((e): PackageError => {
      const { line, column } = positionOf(text, e.offset);
      const name = printParseErrorCode(e.error);
      const error = name === "<unknown ParseErrorCode>" ? "InvalidSymbol" : name;
      return { path: "$", line, problem: { kind: "json-syntax", error, column } };
    });
    const empty: PackageError = {
      path: "$",
      line: 1,
      problem: { kind: "json-syntax", error: "ValueExpected", column: 1 },
    };
    return { ok: false, errors: errors.length > 0 ? errors : [empty] };
  }
  const at = (e: RawError): PackageError => ({
    path: formatPath(e.path),
    line: positionOf(text, nearestNode(root, e.path).offset).line,
    problem: e.problem,
  });
  const result = StandardPackageSchema.safeParse(nodeValue(root));
  if (!result.success) return { ok: false, errors: result.error.issues.map(fromZod).map(at) };
  return { ok: true, pkg: result.data, at };
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "object":
      return Object.fromEntries(
        (node.children ?? []).map((p) => [
          p.children![0]!.value as string,
          nodeValue(p.children![1]!),
        ]),
      );
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value as unknown;
  }
}

function fromZod(issue: z.core.$ZodIssue): RawError {
  return { path: issue.path.filter((p) => typeof p !== "symbol"), problem: toProblem(issue) };
}

function toProblem(issue: z.core.$ZodIssue): PackageProblem {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return { kind: "required" };
      const expected = jsonType(issue.expected);
      return expected ? { kind: "type", expected } : { kind: "invalid" };
    }
    case "unrecognized_keys":
      return { kind: "unknown-keys", keys: issue.keys };
    case "too_small":
      return { kind: "empty" };
    case "too_big":
      return { kind: "too-long", max: Number(issue.maximum) };
    case "invalid_format":
      return formatProblem(issue.message);
    case "invalid_key":
      return formatProblem(issue.issues[0]?.message ?? "");
    case "invalid_value":
      return { kind: "one-of", values: issue.values.map(String), types: [] };
    case "invalid_union": {
      if ("options" in issue && Array.isArray(issue.options)) {
        return { kind: "one-of", values: issue.options.map(String), types: [] };
      }
      // Each alternative's own complaint names a value or a kind of JSON value it would take.
      const firsts = issue.errors.map((alternative) =>
        alternative.find((i) => i.path.length === 0),
      );
      return {
        kind: "one-of",
        values: firsts.flatMap((i) => (i?.code === "invalid_value" ? i.values.map(String) : [])),
        types: firsts.flatMap((i) => {
          const type = i?.code === "invalid_type" ? jsonType(i.expected) : undefined;
          return type ? [type] : [];
        }),
      };
    }
    default:
      return { kind: "invalid" };
  }
}

function jsonType(expected: string): JsonType | undefined {
  const wanted = expected === "record" ? "object" : expected;
  return JSON_TYPES.find((t) => t === wanted);
}

function formatProblem(message: string): PackageProblem {
  const known = PACKAGE_FORMATS.find((f) => f === message);
  return known ? { kind: "format", format: known } : { kind: "invalid" };
}

/** The node at a path, or its nearest ancestor present (a missing key points at its object). */
function nearestNode(root: Node, path: Path): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, [...path.slice(0, n)]);
    if (node) return node.parent?.type === "property" ? node.parent : node;
  }
  return root;
}

/** The 1-based line and column of an offset into the text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function formatPath(path: Path): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : `${s}.${p}`), "$");
}

/** What a package that extends nothing must declare. */
function baseErrors(pkg: StandardPackage): RawError[] {
  const errors: RawError[] = [];
  for (const key of ["template_id", "workflow", "sheets", "merge"] as const) {
    if (pkg[key] === undefined) errors.push({ path: [key], problem: { kind: "required" } });
  }
  if (pkg.workflow === "register" && pkg.indicators === "builtin") {
    errors.push({ path: ["indicators"], problem: { kind: "register-builtin-indicators" } });
  }
  return errors;
}

/**
 * A base package with an extension's additions: new sheets, fields, list values and rules. Nothing
 * of the base is replaced or removed, so a key or id the base has is an error.
 */
function extend(
  base: StandardPackage,
  ext: StandardPackage,
):
  | { ok: true; pkg: StandardPackage; origin: (path: Path) => Path }
  | { ok: false; errors: RawError[] } {
  const errors: RawError[] = [];
  const origins: [Path, Path][] = [];
  for (const key of ["template_id", "workflow", "indicators", "grouping"] as const) {
    if (ext[key] !== undefined) {
      errors.push({ path: [key], problem: { kind: "inherited", key, base: base.id } });
    }
  }
  const sheets: PackageSheet[] = (base.sheets ?? []).map((s) => ({ ...s }));
  (ext.sheets ?? []).forEach((s, i) => {
    const target = sheets.findIndex((b) => b.key === s.key);
    if (target < 0) {
      origins.push([
        ["sheets", sheets.length],
        ["sheets", i],
      ]);
      sheets.push(s);
      return;
    }
    const { key: _key, fields, ...rest } = s;
    for (const prop of Object.keys(rest)) {
      errors.push({
        path: ["sheets", i, prop],
        problem: { kind: "base-sheet-changed", sheet: s.key, base: base.id },
      });
    }
    const existing = sheets[target]!.fields ?? [];
    (fields ?? []).forEach((f, j) => {
      if (existing.some((b) => b.key === f.key)) {
        errors.push({
          path: ["sheets", i, "fields", j, "key"],
          problem: { kind: "base-field", field: f.key, base: base.id },
        });
      }
      origins.push([
        ["sheets", target, "fields", existing.length + j],
        ["sheets", i, "fields", j],
      ]);
    });
    sheets[target] = { ...sheets[target]!, fields: [...existing, ...(fields ?? [])] };
  });
  const lists: Record<string, string[]> = { ...base.lists };
  for (const [key, values] of Object.entries(ext.lists ?? {})) {
    origins.push([
      ["lists", key],
      ["lists", key],
    ]);
    lists[key] = [...(lists[key] ?? []), ...values.filter((v) => !(lists[key] ?? []).includes(v))];
  }
  const baseRules = base.rules ?? [];
  (ext.rules ?? []).forEach((_, i) =>
    origins.push([
      ["rules", baseRules.length + i],
      ["rules", i],
    ]),
  );
  (ext.merge === undefined ? [] : Object.keys(ext.merge)).forEach((sheet) => {
    if (base.merge?.[sheet]) {
      errors.push({
        path: ["merge", sheet],
        problem: { kind: "base-merge-key", sheet, base: base.id },
      });
    }
    origins.push([
      ["merge", sheet],
      ["merge", sheet],
    ]);
  });
  if (errors.length > 0) return { ok: false, errors };
  const pkg: StandardPackage = {
    ...base,
    id: ext.id,
    version: ext.version,
    name: ext.name,
    extends: null,
    sheets,
    lists,
    rules: [...baseRules, ...(ext.rules ?? [])],
    merge: { ...base.merge, ...ext.merge },
  };
  const origin = (path: Path): Path => {
    const hit = origins.find(([from]) => from.every((p, k) => path[k] === p));
    // A problem outside what the extension added is shown at its `extends`.
    return hit ? [...hit[1], ...path.slice(hit[0].length)] : ["extends"];
  };
  return { ok: true, pkg, origin };
}

type Report = (path: Path, problem: PackageProblem) => void;

/** Check a whole package (no extends left) and build its Standard, or give every error. */
function build(
  pkg: StandardPackage,
  source: string,
  at: (e: RawError) => PackageError,
): LoadResult {
  const errors: RawError[] = [];
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

  const compile = (source: string, sheet: string, path: Path): Compiled | null => {
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
  const onSheet = (sheet: string, field: string | null, path: Path): boolean => {
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
  if (errors.length > 0) return { ok: false, errors: errors.map(at) };
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
      source,
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
