// The write floor: planned rows as worksheet XML, deflated by fflate, and nothing else.
import { closeSync, openSync, writeSync } from "node:fs";
import { Zip, ZipDeflate } from "fflate";
import type { ConsolidatedSheets, PlanValue } from "../src/core/consolidated/plan";
import { columnName } from "../src/core/grid";

const encoder = new TextEncoder();
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ESCAPES[ch]!);
}

function cellXml(value: PlanValue, ref: string): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** Writes each planned sheet as one deflated worksheet part of a zip at `target`. */
export function writeSheetsFloor(target: string, plan: ConsolidatedSheets): number {
  const fd = openSync(target, "w");
  let bytes = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    bytes += chunk.length;
    writeSync(fd, chunk);
  });
  plan.sheets.forEach((sheet, s) => {
    const part = new ZipDeflate(`xl/worksheets/sheet${s + 1}.xml`, { level: 6 });
    zip.add(part);
    part.push(encoder.encode('<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'));
    const letters = sheet.columns.map((_, c) => columnName(c));
    const rows = sheet.header ? [sheet.columns.map((c) => c.header), ...sheet.rows] : sheet.rows;
    let chunk = "";
    rows.forEach((row, r) => {
      let xml = `<row r="${r + 1}">`;
      row.forEach((value, c) => (xml += cellXml(value, `${letters[c] ?? columnName(c)}${r + 1}`)));
      chunk += `${xml}</row>`;
      if (chunk.length > 1 << 16) {
        part.push(encoder.encode(chunk));
        chunk = "";
      }
    });
    part.push(encoder.encode(`${chunk}</sheetData></worksheet>`), true);
  });
  zip.end();
  closeSync(fd);
  return bytes;
}
