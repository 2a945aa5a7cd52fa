import { MESSAGES } from "../../core";
import type { Lang, TaskpaneMessages } from "../../core";

/** Every text of the taskpane, from the catalogues of every language. */
export type Strings = TaskpaneMessages;

export const STRINGS = Object.fromEntries(
  Object.entries(MESSAGES).map(([lang, messages]) => [lang, messages.taskpane]),
) as { readonly [L in Lang]: Strings };
