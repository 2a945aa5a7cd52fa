import { DEFAULT_CONFIG } from "../../core/config";
import type { TaskEnv } from "../tasks/env";
import { langOf } from "../tasks/env";
import { runIndicators } from "../tasks/indicators";

/** 重算指标: recompute 村级指标 of the open workbook without the taskpane. */
async function recalculateIndicators(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const env: TaskEnv = {
      run: (batch) => Excel.run(batch),
      config: DEFAULT_CONFIG,
      lang: langOf(Office.context.displayLanguage),
      version: AIDSHEET_VERSION,
      now: () => new Date().toISOString(),
    };
    await runIndicators(env);
  } catch (error) {
    // A ribbon command has no surface of its own; the taskpane's 计算指标 shows the reason.
    console.error("aidsheet: 重算指标 failed", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("recalculateIndicators", recalculateIndicators);
});
