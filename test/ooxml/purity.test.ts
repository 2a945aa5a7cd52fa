import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { ROOT } from "./compile-reader";

const OOXML = join(ROOT, "src", "ooxml");
const files = readdirSync(OOXML).filter((name) => name.endsWith(".ts"));

test.each(files)(
  "src/ooxml/%s imports only fflate, the core (by its door, or its Excel values) and itself",
  (name) => {
    const source = readFileSync(join(OOXML, name), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
    for (const specifier of imports) {
      expect(specifier).toMatch(/^(fflate|\.\/[a-z0-9-]+|\.\.\/core|\.\.\/core\/excel-values)$/);
    }
  },
);

test("src/ooxml type-checks with neither Node nor DOM types, so it runs in a Web Worker too", () => {
  const program = ts.createProgram(
    // The core comes in with its types; its declaration of opencc-js's module too.
    [
      ...files.map((name) => join(OOXML, name)),
      join(ROOT, "src/core/reference/opencc-js-t2cn.d.ts"),
    ],
    {
      lib: ["lib.es2022.d.ts"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      isolatedModules: true,
      resolveJsonModule: true,
      esModuleInterop: true,
    },
  );
  const messages = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(messages).toEqual([]);
}, 60_000);
