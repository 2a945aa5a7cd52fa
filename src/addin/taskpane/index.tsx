import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadDeployedConfig } from "../../browser/deployed-config";
import type { TaskEnv } from "../tasks/env";
import { langOf } from "../../browser/lang";
import { App, ConfigProblem } from "./app";
import { STRINGS } from "./strings";

void Office.onReady(async () => {
  const lang = langOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById("container")!);
  const loaded = await loadDeployedConfig(location.href, lang);
  if (!loaded.ok) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ConfigProblem errors={loaded.errors} strings={STRINGS[lang]} />
      </FluentProvider>,
    );
    return;
  }
  const env: TaskEnv = {
    run: (batch) => Excel.run(batch),
    config: loaded.config,
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
