import { isListType, numberFormatOf, planFixes, submissionOf } from "../core";
import type { Cell, CellFix, Config, InputFile, Standard, SubmissionFile } from "../core";

/** Each file validated on its own (docs/issue-codes.md), in input order. */
export function validateFiles(
  inputs: readonly InputFile[],
  config: Config,
  standard?: Standard,
): SubmissionFile[] {
  return inputs.map((input) => submissionOf(input, config, standard));
}

/** A cell to rewrite with its canonical value: dates as dates, numbers in the field's format. */
export interface FixWrite {
  readonly sheetName: string;
  readonly address: string;
  readonly value: Cell;
  /** Set before the value; null leaves the cell's own format. */
  readonly numberFormat: string | null;
}

/** 一键修正: the cells to rewrite, one per `normalized` issue of a validated submission. */
export function planFixWrites(file: SubmissionFile, standard?: Standard): FixWrite[] {
  return planFixes(file.read, standard).map(fixWrite);
}

function fixWrite(fix: CellFix): FixWrite {
  const type = fix.type;
  const isDate = type === "date" || type === "datetime";
  const value: Cell =
    isDate && typeof fix.value === "string"
      ? { date: fix.value.length > 10 ? `${fix.value}:00` : fix.value }
      : fix.value;
  const planned = isListType(type) ? null : numberFormatOf(type);
  // A number typed as text may sit in a text-formatted cell: give it a number format first.
  const numberFormat = typeof fix.value === "number" ? (planned ?? "General") : null;
  return { sheetName: fix.sheetName, address: fix.cell, value, numberFormat };
}
