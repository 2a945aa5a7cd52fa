import { consolidateErrorText } from "../../app";
import { readInputs } from "../../browser/read-files";
import type { ConsolidateError } from "../../app";
import type { TaskEnv } from "../tasks/env";
import { runIndicators } from "../tasks/indicators";
import { runMerge } from "../tasks/merge";
import { runClearMarks, runInsertTemplate, runSelect } from "../tasks/simple";
import { runFix, runValidate } from "../tasks/validate";
import type { ValidationView } from "../tasks/validate";
import { errorText } from "./error-text";
import type { Notice, Outcome, PaneAction } from "./state";
import type { Strings } from "./strings";

type Dispatch = (action: PaneAction) => void;

/** Run one action: busy while it runs, its outcome or its failure shown after. */
export async function perform(
  dispatch: Dispatch,
  label: string,
  strings: Strings,
  work: (progress: (label: string, value: number) => void) => Promise<Outcome>,
): Promise<void> {
  dispatch({ type: "start", label });
  try {
    const outcome = await work((text, value) => dispatch({ type: "progress", label: text, value }));
    dispatch({ type: "done", outcome });
  } catch (error) {
    dispatch({
      type: "notice",
      notice: { intent: "error", title: strings.failed, text: errorText(error, strings) },
    });
  }
}

export function validationNotice(view: ValidationView, s: Strings): Notice {
  const { error, warning, info } = view.counts;
  if (error + warning + info === 0) return { intent: "success", text: s.noIssues };
  const text =
    s.validated(error, warning, info) + (view.fixable > 0 ? s.fixable(view.fixable) : "");
  return { intent: error > 0 ? "error" : "warning", text };
}

export async function insertTemplateAction(env: TaskEnv, s: Strings): Promise<Outcome> {
  const { written, kept } = await runInsertTemplate(env);
  return { notice: { intent: "success", text: s.templateInserted(written.length, kept) } };
}

export async function validateAction(env: TaskEnv, s: Strings): Promise<Outcome> {
  const view = await runValidate(env);
  return { notice: validationNotice(view, s), result: { kind: "validation", view } };
}

export async function fixAction(env: TaskEnv, s: Strings): Promise<Outcome> {
  const { fixed, view } = await runFix(env);
  const after = validationNotice(view, s);
  return {
    notice: { intent: after.intent, text: `${s.fixed(fixed)} ${after.text}` },
    result: { kind: "validation", view },
  };
}

export async function clearMarksAction(env: TaskEnv, s: Strings): Promise<Outcome> {
  await runClearMarks(env);
  return { notice: { intent: "success", text: s.marksCleared } };
}

function consolidateErrorNotice(error: ConsolidateError, env: TaskEnv): Outcome {
  const intent = error.kind === "nothing-counts" ? "warning" : "error";
  return { notice: { intent, text: consolidateErrorText(error, env.lang) } };
}

export async function indicatorsAction(env: TaskEnv, s: Strings): Promise<Outcome> {
  const outcome = await runIndicators(env);
  if (!outcome.ok) return consolidateErrorNotice(outcome.error, env);
  return {
    notice: { intent: "success", text: s.indicatorsWritten(outcome.villages, outcome.period) },
  };
}

export async function mergeAction(
  env: TaskEnv,
  s: Strings,
  files: readonly File[],
  progress: (label: string, value: number) => void,
): Promise<Outcome> {
  if (files.length === 0) return { notice: { intent: "warning", text: s.noFiles } };
  const parsed = await readInputs(files, env, {
    onProgress: (done) => progress(s.working.parse(done, files.length), done / files.length),
  });
  progress(s.working.merge, 1);
  const outcome = await runMerge(env, parsed);
  if (!outcome.ok) return consolidateErrorNotice(outcome.error, env);
  const { report, summary } = outcome;
  const period = summary.workflow === "paired" ? summary.period : null;
  return {
    notice: {
      intent: summary.issues.error > 0 ? "warning" : "success",
      text: s.merged(summary.files, period),
    },
    result: { kind: "merge", report },
  };
}

/** Go to an issue's cell; a failure (a sheet renamed since) is shown, not thrown. */
export async function selectAction(
  env: TaskEnv,
  dispatch: Dispatch,
  s: Strings,
  sheetName: string,
  cell: string | null,
): Promise<void> {
  try {
    await runSelect(env, sheetName, cell);
  } catch (error) {
    dispatch({
      type: "notice",
      notice: { intent: "error", title: s.failed, text: errorText(error, s) },
    });
  }
}
