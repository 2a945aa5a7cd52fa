import { Converter } from "opencc-js/t2cn";

// Longest first: at each step the longest suffix that matches is the one dropped.
const VILLAGE_SUFFIXES = byLengthDescending([
  "村民委员会",
  "村委会",
  "居民委员会",
  "社区居委会",
  "居委会",
  "社区",
]);
const TOWNSHIP_SUFFIXES = byLengthDescending(["街道办事处", "办事处", "街道", "街", "镇", "乡"]);
const COMMITTEE_SUFFIXES = byLengthDescending(["村民委员会", "村委会"]);
const BRACKETED_TAIL = /^(.+)[([【〔][^()[\]【】〔〕]*[)\]】〕]$/u;

let toSimplified: ((text: string) => string) | undefined;

/**
 * Whether a village name as typed and an official one name the same village
 * (docs/configuration.md): 凤凰寨村 = 凤凰寨村委会, 八秀村 = 八秀村村委会, 東山村 = 东山村委会, but 毛冲村 ≠ 毛家冲村委会.
 */
export function sameVillageName(given: string, official: string): boolean {
  return villageKey(given) === villageKey(official);
}

/**
 * Whether a township name as typed and an official one name the same township
 * (docs/configuration.md): 蔡榨街 = 蔡榨街道, but 蔡家榨街 ≠ 蔡榨街道.
 */
export function sameTownshipName(given: string, official: string): boolean {
  return townshipKey(given) === townshipKey(official);
}

/** An official village name as people say it, for messages: 毛家冲村委会 → 毛家冲村. */
export function officialDisplayName(official: string): string {
  const suffix = COMMITTEE_SUFFIXES.find((s) => official.length > s.length && official.endsWith(s));
  if (suffix === undefined) return official;
  const stem = official.slice(0, -suffix.length);
  return stem.endsWith("村") ? stem : `${stem}村`;
}

function villageKey(name: string): string {
  const stem = dropSuffixes(normaliseName(name), VILLAGE_SUFFIXES);
  return stem.length > 1 && stem.endsWith("村") ? stem.slice(0, -1) : stem;
}

function townshipKey(name: string): string {
  return dropSuffixes(normaliseName(name), TOWNSHIP_SUFFIXES);
}

// Label normalisation (docs/standard.md: NFKC, no white space, ASCII case-fold), then traditional →
// simplified, then no bracketed tail.
function normaliseName(name: string): string {
  const folded = name
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  const simplified = simplify(folded);
  return BRACKETED_TAIL.exec(simplified)?.[1] ?? simplified;
}

function simplify(text: string): string {
  // The dictionary tries are built on first use, not when the module loads.
  toSimplified ??= Converter({ from: "t", to: "cn" });
  return toSimplified(text);
}

// Never drops the whole name: a bare "社区" stays itself.
function dropSuffixes(name: string, suffixes: readonly string[]): string {
  let stem = name;
  for (;;) {
    const suffix = suffixes.find((s) => stem.length > s.length && stem.endsWith(s));
    if (suffix === undefined) return stem;
    stem = stem.slice(0, -suffix.length);
  }
}

function byLengthDescending(words: string[]): readonly string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
