import type { Lang } from "../core";

/** The language of a page: Chinese when Office's (or the browser's) language is, English otherwise. */
export function langOf(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}
