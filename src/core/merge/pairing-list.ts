import { cellText, findHeaderRow, labelIndex } from "../read/header";
import type { SheetGrid } from "../read/grid";
import { sheetCells } from "../read/sheet-cells";
import { normalizeText } from "../read/text";
import type { SheetSpec } from "../spec/sheets";
import type { Pairing } from "./types";

/**
 * The pairing list's columns (docs/configuration.md), matched like a table header
 * (docs/standard.md).
 */
const PAIRING_SHEET: SheetSpec = {
  key: "meta",
  name: { zh: "结对名单", en: "Pairings" },
  required: false,
  layout: "table",
  fields: [
    {
      key: "agency_code",
      label: { zh: "单位代码", en: "Agency code" },
      type: "uscc",
      required: true,
      rules: [],
    },
    {
      key: "agency_name",
      label: { zh: "单位名称", en: "Agency name" },
      type: "text",
      required: true,
      rules: [],
    },
    {
      key: "village_code",
      label: { zh: "村代码", en: "Village code" },
      type: "code12",
      required: true,
      rules: [],
    },
  ],
};

export type PairingList = { ok: true; pairings: Pairing[] } | { ok: false; missing: string[] };

/** Read a pairing list from a sheet (a CSV or the first sheet of an xlsx). */
export function readPairingList(sheet: SheetGrid): PairingList {
  const cells = sheetCells(sheet, () => false);
  const found = findHeaderRow(cells, labelIndex(PAIRING_SHEET));
  const column = new Map(
    found?.header.filter((h) => h.field).map((h) => [h.field!.key, h.columnIndex]),
  );
  const missing = PAIRING_SHEET.fields.filter((f) => !column.has(f.key)).map((f) => f.label.zh);
  if (!found || missing.length > 0) return { ok: false, missing };
  const text = (r: number, key: string) => {
    const value = cellText(cells.get(r, column.get(key)!));
    return value === null ? "" : normalizeText(value);
  };
  const pairings: Pairing[] = [];
  for (let r = found.rowIndex + 1; r < cells.rowCount; r++) {
    const agencyCode = text(r, "agency_code").toUpperCase();
    const villageCode = text(r, "village_code");
    if (agencyCode === "" && villageCode === "") continue;
    pairings.push({ agencyCode, agencyName: text(r, "agency_name"), villageCode });
  }
  return { ok: true, pairings };
}
