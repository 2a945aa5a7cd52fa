// The dialog 重算指标 opens when it fails: the reason, and OK to close it.
import { STRINGS } from "../taskpane/strings";
import { readMessageQuery } from "./message-url";

const { lang, message } = readMessageQuery(location.search);
const s = STRINGS[lang];
document.documentElement.lang = lang;
document.title = s.title;

// textContent, never innerHTML: the query string is untrusted.
const title = document.getElementById("title")!;
title.textContent = message.title ?? "";
title.hidden = message.title === undefined;
document.getElementById("text")!.textContent = message.text;
const ok = document.getElementById("ok") as HTMLButtonElement;
ok.textContent = s.ok;

// messageParent works once Office is ready; the commands page closes the dialog on it.
void Office.onReady(() => {
  ok.addEventListener("click", () => Office.context.ui.messageParent("close"));
  ok.disabled = false;
  ok.focus();
});
