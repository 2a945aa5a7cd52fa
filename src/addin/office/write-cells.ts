import type { FixWrite } from "../../app";
import { toExcelInput } from "./cells";
import { OPERATION_BYTES, RequestBudget, jsonBytes } from "./requests";

/** One cell to overwrite in place, with the number format it must have first (or null). */
export type CellWrite = FixWrite;

/**
 * Overwrite single cells (一键修正): each gets its number format before its value, so that a
 * code stays text and a number is not kept as text. Round trips: one per 4 MB.
 */
export async function writeCells(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  date1904: boolean,
): Promise<void> {
  const budget = new RequestBudget(context);
  for (const write of writes) {
    const input = toExcelInput(write.value, write.numberFormat, date1904);
    const numberFormat = input.numberFormat ?? write.numberFormat;
    await budget.reserve(jsonBytes(input.value) + OPERATION_BYTES * 2);
    const range = context.workbook.worksheets.getItem(write.sheetName).getRange(write.address);
    if (numberFormat !== null) range.numberFormat = [[numberFormat]];
    range.values = [[input.value]];
  }
  await budget.flush();
}
