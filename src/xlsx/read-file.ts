import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Config, Standard, SubmissionRead, WorkbookGrid } from "../core";
import { readXlsx, type ReadXlsxResult } from "../ooxml/read-xlsx";
import { ZIP_LIMITS, type UnreadableReason } from "../ooxml/zip-guard";
import { resultFromJson } from "./grid-json";
import { ZLIB_CODEC } from "./zlib-codec";
import { SharedAddresses, unpackSubmission } from "../app";
import type { PackedSubmission } from "../app";

/** A workbook file read, or why it could not be. */
export type ReadFileResult =
  | {
      readonly ok: true;
      readonly grid: WorkbookGrid;
      readonly date1904: boolean;
      /** Hex SHA-256 of the file's bytes, to recognise the same file submitted twice. */
      readonly sha256: string;
      readonly bytes: number;
    }
  | {
      readonly ok: false;
      readonly reason: UnreadableReason;
      readonly detail?: string;
      readonly limit?: number;
      readonly sha256?: string;
      readonly bytes?: number;
    };

/**
 * A file read and validated in its worker (docs/standard.md, docs/issue-codes.md), or read as a
 * grid (a consolidated workbook, for the caller to recognise), or why it could not be read.
 */
export type ValidatedFileResult =
  | {
      readonly ok: true;
      readonly read: SubmissionRead;
      readonly sha256: string;
      readonly bytes: number;
    }
  | ReadFileResult;

export interface ReadFileOptions {
  /** Time allowed for one file, from when its worker starts on it; default 60 s. */
  readonly timeoutMs?: number;
  /** Heap of each worker (old generation); default 512 MB. */
  readonly maxHeapMb?: number;
}

export interface ReadFilesOptions extends ReadFileOptions {
  /** Files read at once, each in its own worker; default 2. */
  readonly concurrency?: number;
  /** Called as each file is done (in completion order), e.g. for a progress bar. */
  readonly onResult?: (index: number, result: ReadFileResult) => void;
}

/** @internal Message to the worker. */
export interface ReadRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  /** Validate a submission in the worker, with this configuration. */
  readonly config?: Config;
  /** … and against the standard of this source (`Standard.source`); the 2018 standard if none. */
  readonly standard?: string;
  /** … and send its records back (the default), or not (`RecordsOption`). */
  readonly records?: boolean;
}

/** What a worker validates with: the configuration and the standard's source; records or not. */
type Validation = Pick<ReadRequest, "config" | "standard" | "records">;

/**
 * Whether a read brings each submission's records back: false when only its issues are needed
 * (`aidsheet validate`). Such a read validates every workbook in its worker, a consolidated one
 * too, and its `tables` are empty: only its issues, form, template, sheet names and rejection
 * hold. Merging and indicators need the records.
 */
export interface RecordsOption {
  readonly records?: boolean;
}

/** @internal Message from the worker. */
export type ReadReply =
  | { readonly id: number; readonly json: string }
  | { readonly id: number; readonly submission: PackedSubmission }
  | { readonly id: number; readonly error: string };

type WorkerResult = ReadXlsxResult | { readonly ok: true; readonly read: SubmissionRead };
// A worker's answer: a validated submission is restored after its worker is given the next file.
type WorkerReply = ReadXlsxResult | { readonly packed: PackedSubmission };

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_HEAP_MB = 512;
const WORKER_SCRIPT = join(__dirname, "read-worker.js");

/** Reads one workbook file in a worker bounded in time and memory (docs/limits.md). */
export async function readWorkbookFile(
  path: string,
  options: ReadFileOptions = {},
): Promise<ReadFileResult> {
  const pool = new WorkbookReaderPool({ ...options, size: 1 });
  try {
    return await pool.readFile(path);
  } finally {
    await pool.close();
  }
}

/**
 * Reads many workbook files, a few at a time in reused workers; results in input order.
 * A file that fails (too large, too slow, out of memory) never stops the others.
 */
export function readWorkbookFiles(
  paths: readonly string[],
  options: ReadFilesOptions = {},
): Promise<ReadFileResult[]> {
  return readInPool(paths, options, (pool, path) => pool.readFile(path));
}

/**
 * Reads and validates many submission files as `readWorkbookFiles` reads them: each file is
 * validated in its worker, so that only the validated records come back (a consolidated
 * workbook comes back as its grid), or none (`records: false`). Results in input order.
 */
export function readAndValidateFiles(
  paths: readonly string[],
  config: Config,
  options: Omit<ReadFilesOptions, "onResult"> &
    RecordsOption & {
      readonly onResult?: (index: number, result: ValidatedFileResult) => void;
      readonly standard?: Standard;
    } = {},
): Promise<ValidatedFileResult[]> {
  const validation: Validation = {
    config,
    ...(options.standard ? { standard: options.standard.source } : {}),
    records: options.records ?? true,
  };
  return readInPool(paths, options, (pool, path) => pool.readSubmission(path, validation));
}

async function readInPool<R>(
  paths: readonly string[],
  options: ReadFileOptions & {
    readonly concurrency?: number;
    readonly onResult?: (index: number, result: R) => void;
  },
  read: (pool: WorkbookReaderPool, path: string) => Promise<R>,
): Promise<R[]> {
  const size = Math.max(1, Math.min(options.concurrency ?? 2, paths.length));
  const pool = new WorkbookReaderPool({ ...options, size });
  try {
    return await Promise.all(
      paths.map(async (path, index) => {
        const result = await read(pool, path);
        options.onResult?.(index, result);
        return result;
      }),
    );
  } finally {
    await pool.close();
  }
}

