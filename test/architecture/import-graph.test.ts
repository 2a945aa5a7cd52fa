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
  })),
);

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (s: string) => NODE_BUILTINS.has(s) || NODE_BUILTINS.has(s.split("/")[0]!);

/** What each layer may import: other layers of src, and packages. */
const ALLOWED: Record<string, { layers: string[]; packages: RegExp; builtins: boolean }> = {
  core: { layers: ["core"], packages: /^(zod|opencc-js\/t2cn)$/, builtins: false },
  app: { layers: ["app", "core"], packages: /^$/, builtins: false },
  ooxml: { layers: ["ooxml", "core"], packages: /^fflate$/, builtins: false },
  xlsx: {
    layers: ["xlsx", "ooxml", "core"],
    packages: /^(exceljs|fflate|csv-parse\/sync)$/,
    builtins: true,
  },
  cli: {
    layers: ["cli", "app", "xlsx", "core", "package.json"],
    packages: /^(commander|cli-progress)$/,
    builtins: true,
  },
  addin: {
    layers: ["addin", "app", "ooxml", "core"],
    packages: /^(react|react-dom(\/client)?|react\/jsx-runtime|@fluentui\/.+)$/,
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
});
