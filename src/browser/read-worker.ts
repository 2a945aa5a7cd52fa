// A Web Worker: reads and validates one .xlsx at a time off the page's thread, as the CLI's
// workers do, so that the page can bound it in time and only the validated records come back.
import { standardFromSource } from "../app/standard-source";
import { packedSubmissionOf } from "../app/submission-transfer";
import { readXlsx } from "../ooxml/read-xlsx";
import type { ReadReply, ReadRequest } from "./read-files";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
};

scope.onmessage = (event) => {
  const result = readXlsx(new Uint8Array(event.data.bytes));
  const { config, standard, records } = event.data;
  const submission = result.ok
    ? packedSubmissionOf(result.grid, config, standardFromSource(standard), records)
    : null;
  scope.postMessage(submission ? { ok: true, submission } : result);
};
