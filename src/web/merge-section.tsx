import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { consolidateErrorText, summaryLines } from "../app";
import type {
  ColumnKind,
  MergeReportJson,
  PlanValue,
  PlannedSheet,
  RegisterReportJson,
} from "../core";
import { MergeReport } from "../browser/merge-report";
import { readFilesInWorkers } from "../browser/read-files";
import { saveAs } from "./download";
import { FilePicker } from "./file-picker";
import { Working, useSectionStyles } from "./working";
import type { Busy } from "./working";
import type { PageEnv } from "./validate-section";
import { runWork } from "./work";
import type { WorkReply } from "./work";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  // As wide as its columns need: one line per header, the scroll bar beneath when too wide.
  table: { width: "max-content" },
  header: { whiteSpace: "nowrap" },
  summary: { whiteSpace: "pre-line" },
});

type Merged = Extract<WorkReply, { kind: "merged" }>;

const NUMBER_STYLES: Partial<Record<ColumnKind, Intl.NumberFormatOptions>> = {
  money: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  rate: { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 },
  ratio: { maximumFractionDigits: 2 },
  decimal: { maximumFractionDigits: 2 },
  count: { maximumFractionDigits: 0 },
};

/** A value as the workbook's number format shows it, roughly: the table is for reading. */
function shown(value: PlanValue, kind: ColumnKind, lang: string): string {
  if (typeof value !== "number") return value ?? "";
  return value.toLocaleString(lang, { useGrouping: false, ...NUMBER_STYLES[kind] });
}

function IndicatorTable(props: { sheet: PlannedSheet; label: string; lang: string }) {
  const styles = useStyles();
  const { sheet } = props;
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={props.label} className={styles.table}>
        <TableHeader>
          <TableRow>
            {sheet.columns.map((c) => (
              <TableHeaderCell key={c.header} className={styles.header}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sheet.rows.map((row, r) => (
            <TableRow key={r}>
              {row.map((value, c) => (
                <TableCell key={c}>
                  {shown(value, sheet.columns[c]?.kind ?? "text", props.lang)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** 合并报送: the files merged as `aidsheet merge` merges them, the workbook and report to download. */
export function MergeSection(props: { env: PageEnv }) {
  const { env } = props;
  const s = env.strings;
  const styles = useStyles();
  const layout = useSectionStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [into, setInto] = useState<File[]>([]);
  const [pairings, setPairings] = useState<File[]>([]);
  const [mask, setMask] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [merged, setMerged] = useState<Merged | null>(null);
  // A register is merged afresh: the paired workflow's options are not offered.
  const paired = env.standard.workflow === "paired";

  const merge = async () => {
    setProblem(null);
    setMerged(null);
    if (files.length === 0) return setProblem(s.noFiles);
    const total = files.length + into.length;
    setBusy({ label: s.reading(0, total), value: 0 });
    try {
      const progress = (done: number) =>
        setBusy({ label: s.reading(done, total), value: done / total });
      const reads = await readFilesInWorkers(files, env, { onProgress: progress });
      const [intoRead] = paired ? await readFilesInWorkers(into, env) : [];
      const [pairingList] = paired ? pairings : [];
      setBusy({ label: s.merging });
      const reply = await runWork({
        kind: "merge",
        reads,
        into: intoRead ?? null,
        pairings: pairingList
          ? { name: pairingList.name, bytes: await pairingList.arrayBuffer() }
          : null,
        config: env.config,
        standard: env.standard.source,
        mask,
        lang: env.lang,
        now: new Date().toISOString(),
        version: env.version,
      });
      if (reply.kind === "merged") setMerged(reply);
      else if (reply.kind === "refused") setProblem(consolidateErrorText(reply.error, env.lang));
      else if (reply.kind === "pairings-unreadable")
        setProblem(s.pairingsUnreadable(reply.missing));
      else setProblem(`${s.failed}: ${reply.kind === "failed" ? reply.message : reply.kind}`);
    } catch (error) {
      setProblem(`${s.failed}: ${String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const report = merged && (JSON.parse(merged.report) as MergeReportJson | RegisterReportJson);
  const period = merged?.summary.workflow === "paired" ? merged.summary.period : null;
  return (
    <section className={layout.section} aria-labelledby="merge-title">
      <Subtitle2 as="h2" id="merge-title">
        {s.mergeSection}
      </Subtitle2>
      <FilePicker
        name="merge-files"
        label={s.pickSubmissions}
        hint={s.filesPicked(files.length)}
        multiple
        disabled={busy !== null}
        onFiles={setFiles}
      />
      {paired ? (
        <>
          <FilePicker
            name="merge-into"
            label={s.pickInto}
            hint={s.filesPicked(into.length)}
            multiple={false}
            disabled={busy !== null}
            onFiles={setInto}
          />
          <FilePicker
            name="merge-pairings"
            accept=".xlsx,.csv"
            label={s.pickPairings}
            hint={s.filesPicked(pairings.length)}
            multiple={false}
            disabled={busy !== null}
            onFiles={setPairings}
          />
        </>
      ) : (
        <Text data-testid="register-merge">{s.registerMerge}</Text>
      )}
      <Checkbox
        label={s.mask}
        checked={mask}
        disabled={busy !== null}
        onChange={(_e, data) => setMask(data.checked === true)}
      />
      <div className={layout.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void merge()}>
          {s.merge}
        </Button>
        <Button
          disabled={!merged}
          onClick={() => merged && saveAs(merged.workbook, s.workbookName(period))}
        >
          {s.downloadWorkbook}
        </Button>
        <Button
          disabled={!merged}
          onClick={() =>
            merged &&
            saveAs(new Blob([merged.report], { type: "application/json" }), s.reportName(period))
          }
        >
          {s.downloadReport}
        </Button>
      </div>
      <Working busy={busy} problem={problem} />
      {merged && report && (
        <>
          <MessageBar
            intent={merged.summary.issues.error > 0 ? "warning" : "success"}
            role="status"
          >
            <MessageBarBody className={styles.summary} data-testid="merge-summary">
              {summaryLines(merged.summary, env.lang, null).join("\n")}
            </MessageBarBody>
          </MessageBar>
          {merged.areas && (
            <>
              <Subtitle2 as="h3">{s.areaIndicators}</Subtitle2>
              <IndicatorTable sheet={merged.areas} label={s.areaIndicators} lang={env.lang} />
            </>
          )}
          <Subtitle2 as="h3">{s.indicators}</Subtitle2>
          <IndicatorTable sheet={merged.indicators} label={s.indicators} lang={env.lang} />
          <MergeReport report={report} strings={s} />
        </>
      )}
    </section>
  );
}
