import type { Issue } from "../../core/issues/issue";
import { toIssueJson } from "../../core/issues/render";
import { toValidateReportJson } from "../../core/validate/report";
import { sheetSpec } from "../../core/spec/sheets";
import type { Lang } from "../../core/spec/types";
import { checkInputsExist } from "../files";
import { loadConfig } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import type { SubmissionFile } from "../../core/model";
import { readSubmissionFiles } from "../../xlsx/read-submissions";
import { startProgress } from "../progress";

export interface ValidateOptions extends CommonOptions {
  readonly json?: boolean;
}

/** `aidsheet validate FILE...`: each file on its own (docs/cli.md). Returns the exit code. */
export async function runValidate(
  files: string[],
  opts: ValidateOptions,
  out: Output,
): Promise<number> {
  await checkInputsExist(files);
  const config = await loadConfig(opts.config);
  const progress = startProgress(out, files.length, opts.lang === "en" ? "Reading" : "读取");
  const read = await readSubmissionFiles(files, config, progress.tick).finally(progress.stop);
  if (opts.json) {
    out.stdout(JSON.stringify(toValidateReportJson(read, opts.lang), null, 2));
  } else {
    for (const f of read) printText(f, opts.lang, out);
  }
  return read.some((f) => f.read.issues.some((i) => i.severity === "error")) ? 1 : 0;
}

function sheetLabel(issue: Issue, lang: Lang): string {
  if (issue.sheetName !== undefined) return issue.sheetName;
  if (issue.sheet === null) return "";
  const name = sheetSpec(issue.sheet).name;
  return lang === "en" ? name.en : name.zh;
}

function printText(f: SubmissionFile, lang: Lang, out: Output): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of f.read.issues) {
    counts[issue.severity]++;
    const json = toIssueJson(issue, lang);
    out.stdout(
      `${f.file}!${sheetLabel(issue, lang)}!${issue.cell ?? ""} ${issue.severity} ${issue.code} ${json.message}`,
    );
  }
  out.stdout(
    lang === "en"
      ? `${f.file}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos`
      : `${f.file}：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`,
  );
}
