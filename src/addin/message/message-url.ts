import { isLang } from "../../core";
import type { Lang } from "../../core";

/** What the message page shows: the taskpane's notice texts, title optional. */
export interface Message {
  readonly title?: string;
  readonly text: string;
}

/** The page's name; beside the commands page, so on the add-in's origin as dialogs must be. */
const MESSAGE_PAGE = "message.html";

/** The URL of the message page showing `message` in `lang`, relative to `base`. */
export function messageUrl(base: string, lang: Lang, message: Message): string {
  const url = new URL(MESSAGE_PAGE, base);
  url.searchParams.set("lang", lang);
  if (message.title) url.searchParams.set("title", message.title);
  url.searchParams.set("text", message.text);
  return url.href;
}

/** The language and message of a page's query string (anyone can craft it: text only). */
export function readMessageQuery(search: string): { lang: Lang; message: Message } {
  const params = new URLSearchParams(search);
  const title = params.get("title");
  const lang = params.get("lang") ?? "";
  return {
    lang: isLang(lang) ? lang : "zh-CN",
    message: { ...(title ? { title } : {}), text: params.get("text") ?? "" },
  };
}
