// Every Excel API member the add-in calls is within manifest.xml's ExcelApi requirement set,
// or is reached only under an isSetSupported check of the set that brought it (docs/addin.md).
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const ADDIN = path.join(ROOT, "src/addin");
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** "1.13" as a number that orders as versions do. */
const level = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return major! * 1000 + minor!;
};

const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const declared = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\s*\/>/.exec(manifest)?.[1];

/**
 * The ExcelApi set a declaration's documentation names (the first, as in "1.1 for reading
 * visibility; 1.2 for setting it"); Infinity for a preview-only one.
 */
function apiSetOf(declaration: ts.Node): number | null {
  const text = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
  const note = /\[Api set: ExcelApi(Online)? ([^\]]+)\]/.exec(text);
  if (!note) return null;
  const version = /^\d+\.\d+/.exec(note[2]!);
  return note[1] || !version ? Infinity : level(version[0]);
}

/**
 * The set of the class a member belongs to: its objects exist only where that set is, so
 * reaching one was checked already (RangeAreas.address, say, is as old as RangeAreas).
 */
function classSetOf(declaration: ts.Declaration): number {
  const owner = declaration.parent;
  return owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner))
    ? (apiSetOf(owner) ?? -1)
    : -1;
}

/** What a call of isSetSupported("ExcelApi", v) (or of supportsExcelApi(v)) checks, or null. */
function checkedSet(node: ts.Node): number | null {
  if (!ts.isCallExpression(node)) return null;
  const name = node.expression.getText();
  const args = node.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : null));
  if (/(^|\.)supportsExcelApi$/.test(name) && args[0]) return level(args[0]);
  if (/(^|\.)isSetSupported$/.test(name) && args[0] === "ExcelApi" && args[1]) {
    return level(args[1]);
  }
  return null;
}

interface Use {
  readonly at: string;
  readonly member: string;
  readonly set: number;
  /** The set of the member's class. */
  readonly classSet: number;
  readonly node: ts.Node;
}

const program = ts.createProgram(sourceFiles(ADDIN), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  types: ["office-js"],
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  noEmit: true,
});
const checker = program.getTypeChecker();
const files = program.getSourceFiles().filter((f) => f.fileName.startsWith(ADDIN));

/** The Excel members the add-in's code reaches, each with the set that brought it. */
function excelUses(): Use[] {
  const uses: Use[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node;
      const declarations = call
        ? [checker.getResolvedSignature(node.parent)?.getDeclaration()]
        : (checker.getSymbolAtLocation(node.name)?.declarations ?? []);
      for (const d of declarations) {
        if (!d || !d.getSourceFile().fileName.includes(OFFICE_TYPES)) continue;
        const set = apiSetOf(d);
        if (set === null) continue;
        const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
        const file = path.relative(ROOT, node.getSourceFile().fileName);
        const at = `${file}:${line + 1}`;
        uses.push({ at, member: node.name.text, set, classSet: classSetOf(d), node });
      }
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return uses;
}

/**
 * Names bound to a check: `const areas = supportsExcelApi("1.9")` binds `areas`, and
 * `{ merges: supportsExcelApi("1.13") }` binds `merges` (read later as `mode.merges`).
 */
function checkNames(): Map<string, number> {
  const names = new Map<string, number>();
  const visit = (node: ts.Node) => {
    const set = checkedSet(node);
    const parent = node.parent;
    if (
      set !== null &&
      parent &&
      (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))
    ) {
      names.set(parent.name.getText(), set);
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return names;
}

/** The highest set a condition checks: by a call in it, or by a name bound to one. */
function setCheckedBy(condition: ts.Node, names: ReadonlyMap<string, number>): number {
  let best = -1;
  const visit = (node: ts.Node) => {
    const set =
      checkedSet(node) ??
      (ts.isIdentifier(node) || ts.isPrivateIdentifier(node) ? names.get(node.text) : undefined);
    if (set !== undefined && set !== null) best = Math.max(best, set);
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return best;
}

/** Whether the node runs only when a condition checking at least `set` held. */
function isGuarded(use: Use, names: ReadonlyMap<string, number>): boolean {
  for (let child = use.node, node = use.node.parent; node; child = node, node = node.parent) {
    let condition: ts.Node | null = null;
    if (ts.isIfStatement(node) && child === node.thenStatement) condition = node.expression;
    if (ts.isConditionalExpression(node) && child === node.whenTrue) condition = node.condition;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === node.right
    ) {
      condition = node.left;
    }
    if (condition && setCheckedBy(condition, names) >= use.set) return true;
  }
  return false;
}

describe("Office.js requirement sets", () => {
  const uses = excelUses();
  const names = checkNames();

  test("the manifest declares an ExcelApi requirement set", () => {
    expect(declared).toMatch(/^1\.\d+$/);
  });

  test("the add-in's Excel calls are found, with the sets their documentation names", () => {
    expect(uses.length).toBeGreaterThan(30);
    const merged = uses.find((u) => u.member === "getMergedAreasOrNullObject");
    expect(merged?.set).toBe(level("1.13"));
  });

  test("a member above the declared set is reached only under isSetSupported of its set", () => {
    const unguarded = uses
      .filter((u) => u.set > level(declared!) && u.classSet < u.set && !isGuarded(u, names))
      .map((u) => `${u.at} ${u.member} needs ExcelApi ${Math.floor(u.set / 1000)}.${u.set % 1000}`);
    expect(unguarded).toEqual([]);
  });

  test("the check can fail: a guard of a lower set does not count", () => {
    const merged = uses.find((u) => u.member === "getMergedAreasOrNullObject")!;
    expect(isGuarded(merged, names)).toBe(true);
    expect(
      isGuarded(merged, new Map([...names].map(([k, v]) => [k, Math.min(v, level("1.9"))]))),
    ).toBe(false);
  });
});
