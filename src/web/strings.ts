import type { ListMessages, WebMessages } from "../core";
import { pageStrings } from "../browser/strings";

/** Every text of the web page, from the catalogues of every language. */
export type Strings = ListMessages & WebMessages;

export const STRINGS = pageStrings("web");
