// The core's door for a reader's worker: reading and validating a submission, and nothing of the
// merge, the plan, the indicators, the package loader or zod, so that each worker loads a small
// part of the core before its first file. Types come through core/index.ts.
export { readConsolidated } from "./consolidated/read";
export { newFieldRecord } from "./read/record";
export { JIEDUI_2018 } from "./standard/builtin";
export { rebuildStandard } from "./standard/standard";
export { validateWorkbook } from "./validate/validate-workbook";
