/** Code-point order, as issues and merges sort paths, names and codes. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A `submitted_on` as a sortable key: a date alone is that day at 00:00 (docs/merge.md). */
export function submittedKey(submittedOn: string): string {
  return submittedOn.length === 10 ? `${submittedOn}T00:00` : submittedOn.slice(0, 16);
}

/** Suffix that keeps two different files given under one path apart in the workbook. */
export function disambiguatedPath(path: string, sha256: string | null): string {
  return `${path} [${(sha256 ?? "unhashed").slice(0, 8)}]`;
}

/** Base name of a path as given (or as disambiguated), for provenance. */
export function nameOfPath(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] ?? path).replace(/ \[[0-9a-z]{8}\]$/, "");
}
