#!/usr/bin/env node
// Writes the generated parts of docs/ (tables from the code, the CLI's help, JSON Schemas).
// Usage: npm run docs. The sources are transpiled on the fly, so no build is needed first.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTs } from "./require-ts.mjs";

const require = requireTs(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { renderDocs } = require(join(root, "scripts/docs/render-docs.ts"));

for (const [path, text] of renderDocs((p) => readFileSync(join(root, p), "utf8"))) {
  const target = join(root, path);
  let current = null;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // A schema written for the first time.
  }
  if (current === text) continue;
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  console.log(`wrote ${path}`);
}
