import { open } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { constants, crc32, deflateRaw } from "node:zlib";

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
// A part is deflated in blocks of about this size, a few at once on zlib's threads, while the
// next text is built: a large sheet deflates on every core. Each block but the last ends on a
// sync flush, byte-aligned and not final, and has the previous block's last 32 KB as its
// dictionary (as pigz does), so the blocks join into one deflate stream of about the same size.
const BLOCK_BYTES = 1 << 20;
const BLOCKS_AT_ONCE = 3;
// Room for a block and the text that takes it past BLOCK_BYTES (a sheet's come row by row).
const BLOCK_CAPACITY = BLOCK_BYTES + 256 * 1024;
const WINDOW_BYTES = 32 * 1024;

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
  // Blocks whose deflate is done, to be filled again: a fresh megabyte a block is external
  // memory that brings on full garbage collections of the whole heap.
  private readonly freeBlocks: Buffer[] = [];
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

  /** Adds one part from its text, given in pieces (each encoded straight into the block). */
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
    const deflating: { readonly block: Buffer; readonly deflated: Promise<Buffer> }[] = [];
    const emitDeflated = async (keep: number) => {
      while (deflating.length > keep) {
        const { block: done, deflated } = deflating.shift()!;
        const chunk = await deflated;
        if (done.length === BLOCK_CAPACITY) this.freeBlocks.push(done);
        compressed += chunk.length;
        await this.emit(chunk);
      }
    };
    const nextBlock = () => this.freeBlocks.pop() ?? Buffer.allocUnsafe(BLOCK_CAPACITY);
    // Text is encoded straight into the block: one buffer a block, not one a chunk.
    let block = nextBlock();
    let blockBytes = 0;
    let window: Buffer | null = null;
    const deflateBlock = (last: boolean) => {
      const input = block.subarray(0, blockBytes);
      crc = crc32(input, crc);
      size += input.length;
      const deflated = deflateBlockRaw(input, this.level, window, last);
      // Awaited in turn below; caught here so that a failure while another block is awaited
      // is not an unhandled rejection.
      deflated.catch(() => undefined);
      deflating.push({ block, deflated });
      window = input.length >= WINDOW_BYTES ? input.subarray(input.length - WINDOW_BYTES) : null;
      if (!last) block = nextBlock();
      blockBytes = 0;
    };
    try {
      for (const text of chunks) {
        // UTF-8 takes at most three bytes for each UTF-16 unit; the exact count only when short.
        if (blockBytes + text.length * 3 > block.length) {
          const larger = Buffer.allocUnsafe(blockBytes + Buffer.byteLength(text, "utf8"));
          block.copy(larger, 0, 0, blockBytes);
          block = larger;
        }
        blockBytes += block.write(text, blockBytes, "utf8");
        if (blockBytes >= BLOCK_BYTES) {
          deflateBlock(false);
          await emitDeflated(BLOCKS_AT_ONCE - 1);
        }
      }
      deflateBlock(true);
      await emitDeflated(0);
    } catch (error) {
      await Promise.allSettled(deflating.map((d) => d.deflated));
      throw error;
    }
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

/** One block of a part as raw deflate, continuing from `window`; the last one ends the stream. */
function deflateBlockRaw(
  input: Buffer,
  level: number,
  window: Buffer | null,
  last: boolean,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    deflateRaw(
      input,
      {
        level,
        // XML deflates to about a tenth: a quarter of the block holds it in one job on zlib's
        // thread (not 16 KB turns of the loop), without a block-sized buffer for each block.
        chunkSize: Math.max(64 * 1024, input.length >> 2),
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
        ...(window ? { dictionary: window } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}
