/** Show a sheet and select a cell on it (or only show the sheet when there is no cell). */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string | null,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  worksheet.activate();
  if (address) worksheet.getRange(address).select();
  await context.sync();
}
