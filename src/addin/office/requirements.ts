/** Whether the running Excel supports an ExcelApi requirement set, e.g. "1.13". */
export function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
