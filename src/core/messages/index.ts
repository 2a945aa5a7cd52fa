import type { Lang } from "../spec/types";
import type { Messages } from "./catalogue";
import { en } from "./en";
import { zhCN } from "./zh-CN";

/** Every user-facing text, by language: issues, errors, the CLI's and the taskpane's. */
export const MESSAGES: { readonly [L in Lang]: Messages } = { "zh-CN": zhCN, en };
