import type { TemplatePlan } from "../../core";
import { templateSheets } from "./template-sheets";
import { writeSheets } from "./write-sheets";
import type { WriteResult } from "./write-sheets";

/**
 * Build the template's sheets in the open workbook (插入模板): sheets already there are left
 * as they are; the blank sheet of a new workbook is removed; the first new sheet is shown.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  plan: TemplatePlan,
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet().load("name");
  const activeUsed = active.getUsedRangeOrNullObject();
  await context.sync();
  const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const blank =
    worksheets.items.length === 1 &&
    activeUsed.isNullObject &&
    !planned.has(active.name.toLowerCase());
  const result = await writeSheets(context, templateSheets(plan), {
    existing: "keep",
    date1904: false,
  });
  if (blank) active.delete();
  const first = plan.sheets.find((s) => !s.hidden && result.written.includes(s.name));
  if (first) worksheets.getItem(first.name).activate();
  await context.sync();
  return result;
}
