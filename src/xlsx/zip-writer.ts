import { once } from "node:events";
import { open } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import type { TransformOptions } from "node:stream";
import { crc32, createDeflateRaw } from "node:zlib";
import type { ZlibOptions } from "node:zlib";

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
// Sizes and CRC follow each part's data (bit 3); names are UTF-8 (bit 11).
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
const MAX_U32 = 0xffffffff;
// Output is written in blocks of about this size.
const WRITE_BLOCK = 1 << 20;
// Text queued ahead of zlib, so that the next chunks are built while zlib deflates this one.
const QUEUE_BYTES = 1 << 20;

interface CentralEntry {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

/**
 * A zip file written part by part as its text is produced: each part is deflated by zlib off
 * the main thread while the next text is built, so nothing holds a whole part in memory.
 */
export class ZipFileWriter {
  private readonly entries: CentralEntry[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private closed = false;
  private readonly time: number;
  private readonly date: number;

  private constructor(
    private readonly file: FileHandle,
    private readonly level: number,
    now: Date,
  ) {
    this.time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    this.date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  }

  /** Creates (or truncates) `path`; `level` is zlib's compression level. */
  static async create(path: string, level: number): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(path, "w"), level, new Date());
  }

  /** Adds one part from its text, given in chunks. */
  async add(name: string, chunks: Iterable<string>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(SIG_LOCAL, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.time, 10);
    header.writeUInt16LE(this.date, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.emit(header);
    await this.emit(nameBytes);

    let crc = 0;
    let size = 0;
    let compressed = 0;
    // zlib hands stream options on to its Transform; its typings leave them out.
    const options: ZlibOptions & TransformOptions = {
      level: this.level,
      writableHighWaterMark: QUEUE_BYTES,
    };
    const deflate = createDeflateRaw(options);
    const feeding = (async () => {
      for (const text of chunks) {
        const bytes = Buffer.from(text, "utf8");
        crc = crc32(bytes, crc);
        size += bytes.length;
        // Either way the event loop turns, so that zlib takes this chunk while the next is built.
        if (!deflate.write(bytes)) await once(deflate, "drain");
        else await new Promise(setImmediate);
      }
      deflate.end();
    })().catch((error: unknown) => {
      deflate.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      compressed += chunk.length;
      await this.emit(chunk);
    }
    await feeding;
    if (size > MAX_U32 || compressed > MAX_U32) throw new Error(`${name}: over 4 GB`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.emit(descriptor);
    this.entries.push({ name: nameBytes, offset, crc, compressed, size });
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    try {
      const start = this.offset;
      for (const e of this.entries) {
        const record = Buffer.alloc(46);
        record.writeUInt32LE(SIG_CENTRAL, 0);
        record.writeUInt16LE(VERSION, 4);
        record.writeUInt16LE(VERSION, 6);
        record.writeUInt16LE(FLAGS, 8);
        record.writeUInt16LE(DEFLATE, 10);
        record.writeUInt16LE(this.time, 12);
        record.writeUInt16LE(this.date, 14);
        record.writeUInt32LE(e.crc, 16);
        record.writeUInt32LE(e.compressed, 20);
        record.writeUInt32LE(e.size, 24);
        record.writeUInt16LE(e.name.length, 28);
        record.writeUInt32LE(e.offset, 42);
        await this.emit(record);
        await this.emit(e.name);
      }
      if (this.offset > MAX_U32) throw new Error("zip over 4 GB");
      const end = Buffer.alloc(22);
      end.writeUInt32LE(SIG_END, 0);
      end.writeUInt16LE(this.entries.length, 8);
      end.writeUInt16LE(this.entries.length, 10);
      end.writeUInt32LE(this.offset - start, 12);
      end.writeUInt32LE(start, 16);
      await this.emit(end);
      await this.flush();
    } finally {
      await this.abort();
    }
  }

  /** Closes the file, written or not (after a failure the caller removes it). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.file.close();
  }

  private async emit(bytes: Buffer): Promise<void> {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.offset += bytes.length;
    if (this.pendingBytes >= WRITE_BLOCK) await this.flush();
  }

  private async flush(): Promise<void> {
    const block = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let at = 0; at < block.length;) {
      const { bytesWritten } = await this.file.write(block, at, block.length - at);
      at += bytesWritten;
    }
  }
}
