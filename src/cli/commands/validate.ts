import { MESSAGES, pickLabel, toIssueJson, toValidateReportJson } from "../../core";
import type { Issue, Lang, Standard, SubmissionFile } from "../../core";
import { checkInputsExist, expandInputs } from "../files";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";
import { hasErrors } from "../../app";
import { validateSubmissionFiles } from "../../xlsx/read-submissions";
import { startProgress } from "../progress";

export interface ValidateOptions extends CommonOptions {
  readonly json?: boolean;
}

/** `aidsheet validate INPUT...`: each file on its own (docs/cli.md). Returns the exit code. */
export async function runValidate(
  paths: string[],
  opts: ValidateOptions,
  out: Output,
): Promise<number> {
  await checkInputsExist(paths, opts.lang);
  const files = await expandInputs(paths, opts.lang);
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard, opts.lang);
  const progress = await startProgress(out, files.length, MESSAGES[opts.lang].cli.reading);
  const read = await validateSubmissionFiles(files, config, {
    standard,
    onFileDone: progress.tick,
  }).finally(progress.stop);
  if (opts.json) {
    out.stdout(JSON.stringify(toValidateReportJson(read, opts.lang, standard.sheets), null, 2));
  } else {
    for (const f of read) printText(f, opts.lang, standard, out);
  }
  return read.some((f) => hasErrors(f.read.issues)) ? 1 : 0;
}

function sheetLabel(issue: Issue, lang: Lang, standard: Standard): string {
  if (issue.sheetName !== undefined) return issue.sheetName;
  if (issue.sheet === null) return "";
  const spec = standard.sheets.find((s) => s.key === issue.sheet);
  return spec ? pickLabel(spec.name, lang) : issue.sheet;
}

function printText(f: SubmissionFile, lang: Lang, standard: Standard, out: Output): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of f.read.issues) {
    counts[issue.severity]++;
    const json = toIssueJson(issue, lang, standard.sheets);
    out.stdout(
      `${f.file}!${sheetLabel(issue, lang, standard)}!${issue.cell ?? ""} ${issue.severity} ${issue.code} ${json.message}`,
    );
  }
  out.stdout(MESSAGES[lang].cli.fileCounts(f.file, counts.error, counts.warning, counts.info));
}
