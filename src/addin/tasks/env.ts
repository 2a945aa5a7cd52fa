import type { Config } from "../../core/config";
import { planConsolidated } from "../../core/consolidated/plan";
import type { ConsolidatedSheets } from "../../core/consolidated/plan";
import type { MergeResult } from "../../core/merge/types";
import type { Lang } from "../../core/spec/types";

/** Excel.run, or the in-memory host's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What every task needs besides Excel. */
export interface TaskEnv {
  readonly run: ExcelRun;
  readonly config: Config;
  readonly lang: Lang;
  /** aidsheet's version, stamped into consolidated workbooks. */
  readonly version: string;
  /** The time now as ISO 8601 UTC. */
  readonly now: () => string;
}

/** The language of the UI: Chinese when Office's display language is, English otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** The consolidated sheets of a merge as the add-in writes them: never masked, stamped now. */
export function planSheets(result: MergeResult, env: TaskEnv): ConsolidatedSheets {
  return planConsolidated(result, {
    mask: false,
    createdAt: env.now(),
    version: env.version,
    lang: env.lang,
  });
}
