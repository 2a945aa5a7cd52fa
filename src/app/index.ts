// The use cases, once, for every host: inputs as data in, typed outcomes out.
export { consolidate, hasErrors, indicatorsOf, pairedOnlyOption } from "./consolidate";
export type {
  ConsolidateError,
  ConsolidateOutcome,
  ConsolidateRequest,
  Consolidated,
  PairedOption,
} from "./consolidation";
export { OPEN_WORKBOOK, openWorkbook } from "./inputs";
export { consolidateErrorText } from "./error-text";
export { summarize, summaryLines } from "./merge-summary";
export type { MergeSummary, RegisterFacts } from "./merge-summary";
export { planOutputs, recalculate, reportIndicators, reportOf } from "./plan-outputs";
export type { OutputOptions, PlanOutcome, RecalculateOutcome, Stamp } from "./plan-outputs";
export {
  SharedAddresses,
  packSubmission,
  packedSubmissionOf,
  unpackSubmission,
} from "./submission-transfer";
export type { PackedSubmission } from "./submission-transfer";
export { standardFromSource } from "./standard-source";
export { planFixWrites, validateFiles } from "./validate-files";
export type { FixWrite } from "./validate-files";
