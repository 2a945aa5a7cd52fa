import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadDeployedConfig, loadDeployedStandard } from "../browser/deployed-config";
import { langOf } from "../browser/lang";
import { MergeSection } from "./merge-section";
import { STRINGS } from "./strings";
import type { Strings } from "./strings";
import { ValidateSection } from "./validate-section";
import type { PageEnv } from "./validate-section";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "16px",
    padding: "16px",
    maxWidth: "1100px",
    margin: "0 auto",
  },
});

function Page(props: { strings: Strings; env: PageEnv | null; errors: readonly string[] }) {
  const styles = useStyles();
  const s = props.strings;
  return (
    <main className={styles.root}>
      <Title3 as="h1">{s.title}</Title3>
      <Text>{s.intro}</Text>
      {props.env ? (
        <>
          <ValidateSection env={props.env} />
          <MergeSection env={props.env} />
        </>
      ) : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {s.configError}
            {props.errors.map((e) => (
              <div key={e}>{e}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}

async function start(): Promise<void> {
  const lang = langOf(navigator.languages[0] ?? navigator.language);
  const strings = STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = strings.title;
  const [loaded, standard] = await Promise.all([
    loadDeployedConfig(location.href, lang),
    loadDeployedStandard(location.href, lang),
  ]);
  const env =
    loaded.ok && standard.ok
      ? {
          config: loaded.config,
          standard: standard.standard,
          lang,
          version: AIDSHEET_VERSION,
          strings,
        }
      : null;
  const errors = [...(loaded.ok ? [] : loaded.errors), ...(standard.ok ? [] : standard.errors)];
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={webLightTheme}>
      <Page strings={strings} env={env} errors={errors} />
    </FluentProvider>,
  );
}

void start();
