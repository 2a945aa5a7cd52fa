import { JIEDUI_2018, mergeSubmissions, readConsolidated, submissionOf } from "../core";
import type { Config, ConsolidatedData, Standard, SubmissionFile, WorkbookGrid } from "../core";
import type { ConsolidateOutcome, ConsolidateRequest, PairedOption } from "./consolidation";
import { gridOf, isBlank, openWorkbook } from "./inputs";
import { consolidateRegister } from "./register/consolidate-register";

/** The first option of the paired workflow given to a register standard's merge, else null. */
export function pairedOnlyOption(
  standard: Standard | undefined,
  given: { readonly [O in PairedOption]?: unknown },
): PairedOption | null {
  if (standard?.workflow !== "register") return null;
  return (["into", "period", "pairings"] as const).find((o) => given[o] !== undefined) ?? null;
}

/**
 * Merge the inputs as the standard's workflow says: paired reports into a consolidated workbook
 * when one is given or among them (docs/merge.md), registers afresh (docs/monitoring.md). The
 * one consolidation of every host.
 */
export function consolidate(request: ConsolidateRequest): ConsolidateOutcome {
  if (request.standard?.workflow === "register") {
    return consolidateRegister({ ...request, standard: request.standard });
  }
  const { inputs, into, purpose, config, standard } = request;
  const recorded: { file: string; data: ConsolidatedData }[] = [];
  const submissions: SubmissionFile[] = [];
  let intoBlank = false;
  if (into) {
    const grid = gridOf(into);
    const data = grid && readConsolidated(grid, standard);
    if (data) recorded.push({ file: into.file, data });
    else if (grid && isBlank(grid)) intoBlank = true;
    else return { ok: false, error: { kind: "not-consolidated", file: into.file } };
  }
  for (const input of inputs) {
    const grid = gridOf(input);
    const data = grid && readConsolidated(grid, standard);
    if (data) recorded.push({ file: input.file, data });
    else submissions.push(submissionOf(input, config, standard));
  }
  if (recorded.length > 1) {
    return {
      ok: false,
      error: { kind: "several-consolidated", files: recorded.map((r) => r.file) },
    };
  }
  const data = recorded[0]?.data;
  const readable = submissions.filter((s) => !s.read.issues.some((i) => i.code === "unreadable"));
  if (
    purpose === "indicators" &&
    !data &&
    readable.length > 0 &&
    readable.every((s) => s.read.rejected)
  ) {
    return { ok: false, error: { kind: "nothing-counts" } };
  }
  const outcome = mergeSubmissions(submissions, {
    config,
    purpose,
    ...(request.period !== undefined ? { period: request.period } : {}),
    ...(request.pairings ? { pairings: request.pairings } : {}),
    ...(data ? { into: data } : {}),
    ...(standard ? { standard } : {}),
  });
  if (!outcome.ok) return outcome;
  const used = standard ?? JIEDUI_2018;
  return { ok: true, workflow: "paired", result: outcome.result, standard: used, intoBlank };
}

/** The indicators of one workbook: a submission as a merge of one, a consolidated one as itself. */
export function indicatorsOf(
  workbook: WorkbookGrid,
  config: Config,
  standard?: Standard,
): ConsolidateOutcome {
  return consolidate({
    inputs: [openWorkbook(workbook)],
    purpose: "indicators",
    config,
    ...(standard ? { standard } : {}),
  });
}

/** At least one error issue: the CLI's exit code 1 (docs/cli.md). */
export function hasErrors(issues: readonly { readonly severity: string }[]): boolean {
  return issues.some((i) => i.severity === "error");
}
