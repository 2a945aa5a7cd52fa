import type { Stamp } from "../../app";
import type { Config, Lang, Standard } from "../../core";

/** Excel.run, or the in-memory host's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What every task needs besides Excel. */
export interface TaskEnv {
  readonly run: ExcelRun;
  readonly config: Config;
  /** The deployed standard (a region's extension of 2018's), or 2018's. */
  readonly standard: Standard;
  readonly lang: Lang;
  /** aidsheet's version, stamped into consolidated workbooks. */
  readonly version: string;
  /** The time now as ISO 8601 UTC. */
  readonly now: () => string;
}

/** What a written workbook is stamped with, now. */
export function stampOf(env: TaskEnv): Stamp {
  return { lang: env.lang, now: env.now(), version: env.version };
}
