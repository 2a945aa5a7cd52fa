import { JIEDUI_2018, rebuildStandard } from "../core/reading";
import type { Standard } from "../core";

const rebuilt = new Map<string, Standard>([[JIEDUI_2018.source, JIEDUI_2018]]);

/**
 * The Standard whose `source` this is, rebuilt once per thread: a worker gets the text, since
 * compiled rules do not cross threads. The package was checked where it was loaded.
 */
export function standardFromSource(source: string): Standard {
  let standard = rebuilt.get(source);
  if (!standard) rebuilt.set(source, (standard = rebuildStandard(source)));
  return standard;
}