/** Reads workbook bytes on the calling thread: no time or memory bound (tests, small inputs). */
export function readWorkbookBytesInProcess(bytes: Uint8Array): ReadFileResult {
  return withFileFacts(readXlsx(bytes, ZLIB_CODEC), sha256Of(bytes), bytes.length);
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

/** At most `free` holders at once; the others wait in turn. */
class Permits {
  private readonly waiting: (() => void)[] = [];
  constructor(private free: number) {}

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * Worker threads that read workbook files, `size` at a time; a worker is reused across
 * files (starting one costs tens of milliseconds) and replaced after a timeout or crash.
 */
export class WorkbookReaderPool {
  private readonly slots: Slot[];
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (error: Error) => void }[] =
    [];
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private nextId = 1;
  private readonly addresses = new SharedAddresses();
  private readonly ahead: Permits;

  constructor(options: ReadFileOptions & { readonly size?: number } = {}) {
    if (!existsSync(WORKER_SCRIPT)) {
      throw new Error(`${WORKER_SCRIPT} is missing: build with "tsc -p tsconfig.build.json"`);
    }
    // setTimeout fires at once past 2^31 - 1 ms.
    this.timeoutMs = Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 2 ** 31 - 1);
    this.maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
    const size = Math.max(1, options.size ?? 2);
    this.slots = Array.from({ length: size }, () => ({ worker: null, busy: false }));
    this.ahead = new Permits(size);
  }

  /**
   * Reads one file: at most `size` files are in the workers and `size` more read ahead, so at
   * most twice `size` are in memory.
   */
  readFile(path: string): Promise<ReadFileResult> {
    return this.load(path) as Promise<ReadFileResult>;
  }

  /** Reads one file and validates it in the worker; a consolidated workbook stays a grid. */
  readSubmission(path: string, validation: Validation): Promise<ValidatedFileResult> {
    return this.load(path, validation);
  }

  private async load(path: string, validation?: Validation): Promise<ValidatedFileResult> {
    // A file is read from disk and hashed while the workers are busy with earlier ones, at
    // most `size` files ahead: no worker waits on the disk between files.
    await this.ahead.acquire();
    let data: Uint8Array;
    let sha256: string;
    let slot: Slot;
    try {
      const loaded = await loadFile(path);
      if ("ok" in loaded) return loaded;
      data = loaded.data;
      sha256 = sha256Of(data);
      slot = await this.acquire();
    } finally {
      this.ahead.release();
    }
    let reply: WorkerReply;
    try {
      reply = await this.run(slot, data, validation);
    } finally {
      this.release(slot);
    }
    // Restored once the next file, waiting for this worker, has been posted to it.
    await Promise.resolve();
    const result =
      "packed" in reply
        ? { ok: true as const, read: unpackSubmission(reply.packed, this.addresses) }
        : reply;
    return withFileFacts(result, sha256, data.length);
  }

  /** Stops every worker; reads still waiting for one fail, reads under way end as corrupt. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error("reader pool closed"));
    await Promise.all(
      this.slots.map((slot) => {
        const worker = slot.worker;
        slot.worker = null;
        return worker ? worker.terminate() : Promise.resolve(0);
      }),
    );
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error("reader pool closed"));
    const free = this.slots.find((slot) => !slot.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else slot.busy = false;
  }

  private run(slot: Slot, bytes: Uint8Array, validation?: Validation): Promise<WorkerReply> {
    const worker = (slot.worker ??= this.spawn(slot));
    const id = this.nextId++;
    return new Promise((resolve) => {
      let failure: ReadXlsxResult | null = null;
      const finish = (result: WorkerReply) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(result);
      };
      const retire = (result: ReadXlsxResult) => {
        if (slot.worker === worker) slot.worker = null;
        failure ??= result;
        void worker.terminate();
      };
      const onMessage = (reply: ReadReply) => {
        if (reply.id !== id) return;
        if ("json" in reply) finish(resultFromJson(reply.json));
        else if ("submission" in reply) finish({ packed: reply.submission });
        else finish({ ok: false, reason: "corrupt", detail: `reader error: ${reply.error}` });
      };
      const onError = (error: Error & { code?: string }) => {
        retire(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { ok: false, reason: "memory", limit: this.maxHeapMb }
            : { ok: false, reason: "corrupt", detail: `reader error: ${error.message}` },
        );
      };
      const onExit = () => {
        finish(failure ?? { ok: false, reason: "corrupt", detail: "reader stopped" });
      };
      const timer = setTimeout(
        () => retire({ ok: false, reason: "timeout", limit: this.timeoutMs }),
        this.timeoutMs,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      const request: ReadRequest = { id, bytes, ...validation };
      worker.postMessage(request);
    });
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(WORKER_SCRIPT, {
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    worker.once("exit", () => {
      if (slot.worker === worker) slot.worker = null;
    });
    // An idle worker must not keep the process alive; a read in progress has its timer.
    worker.unref();
    return worker;
  }
}

async function loadFile(path: string): Promise<{ readonly data: Uint8Array } | ReadFileResult> {
  try {
    const { size } = await stat(path);
    if (size > ZIP_LIMITS.maxFileBytes) {
      return { ok: false, reason: "too-large", limit: ZIP_LIMITS.maxFileBytes, bytes: size };
    }
    return { data: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "not-found" };
    throw error;
  }
}

function withFileFacts(result: ReadXlsxResult, sha256: string, bytes: number): ReadFileResult;
function withFileFacts(result: WorkerResult, sha256: string, bytes: number): ValidatedFileResult;
function withFileFacts(result: WorkerResult, sha256: string, bytes: number): ValidatedFileResult {
  return { ...result, sha256, bytes };
}

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
