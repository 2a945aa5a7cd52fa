// The page's Web Worker: consolidates, plans and zips off the page's thread, so that the page
// answers clicks while a large merge runs.
import {
  SharedAddresses,
  consolidate,
  planOutputs,
  reportOf,
  standardFromSource,
  summarize,
} from "../app";
import { SHEET_NAMES, issuesSheet, readPairingList } from "../core";
import type { ConsolidatedSheets, Pairing, PairingList } from "../core";
import { parse } from "csv-parse/browser/esm/sync";
import { consolidatedParts } from "../ooxml/consolidated-parts";
import { decodeCsv } from "../ooxml/decode-csv";
import { readXlsx } from "../ooxml/read-xlsx";
import { zipParts } from "../ooxml/zip-parts";
import { inputOfRead } from "../browser/read-files";
import { XLSX_TYPE } from "./work";
import type { IssueListRequest, MergeRequest, WorkReply, WorkRequest } from "./work";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkRequest>) => void) | null;
  postMessage(message: WorkReply): void;
};

async function workbookOf(plan: ConsolidatedSheets, now: string): Promise<Blob> {
  const when = new Date(now);
  return new Blob(await zipParts(consolidatedParts(plan, when), when), { type: XLSX_TYPE });
}

/** The pairing list of an .xlsx (its first sheet) or a CSV, as `--pairings` reads it. */
function pairingListOf(file: { name: string; bytes: ArrayBuffer }): PairingList | null {
  const bytes = new Uint8Array(file.bytes);
  if (/\.xlsx$/i.test(file.name)) {
    const read = readXlsx(bytes);
    const first = read.ok ? read.grid.sheets[0] : undefined;
    return first ? readPairingList(first) : null;
  }
  const rows: string[][] = parse(decodeCsv(bytes), {
    relax_column_count: true,
    skip_empty_lines: true,
  });
  return readPairingList({ name: file.name, rows, merges: [] });
}

async function merge(request: MergeRequest): Promise<WorkReply> {
  let pairings: Pairing[] | undefined;
  if (request.pairings) {
    const list = pairingListOf(request.pairings);
    if (!list?.ok) return { kind: "pairings-unreadable", missing: list?.missing ?? [] };
    pairings = list.pairings;
  }
  const addresses = new SharedAddresses();
  const standard = standardFromSource(request.standard);
  const outcome = consolidate({
    inputs: request.reads.map((r) => inputOfRead(r, addresses)),
    ...(request.into ? { into: inputOfRead(request.into, addresses) } : {}),
    ...(pairings ? { pairings } : {}),
    purpose: "merge",
    config: request.config,
    standard,
  });
  if (!outcome.ok) return { kind: "refused", error: outcome.error };
  const { lang, now, version, mask } = request;
  const planned = planOutputs(outcome, { lang, now, version, mask, purpose: "merge" });
  if (!planned.ok) return { kind: "refused", error: planned.error };
  const { plan } = planned;
  const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
  // Where the browser saves the download is unknown here: the report's output is null.
  const report = reportOf(outcome, lang, null);
  return {
    kind: "merged",
    summary: summarize(outcome),
    report: `${JSON.stringify(report, null, 2)}\n`,
    indicators: sheet(SHEET_NAMES.indicators),
    areas: outcome.workflow === "register" ? sheet(SHEET_NAMES.summary) : null,
    workbook: await workbookOf(plan, now),
  };
}

async function issueList(request: IssueListRequest): Promise<WorkReply> {
  const issues = request.files.flatMap((f) => f.issues.map((i) => ({ ...i, file: f.file })));
  // Masked as `--mask-ids` masks 问题清单: the list is made to be passed around.
  // Files of any periods: the printed title names none.
  const { sheets } = standardFromSource(request.standard);
  const sheet = issuesSheet(issues, request.lang, true, null, sheets);
  return { kind: "issue-list", workbook: await workbookOf({ sheets: [sheet] }, request.now) };
}

async function reply(data: WorkRequest): Promise<WorkReply> {
  try {
    return await (data.kind === "merge" ? merge(data) : issueList(data));
  } catch (error) {
    return { kind: "failed", message: String(error) };
  }
}

scope.onmessage = ({ data }) => {
  void reply(data).then((message) => scope.postMessage(message));
};
