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
import type { Severity } from "../../core";
import type { IssueGroup, IssueRow, SeverityCounts } from "../tasks/issue-view";
import type { Strings } from "./strings";

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
  cell: { minWidth: "36px", fontFamily: tokens.fontFamilyMonospace },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function Counts(props: { counts: SeverityCounts; strings: Strings }) {
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

function IssueItem(props: { row: IssueRow; strings: Strings; onSelect: (row: IssueRow) => void }) {
  const styles = useStyles();
  const { row } = props;
  const clickable = row.sheetName !== null;
  return (
    <Button
      appearance="subtle"
      className={styles.row}
      disabled={!clickable}
      title={row.cell ? props.strings.goTo(row.cell) : undefined}
      data-issue-code={row.code}
      data-issue-cell={row.cell ?? ""}
      onClick={() => props.onSelect(row)}
    >
      <Badge
        size="extra-small"
        color={BADGE_COLOR[row.severity]}
        aria-label={props.strings.severity[row.severity]}
      />
      <Text className={styles.cell}>{row.cell ?? ""}</Text>
      <Text>{row.message}</Text>
    </Button>
  );
}

/** Issues grouped by sheet, each group with its counts; a click selects the issue's cell. */
export function IssueList(props: {
  groups: readonly IssueGroup[];
  strings: Strings;
  onSelect: (row: IssueRow) => void;
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
