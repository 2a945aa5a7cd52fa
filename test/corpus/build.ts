// Builders of corpus files: valid submissions written by exceljs, then tampered with part by
// part (fflate), or zips and OLE files written byte by byte. Nothing here is a committed binary.
import { PassThrough } from "node:stream";
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { address, isDateCell, isErrorCell, isFormulaCell } from "../../src/core/grid";
import { sheetSpec } from "../../src/core/spec/sheets";
import type { DataSheetKey } from "../../src/core/spec/sheets";
import { fakeId18, fakeUscc } from "../support/ids";
import { formSheet, metaSheet, tableSheet, validForm, validTables } from "../support/workbook";
import type { Row } from "../support/workbook";

import { concat, writeZip } from "../ooxml/zip-fixtures";
import type { RawEntry } from "../ooxml/zip-fixtures";

export { concat, writeZip };
export type { RawEntry };

/** What staff typed: the form and each table's rows. */
export interface Content {
  form: Row;
  tables: Record<DataSheetKey, Row[]>;
}

/**
 * A valid submission of its own agency: the seed sets the agency code, the ID numbers and the
 * amount, so that corpus files never supersede each other nor share a household.
 */
export function content(seed: number): Content {
  const t = validTables();
  return {
    form: { ...validForm(), agency_code: fakeUscc(seed), agency_name: `测试单位${seed}` },
    tables: {
      ...t,
      funds: t.funds.map((r) => ({ ...r, amount: 4_700_000 + seed })),
      households: [
        { ...t.households[0]!, id_number: fakeId18(seed * 10), head_name: `户主${seed}甲` },
        { ...t.households[0]!, id_number: fakeId18(seed * 10 + 1), head_name: `户主${seed}乙` },
      ],
    },
  };
}

/** The content as sheets in template order: 报送信息, the five tables, _meta. */
export function gridOf(c: Content, extra: SheetGrid[] = []): WorkbookGrid {
  const keys = Object.keys(c.tables) as DataSheetKey[];
  return {
    sheets: [
      formSheet(c.form),
      ...keys.map((k) => tableSheet(k, c.tables[k])),
      metaSheet(),
      ...extra,
    ],
  };
}

/** Part name exceljs gives each sheet of `gridOf` (in tab order). */
export const PART = {
  submission: "xl/worksheets/sheet1.xml",
  villages: "xl/worksheets/sheet2.xml",
  funds: "xl/worksheets/sheet3.xml",
  projects: "xl/worksheets/sheet4.xml",
  households: "xl/worksheets/sheet5.xml",
  activities: "xl/worksheets/sheet6.xml",
  meta: "xl/worksheets/sheet7.xml",
} as const;

/** A1 address of a table field in `gridOf` layout: header on row 1, rows from row 2. */
export function cellOf(sheet: DataSheetKey, field: string, rowIndex = 0): string {
  const column = sheetSpec(sheet).fields.findIndex((f) => f.key === field);
  if (column < 0) throw new Error(`no field ${sheet}.${field}`);
  return address(rowIndex + 1, column);
}

function toExcel(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (isFormulaCell(cell)) {
    return { formula: "1+1", result: toExcel(cell.result) ?? undefined } as ExcelJS.CellValue;
  }
  if (isErrorCell(cell)) return { error: cell.error } as ExcelJS.CellErrorValue;
  if (isDateCell(cell)) return new Date(`${cell.date.slice(0, 10)}T00:00:00Z`);
  return cell;
}

/** The grid as an exceljs workbook, to change with exceljs's own API before writing. */
export function excelWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const value = toExcel(cell);
        if (value === null) return;
        const target = ws.getCell(address(r, c));
        target.value = value;
        if (value instanceof Date) target.numFmt = "yyyy-mm-dd";
      }),
    );
  }
  return wb;
}

