import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { validateFiles } from "../app";
import type { Config, Lang, Standard, SubmissionFile } from "../core";
import { groupIssues, totalCounts } from "../browser/issue-groups";
import { IssueList } from "../browser/issue-list";
import { readInputs } from "../browser/read-files";
import { saveAs } from "./download";
import { FilePicker } from "./file-picker";
import { Working, useSectionStyles } from "./working";
import type { Busy } from "./working";
import type { Strings } from "./strings";
import { runWork } from "./work";

export interface PageEnv {
  readonly config: Config;
  /** The deployed standard (a region's extension of 2018's), or 2018's. */
  readonly standard: Standard;
  readonly lang: Lang;
  readonly version: string;
  readonly strings: Strings;
}

function FileIssues(props: { file: SubmissionFile; env: PageEnv }) {
  const { file, env } = props;
  const groups = groupIssues(file.read.issues, env.lang, env.standard);
  const { error, warning, info } = totalCounts(groups);
  return (
    <section data-file={file.file}>
      <Text weight="semibold">{file.file}</Text>{" "}
      <Text>
        {error + warning + info === 0
          ? env.strings.noIssues
          : env.strings.fileCounts(error, warning, info)}
      </Text>
      <IssueList groups={groups} strings={env.strings} />
    </section>
  );
}

/** 校验: each file validated on its own, as `aidsheet validate` does. */
export function ValidateSection(props: { env: PageEnv }) {
  const { env } = props;
  const s = env.strings;
  const styles = useSectionStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [validated, setValidated] = useState<readonly SubmissionFile[]>([]);

  const validate = async () => {
    setProblem(null);
    if (files.length === 0) return setProblem(s.noFiles);
    setBusy({ label: s.reading(0, files.length), value: 0 });
    try {
      const inputs = await readInputs(files, env, {
        records: false,
        onProgress: (done) =>
          setBusy({ label: s.reading(done, files.length), value: done / files.length }),
      });
      setValidated(validateFiles(inputs, env.config, env.standard));
    } catch (error) {
      setProblem(`${s.failed}: ${String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    setBusy({ label: s.writing });
    const reply = await runWork({
      kind: "issue-list",
      files: validated.map((f) => ({ file: f.file, issues: f.read.issues })),
      standard: env.standard.source,
      lang: env.lang,
      now: new Date().toISOString(),
      version: env.version,
    });
    setBusy(null);
    if (reply.kind === "issue-list") saveAs(reply.workbook, s.issueListName);
    else setProblem(`${s.failed}: ${reply.kind === "failed" ? reply.message : reply.kind}`);
  };

  return (
    <section className={styles.section} aria-labelledby="validate-title">
      <Subtitle2 as="h2" id="validate-title">
        {s.validateSection}
      </Subtitle2>
      <FilePicker
        name="validate-files"
        label={s.pickSubmissions}
        hint={s.filesPicked(files.length)}
        multiple
        disabled={busy !== null}
        onFiles={setFiles}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void validate()}>
          {s.validate}
        </Button>
        <Button disabled={busy !== null || validated.length === 0} onClick={() => void download()}>
          {s.downloadIssues}
        </Button>
      </div>
      <Working busy={busy} problem={problem} />
      {validated.map((f, i) => (
        <FileIssues key={i} file={f} env={env} />
      ))}
    </section>
  );
}
