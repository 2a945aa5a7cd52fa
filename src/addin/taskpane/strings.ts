import type { Severity } from "../../core/issues/codes";
import type { FileStatus, MergeError } from "../../core/merge/types";
import type { Lang } from "../../core/spec/types";

/** Every text of the taskpane, in Chinese and English. */
export interface Strings {
  readonly title: string;
  readonly staffSection: string;
  readonly coordinatorSection: string;
  readonly insertTemplate: string;
  readonly validate: string;
  readonly clearMarks: string;
  readonly fix: string;
  readonly indicators: string;
  readonly merge: string;
  readonly pickFiles: string;
  readonly filesPicked: (n: number) => string;
  readonly working: {
    readonly insertTemplate: string;
    readonly validate: string;
    readonly clearMarks: string;
    readonly fix: string;
    readonly indicators: string;
    readonly parse: (done: number, total: number) => string;
    readonly merge: string;
  };
  readonly severity: { readonly [S in Severity]: string };
  readonly status: { readonly [S in FileStatus]: string };
  readonly templateInserted: (written: number, kept: readonly string[]) => string;
  readonly noIssues: string;
  readonly validated: (errors: number, warnings: number, infos: number) => string;
  readonly fixable: (n: number) => string;
  readonly fixed: (n: number) => string;
  readonly marksCleared: string;
  readonly indicatorsWritten: (villages: number, period: string) => string;
  readonly indicatorsRejected: string;
  readonly merged: (files: number, period: string) => string;
  readonly mergeError: { readonly [E in MergeError["kind"] | "not-consolidated"]: string };
  readonly noFiles: string;
  readonly failed: string;
  readonly ok: string;
  readonly goTo: (cell: string) => string;
  readonly files: string;
  readonly agency: string;
  readonly rowsMerged: string;
  readonly issues: string;
  readonly unreadableFile: string;
  /** The deployed aidsheet.config.json is unusable: nothing can be checked against it. */
  readonly configError: string;
  readonly sheetTooLarge: (sheet: string, address: string) => string;
}

