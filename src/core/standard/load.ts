// A package's text read and checked whole (docs/standards.md): the one place zod reads a package.
import type { Node, ParseError } from "jsonc-parser";
import { findNodeAtLocation, parseTree, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import { JSON_TYPES, PACKAGE_FORMATS } from "../spec/package-problem";
import type { JsonType, PackageError, PackageProblem } from "../spec/package-problem";
import { StandardPackageSchema } from "./schema";
import type { PackageSheet, StandardPackage } from "./schema";
import { builtinStandard } from "./builtin";
import { buildStandard } from "./standard";
import type { PackagePath, PathError, Standard } from "./standard";

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

const MAX_EXTENDS_DEPTH = 4;

/**
 * Read a standard package (docs/standards.md): JSON with comments, checked whole. A bad package
 * gives every error found with its JSON path and line, and no Standard.
 */
export function loadStandard(text: string, opts: LoadOptions): LoadResult {
  return loadAt(text, opts, 0);
}

/** A package's text, read against the built-ins (a file's `extends` resolved by the host). */
export function loadPackage(
  text: string,
  resolveFile?: (name: string) => string | null,
): LoadResult {
  return loadStandard(text, { builtins: builtinStandard, ...(resolveFile ? { resolveFile } : {}) });
}

function loadAt(text: string, opts: LoadOptions, depth: number): LoadResult {
  const parsed = parsePackage(text);
  if (!parsed.ok) return parsed;
  const { pkg, at } = parsed;
  if (pkg.extends === undefined || pkg.extends === null) {
    const errors = baseErrors(pkg).map(at);
    if (errors.length > 0) return { ok: false, errors };
    return built(buildStandard(pkg), at);
  }
  const base = depth < MAX_EXTENDS_DEPTH ? resolveBase(pkg.extends, opts, depth) : null;
  if (base === null || !base.ok) {
    const problem: PackageProblem =
      base === null
        ? { kind: "unknown-base", base: pkg.extends }
        : { kind: "bad-base", base: pkg.extends, problem: base.errors[0]!.problem };
    return { ok: false, errors: [at({ path: ["extends"], problem })] };
  }
  const merged = extend(JSON.parse(base.standard.source) as StandardPackage, pkg);
  if (!merged.ok) return { ok: false, errors: merged.errors.map(at) };
  return built(buildStandard(merged.pkg), (e) =>
    at({ path: merged.origin(e.path), problem: e.problem }),
  );
}

function resolveBase(name: string, opts: LoadOptions, depth: number): LoadResult | null {
  const builtin = opts.builtins(name);
  if (builtin) return { ok: true, standard: builtin };
  const text = opts.resolveFile?.(name) ?? null;
  return text === null ? null : loadAt(text, opts, depth + 1);
}

function parsePackage(
  text: string,
):
  | { ok: true; pkg: StandardPackage; at: (e: PathError) => PackageError }
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
  const at = (e: PathError): PackageError => ({
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

function fromZod(issue: z.core.$ZodIssue): PathError {
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
function nearestNode(root: Node, path: PackagePath): Node {
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

function formatPath(path: PackagePath): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : `${s}.${p}`), "$");
}

/** What a package that extends nothing must declare. */
function baseErrors(pkg: StandardPackage): PathError[] {
  const errors: PathError[] = [];
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
  | { ok: true; pkg: StandardPackage; origin: (path: PackagePath) => PackagePath }
  | { ok: false; errors: PathError[] } {
  const errors: PathError[] = [];
  const origins: [PackagePath, PackagePath][] = [];
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
  const origin = (path: PackagePath): PackagePath => {
    const hit = origins.find(([from]) => from.every((p, k) => path[k] === p));
    // A problem outside what the extension added is shown at its `extends`.
    return hit ? [...hit[1], ...path.slice(hit[0].length)] : ["extends"];
  };
  return { ok: true, pkg, origin };
}

/** A build's result, its errors placed in the package's text. */
function built(
  result: ReturnType<typeof buildStandard>,
  at: (e: PathError) => PackageError,
): LoadResult {
  return result.ok ? result : { ok: false, errors: result.errors.map(at) };
}