/** Writes with exceljs's in-memory writer, optionally after changes through its API. */
export async function xlsx(
  grid: WorkbookGrid,
  change?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = excelWorkbook(grid);
  change?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A valid submission of the seed's agency, as exceljs writes it. */
export function submission(
  seed: number,
  edit?: (c: Content) => void,
  change?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const c = content(seed);
  edit?.(c);
  return xlsx(gridOf(c), change);
}

export type Parts = Record<string, Uint8Array>;

/** Rewrites parts of a package: a function maps a part's text (undefined: absent) to new text. */
export function patch(
  bytes: Uint8Array,
  changes: Record<string, ((xml: string | undefined) => string | null) | string | null>,
): Uint8Array {
  const parts: Parts = unzipSync(bytes);
  for (const [name, change] of Object.entries(changes)) {
    const before = parts[name] ? strFromU8(parts[name]) : undefined;
    const after = typeof change === "function" ? change(before) : change;
    if (after === null) delete parts[name];
    else parts[name] = strToU8(after);
  }
  return zipSync(parts);
}

/** Replaces one exact string in a part's text, failing loudly when it is not there. */
export function replaceIn(search: string | RegExp, replacement: string) {
  return (xml: string | undefined): string => {
    if (xml === undefined) throw new Error("part missing");
    const found = typeof search === "string" ? xml.includes(search) : search.test(xml);
    if (!found) throw new Error(`corpus builder: ${String(search)} not found`);
    return xml.replace(search, replacement);
  };
}

/** Inserts XML into a worksheet after its sheetData (where cols come before, the rest after). */
export function afterSheetData(xml: string) {
  return replaceIn("</sheetData>", `</sheetData>${xml}`);
}

/** Inserts XML into a worksheet before its sheetData (cols, sheetFormatPr). */
export function beforeSheetData(xml: string) {
  return replaceIn("<sheetData", `${xml}<sheetData`);
}

export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** Writes with exceljs's streaming writer, as large files are written, to bytes. */
export async function streamedXlsx(grid: WorkbookGrid): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => sink.on("end", resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    for (const row of sheet.rows) ws.addRow((row ?? []).map((cell) => toExcel(cell))).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An OLE compound file: a 512-byte header and one directory sector naming the streams, as
 * Excel writes a password-protected workbook (EncryptionInfo, EncryptedPackage) or an old
 * .xls (Workbook). Stream contents are zeros: only the container's shape matters here.
 */
export function oleFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 4);
  const view = new DataView(out.buffer);
  out.set(OLE_SIGNATURE, 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true);
  view.setUint32(48, 1, true);
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0: the allocation table; sector 1: the directory.
  for (let i = 0; i < 128; i++) view.setUint32(sector + i * 4, 0xffffffff, true);
  view.setUint32(sector, 0xfffffffd, true);
  view.setUint32(sector + 4, 0xfffffffe, true);
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2;
  });
  return out;
}

/** A cell of a hand-written sheet row: inline text, a number, or raw inner XML. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Fills a typed array with a repeated ASCII text, for parts that compress well. */
export function repeated(text: string, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  out.set(strToU8(text).subarray(0, bytes));
  // Doubling copies: a few dozen calls for hundreds of megabytes.
  for (let filled = Math.min(text.length, bytes); filled < bytes; filled *= 2) {
    out.copyWithin(filled, 0, Math.min(filled, bytes - filled));
  }
  return out;
}

/**
 * A zip of `count` parts that all hold the same bytes, deflated once: honest sizes and
 * checksums, at the cost of one compression however many parts there are.
 */
export function zipOfCopies(
  prefix: readonly RawEntry[],
  name: (i: number) => string,
  data: Uint8Array,
  count: number,
): Uint8Array {
  const deflated = new Uint8Array(deflateRawSync(data, { level: 1 }));
  const crc = zlibCrc32(data) >>> 0;
  const head = writeZip(prefix);
  // The prefix's records, then the copies appended before its central directory.
  const endAt = head.length - 22;
  const view = new DataView(head.buffer, head.byteOffset, head.length);
  const centralSize = view.getUint32(endAt + 12, true);
  const centralAt = view.getUint32(endAt + 16, true);
  const locals: Uint8Array[] = [head.subarray(0, centralAt)];
  const centrals: Uint8Array[] = [head.subarray(centralAt, centralAt + centralSize)];
  let offset = centralAt;
  for (let i = 0; i < count; i++) {
    const entryName = strToU8(name(i));
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, deflated.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, entryName.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, 8, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, deflated.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, entryName.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), entryName, deflated);
    centrals.push(new Uint8Array(central.buffer), entryName);
    offset += 30 + entryName.length + deflated.length;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, prefix.length + count, true);
  end.setUint16(10, prefix.length + count, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}
