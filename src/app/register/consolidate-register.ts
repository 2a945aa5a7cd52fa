import { consolidateRegisters, lineOf, planRegisterWorkbook, submissionOf } from "../../core";
import type {
  Config,
  InputFile,
  Purpose,
  RegisterResult,
  Standard,
  SummaryFacts,
} from "../../core";
import type { ConsolidateError } from "../consolidate";
import { countIssues, countRows } from "../merge-summary";
import { outputsFor } from "../plan-outputs";
import type { OutputOptions, PlanOutcome } from "../plan-outputs";

export interface RegisterRequest {
  /** The registers: exports of the national system or filled-in templates of the standard. */
  readonly inputs: readonly InputFile[];
  readonly standard: Standard;
  readonly config: Config;
  readonly purpose: Purpose;
}

export type RegisterOutcome =
  | { readonly ok: true; readonly result: RegisterResult }
  | { readonly ok: false; readonly error: ConsolidateError };

/**
 * Merge registers of a `register` standard and compute its indicators (docs/monitoring.md):
 * what `merge` and `indicators` do when the standard's workflow is `register`.
 */
export function consolidateRegister(request: RegisterRequest): RegisterOutcome {
  const { standard, config } = request;
  const files = request.inputs.map((input) => submissionOf(input, config, standard));
  const readable = files.filter((f) => !f.read.issues.some((i) => i.code === "unreadable"));
  if (readable.length === 0) return { ok: false, error: { kind: "no-readable-submission" } };
  if (request.purpose === "indicators" && readable.every((f) => f.read.rejected)) {
    return { ok: false, error: { kind: "nothing-counts" } };
  }
  const line = (name: string, year: number) => lineOf(config, name, year);
  return { ok: true, result: consolidateRegisters(files, standard, line) };
}

/**
 * The sheets to write for a register merge, all of them or those of its indicators; refused
 * before anything is written when one would not fit in an Excel sheet (docs/limits.md).
 */
export function planRegisterOutputs(
  result: RegisterResult,
  standard: Standard,
  options: OutputOptions,
): PlanOutcome {
  const all = planRegisterWorkbook(result, standard, {
    mask: options.mask,
    createdAt: options.now,
    version: options.version,
    lang: options.lang,
  });
  return outputsFor(all, options.purpose);
}

/** What a register merge comes to, counted as the CLI reports it. */
export function summarizeRegister(
  result: RegisterResult,
): Omit<SummaryFacts, "period" | "superseded"> {
  const accepted = result.files.filter((f) => f.status === "accepted").length;
  return {
    files: result.files.length,
    accepted,
    rejected: result.files.length - accepted,
    villages: result.villages.length,
    rows: countRows(Object.values(result.totals)),
    issues: countIssues(result.issues),
  };
}
