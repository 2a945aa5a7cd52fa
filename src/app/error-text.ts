import { MESSAGES } from "../core";
import type { Lang } from "../core";
import type { ConsolidateError } from "./consolidation";

/** Why a consolidation did not happen, in the user's language. */
export function consolidateErrorText(error: ConsolidateError, lang: Lang): string {
  // Indexing by kind: a kind without a message in the catalogues does not compile.
  const text = MESSAGES[lang].errors[error.kind] as (e: ConsolidateError) => string;
  return text(error);
}
