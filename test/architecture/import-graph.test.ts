import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

interface Edge {
  from: string;
  layer: string;
  specifier: string;
  /** Layer of a relative import's target, or null for a package. */
  target: string | null;
  /** A relative import's target file, relative to src/ (without extension), or null. */
  file: string | null;
}

/** First folder under src/, or the file name of something outside src/ (package.json). */
function layerOf(file: string): string {
  const rel = path.relative(SRC, file);
  return rel.startsWith("..") ? path.basename(file) : rel.split(path.sep)[0]!;
}

const edges: Edge[] = sourceFiles(SRC).flatMap((file) =>
  ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map(({ fileName }) => ({
    from: path.relative(SRC, file),
    layer: layerOf(file),
    specifier: fileName,
    target: fileName.startsWith(".") ? layerOf(path.resolve(path.dirname(file), fileName)) : null,
    file: fileName.startsWith(".") ? targetFile(path.resolve(path.dirname(file), fileName)) : null,
  })),
);

/** The source file an import resolves to, relative to src/ and without its extension. */
function targetFile(resolved: string): string {
  const rel = path.relative(SRC, resolved).split(path.sep).join("/");
  return sourceFiles(path.dirname(resolved)).some(
    (f) => f === `${resolved}.ts` || f === `${resolved}.tsx`,
  )
    ? rel
    : `${rel}/index`;
}

const withoutExtension = (file: string) =>
  file
    .split(path.sep)
    .join("/")
    .replace(/\.tsx?$/, "");

/**
 * The core's folders (and root files) from the bottom up: each may import its own rank and
 * those below it, never above, so that the core has one direction.
 */
const CORE_RANKS: readonly (readonly string[])[] = [
  ["grid"],
  ["spec"],
  ["config", "resolve-config", "excel-values"],
  ["issues"],
  ["messages"],
  ["read", "reference"],
  ["model"],
  ["standard"],
  ["validate"],
  ["indicators"],
  ["merge"],
  ["consolidated", "template"],
  ["register"],
  ["index", "loaders", "reading"],
];
const rankOf = (coreFile: string): number => {
  const part = coreFile.split("/")[1]!;
  return CORE_RANKS.findIndex((rank) => rank.includes(part));
};

/** Every cycle of imports among src's files, each as the files it goes through. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

function importGraph(list: readonly Edge[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const e of list) {
    const from = withoutExtension(e.from);
    if (!graph.has(from)) graph.set(from, []);
    if (e.file !== null) graph.get(from)!.push(e.file);
  }
  return graph;
}

/** The module a declaration loads with its file (not a type-only one: erased; nor `import()`). */
function loadsAtRunTime(node: ts.Node): string | null {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    const bindings = clause?.namedBindings;
    const typesOnly =
      clause !== undefined &&
      (clause.isTypeOnly ||
        (clause.name === undefined &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.every((e) => e.isTypeOnly)));
    return typesOnly ? null : (node.moduleSpecifier as ts.StringLiteral).text;
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
    return (node.moduleSpecifier as ts.StringLiteral).text;
  }
  return null;
}

/** What loading a file loads at once: src files (as in `importGraph`) and package names. */
function runTimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const node of source.statements) {
    const specifier = loadsAtRunTime(node);
    if (specifier !== null) {
      found.push(
        specifier.startsWith(".")
          ? targetFile(path.resolve(path.dirname(file), specifier))
          : specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : specifier.split("/")[0]!,
      );
    }
  }
  return found;
}

/** Every src file and package that loading `start` (src-relative, no extension) loads. */
function loadedBy(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    const file = sourceFiles(SRC).find((f) => withoutExtension(path.relative(SRC, f)) === module);
    if (file) for (const next of runTimeImports(file)) visit(next);
  };
  visit(start);
  return seen;
}

/** What a reader's worker needs no part of: the merge, the plan, the indicators, zod, a host. */
const WORKER_NEVER_LOADS =
  /^(zod|jsonc-parser|commander|cli-progress|exceljs|csv-parse|react|core\/(index|resolve-config|standard\/(load|schema)|merge\/merge|consolidated\/plan|register\/.*|indicators\/.*|template\/.*)|app\/(index|consolidate)|cli\/.*)$/;

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (s: string) => NODE_BUILTINS.has(s) || NODE_BUILTINS.has(s.split("/")[0]!);

/** What each layer may import: other layers of src, and packages. */
const ALLOWED: Record<string, { layers: string[]; packages: RegExp; builtins: boolean }> = {
  core: {
    layers: ["core"],
    packages: /^(zod|opencc-js\/t2cn|jsep|jsonc-parser)$/,
    builtins: false,
  },
  app: { layers: ["app", "core"], packages: /^$/, builtins: false },
  ooxml: { layers: ["ooxml", "core"], packages: /^fflate$/, builtins: false },
  xlsx: {
    layers: ["xlsx", "app", "ooxml", "core"],
    packages: /^(exceljs|fflate|csv-parse\/sync)$/,
    builtins: true,
  },
  cli: {
    layers: ["cli", "app", "xlsx", "core", "package.json"],
    packages: /^(commander|cli-progress)$/,
    builtins: true,
  },
  // What the browser's hosts share: files read in Web Workers, workbooks zipped, common UI.
  browser: {
    layers: ["browser", "app", "ooxml", "core"],
    packages: /^(react|react\/jsx-runtime|@fluentui\/.+)$/,
    builtins: false,
  },
  addin: {
    layers: ["addin", "browser", "app", "ooxml", "core"],
    packages: /^(react|react-dom(\/client)?|react\/jsx-runtime|@fluentui\/.+)$/,
    builtins: false,
  },
  web: {
    layers: ["web", "browser", "app", "ooxml", "core"],
    packages:
      /^(react|react-dom(\/client)?|react\/jsx-runtime|@fluentui\/.+|csv-parse\/browser\/esm\/sync)$/,
    builtins: false,
  },
};

