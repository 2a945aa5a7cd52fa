import { SharedAddresses, unpackSubmission } from "../app";
import type { PackedSubmission } from "../app";
import type { Config, FileContent, InputFile, Standard } from "../core";
import type { ReadXlsxResult } from "../ooxml/read-xlsx";
import { ZIP_LIMITS } from "../ooxml/zip-guard";

/** Name of the worker script beside the pages (a webpack entry). */
export const READ_WORKER_URL = "read-worker.js";

/** Message to the worker: a file's bytes, and the configuration and standard to validate it with. */
export interface ReadRequest {
  readonly bytes: ArrayBuffer;
  readonly config: Config;
  /** The standard's `source`: compiled rules do not cross to a worker. */
  readonly standard: string;
  /** Send the submission's records back, or not (`ReadFilesOptions.records`). */
  readonly records: boolean;
}

/** What files are validated against: the page's configuration and standard. */
export interface Validation {
  readonly config: Config;
  readonly standard: Standard;
}

/** Message from the worker: a submission validated and packed, or the read (a consolidated workbook's grid, or why not). */
export type ReadReply =
  { readonly ok: true; readonly submission: PackedSubmission } | ReadXlsxResult;

/** A file read in a worker, its submission still packed: to unpack here or in another worker. */
export interface ReadFile {
  readonly name: string;
  readonly sha256: string | null;
  readonly reply: ReadReply;
}

export interface ReadFilesOptions {
  /** Called as each file is done, with how many are. */
  readonly onProgress?: (done: number) => void;
  /** A file not read within this time is unreadable (docs/limits.md), as in the CLI. */
  readonly timeoutMs?: number;
  /** Files read at once, each in its own worker. */
  readonly concurrency?: number;
  /**
   * False when only each file's issues are needed (校验): every workbook is validated in its
   * worker, a consolidated one too, and comes back with `tables` empty; its issues, form,
   * template, sheet names and rejection only. Merging and indicators need the records.
   */
  readonly records?: boolean;
}

const TIMEOUT_MS = 60_000;
const CONCURRENCY = 2;

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A worker reused from file to file (starting one costs a parse of its script), replaced after a failure. */
class ReaderLane {
  private worker: Worker | null = null;

  constructor(private readonly timeoutMs: number) {}

  read(request: ReadRequest): Promise<ReadReply> {
    const worker = (this.worker ??= new Worker(READ_WORKER_URL));
    return new Promise((resolve) => {
      const finish = (reply: ReadReply, retire: boolean) => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        if (retire) this.close();
        resolve(reply);
      };
      const timer = setTimeout(
        () => finish({ ok: false, reason: "timeout", limit: this.timeoutMs }, true),
        this.timeoutMs,
      );
      worker.onmessage = ({ data }: MessageEvent<ReadReply>) => finish(data, false);
      worker.onerror = (event) => {
        event.preventDefault();
        finish({ ok: false, reason: "corrupt", detail: event.message }, true);
      };
      worker.postMessage(request, [request.bytes]);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

async function readOne(
  file: File,
  validation: Validation,
  records: boolean,
  lane: ReaderLane,
): Promise<ReadFile> {
  if (file.size > ZIP_LIMITS.maxFileBytes) {
    const reply: ReadReply = { ok: false, reason: "too-large", limit: ZIP_LIMITS.maxFileBytes };
    return { name: file.name, sha256: null, reply };
  }
  const bytes = await file.arrayBuffer();
  const sha256 = hex(await crypto.subtle.digest("SHA-256", bytes));
  const { config, standard } = validation;
  const reply = await lane.read({ bytes, config, standard: standard.source, records });
  return { name: file.name, sha256, reply };
}

/**
 * Read and validate picked files in a few workers, each file bounded in time as the CLI bounds
 * it (docs/limits.md); results in input order, submissions still packed.
 */
export async function readFilesInWorkers(
  files: readonly File[],
  validation: Validation,
  options: ReadFilesOptions = {},
): Promise<ReadFile[]> {
  const results: ReadFile[] = new Array<ReadFile>(files.length);
  const lanes = Array.from(
    { length: Math.max(1, Math.min(options.concurrency ?? CONCURRENCY, files.length)) },
    () => new ReaderLane(options.timeoutMs ?? TIMEOUT_MS),
  );
  const records = options.records ?? true;
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      lanes.map(async (lane) => {
        while (next < files.length) {
          const index = next++;
          results[index] = await readOne(files[index]!, validation, records, lane);
          options.onProgress?.(++done);
        }
      }),
    );
  } finally {
    for (const lane of lanes) lane.close();
  }
  return results;
}

/** A file read as an input of a use case, its submission unpacked. */
export function inputOfRead(read: ReadFile, addresses: SharedAddresses): InputFile {
  const { reply } = read;
  const content: FileContent =
    "submission" in reply
      ? { ok: true, read: unpackSubmission(reply.submission, addresses) }
      : reply;
  return { file: read.name, name: read.name, sha256: read.sha256, content };
}

/** Read and validate picked files (as `readFilesInWorkers`) as inputs of a use case. */
export async function readInputs(
  files: readonly File[],
  validation: Validation,
  options: ReadFilesOptions = {},
): Promise<InputFile[]> {
  const addresses = new SharedAddresses();
  const read = await readFilesInWorkers(files, validation, options);
  return read.map((r) => inputOfRead(r, addresses));
}
