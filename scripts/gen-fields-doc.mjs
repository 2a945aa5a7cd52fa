#!/usr/bin/env node
// Writes docs/fields.md from the spec data (src/core/template/field-reference.ts).
// Usage: node scripts/gen-fields-doc.mjs
// Core is pure TypeScript: it is transpiled on the fly, so no build is needed first.
import { renameSync, writeFileSync } from "node:fs";
import { requireTs } from "./require-ts.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = requireTs(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const { renderFieldReference } = require(join(root, "src/core/template/field-reference.ts"));
const target = join(root, "docs", "fields.md");
const temp = `${target}.${process.pid}.tmp`;
writeFileSync(temp, renderFieldReference());
renameSync(temp, target);
console.log(`wrote ${target}`);
