import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadDeployedConfig, loadDeployedStandard } from "../../browser/deployed-config";
import type { TaskEnv } from "../tasks/env";
import { langOf } from "../../browser/lang";
import { App, ConfigProblem } from "./app";
import { STRINGS } from "./strings";

void Office.onReady(async () => {
  const lang = langOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById("container")!);
  const [loaded, standard] = await Promise.all([
    loadDeployedConfig(location.href, lang),
    loadDeployedStandard(location.href, lang),
  ]);
  if (!loaded.ok || !standard.ok) {
    const errors = [...(loaded.ok ? [] : loaded.errors), ...(standard.ok ? [] : standard.errors)];
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ConfigProblem errors={errors} strings={STRINGS[lang]} />
      </FluentProvider>,
    );
    return;
  }
  const env: TaskEnv = {
    run: (batch) => Excel.run(batch),
    config: loaded.config,
    standard: standard.standard,
    lang,
    version: AIDSHEET_VERSION,
    now: () => new Date().toISOString(),
  };
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App env={env} strings={STRINGS[lang]} />
    </FluentProvider>,
  );
});
