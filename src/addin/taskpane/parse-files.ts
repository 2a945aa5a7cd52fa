import { SharedAddresses, unpackSubmission } from "../../app";
import type { PackedSubmission } from "../../app";
import type { ReadXlsxResult } from "../../ooxml/read-xlsx";
import type { Config, FileContent, InputFile } from "../../core";

/** Name of the worker script beside taskpane.html (a webpack entry). */
export const PARSE_WORKER_URL = "parse-worker.js";
/** Message to the worker: a file's bytes, and the configuration to validate it with. */
export interface ParseRequest {
  readonly bytes: ArrayBuffer;
  readonly config: Config;
}

/** Message from the worker: a submission validated and packed, or the read (a consolidated workbook's grid, or why not). */
export type ParseReply =
  { readonly ok: true; readonly submission: PackedSubmission } | ReadXlsxResult;

/** A file not read within this time is unreadable (docs/limits.md), as in the CLI. */
export const PARSE_TIMEOUT_MS = 60_000;

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Read and validate a file's bytes in a fresh worker, which is ended when it takes too long. */
function readInWorker(
  request: ParseRequest,
  timeoutMs: number,
  addresses: SharedAddresses,
): Promise<FileContent> {
  return new Promise((resolve) => {
    const worker = new Worker(PARSE_WORKER_URL);
    const finish = (result: FileContent) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: "timeout", limit: timeoutMs }),
      timeoutMs,
    );
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) =>
      finish(
        "submission" in data
          ? { ok: true, read: unpackSubmission(data.submission, addresses) }
          : data,
      );
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: "corrupt", detail: event.message });
    };
    worker.postMessage(request, [request.bytes]);
  });
}

/** Parse picked files one at a time (bounded memory), reporting progress after each. */
export async function parseFiles(
  files: readonly File[],
  config: Config,
  onProgress: (done: number) => void,
  timeoutMs = PARSE_TIMEOUT_MS,
): Promise<InputFile[]> {
  const parsed: InputFile[] = [];
  const addresses = new SharedAddresses();
  for (const file of files) {
    const bytes = await file.arrayBuffer();
    const sha256 = hex(await crypto.subtle.digest("SHA-256", bytes));
    const content = await readInWorker({ bytes, config }, timeoutMs, addresses);
    parsed.push({ file: file.name, name: file.name, sha256, content });
    onProgress(parsed.length);
  }
  return parsed;
}
