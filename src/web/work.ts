import type { ConsolidateError, MergeSummary } from "../app";
import type { Config, Issue, Lang, PlannedSheet } from "../core";
import type { ReadFile } from "../browser/read-files";

/** Name of the worker script beside index.html (a webpack entry). */
export const WORK_WORKER_URL = "web-worker.js";

/** The media type of an .xlsx download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the page's worker writes: the workbook stamped with this moment and version. */
interface Stamped {
  readonly lang: Lang;
  /** ISO 8601 UTC. */
  readonly now: string;
  readonly version: string;
}

/** 合并报送: the files read (submissions packed), merged as `aidsheet merge` merges them. */
export interface MergeRequest extends Stamped {
  readonly kind: "merge";
  readonly reads: readonly ReadFile[];
  /** Paired reports only, as `pairings`: a register standard refuses them. */
  readonly into: ReadFile | null;
  /** A pairing list, .xlsx or CSV, as `--pairings` takes it. */
  readonly pairings: { readonly name: string; readonly bytes: ArrayBuffer } | null;
  readonly config: Config;
  /** The standard's `source`, rebuilt in the worker. */
  readonly standard: string;
  /** `--mask-ids`. */
  readonly mask: boolean;
}

/** 下载问题清单: the issues of validated files as one 问题清单 sheet. */
export interface IssueListRequest extends Stamped {
  readonly kind: "issue-list";
  /** The standard's `source`, whose sheets and fields name the issues. */
  readonly standard: string;
  readonly files: readonly { readonly file: string; readonly issues: readonly Issue[] }[];
}

export type WorkRequest = MergeRequest | IssueListRequest;

export type WorkReply =
  | {
      readonly kind: "merged";
      readonly summary: MergeSummary;
      /** The merge report, as `--report` writes it. */
      readonly report: string;
      /** 村级指标 as planned for the workbook. */
      readonly indicators: PlannedSheet;
      /** A register's 汇总 as planned: its county and townships (docs/monitoring.md). */
      readonly areas: PlannedSheet | null;
      readonly workbook: Blob;
    }
  | { readonly kind: "refused"; readonly error: ConsolidateError }
  | { readonly kind: "pairings-unreadable"; readonly missing: readonly string[] }
  | { readonly kind: "issue-list"; readonly workbook: Blob }
  | { readonly kind: "failed"; readonly message: string };

/** Run one request in a fresh worker, ended when it answers. */
export function runWork(request: WorkRequest): Promise<WorkReply> {
  return new Promise((resolve) => {
    const worker = new Worker(WORK_WORKER_URL);
    const finish = (reply: WorkReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = ({ data }: MessageEvent<WorkReply>) => finish(data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: "failed", message: event.message });
    };
    worker.postMessage(request);
  });
}
