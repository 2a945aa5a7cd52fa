// The leaf module, not the door: a worker that only reads must not load the whole core.
import { isDateFormat } from "../core/excel-values";
import type { SheetGrid, WorkbookGrid } from "../core";
import { PackageParts, relationshipKind } from "./package-parts";
import { readSheet, type SheetContext } from "./read-sheet";
import {
  CLOSE,
  EOF,
  LT,
  OPEN,
  TEXT,
  XlsxFormatError,
  XmlScanner,
  decodeEscapes,
  startsWith,
  textAt,
} from "./xml-scanner";
import { PORTABLE_CODEC, type ZipCodec } from "./zip-entry";
import { guardZip, type UnreadableReason } from "./zip-guard";

export type ReadXlsxResult =
  | { readonly ok: true; readonly grid: WorkbookGrid; readonly date1904: boolean }
  | {
      readonly ok: false;
      readonly reason: UnreadableReason;
      /** What was wrong, for logs and the message (never cell content). */
      readonly detail?: string;
      /** The limit (docs/limits.md) that was passed. */
      readonly limit?: number;
    };

/**
 * Reads the values of an .xlsx file into the neutral grid: guarded by its zip directory
 * first (docs/limits.md), then only the parts values need (workbook, relationships, shared strings,
 * styles, worksheets). Never throws on bad data: every problem is an `unreadable` reason.
 */
export function readXlsx(bytes: Uint8Array, codec: ZipCodec = PORTABLE_CODEC): ReadXlsxResult {
  const guard = guardZip(bytes);
  if (!guard.ok) {
    const { reason, limit, detail } = guard;
    return {
      ok: false,
      reason,
      ...(limit === undefined ? {} : { limit }),
      ...(detail ? { detail } : {}),
    };
  }
  try {
    return readPackage(new PackageParts(bytes, guard.entries, codec));
  } catch (error) {
    if (error instanceof XlsxFormatError)
      return { ok: false, reason: "corrupt", detail: error.detail };
    // Allocation failures: the file needs more memory than a string or array may take.
    if (error instanceof RangeError) return { ok: false, reason: "memory", detail: error.message };
    throw error;
  }
}

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly relationshipId: string | undefined;
}

function readPackage(parts: PackageParts): ReadXlsxResult {
  const workbookPart = findWorkbookPart(parts);
  const workbookXml = parts.readXml(workbookPart);
  if (workbookXml === undefined) throw new XlsxFormatError("no workbook part");
  const { sheets, date1904 } = readWorkbook(workbookXml);
  const relationships = parts.readRelationships(workbookPart);
  let sharedStringsPart: string | null = null;
  let stylesPart: string | null = null;
  for (const relationship of relationships.values()) {
    const kind = relationshipKind(relationship.type);
    if (kind === "sharedStrings") sharedStringsPart ??= relationship.target;
    else if (kind === "styles") stylesPart ??= relationship.target;
  }
  const sharedStringsXml =
    sharedStringsPart === null ? undefined : parts.readXml(sharedStringsPart);
  const stylesXml = stylesPart === null ? undefined : parts.readXml(stylesPart);
  const context: SheetContext = {
    sharedStrings: sharedStringsXml === undefined ? [] : readSharedStrings(sharedStringsXml),
    dateStyles: stylesXml === undefined ? [] : readDateStyles(stylesXml),
    date1904,
  };

  const grids: SheetGrid[] = [];
  for (const sheet of sheets) {
    const relationship =
      sheet.relationshipId === undefined ? undefined : relationships.get(sheet.relationshipId);
    // A sheet without its part is left out, as Excel's repair drops it; validation reports
    // it as sheet-missing where it is one of the standard's sheets.
    if (!relationship?.target || !parts.has(relationship.target)) continue;
    const hidden = sheet.hidden ? { hidden: true } : {};
    if (relationshipKind(relationship.type) !== "worksheet") {
      // Chart and dialog sheets hold no cells.
      grids.push({ name: sheet.name, rows: [], merges: [], ...hidden });
      continue;
    }
    const { rows, merges } = readSheet(parts.readXml(relationship.target)!, context);
    grids.push({ name: sheet.name, rows, merges, ...hidden });
  }
  return { ok: true, grid: { sheets: grids }, date1904 };
}

