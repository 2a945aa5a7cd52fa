import { loadDeployedConfig, loadDeployedStandard } from "../../browser/deployed-config";
import { langOf } from "../../browser/lang";
import { recalculateIndicators } from "./recalculate";

void Office.onReady(() => {
  Office.actions.associate("recalculateIndicators", (event: Office.AddinCommands.Event) => {
    const lang = langOf(Office.context.displayLanguage);
    void recalculateIndicators(event, {
      task: {
        run: (batch) => Excel.run(batch),
        lang,
        version: AIDSHEET_VERSION,
        now: () => new Date().toISOString(),
      },
      config: () => loadDeployedConfig(location.href, lang),
      standard: () => loadDeployedStandard(location.href, lang),
      ui: Office.context.ui,
      base: location.href,
    });
  });
});
