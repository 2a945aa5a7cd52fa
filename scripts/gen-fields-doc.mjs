#!/usr/bin/env node
// Writes docs/fields.md from the spec data (src/core/template/field-reference.ts).
// Usage: node scripts/gen-fields-doc.mjs
// Core is pure TypeScript: it is transpiled on the fly, so no build is needed first.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const { renderFieldReference } = require(join(root, "src/core/template/field-reference.ts"));
const target = join(root, "docs", "fields.md");
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, renderFieldReference());
renameSync(temp, target);
console.log(`wrote ${target}`);