describe("the import graph keeps the architecture", () => {
  test("every source file lies in a layer of the design", () => {
    const layers = new Set(sourceFiles(SRC).map(layerOf));
    expect([...layers].filter((l) => !(l in ALLOWED))).toEqual([]);
    expect(layers).toContain("core");
  });

  test("every import goes where its layer may go", () => {
    const wrong = edges.filter((e) => {
      const rule = ALLOWED[e.layer];
      if (!rule) return true;
      if (e.target !== null) return !rule.layers.includes(e.target);
      if (isBuiltin(e.specifier)) return !rule.builtins;
      return !rule.packages.test(e.specifier);
    });
    expect(wrong.map((e) => `${e.from} → ${e.specifier}`)).toEqual([]);
  });

  test("the core imports nothing of a host, Node, the DOM or exceljs (the check can fail)", () => {
    const core = edges.filter((e) => e.layer === "core");
    expect(core.length).toBeGreaterThan(10);
    const offending = core.filter(
      (e) =>
        (e.target !== null && e.target !== "core") ||
        isBuiltin(e.specifier) ||
        e.specifier === "exceljs",
    );
    expect(offending).toEqual([]);
    expect(isBuiltin("node:fs")).toBe(true);
    expect(isBuiltin("fs/promises")).toBe(true);
  });

  test("outside the core, the core is imported through its doors: index, loaders, reading", () => {
    // The reader may take the Excel values alone: a worker that only reads stays small.
    const leaf = (e: Edge) => e.layer === "ooxml" && e.file === "core/excel-values";
    const doors = new Set(["core/index", "core/loaders", "core/reading"]);
    const sideDoors = edges.filter(
      (e) => e.layer !== "core" && e.target === "core" && !doors.has(e.file!) && !leaf(e),
    );
    expect(sideDoors.map((e) => `${e.from} → ${e.specifier}`)).toEqual([]);
  });

  test("inside the core, imports go one way: down the ranks, never up", () => {
    const core = edges.filter((e) => e.layer === "core" && e.file !== null);
    expect(core.every((e) => rankOf(e.file!) >= 0 && rankOf(withoutExtension(e.from)) >= 0)).toBe(
      true,
    );
    const upward = core.filter((e) => rankOf(e.file!) > rankOf(withoutExtension(e.from)));
    expect(upward.map((e) => `${e.from} → ${e.specifier}`)).toEqual([]);
  });

  test("no file imports itself through others: the graph has no cycle", () => {
    expect(cycles(importGraph(edges))).toEqual([]);
  });

  test("a reader's worker loads no zod, package loader, merge or command line before its first file", () => {
    for (const worker of ["xlsx/read-worker", "browser/read-worker"]) {
      const loaded = loadedBy(worker);
      expect(loaded).toContain("core/validate/validate-workbook");
      expect([...loaded].filter((m) => WORKER_NEVER_LOADS.test(m))).toEqual([]);
    }
    // The check can fail: the command line loads commander.
    expect([...loadedBy("cli/main")].filter((m) => WORKER_NEVER_LOADS.test(m))).toContain(
      "commander",
    );
  });

  test("a command loads zod, the progress bar and the CSV parser only when it uses them", () => {
    const commands = sourceFiles(path.join(SRC, "cli/commands")).map((f) =>
      withoutExtension(path.relative(SRC, f)),
    );
    expect(commands).toContain("cli/commands/merge");
    const onDemand = ["zod", "cli-progress", "csv-parse"];
    for (const command of ["cli/main", ...commands]) {
      const loaded = loadedBy(command);
      expect([command, onDemand.filter((p) => loaded.has(p))]).toEqual([command, []]);
    }
    expect(loadedBy("core/loaders")).toContain("zod");
  });

  test("the checks can fail: a side door, an upward import and a cycle are caught", () => {
    const fake = (from: string, file: string): Edge => ({
      from: `${from}.ts`,
      layer: from.split("/")[0]!,
      specifier: file,
      target: file.split("/")[0]!,
      file,
    });
    const side = fake("cli/main", "core/merge/merge");
    expect(side.file).not.toBe("core/index");
    expect(rankOf("core/merge/merge")).toBeGreaterThan(rankOf("core/read/table"));
    expect(
      cycles(importGraph([fake("core/a/x", "core/a/y"), fake("core/a/y", "core/a/x")])),
    ).toEqual([["core/a/x", "core/a/y", "core/a/x"]]);
  });
});
