import { JIEDUI_2018_PACKAGE } from "./jiedui-2018";
import { MONITORING_SOURCE } from "./monitoring";
import type { StandardPackage } from "./schema";
import { checkedStandard } from "./standard";
import type { Standard } from "./standard";

/**
 * The packages aidsheet ships, by id (docs/standards.md). They are built without the package
 * loader's checks of a user's file, which their tests run on them, and each only when asked for.
 */
const PACKAGES: ReadonlyMap<string, () => StandardPackage> = new Map([
  ["jiedui-2018", () => JIEDUI_2018_PACKAGE],
  ["monitoring", () => JSON.parse(MONITORING_SOURCE) as StandardPackage],
]);

const built = new Map<string, Standard>();

/** A built-in standard by id, built once; undefined for an unknown id. */
export function builtinStandard(id: string): Standard | undefined {
  const known = built.get(id);
  if (known) return known;
  const pkg = PACKAGES.get(id)?.();
  if (pkg === undefined) return undefined;
  const standard = checkedStandard(pkg, `built-in standard ${id}`);
  built.set(id, standard);
  return standard;
}

/** The ids of the built-in standards. */
export const BUILTIN_STANDARD_IDS: readonly string[] = [...PACKAGES.keys()];

/** The 2018 结对帮扶 report's standard: the default wherever a standard is optional. */
export const JIEDUI_2018: Standard = builtinStandard("jiedui-2018")!;
