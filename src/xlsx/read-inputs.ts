import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readPairingList } from "../core";
import type { PairingList, SheetGrid } from "../core";
import { decodeCsv } from "../ooxml/decode-csv";
import { readWorkbookFiles } from "./read-file";

/** The pairing list (docs/configuration.md), from a CSV or the first sheet of an xlsx. */
export async function readPairingsFile(file: string): Promise<PairingList | "unreadable"> {
  let sheet: SheetGrid;
  if (/\.xlsx$/i.test(file)) {
    const [result] = await readWorkbookFiles([file]);
    const first = result?.ok ? result.grid.sheets[0] : undefined;
    if (!first) return "unreadable";
    sheet = first;
  } else {
    // Loaded only for a CSV list: a merge without one does without it.
    const { parse } = await import("csv-parse/sync");
    const rows: string[][] = parse(decodeCsv(await fs.readFile(file)), {
      relax_column_count: true,
      skip_empty_lines: true,
    });
    sheet = { name: path.basename(file), rows, merges: [] };
  }
  return readPairingList(sheet);
}
