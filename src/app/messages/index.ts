import type { Lang } from "../../core";
import type { ConsolidateError } from "../consolidate";
import type { AppMessages } from "./catalogue";
import { en } from "./en";
import { zhCN } from "./zh-CN";

export type { AppMessages, ErrorMessages } from "./catalogue";

export const MESSAGES: { readonly [L in Lang]: AppMessages } = { "zh-CN": zhCN, en };

/** Why a consolidation did not happen, in the user's language. */
export function consolidateErrorText(error: ConsolidateError, lang: Lang): string {
  const text = MESSAGES[lang].consolidateError[error.kind] as (e: ConsolidateError) => string;
  return text(error);
}
