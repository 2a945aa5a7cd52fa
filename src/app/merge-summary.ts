import type { Completeness, FileStatus, Lang, MergeResult, Severity } from "../core";

/** What a consolidation comes to, counted as every host reports it (docs/cli.md). */
export interface MergeSummary {
  readonly period: string;
  readonly files: { readonly [S in FileStatus]: number } & { readonly total: number };
  readonly rows: {
    readonly merged: number;
    readonly rejected: number;
    readonly superseded: number;
  };
  readonly issues: { readonly [S in Severity]: number };
  readonly villages: number;
  readonly completeness: Completeness | null;
}

/** The counts of a consolidation: files by status, rows of every sheet, issues by severity. */
export function summarize(result: MergeResult): MergeSummary {
  const files = { total: result.files.length, accepted: 0, superseded: 0, rejected: 0 };
  for (const f of result.files) files[f.status]++;
  const rows = { merged: 0, rejected: 0, superseded: 0 };
  for (const c of Object.values(result.totals)) {
    rows.merged += c.merged;
    rows.rejected += c.rejected;
    rows.superseded += c.superseded;
  }
  const issues = { error: 0, warning: 0, info: 0 };
  for (const i of result.issues) issues[i.severity]++;
  return {
    period: result.period,
    files,
    rows,
    issues,
    villages: result.indicators.length,
    completeness: result.completeness,
  };
}

/** The summary as the CLI prints it, and the page shows it; `written` names the workbook written. */
export function summaryLines(summary: MergeSummary, lang: Lang, written: string | null): string[] {
  const { period, files, rows, issues, villages, completeness: c } = summary;
  const lines =
    lang === "en"
      ? [
          `Period ${period}: ${files.total} files (${files.accepted} accepted, ${files.superseded} superseded, ${files.rejected} rejected), ${villages} villages`,
          `Rows: ${rows.merged} merged, ${rows.rejected} rejected, ${rows.superseded} superseded`,
          `Issues: ${issues.error} errors, ${issues.warning} warnings, ${issues.info} infos`,
          ...(written ? [`Written: ${written}`] : []),
        ]
      : [
          `期间 ${period}：文件 ${files.total} 个（采用 ${files.accepted}，被替代 ${files.superseded}，未采用 ${files.rejected}），村 ${villages} 个`,
          `数据行：合并 ${rows.merged}，未合并 ${rows.rejected}，被替代 ${rows.superseded}`,
          `问题：错误 ${issues.error}，警告 ${issues.warning}，提示 ${issues.info}`,
          ...(written ? [`已写入：${written}`] : []),
        ];
  if (c) {
    lines.push(
      lang === "en"
        ? `Completeness: ${c.received}/${c.expected} received, ${c.accepted} accepted`
        : `报送完成：应报 ${c.expected}，收到 ${c.received}，采用 ${c.accepted}`,
    );
  }
  return lines;
}
