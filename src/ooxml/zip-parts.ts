// A zip package built in memory with fflate: the writer where there is no file to stream to
// (a Web Worker), deflating each part as its text is built, as Node's writer does.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import type { AsyncFlateStreamHandler, ZipInputFile } from "fflate";
import { COMPRESSION_LEVEL } from "./consolidated-parts";
import type { XmlPart } from "./consolidated-parts";
import { crc32 } from "./crc32";

// The web platform's deflater, declared as far as it is used here: src/ooxml has no DOM types.
declare const CompressionStream: new (format: "deflate-raw") => {
  writable: {
    getWriter(): {
      ready: Promise<void>;
      write(bytes: Uint8Array): Promise<void>;
      close(): Promise<void>;
    };
  };
  readable: {
    getReader(): {
      read(): Promise<
        { done: true; value?: undefined } | { done: false; value: Uint8Array<ArrayBuffer> }
      >;
    };
  };
};

// A part's text is handed to the deflater in pieces of about this many characters.
const PUSH_CHARS = 1 << 16;

/** Whether the runtime deflates natively: CompressionStream is some 4 times faster than fflate. */
export function hasNativeDeflate(): boolean {
  try {
    new CompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** A zip entry deflated by CompressionStream: fflate's Zip takes any ZipInputFile. */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  crc = 0;
  size = 0;
  ondata: AsyncFlateStreamHandler = () => {};
  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}

  async deflate(pieces: Iterable<Uint8Array<ArrayBuffer>>): Promise<void> {
    const stream = new CompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const reading = (async () => {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        this.ondata(null, read.value, false);
      }
    })();
    for (const bytes of pieces) {
      this.crc = crc32(bytes, this.crc);
      this.size += bytes.length;
      await writer.ready;
      // Not awaited, so that the next piece is built meanwhile; a failure rejects close().
      writer.write(bytes).catch(() => undefined);
    }
    await Promise.all([writer.close(), reading]);
    this.ondata(null, new Uint8Array(0), true);
  }
}

/** A part's text as bytes, rows joined into pieces of about PUSH_CHARS characters. */
function* bytesOf(part: XmlPart): Generator<Uint8Array<ArrayBuffer>> {
  let text = "";
  for (const piece of part.chunks) {
    text += piece;
    if (text.length >= PUSH_CHARS) {
      yield strToU8(text);
      text = "";
    }
  }
  yield strToU8(text);
}

/** The package's bytes in pieces (a Blob takes them as they are), parts in the order given. */
export async function zipParts(
  parts: Iterable<XmlPart>,
  now: Date,
  native = hasNativeDeflate(),
): Promise<Uint8Array<ArrayBuffer>[]> {
  const out: Uint8Array<ArrayBuffer>[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else out.push(chunk);
  });
  for (const part of parts) {
    if (native) {
      const file = new NativeDeflate(part.name, now);
      zip.add(file);
      await file.deflate(bytesOf(part));
      continue;
    }
    const file = new ZipDeflate(part.name, { level: COMPRESSION_LEVEL });
    file.mtime = now;
    zip.add(file);
    // fflate deflates what it is given once it holds 8 KB: rows are joined into larger pushes.
    for (const bytes of bytesOf(part)) file.push(bytes);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  return out;
}
