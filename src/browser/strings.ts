import type { Lang } from "../core";
import type { IssueListStrings } from "./issue-list";
import type { MergeReportStrings } from "./merge-report";

/** The texts of the lists both pages show, in Chinese and English. */
export const LIST_STRINGS: { readonly [L in Lang]: IssueListStrings & MergeReportStrings } = {
  "zh-CN": {
    severity: { error: "错误", warning: "警告", info: "提示" },
    status: { accepted: "已合并", rejected: "未合并", superseded: "被替代" },
    goTo: (cell) => `转到 ${cell}`,
    files: "文件",
    agency: "单位",
    rowsMerged: "合并行数",
    issues: "问题",
    unreadableFile: "无法读取",
  },
  en: {
    severity: { error: "Errors", warning: "Warnings", info: "Notes" },
    status: { accepted: "Merged", rejected: "Not merged", superseded: "Superseded" },
    goTo: (cell) => `Go to ${cell}`,
    files: "Files",
    agency: "Agency",
    rowsMerged: "Rows merged",
    issues: "Issues",
    unreadableFile: "Unreadable",
  },
};
