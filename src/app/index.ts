// The use cases, once, for every host: inputs as data in, typed outcomes out.
export { consolidate, hasErrors, indicatorsOf } from "./consolidate";
export type { ConsolidateError, ConsolidateOutcome, ConsolidateRequest } from "./consolidate";
export { OPEN_WORKBOOK, openWorkbook } from "./inputs";
export { consolidateErrorText } from "./error-text";
export { summarize, summaryLines } from "./merge-summary";
export type { MergeSummary } from "./merge-summary";
export { planOutputs, recalculate, reportIndicators } from "./plan-outputs";
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
export { consolidateRegister, planRegisterOutputs, summarizeRegister } from "./register";
export type { RegisterOutcome, RegisterRequest } from "./register";
