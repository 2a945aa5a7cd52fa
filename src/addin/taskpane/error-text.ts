import { SheetTooLargeError } from "../office/read-workbook";
import type { Strings } from "./strings";

/** An error as one line for the user: ours in their words, Office's as its message and code. */
export function errorText(error: unknown, s: Strings): string {
  if (error instanceof SheetTooLargeError) return s.sheetTooLarge(error.sheetName, error.address);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}
