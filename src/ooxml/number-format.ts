// Built-in number formats that show a date or time (ECMA-376 18.8.30, with the CJK ids).
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format shows its number as a date or time. A custom code counts when a
 * d, m, y, h or s is left after removing quoted text, escapes, fills, paddings and bracketed
 * sections (colours, conditions, locales, and `[h]` elapsed time on its own).
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_IDS.has(numFmtId);
  const visible = formatCode.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(visible);
}
