// A Web Worker: reads one .xlsx off the page's thread, so the taskpane can bound it in time.
import { readXlsx } from "../../ooxml/read-xlsx";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(readXlsx(new Uint8Array(event.data)));
