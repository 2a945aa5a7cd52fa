import type { SheetSpec } from "../spec/sheets";
import { address } from "./grid";
import type { SheetGrid } from "./grid";
import { cellText, labelIndex } from "./header";
import type { ParseContext } from "./parse-value";
import { newDraft, readField, report } from "./record";
import type { DraftRecord, Reporter } from "./record";
import { sheetCells } from "./sheet-cells";
import { splitLabel } from "./text";

/**
 * Read a form sheet (docs/standard.md): labels in column A, each value in the first cell to the
 * right of its label, past the label's merged range.
 */
export function readForm(
  sheet: SheetGrid,
  spec: SheetSpec,
  rep: Reporter,
  ctx: ParseContext,
): { draft: DraftRecord; rejectedFields: Set<string> } {
  const index = labelIndex(spec);
  const cells = sheetCells(sheet, () => false);
  const draft = newDraft(0);
  const seen = new Set<string>();
  const rejectedFields = new Set<string>();
  for (let r = 0; r < cells.rowCount; r++) {
    const text = cellText(cells.get(r, 0));
    if (text === null) continue;
    const field = index.get(splitLabel(text).label);
    if (!field) continue;
    if (seen.has(field.key)) {
      report(rep, draft, { cell: address(r, 0), field: field.key }, "header-duplicate", {
        value: text,
      });
      rejectedFields.add(field.key);
      continue;
    }
    seen.add(field.key);
    const valueColumn = (cells.mergeAt(r, 0)?.right ?? 0) + 1;
    readField(rep, draft, field, cells.get(r, valueColumn), address(r, valueColumn), ctx);
  }
  for (const f of spec.fields) {
    if (seen.has(f.key)) continue;
    draft.values[f.key] = null;
    if (f.required) {
      report(rep, draft, { cell: null, field: f.key }, "header-missing");
      rejectedFields.add(f.key);
    }
  }
  return { draft, rejectedFields };
}
