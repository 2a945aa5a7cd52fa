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

const XLSX = /\.xlsx$/i;

/** A file input that also takes .xlsx files dropped on it. */
export function FilePicker(props: {
  label: string;
  hint: string;
  multiple: boolean;
  disabled: boolean;
  name: string;
  onFiles: (files: File[]) => void;
}) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].filter((f) => XLSX.test(f.name));
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
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={props.multiple}
          disabled={props.disabled}
          onChange={(e) => take(e.target.files)}
        />
      </div>
    </Field>
  );
}
