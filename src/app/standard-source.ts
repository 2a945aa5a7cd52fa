import { JIEDUI_2018, loadPackage } from "../core";
import type { Standard } from "../core";

const rebuilt = new Map<string, Standard>([[JIEDUI_2018.source, JIEDUI_2018]]);

/**
 * The Standard whose `source` this is, rebuilt once per thread: a worker gets the text, since
 * compiled rules do not cross threads. The text came from a valid Standard, so a failure is a bug.
 */
export function standardFromSource(source: string): Standard {
  let standard = rebuilt.get(source);
  if (!standard) {
    const result = loadPackage(source);
    if (!result.ok) throw new Error(`standard source: ${JSON.stringify(result.errors[0])}`);
    rebuilt.set(source, (standard = result.standard));
  }
  return standard;
}
