// The core's door: hosts, the app and the file formats import the core from here. Two narrower
// doors load less: core/loaders.ts checks a user's files (with zod), core/reading.ts serves a
// reader's worker.
export * from "./config";
export type { ConfigResult } from "./resolve-config";
export * from "./consolidated/excel-limits";
export * from "./consolidated/fit";
export * from "./consolidated/layout";
export * from "./consolidated/plan";
export * from "./consolidated/read";
export * from "./consolidated/to-grid";
export * from "./excel-values";
export * from "./grid";
export * from "./indicators/registry";
export * from "./indicators/report";
export * from "./indicators/totals";
export * from "./issues/codes";
export * from "./issues/issue";
export * from "./issues/reasons";
export * from "./messages";
export type * from "./messages/catalogue";
export type { IssueJson } from "./messages/issue-json";
export * from "./messages/render";
export { id18CheckCharacter, usccCheckCharacter } from "./read/checksums";
export * from "./merge/merge";
export * from "./merge/pairing-list";
export * from "./merge/report";
export * from "./merge/types";
export * from "./model";
export { newFieldRecord } from "./read/record";
export * from "./register/consolidate";
export * from "./register/indicators";
export * from "./register/merge";
export * from "./register/plan";
export * from "./register/report";
export * from "./register/types";
export * from "./spec/sheets";
export * from "./standard/builtin";
export * from "./standard/expr";
export { PACKAGE_FORMAT } from "./spec/package-problem";
export type {
  JsonSyntaxError,
  LoadOptions,
  LoadResult,
  PackageError,
  PackageProblem,
} from "./standard/load";
export type { StandardPackage } from "./standard/schema";
export * from "./standard/standard";
export * from "./spec/types";
export * from "./template/plan";
export * from "./validate/fixes";
export * from "./validate/report";
export * from "./validate/submission-of";
export * from "./validate/validate-workbook";
