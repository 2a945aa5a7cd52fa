import type { Label } from "../spec/types";
import type { Messages } from "./catalogue";
import { en } from "./en";
import { zhCN } from "./zh-CN";

/**
 * Every user-facing text, by language tag: issues, errors, the template's and each host's.
 * A language is a catalogue file like en.ts registered here; the rest follows from this table.
 */
export const MESSAGES = { "zh-CN": zhCN, en } as const satisfies {
  readonly [tag: string]: Messages;
};

/** A language with a catalogue. */
export type Lang = keyof typeof MESSAGES;

/** Every language, in the order of MESSAGES. */
export const LANGS = Object.keys(MESSAGES) as readonly Lang[];

export function isLang(tag: string): tag is Lang {
  return (LANGS as readonly string[]).includes(tag);
}

/** The text of one of the standard's labels in a language. */
export function pickLabel(label: Label, lang: Lang): string {
  return label[MESSAGES[lang].labels];
}
