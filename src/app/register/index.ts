// The use cases of a `register` standard (docs/monitoring.md).
export {
  consolidateRegister,
  planRegisterOutputs,
  summarizeRegister,
} from "./consolidate-register";
export type { RegisterOutcome, RegisterRequest } from "./consolidate-register";
