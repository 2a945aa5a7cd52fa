import type { Lang } from "../core";
import { LIST_STRINGS } from "../browser/strings";
import type { IssueListStrings } from "../browser/issue-list";
import type { MergeReportStrings } from "../browser/merge-report";

/** Every text of the web page, in Chinese and English. */
export interface Strings extends IssueListStrings, MergeReportStrings {
  readonly title: string;
  readonly intro: string;
  readonly validateSection: string;
  readonly mergeSection: string;
  readonly pickSubmissions: string;
  readonly pickInto: string;
  readonly pickPairings: string;
  readonly dropHint: string;
  readonly filesPicked: (n: number) => string;
  readonly validate: string;
  readonly merge: string;
  readonly mask: string;
  readonly downloadIssues: string;
  readonly downloadWorkbook: string;
  readonly downloadReport: string;
  readonly reading: (done: number, total: number) => string;
  readonly merging: string;
  readonly writing: string;
  readonly noFiles: string;
  readonly noIssues: string;
  readonly fileCounts: (errors: number, warnings: number, infos: number) => string;
  readonly indicators: string;
  readonly pairingsUnreadable: (missing: readonly string[]) => string;
  readonly failed: string;
  readonly configError: string;
  readonly issueListName: string;
  readonly workbookName: (period: string) => string;
  readonly reportName: (period: string) => string;
}

const zh: Strings = {
  ...LIST_STRINGS["zh-CN"],
  title: "扶贫数据助手",
  intro: "校验报送文件、合并各单位的报送。文件只在本机浏览器中处理，不会上传。",
  validateSection: "校验（填报人员）",
  mergeSection: "合并报送（牵头单位）",
  pickSubmissions: "报送文件（.xlsx，可多选，可拖放到此处）",
  pickInto: "已有的汇总工作簿（可选：合并到其中）",
  pickPairings: "结对名单（可选：.xlsx 或 CSV，用于统计报送完成情况）",
  dropHint: "拖放文件到此处",
  filesPicked: (n) => `已选择 ${n} 个文件`,
  validate: "校验",
  merge: "合并报送",
  mask: "隐去身份证号和姓名（同 --mask-ids，这样的汇总不能再合并）",
  downloadIssues: "下载问题清单",
  downloadWorkbook: "下载汇总工作簿",
  downloadReport: "下载汇总报告",
  reading: (done, total) => `正在读取文件 ${done}/${total}…`,
  merging: "正在合并…",
  writing: "正在生成问题清单…",
  noFiles: "请先选择文件。",
  noIssues: "没有发现问题。",
  fileCounts: (e, w, i) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
  indicators: "村级指标",
  pairingsUnreadable: (missing) =>
    missing.length > 0 ? `结对名单缺少列：${missing.join("、")}` : "结对名单无法读取。",
  failed: "操作失败",
  configError: "配置文件有误，数据助手暂不能使用，请联系信息中心（部署本页面的部门）。",
  issueListName: "问题清单.xlsx",
  workbookName: (p) => `汇总工作簿-${p}.xlsx`,
  reportName: (p) => `汇总报告-${p}.json`,
};

const en: Strings = {
  ...LIST_STRINGS.en,
  title: "Poverty-alleviation data",
  intro:
    "Validate report files and merge the agencies' reports. Files are processed in this browser only; nothing is uploaded.",
  validateSection: "Validate (staff)",
  mergeSection: "Merge reports (coordinators)",
  pickSubmissions: "Report files (.xlsx, several allowed, or drop them here)",
  pickInto: "Earlier consolidated workbook (optional: merge into it)",
  pickPairings: "Pairing list (optional: .xlsx or CSV, for completeness)",
  dropHint: "Drop files here",
  filesPicked: (n) => `${n} file${n === 1 ? "" : "s"} chosen`,
  validate: "Validate",
  merge: "Merge reports",
  mask: "Mask ID numbers and names (as --mask-ids; such a workbook cannot be merged into)",
  downloadIssues: "Download issue list",
  downloadWorkbook: "Download consolidated workbook",
  downloadReport: "Download merge report",
  reading: (done, total) => `Reading file ${done} of ${total}…`,
  merging: "Merging…",
  writing: "Writing the issue list…",
  noFiles: "Choose the files first.",
  noIssues: "No issues found.",
  fileCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  indicators: "Village indicators",
  pairingsUnreadable: (missing) =>
    missing.length > 0
      ? `The pairing list lacks columns: ${missing.join(", ")}`
      : "The pairing list cannot be read.",
  failed: "Failed",
  configError:
    "The deployed configuration is invalid, so the assistant cannot be used. Please contact the IT department that deployed it.",
  issueListName: "issues.xlsx",
  workbookName: (p) => `consolidated-${p}.xlsx`,
  reportName: (p) => `merge-report-${p}.json`,
};

export const STRINGS: { readonly [L in Lang]: Strings } = { "zh-CN": zh, en };
