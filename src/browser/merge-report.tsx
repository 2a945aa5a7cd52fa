import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { DATA_SHEETS } from "../core";
import type { FileStatus, MergeReportJson } from "../core";

/** The texts a merge report shows, in the page's language. */
export interface MergeReportStrings {
  readonly files: string;
  readonly agency: string;
  readonly rowsMerged: string;
  readonly issues: string;
  readonly unreadableFile: string;
  readonly status: { readonly [S in FileStatus]: string };
}

function mergedRows(rows: MergeReportJson["totals"]): number {
  return DATA_SHEETS.reduce((sum, sheet) => sum + rows[sheet].merged, 0);
}

/** The merge report: each file's status and rows, then the issues by file. */
export function MergeReport(props: { report: MergeReportJson; strings: MergeReportStrings }) {
  const { report, strings: s } = props;
  return (
    <>
      <Table size="small" aria-label={s.files}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.files}</TableHeaderCell>
            <TableHeaderCell>{s.agency}</TableHeaderCell>
            <TableHeaderCell>{s.rowsMerged}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.files.map((f) => (
            <TableRow key={f.file} data-file-status={f.status}>
              <TableCell>{f.file}</TableCell>
              <TableCell>{f.agency_name ?? s.unreadableFile}</TableCell>
              <TableCell>
                {mergedRows(f.rows)} · {s.status[f.status]}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {report.issues.length > 0 && (
        <>
          <Text weight="semibold">
            {s.issues} ({report.issues.length})
          </Text>
          <ul>
            {report.issues.map((issue, i) => (
              <li key={i}>
                <Text size={200}>
                  {[issue.file, issue.cell].filter(Boolean).join(" ")} {issue.message}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
