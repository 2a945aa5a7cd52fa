import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import type { Config } from "../core/config";
import { readConsolidated } from "../core/consolidated/read";
import type { ConsolidatedData } from "../core/merge/types";
import { readPairingList } from "../core/merge/pairing-list";
import type { PairingList } from "../core/merge/pairing-list";
import type { SubmissionFile } from "../core/model";
import type { SheetGrid } from "../core/read/grid";
import { readAndValidateFiles, readWorkbookFiles } from "./read-file";
import { toSubmissionFile } from "./read-submissions";

/**
 * Inputs of a merge, sorted into submissions and consolidated workbooks (docs/merge.md,
 * docs/cli.md).
 */
export interface MergeInputs {
  readonly submissions: SubmissionFile[];
  readonly consolidated: { readonly file: string; readonly data: ConsolidatedData }[];
}

/** Read every input once, in bounded workers; a consolidated workbook is recognised by its _meta. */
export async function readMergeInputs(
  files: readonly string[],
  config: Config,
  onFileDone?: () => void,
): Promise<MergeInputs> {
  const results = await readAndValidateFiles(files, config, { onResult: () => onFileDone?.() });
  const inputs: MergeInputs = { submissions: [], consolidated: [] };
  results.forEach((result, i) => {
    const file = files[i]!;
    const data = result.ok && "grid" in result ? readConsolidated(result.grid) : null;
    if (data) inputs.consolidated.push({ file, data });
    else inputs.submissions.push(toSubmissionFile(file, result, config));
  });
  return inputs;
}

/** A CSV's bytes as text: UTF-8 (with or without BOM), else GB18030 (docs/configuration.md). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The pairing list (docs/configuration.md), from a CSV or the first sheet of an xlsx. */
export async function readPairingsFile(file: string): Promise<PairingList | "unreadable"> {
  let sheet: SheetGrid;
  if (/\.xlsx$/i.test(file)) {
    const [result] = await readWorkbookFiles([file]);
    const first = result?.ok ? result.grid.sheets[0] : undefined;
    if (!first) return "unreadable";
    sheet = first;
  } else {
    const rows = parse(decodeCsv(await fs.readFile(file)), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    sheet = { name: path.basename(file), rows, merges: [] };
  }
  return readPairingList(sheet);
}
