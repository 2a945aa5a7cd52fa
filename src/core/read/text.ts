/** Text normalisation (docs/standard.md). */

// Characters that are invisible in Excel but break comparisons: zero-width, BOM, word joiner.
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;
const INNER_SPACE = /\s+/g;
const TRAILING_UNIT = /[([【]([^()[\]【】]*)[)\]】]$/;

// ASCII and the CJK Unified Ideographs are their own NFKC form and hold no invisible character.
// eslint-disable-next-line no-control-regex
const NFKC_STABLE = /^[\u0000-\u007F\u4E00-\u9FFF]*$/;

/**
 * Visible ASCII and CJK Unified Ideographs only: text that normalising and taking out spaces
 * leave as it is (most codes, numbers and names), told apart in one pass of its characters.
 */
function isAlreadyCompact(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c <= 0x20 || c >= 0x7f) && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/** NFKC, invisible characters removed, trimmed: how every text value is read. */
export function normalizeText(s: string): string {
  if (isAlreadyCompact(s)) return s;
  if (NFKC_STABLE.test(s)) return s.trim();
  return s.normalize("NFKC").replace(INVISIBLE, "").trim();
}

/** Whether text reads as empty (`normalizeText` gives ""); text that starts visible is not. */
export function isBlankText(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return normalizeText(s) === "";
}

/** Text as typed, made comparable: NFKC (full-width digits), no spaces anywhere. */
export function compactText(s: string): string {
  return isAlreadyCompact(s) ? s : normalizeText(s).replace(INNER_SPACE, "");
}

/** Key under which labels, sheet names and list values are compared. */
export function comparable(s: string): string {
  return compactText(s).toLowerCase();
}

/** A header label split into its comparable name and its bracketed unit, if any. */
export function splitLabel(s: string): { label: string; unit: string | null } {
  const key = comparable(s);
  const m = TRAILING_UNIT.exec(key);
  if (!m || m.index === 0) return { label: key, unit: null };
  return { label: key.slice(0, m.index), unit: m[1] ?? "" };
}

const ROW_NUMBER_LABELS = new Set(["序号", "no", "no.", "#"].map(comparable));
const TOTAL_LABELS = new Set(["合计", "总计", "小计", "total"].map(comparable));

/** A column headed 序号 / No. / # holds row numbers and is ignored silently (docs/standard.md). */
export function isRowNumberLabel(label: string): boolean {
  return ROW_NUMBER_LABELS.has(label);
}

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(comparable(text));
}

/** Multiplier of a money column's header unit: 万元 → 10,000, 亿元 → 100,000,000. */
export function unitMultiplier(unit: string | null): number {
  if (unit === null) return 1;
  const u = unit.replace(/元$/, "");
  if (u === "万") return 1e4;
  if (u === "亿") return 1e8;
  return 1;
}

/** Code-point order, as issues and merges sort paths, names and codes. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
