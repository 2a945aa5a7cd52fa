import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { DEFAULT_CONFIG } from "../../core/config";
import type { TaskEnv } from "../tasks/env";
import { langOf } from "../tasks/env";
import { App } from "./app";
import { STRINGS } from "./strings";

Office.onReady(() => {
  const lang = langOf(Office.context.displayLanguage);
  const env: TaskEnv = {
    run: (batch) => Excel.run(batch),
    config: DEFAULT_CONFIG,
    lang,
    version: AIDSHEET_VERSION,
    now: () => new Date().toISOString(),
  };
  document.documentElement.lang = lang;
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={webLightTheme}>
      <App env={env} strings={STRINGS[lang]} />
    </FluentProvider>,
  );
});
