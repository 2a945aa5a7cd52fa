import { DEFAULT_CONFIG } from "../../core/config";
import { langOf } from "../tasks/env";
import { recalculateIndicators } from "./recalculate";

Office.onReady(() => {
  Office.actions.associate("recalculateIndicators", (event: Office.AddinCommands.Event) =>
    recalculateIndicators(event, {
      task: {
        run: (batch) => Excel.run(batch),
        config: DEFAULT_CONFIG,
        lang: langOf(Office.context.displayLanguage),
        version: AIDSHEET_VERSION,
        now: () => new Date().toISOString(),
      },
      ui: Office.context.ui,
      base: location.href,
    }),
  );
});
