import {
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
} from "@fluentui/react-components";

/** What a section is doing: a label, and how far along when that is known. */
export type Busy = { readonly label: string; readonly value?: number } | null;

export const useSectionStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** A section's progress while it works, and what went wrong when something did. */
export function Working(props: { busy: Busy; problem: string | null }) {
  const { busy, problem } = props;
  return (
    <>
      {busy && (
        <Field validationMessage={busy.label} validationState="none">
          <ProgressBar value={busy.value} />
        </Field>
      )}
      {problem && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
