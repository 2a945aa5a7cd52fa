import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../core";
import type { IssueGroup, IssueRow, SeverityCounts } from "./issue-groups";

/** The texts an issue list shows, in the page's language. */
export interface IssueListStrings {
  readonly severity: { readonly [S in Severity]: string };
  readonly goTo: (cell: string) => string;
}

const useStyles = makeStyles({
  counts: { display: "flex", gap: "4px", marginLeft: "8px" },
  row: {
    display: "flex",
    alignItems: "flex-start",
    gap: "8px",
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
  },
  plainRow: { padding: "4px 12px" },
  cell: { minWidth: "36px", fontFamily: tokens.fontFamilyMonospace },
  field: { minWidth: "6em", color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function Counts(props: { counts: SeverityCounts; strings: IssueListStrings }) {
  const styles = useStyles();
  return (
    <span className={styles.counts}>
      {SEVERITIES.filter((s) => props.counts[s] > 0).map((s) => (
        <Badge
          key={s}
          color={BADGE_COLOR[s]}
          aria-label={`${props.strings.severity[s]} ${props.counts[s]}`}
          title={props.strings.severity[s]}
        >
          {props.counts[s]}
        </Badge>
      ))}
    </span>
  );
}

function IssueContent(props: { row: IssueRow; strings: IssueListStrings; withField: boolean }) {
  const styles = useStyles();
  const { row } = props;
  return (
    <>
      <Badge
        size="extra-small"
        color={BADGE_COLOR[row.severity]}
        aria-label={props.strings.severity[row.severity]}
      />
      <Text className={styles.cell}>{row.cell ?? ""}</Text>
      {props.withField && <Text className={styles.field}>{row.field ?? ""}</Text>}
      <Text>{row.message}</Text>
    </>
  );
}

function IssueItem(props: {
  row: IssueRow;
  strings: IssueListStrings;
  onSelect?: ((row: IssueRow) => void) | undefined;
}) {
  const styles = useStyles();
  const { row, onSelect } = props;
  if (!onSelect) {
    return (
      <div
        className={`${styles.row} ${styles.plainRow}`}
        data-issue-code={row.code}
        data-issue-cell={row.cell ?? ""}
      >
        <IssueContent row={row} strings={props.strings} withField />
      </div>
    );
  }
  return (
    <Button
      appearance="subtle"
      className={styles.row}
      disabled={row.sheetName === null}
      title={row.cell ? props.strings.goTo(row.cell) : undefined}
      data-issue-code={row.code}
      data-issue-cell={row.cell ?? ""}
      onClick={() => onSelect(row)}
    >
      <IssueContent row={row} strings={props.strings} withField={false} />
    </Button>
  );
}

/**
 * Issues grouped by sheet, each group with its counts. With `onSelect` (the taskpane) a click
 * goes to the issue's cell; without (the web page, which has no workbook open) rows name their field.
 */
export function IssueList(props: {
  groups: readonly IssueGroup[];
  strings: IssueListStrings;
  onSelect?: (row: IssueRow) => void;
}) {
  return (
    <Accordion multiple collapsible defaultOpenItems={props.groups.map((g) => g.title)}>
      {props.groups.map((group) => (
        <AccordionItem key={group.title} value={group.title}>
          <AccordionHeader>
            {group.title}
            <Counts counts={group.counts} strings={props.strings} />
          </AccordionHeader>
          <AccordionPanel>
            {group.rows.map((row) => (
              <IssueItem key={row.id} row={row} strings={props.strings} onSelect={props.onSelect} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
