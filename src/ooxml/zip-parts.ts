// A zip package built in memory with fflate: the writer where there is no file to stream to
// (a Web Worker), deflating each part as its text is built, as Node's writer does.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { COMPRESSION_LEVEL } from "./consolidated-parts";
import type { XmlPart } from "./consolidated-parts";

/** The package's bytes in pieces (a Blob takes them as they are), parts in the order given. */
export function zipParts(parts: Iterable<XmlPart>, now: Date): Uint8Array<ArrayBuffer>[] {
  const out: Uint8Array<ArrayBuffer>[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else out.push(chunk);
  });
  for (const part of parts) {
    const file = new ZipDeflate(part.name, { level: COMPRESSION_LEVEL });
    file.mtime = now;
    zip.add(file);
    for (const text of part.chunks) file.push(strToU8(text));
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  return out;
}
