// The core's door for a user's own files, each checked whole with zod: a configuration
// (docs/configuration.md) and a standard package (docs/standards.md). It stands apart from
// core/index.ts so that a command given neither file loads no zod.
export { resolveConfig } from "./resolve-config";
export { loadPackage } from "./standard/load";
