// A Web Worker: reads and validates one .xlsx off the page's thread, as the CLI's workers do,
// so that the taskpane can bound it in time and only the validated records come back.
import { packedSubmissionOf } from "../../app";
import { readXlsx } from "../../ooxml/read-xlsx";
import type { ParseReply, ParseRequest } from "./parse-files";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
};

scope.onmessage = (event) => {
  const result = readXlsx(new Uint8Array(event.data.bytes));
  const submission = result.ok ? packedSubmissionOf(result.grid, event.data.config) : null;
  scope.postMessage(submission ? { ok: true, submission } : result);
};
