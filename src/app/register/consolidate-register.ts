import { consolidateRegisters, submissionOf } from "../../core";
import type { Standard } from "../../core";
import type { ConsolidateOutcome, ConsolidateRequest, PairedOption } from "../consolidation";
import { gridOf, isBlank } from "../inputs";

/**
 * Merge registers of a `register` standard and compute its indicators (docs/monitoring.md):
 * always afresh, so the paired workflow's options are refused; only a blank workbook to merge
 * into (the add-in's new workbook) is taken.
 */
export function consolidateRegister(
  request: ConsolidateRequest & { readonly standard: Standard },
): ConsolidateOutcome {
  const { standard, config, into } = request;
  if (request.period !== undefined) return refused("period");
  if (request.pairings !== undefined) return refused("pairings");
  const intoGrid = into && gridOf(into);
  if (into && !(intoGrid && isBlank(intoGrid))) return refused("into");
  const files = request.inputs.map((input) => submissionOf(input, config, standard));
  const readable = files.filter((f) => !f.read.issues.some((i) => i.code === "unreadable"));
  if (readable.length === 0) return { ok: false, error: { kind: "no-readable-submission" } };
  if (request.purpose === "indicators" && readable.every((f) => f.read.rejected)) {
    return { ok: false, error: { kind: "nothing-counts" } };
  }
  const result = consolidateRegisters(files, standard, config);
  return { ok: true, workflow: "register", result, standard, intoBlank: into !== undefined };
}

function refused(option: PairedOption): ConsolidateOutcome {
  return { ok: false, error: { kind: "paired-only", option } };
}
