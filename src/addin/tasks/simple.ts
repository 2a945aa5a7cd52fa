import { planTemplate } from "../../core";
import { insertTemplate } from "../office/insert-template";
import type { WriteResult } from "../office/write-sheets";
import { clearMarks } from "../office/marks";
import { selectCell } from "../office/select-cell";
import type { TaskEnv } from "./env";

/** 插入模板: the template's sheets, from the same plan as the template file. */
export function runInsertTemplate(env: TaskEnv): Promise<WriteResult> {
  return env.run((context) =>
    insertTemplate(context, planTemplate(env.lang, env.config, env.standard)),
  );
}

/** 清除标记: remove our highlights, so that every cell shows its own fill again. */
export function runClearMarks(env: TaskEnv): Promise<void> {
  return env.run(clearMarks);
}

/** Go to an issue's cell. */
export function runSelect(env: TaskEnv, sheetName: string, cell: string | null): Promise<void> {
  return env.run((context) => selectCell(context, sheetName, cell));
}