function findWorkbookPart(parts: PackageParts): string {
  for (const relationship of parts.readRelationships("").values()) {
    if (relationshipKind(relationship.type) === "officeDocument" && relationship.target !== null) {
      return relationship.target;
    }
  }
  return "xl/workbook.xml";
}

function readWorkbook(xml: Uint8Array): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const scanner = new XmlScanner(xml);
  let root = true;
  for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
    if (kind === CLOSE && scanner.name === "sheets") break;
    if (kind !== OPEN) continue;
    // A Word or PowerPoint package renamed .xlsx has its main part, but no workbook in it.
    if (root && scanner.name !== "workbook") throw new XlsxFormatError("not a workbook");
    root = false;
    if (scanner.name === "workbookPr") {
      date1904 = isTrue(scanner.attr("date1904"));
    } else if (scanner.name === "sheet") {
      const state = scanner.attr("state");
      sheets.push({
        name: scanner.attr("name") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
        relationshipId: scanner.prefixedAttr("id"),
      });
    }
  }
  return { sheets, date1904 };
}

function readSharedStrings(xml: Uint8Array): string[] {
  const strings: string[] = [];
  const scanner = new XmlScanner(xml);
  let text: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  for (;;) {
    // The usual string in one step, as its tokens would read it.
    const end = phoneticDepth === 0 ? plainStringEnd(xml, scanner.offset) : -1;
    if (end >= 0) {
      strings.push(decodeEscapes(textAt(xml, scanner.offset + SI_T.length, end - T_SI.length)));
      scanner.skipTo(end);
      text = null;
      inText = false;
      continue;
    }
    const kind = scanner.next();
    if (kind === EOF) break;
    if (kind === TEXT) {
      if (inText) text += scanner.text();
      continue;
    }
    const name = scanner.name;
    if (kind === OPEN) {
      if (name === "si") {
        text = "";
        if (scanner.selfClosing) strings.push(text);
      } else if (name === "t") {
        inText = text !== null && phoneticDepth === 0 && !scanner.selfClosing;
      } else if (name === "rPh" && !scanner.selfClosing) {
        phoneticDepth++;
      }
    } else if (name === "t") {
      inText = false;
    } else if (name === "rPh") {
      phoneticDepth--;
    } else if (name === "si" && text !== null) {
      strings.push(decodeEscapes(text));
      text = null;
    }
  }
  return strings;
}

const SI_T = "<si><t>";
const T_SI = "</t></si>";

/** Where `<si><t>text</t></si>` at `pos` ends, the text free of markup; -1 for anything else. */
function plainStringEnd(xml: Uint8Array, pos: number): number {
  if (!startsWith(xml, SI_T, pos)) return -1;
  const end = xml.indexOf(LT, pos + SI_T.length);
  return end >= 0 && startsWith(xml, T_SI, end) ? end + T_SI.length : -1;
}

/** By cellXfs index: whether the style's number format shows a date. */
function readDateStyles(xml: Uint8Array): boolean[] {
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  const scanner = new XmlScanner(xml);
  let inCellXfs = false;
  for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
    const name = scanner.name;
    if (kind === CLOSE) {
      if (name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (kind !== OPEN) continue;
    if (name === "numFmt") {
      const id = Number(scanner.attr("numFmtId"));
      const code = scanner.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
    } else if (name === "cellXfs") {
      inCellXfs = !scanner.selfClosing;
    } else if (name === "xf" && inCellXfs) {
      const id = Number(scanner.attr("numFmtId") ?? 0);
      dateStyles.push(Number.isInteger(id) && isDateFormat(id, customFormats.get(id)));
      scanner.skipElement();
    }
  }
  return dateStyles;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
