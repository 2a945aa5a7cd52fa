// The taskpane's reader workers, in Node: a Web Worker's script (`self.onmessage`,
// `self.postMessage`) run in a worker thread, behind the `Worker` API the page uses, so that
// the bench's 合并报送 (g) reads as the taskpane does.
import * as path from "node:path";
import { Worker as NodeWorker, isMainThread, parentPort, workerData } from "node:worker_threads";

const BROWSER_DIR = path.join(__dirname, "..", "src", "browser");

/** What `new Worker(url)` gives the page, for the scripts of src/browser. */
export class WebWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  private readonly thread: NodeWorker;

  constructor(url: string) {
    this.thread = new NodeWorker(__filename, { workerData: path.join(BROWSER_DIR, url) });
    this.thread.on("message", (data: unknown) => this.onmessage?.({ data }));
    this.thread.on("error", (error: Error) =>
      this.onerror?.({ message: error.message, preventDefault: () => undefined }),
    );
  }

  postMessage(message: unknown, transfer: ArrayBuffer[] = []): void {
    this.thread.postMessage(message, transfer);
  }

  terminate(): void {
    void this.thread.terminate();
  }
}

if (!isMainThread && typeof workerData === "string") {
  const port = parentPort!;
  Object.assign(globalThis, {
    self: {
      set onmessage(handler: (event: { data: unknown }) => void) {
        port.on("message", (data: unknown) => handler({ data }));
      },
      postMessage: (message: unknown) => port.postMessage(message),
    },
  });
  // The script is CommonJS, as the bench is built.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(workerData);
}
