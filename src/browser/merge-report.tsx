import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { FileStatus, MergeReportJson, RegisterReportJson, RowCounts } from "../core";

/** The texts a merge report shows, in the page's language. */
export interface MergeReportStrings {
  readonly files: string;
  readonly agency: string;
  readonly rowsMerged: string;
  readonly issues: string;
  readonly unreadableFile: string;
  readonly status: { readonly [S in FileStatus]: string };
}

function mergedRows(rows: Readonly<Record<string, RowCounts>>): number {
  return Object.values(rows).reduce((sum, counts) => sum + counts.merged, 0);
}

/**
 * The merge report: each file's status and rows (and agency, for paired reports), then the issues
 * by file.
 */
export function MergeReport(props: {
  report: MergeReportJson | RegisterReportJson;
  strings: MergeReportStrings;
}) {
  const { report, strings: s } = props;
  // A register has no agency: its files are exports of one system.
  const agencies = !("standard" in report);
  return (
    <>
      <Table size="small" aria-label={s.files}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.files}</TableHeaderCell>
            {agencies && <TableHeaderCell>{s.agency}</TableHeaderCell>}
            <TableHeaderCell>{s.rowsMerged}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.files.map((f) => (
            <TableRow key={f.file} data-file-status={f.status}>
              <TableCell>{f.file}</TableCell>
              {"agency_name" in f && <TableCell>{f.agency_name ?? s.unreadableFile}</TableCell>}
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
