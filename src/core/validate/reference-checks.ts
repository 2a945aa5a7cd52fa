import type { Config } from "../config";
import type { SheetDraft } from "./rules";
import { report } from "../read/record";
import { officialDisplayName, sameTownshipName, sameVillageName } from "../reference/names";
import { referenceFor } from "../reference/reference";

/**
 * Village codes and names (docs/configuration.md) against the 2023 list, where the list covers the
 * region.
 */
export function checkAgainstReference(villages: SheetDraft, config: Config): void {
  const list = referenceFor(config.region.code_prefix);
  if (!list) return;
  const regionCodes = new Set(config.region.districts.map((d) => d.code));
  for (const row of villages.rows) {
    const code = row.values.village_code;
    if (typeof code !== "string" || !regionCodes.has(code.slice(0, 6))) continue;
    const place = (field: string) => ({ cell: row.cells[field] ?? null, field });
    const official = list.villageName(code);
    if (official === undefined) {
      report(villages.rep, row, place("village_code"), "unknown-village", { value: code });
      continue;
    }
    const name = row.values.village_name;
    if (typeof name === "string" && !sameVillageName(name, official)) {
      report(villages.rep, row, place("village_name"), "name-mismatch", {
        value: name,
        detail: { expected: officialDisplayName(official) },
      });
    }
    const township = row.values.township;
    const officialTownship = list.townshipName(code.slice(0, 9));
    if (
      typeof township === "string" &&
      officialTownship !== undefined &&
      !sameTownshipName(township, officialTownship)
    ) {
      report(villages.rep, row, place("township"), "name-mismatch", {
        value: township,
        detail: { expected: officialTownship },
      });
    }
  }
}
