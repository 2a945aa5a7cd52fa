import type { ListMessages, TaskpaneMessages } from "../../core";
import { pageStrings } from "../../browser/strings";

/** Every text of the taskpane, from the catalogues of every language. */
export type Strings = ListMessages & TaskpaneMessages;

export const STRINGS = pageStrings("taskpane");
