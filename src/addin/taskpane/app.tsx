import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
} from "@fluentui/react-components";
import { useReducer } from "react";
import type { TaskEnv } from "../tasks/env";
import type { IssueRow } from "../../browser/issue-groups";
import { IssueList } from "../../browser/issue-list";
import { MergeReport } from "../../browser/merge-report";
import {
  clearMarksAction,
  fixAction,
  indicatorsAction,
  insertTemplateAction,
  mergeAction,
  perform,
  selectAction,
  validateAction,
} from "./actions";
import type { Outcome } from "./state";
import { INITIAL_STATE, reduce } from "./state";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** In place of the taskpane when the deployed configuration cannot be used. */
export function ConfigProblem(props: { errors: readonly string[]; strings: Strings }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{props.strings.title}</Title3>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{props.strings.configError}</MessageBarTitle>
          {props.errors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

/** The taskpane: the actions (docs/addin.md), their progress, outcome and results. */
export function App(props: { env: TaskEnv; strings: Strings }) {
  const { env, strings: s } = props;
  const styles = useStyles();
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const busy = state.busy !== null;
  const act = (label: string, work: () => Promise<Outcome>) => () =>
    void perform(dispatch, label, s, work);
  const select = (row: IssueRow) =>
    row.sheetName && void selectAction(env, dispatch, s, row.sheetName, row.cell);

  return (
    <main className={styles.root}>
      <Title3 as="h1">{s.title}</Title3>
      <Subtitle2 as="h2">{s.staffSection}</Subtitle2>
      <div className={styles.buttons}>
        <Button
          disabled={busy}
          onClick={act(s.working.insertTemplate, () => insertTemplateAction(env, s))}
        >
          {s.insertTemplate}
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={act(s.working.validate, () => validateAction(env, s))}
        >
          {s.validate}
        </Button>
        <Button disabled={busy} onClick={act(s.working.clearMarks, () => clearMarksAction(env, s))}>
          {s.clearMarks}
        </Button>
        <Button disabled={busy} onClick={act(s.working.fix, () => fixAction(env, s))}>
          {s.fix}
        </Button>
        <Button disabled={busy} onClick={act(s.working.indicators, () => indicatorsAction(env, s))}>
          {s.indicators}
        </Button>
      </div>
      <Divider />
      <Subtitle2 as="h2">{s.coordinatorSection}</Subtitle2>
      {env.standard.workflow === "register" && (
        <Text data-testid="register-merge">{s.registerMerge}</Text>
      )}
      <Field label={s.pickFiles} hint={s.filesPicked(state.files.length)}>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          disabled={busy}
          onChange={(e) => dispatch({ type: "files", files: [...(e.target.files ?? [])] })}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          disabled={busy}
          onClick={() =>
            void perform(dispatch, s.working.merge, s, (progress) =>
              mergeAction(env, s, state.files, progress),
            )
          }
        >
          {s.merge}
        </Button>
      </div>
      {state.busy && (
        <Field validationMessage={state.busy.label} validationState="none">
          <ProgressBar value={state.busy.value} />
        </Field>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} role="status">
          <MessageBarBody>
            {state.notice.title && <MessageBarTitle>{state.notice.title}</MessageBarTitle>}
            {state.notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result?.kind === "validation" && (
        <IssueList groups={state.result.view.groups} strings={s} onSelect={select} />
      )}
      {state.result?.kind === "merge" && <MergeReport report={state.result.report} strings={s} />}
    </main>
  );
}