const zh: Strings = {
  title: "扶贫数据助手",
  staffSection: "填报",
  coordinatorSection: "汇总（牵头单位）",
  insertTemplate: "插入模板",
  validate: "校验",
  clearMarks: "清除标记",
  fix: "一键修正",
  indicators: "计算指标",
  merge: "合并报送",
  pickFiles: "选择报送文件（.xlsx，可多选）",
  filesPicked: (n) => `已选择 ${n} 个文件`,
  working: {
    insertTemplate: "正在插入模板…",
    validate: "正在校验…",
    clearMarks: "正在清除标记…",
    fix: "正在修正…",
    indicators: "正在计算指标…",
    parse: (done, total) => `正在读取文件 ${done}/${total}…`,
    merge: "正在合并…",
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  status: { accepted: "已合并", rejected: "未合并", superseded: "被替代" },
  templateInserted: (written, kept) =>
    kept.length === 0
      ? `已插入模板的 ${written} 个工作表。`
      : `已插入模板的 ${written} 个工作表；已有的工作表保持不变：${kept.join("、")}。`,
  noIssues: "没有发现问题。",
  validated: (e, w, i) =>
    `校验完成：${e} 个错误，${w} 个警告，${i} 个提示。错误和警告单元格已标记。`,
  fixable: (n) => `其中 ${n} 处可一键修正。`,
  fixed: (n) => `已修正 ${n} 个单元格，并重新校验。`,
  marksCleared: "已清除标记，单元格恢复原来的填充颜色。",
  indicatorsWritten: (v, p) => `已写入“汇总”和“村级指标”：${v} 个村，报送期间 ${p}。`,
  indicatorsRejected: "本工作簿有阻止报送的错误，没有数据计入指标。请先校验并修改。",
  merged: (n, p) => `已合并 ${n} 个文件，报送期间 ${p}。结果已写入各工作表。`,
  mergeError: {
    "masked-into": "当前汇总表已隐去身份证号，不能再合并。请打开未隐去的汇总表。",
    "period-conflict": "所选文件的报送期间与当前汇总表不同。",
    "no-readable-submission": "所选文件都无法读取。",
    "no-period": "无法确定报送期间：所选文件都没有有效的报送信息。",
    "not-consolidated": "合并报送需要打开汇总表（或一个空白工作簿）。当前工作簿是报送表。",
  },
  noFiles: "请先选择要合并的报送文件。",
  failed: "操作失败",
  ok: "确定",
  goTo: (cell) => `转到 ${cell}`,
  files: "文件",
  agency: "单位",
  rowsMerged: "合并行数",
  issues: "问题",
  unreadableFile: "无法读取",
  configError: "配置文件有误，数据助手暂不能使用，请联系信息中心（部署加载项的部门）。",
  sheetTooLarge: (sheet, a) =>
    `工作表“${sheet}”的已用区域 ${a} 超过 500 万个单元格，无法读取。多半是数据以外的远处有多余内容：请删除后重试。`,
};

const en: Strings = {
  title: "Poverty-alleviation data",
  staffSection: "Fill in",
  coordinatorSection: "Consolidate (coordinators)",
  insertTemplate: "Insert template",
  validate: "Validate",
  clearMarks: "Clear marks",
  fix: "Fix all",
  indicators: "Compute indicators",
  merge: "Merge reports",
  pickFiles: "Choose report files (.xlsx, several allowed)",
  filesPicked: (n) => `${n} file${n === 1 ? "" : "s"} chosen`,
  working: {
    insertTemplate: "Inserting the template…",
    validate: "Validating…",
    clearMarks: "Clearing marks…",
    fix: "Fixing…",
    indicators: "Computing indicators…",
    parse: (done, total) => `Reading file ${done} of ${total}…`,
    merge: "Merging…",
  },
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  status: { accepted: "Merged", rejected: "Not merged", superseded: "Superseded" },
  templateInserted: (written, kept) =>
    kept.length === 0
      ? `Inserted ${written} template sheets.`
      : `Inserted ${written} template sheets; sheets already there were left as they are: ${kept.join(", ")}.`,
  noIssues: "No issues found.",
  validated: (e, w, i) =>
    `Validated: ${e} errors, ${w} warnings, ${i} notes. Error and warning cells are marked.`,
  fixable: (n) => `${n} of them can be fixed with Fix all.`,
  fixed: (n) => `Fixed ${n} cells and validated again.`,
  marksCleared: "Marks cleared; the cells have their own fills back.",
  indicatorsWritten: (v, p) => `Wrote 汇总 and 村级指标: ${v} villages, period ${p}.`,
  indicatorsRejected:
    "This workbook has errors that block it: nothing of it counts. Validate and correct it first.",
  merged: (n, p) => `Merged ${n} files, period ${p}. The results are written to the sheets.`,
  mergeError: {
    "masked-into": "This consolidated workbook has masked IDs and cannot be merged into.",
    "period-conflict": "The chosen files are for another period than this consolidated workbook.",
    "no-readable-submission": "None of the chosen files could be read.",
    "no-period": "No period: none of the chosen files has a valid submission form.",
    "not-consolidated":
      "Merging needs a consolidated workbook (or a blank one) open. This workbook is a submission.",
  },
  noFiles: "Choose the report files to merge first.",
  failed: "Failed",
  ok: "OK",
  goTo: (cell) => `Go to ${cell}`,
  files: "Files",
  agency: "Agency",
  rowsMerged: "Rows merged",
  issues: "Issues",
  unreadableFile: "Unreadable",
  configError:
    "The deployed configuration is invalid, so the assistant cannot be used. Please contact the IT department that deployed it.",
  sheetTooLarge: (sheet, a) =>
    `The used range ${a} of sheet "${sheet}" has over 5 million cells and cannot be read. There is probably stray content far from the data: delete it and try again.`,
};

export const STRINGS: { readonly [L in Lang]: Strings } = { "zh-CN": zh, en };
