import { LANGS } from "../core";
import type { Lang } from "../core";

const primary = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * The language of a page for Office's (or the browser's) language: the catalogue of that exact
 * tag, else of the same primary language (zh-TW reads zh-CN), else English.
 */
export function langOf(language: string | undefined): Lang {
  if (language === undefined) return "en";
  const tag = language.toLowerCase();
  return (
    LANGS.find((l) => l.toLowerCase() === tag) ??
    LANGS.find((l) => primary(l) === primary(tag)) ??
    "en"
  );
}
