// A zip package built in memory with fflate: the writer where there is no file to stream to
// (a Web Worker), deflating each part as its text is built, as Node's writer does.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { COMPRESSION_LEVEL } from "./consolidated-parts";
import type { XmlPart } from "./consolidated-parts";

// A part's text is handed to fflate in pieces of about this many characters.
const PUSH_CHARS = 1 << 16;

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
    // fflate deflates what it is given once it holds 8 KB: rows are joined into larger pushes.
    let text = "";
    for (const piece of part.chunks) {
      text += piece;
      if (text.length >= PUSH_CHARS) {
        file.push(strToU8(text));
        text = "";
      }
    }
    file.push(strToU8(text), true);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  return out;
}
