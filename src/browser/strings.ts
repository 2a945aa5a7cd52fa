import { LANGS, MESSAGES } from "../core";
import type { Lang, ListMessages, Messages } from "../core";

/** One page's texts with the lists' both pages show, in every language, from the catalogues. */
export function pageStrings<P extends "taskpane" | "web">(
  page: P,
): { readonly [L in Lang]: ListMessages & Messages[P] } {
  const byLang = (lang: Lang) => ({ ...MESSAGES[lang].lists, ...MESSAGES[lang][page] });
  return Object.fromEntries(LANGS.map((lang) => [lang, byLang(lang)])) as {
    readonly [L in Lang]: ListMessages & Messages[P];
  };
}
