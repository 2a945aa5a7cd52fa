// The official pairing list (docs/configuration.md): who did not submit, who reports an unpaired
// village.
import { makeIssue } from "../issues/make";
import type { MergedRow } from "./merged-data";
import { compareText } from "./order";
import type { Completeness, MergeIssue, Pairing } from "./types";

export interface PairingFacts {
  /** Agencies with a readable submission of the merge period. */
  readonly received: ReadonlySet<string>;
  /** Agencies with a counting submission. */
  readonly accepted: ReadonlySet<string>;
  readonly villages: readonly MergedRow[];
}

/** missing-submission and unpaired-village issues, and the completeness figures. */
export function checkPairings(
  pairings: readonly Pairing[],
  facts: PairingFacts,
): { issues: MergeIssue[]; completeness: Completeness } {
  const paired = new Map<string, { name: string; villages: Set<string> }>();
  for (const p of pairings) {
    const entry = paired.get(p.agencyCode) ?? { name: p.agencyName, villages: new Set<string>() };
    entry.villages.add(p.villageCode);
    paired.set(p.agencyCode, entry);
  }
  const issues: MergeIssue[] = [];
  const codes = [...paired.keys()].sort(compareText);
  for (const code of codes) {
    if (facts.accepted.has(code)) continue;
    const items = [`${paired.get(code)!.name} (${code})`];
    issues.push(
      makeIssue(
        "missing-submission",
        { sheet: null, cell: null, field: null },
        { detail: { items } },
      ),
    );
  }
  for (const row of facts.villages) {
    const village = row.values["village_code"];
    if (typeof village !== "string" || paired.get(row.agencyCode)?.villages.has(village)) continue;
    const place = {
      sheet: "villages" as const,
      cell: row.cells["village_code"] ?? null,
      field: "village_code",
    };
    const value = row.raw["village_code"];
    issues.push({
      ...makeIssue("unpaired-village", place, value !== undefined ? { value } : {}),
      file: row.file,
    });
  }
  return {
    issues,
    completeness: {
      expected: codes.length,
      received: codes.filter((c) => facts.received.has(c)).length,
      accepted: codes.filter((c) => facts.accepted.has(c)).length,
    },
  };
}
