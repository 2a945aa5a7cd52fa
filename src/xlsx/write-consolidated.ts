import { COMPRESSION_LEVEL, consolidatedParts } from "../ooxml/consolidated-parts";
import type { ConsolidatedSheets } from "../core";
import { writeFileAtomic } from "./atomic-write";
import { ZipFileWriter } from "./zip-writer";

/**
 * Write the consolidated workbook (docs/merge.md) streaming, to a temporary file renamed over
 * `target`: each sheet's XML goes to zlib as it is built, so no sheet is ever whole in memory.
 */
export async function writeConsolidated(target: string, plan: ConsolidatedSheets): Promise<void> {
  await writeFileAtomic(target, async (tmp) => {
    const zip = await ZipFileWriter.create(tmp, COMPRESSION_LEVEL);
    try {
      for (const part of consolidatedParts(plan, new Date())) await zip.add(part.name, part.chunks);
      await zip.close();
    } catch (error) {
      await zip.abort();
      throw error;
    }
  });
}
