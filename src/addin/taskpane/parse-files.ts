import type { ReadXlsxResult } from "../../ooxml/read-xlsx";
import type { ParsedFile } from "../tasks/merge";

/** Name of the worker script beside taskpane.html (a webpack entry). */
export const PARSE_WORKER_URL = "parse-worker.js";
/** A file not read within this time is unreadable (docs/limits.md), as in the CLI. */
export const PARSE_TIMEOUT_MS = 60_000;

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Read a file's bytes in a fresh worker, which is ended when it takes too long. */
function readInWorker(bytes: ArrayBuffer, timeoutMs: number): Promise<ReadXlsxResult> {
  return new Promise((resolve) => {
    const worker = new Worker(PARSE_WORKER_URL);
    const finish = (result: ReadXlsxResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: "timeout", limit: timeoutMs }),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<ReadXlsxResult>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: "corrupt", detail: event.message });
    };
    worker.postMessage(bytes, [bytes]);
  });
}

/** Parse picked files one at a time (bounded memory), reporting progress after each. */
export async function parseFiles(
  files: readonly File[],
  onProgress: (done: number) => void,
  timeoutMs = PARSE_TIMEOUT_MS,
): Promise<ParsedFile[]> {
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const bytes = await file.arrayBuffer();
    const sha256 = hex(await crypto.subtle.digest("SHA-256", bytes));
    parsed.push({ name: file.name, sha256, result: await readInWorker(bytes, timeoutMs) });
    onProgress(parsed.length);
  }
  return parsed;
}
