import { JIEDUI_2018_SOURCE } from "./jiedui-2018";
import { MONITORING_SOURCE } from "./monitoring";
import { loadStandard } from "./standard";
import type { Standard } from "./standard";

/** The packages aidsheet ships, by id, as their JSON text (docs/standards.md). */
const SOURCES: ReadonlyMap<string, string> = new Map([
  ["jiedui-2018", JIEDUI_2018_SOURCE],
  ["monitoring", MONITORING_SOURCE],
]);

const loaded = new Map<string, Standard>();

/** A built-in standard by id, loaded once; undefined for an unknown id. */
export function builtinStandard(id: string): Standard | undefined {
  const known = loaded.get(id);
  if (known) return known;
  const source = SOURCES.get(id);
  if (source === undefined) return undefined;
  const result = loadStandard(source, { builtins: builtinStandard });
  if (!result.ok) throw new Error(`built-in standard ${id}: ${JSON.stringify(result.errors[0])}`);
  loaded.set(id, result.standard);
  return result.standard;
}

/** The ids of the built-in standards. */
export const BUILTIN_STANDARD_IDS: readonly string[] = [...SOURCES.keys()];

/** The 2018 结对帮扶 report's standard: the default wherever a standard is optional. */
export const JIEDUI_2018: Standard = builtinStandard("jiedui-2018")!;

/** A package's text, read against the built-ins (a file's `extends` resolved by the host). */
export function loadPackage(
  text: string,
  resolveFile?: (name: string) => string | null,
): ReturnType<typeof loadStandard> {
  return loadStandard(text, { builtins: builtinStandard, ...(resolveFile ? { resolveFile } : {}) });
}
