import { consolidateErrorText } from "../../app";
import { messageUrl } from "../message/message-url";
import type { Message } from "../message/message-url";
import { errorText } from "../taskpane/error-text";
import { STRINGS } from "../taskpane/strings";
import type { Strings } from "../taskpane/strings";
import { JIEDUI_2018 } from "../../core";
import type { DeployedConfig, DeployedStandard } from "../../browser/deployed-config";
import type { TaskEnv } from "../tasks/env";
import { runIndicators } from "../tasks/indicators";

/** The part of `Office.context.ui` a command uses (DialogApi 1.1). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/** What 重算指标 needs: the tasks' environment, the dialog API and its own page's URL. */
export interface CommandEnv {
  readonly task: Omit<TaskEnv, "config" | "standard">;
  /** The deployed configuration (loadDeployedConfig), read at each click. */
  readonly config: () => Promise<DeployedConfig>;
  /** The deployed standard (loadDeployedStandard), read at each click; 2018's without it. */
  readonly standard?: () => Promise<DeployedStandard>;
  readonly ui: DialogUi;
  /** The commands page's URL; the message page is beside it. */
  readonly base: string;
}

// Percent of the screen.
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

/** Why recomputing failed, in the taskpane's words for 计算指标; null when it worked. */
async function recalculate(env: CommandEnv, s: Strings): Promise<Message | null> {
  const [config, standard] = await Promise.all([
    env.config(),
    env.standard?.() ?? { ok: true as const, standard: JIEDUI_2018 },
  ]);
  if (!config.ok || !standard.ok) {
    const errors = [...(config.ok ? [] : config.errors), ...(standard.ok ? [] : standard.errors)];
    return { title: s.configError, text: errors.join("\n") };
  }
  try {
    const outcome = await runIndicators({
      ...env.task,
      config: config.config,
      standard: standard.standard,
    });
    if (outcome.ok) return null;
    return { text: consolidateErrorText(outcome.error, env.task.lang) };
  } catch (error) {
    console.error("aidsheet: 重算指标 failed", error);
    // The error's own message and code: nothing read from the workbook's cells.
    return { title: s.failed, text: errorText(error, s) };
  }
}

/** Show `message` in a dialog; `done` once it is closed, or at once if it cannot open. */
function showMessage(env: CommandEnv, message: Message, done: () => void): void {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  try {
    const url = messageUrl(env.base, env.task.lang, message);
    env.ui.displayDialogAsync(url, DIALOG_OPTIONS, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        console.error("aidsheet: no dialog for 重算指标", result.error.code, result.error.message);
        finish();
        return;
      }
      const dialog = result.value;
      // The page's OK sends a message; the dialog is closed from here, as the API requires.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      // Closed with its X, or its page did not load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    });
  } catch (error) {
    // An Office without DialogApi 1.1 has no displayDialogAsync.
    console.error("aidsheet: no dialog for 重算指标", error);
    finish();
  }
}

/**
 * 重算指标: recompute 汇总 and 村级指标 of the open workbook; a failure is shown in a dialog. The event
 * completes once the dialog is closed: completing ends this page's runtime, and with it the
 * handler that closes the dialog on its OK (Office ends the runtime after 5 minutes anyway).
 */
export async function recalculateIndicators(
  event: Pick<Office.AddinCommands.Event, "completed">,
  env: CommandEnv,
): Promise<void> {
  const message = await recalculate(env, STRINGS[env.task.lang]);
  if (message) showMessage(env, message, () => event.completed());
  else event.completed();
}
