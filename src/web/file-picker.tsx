import { Field, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  zone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
});

const XLSX = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file input that also takes files dropped on it, of the kinds it accepts (.xlsx by default). */
export function FilePicker(props: {
  label: string;
  accept?: string;
  hint: string;
  multiple: boolean;
  disabled: boolean;
  name: string;
  onFiles: (files: File[]) => void;
}) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const accept = props.accept ?? XLSX;
  const extensions = accept.split(",").filter((a) => a.startsWith("."));
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].filter((f) =>
      extensions.some((e) => f.name.toLowerCase().endsWith(e)),
    );
    props.onFiles(props.multiple ? files : files.slice(0, 1));
  };
  return (
    <Field label={props.label} hint={props.hint}>
      <div
        className={over ? `${styles.zone} ${styles.over}` : styles.zone}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!props.disabled) take(e.dataTransfer.files);
        }}
      >
        <input
          type="file"
          name={props.name}
          accept={accept}
          multiple={props.multiple}
          disabled={props.disabled}
          onChange={(e) => take(e.target.files)}
        />
      </div>
    </Field>
  );
}
