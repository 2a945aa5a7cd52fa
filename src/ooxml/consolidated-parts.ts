// The consolidated workbook's parts as XML text, for any zip writer: Node's or the browser's.
import { columnName, columnWidthOf, dateToSerial } from "../core";
import type { ConsolidatedSheets, PlanValue, PlannedSheet } from "../core";

/** zlib's default: the smallest files for the time; every writer of ours deflates at it. */
export const COMPRESSION_LEVEL = 6;

/** Excel's limit on the characters of one cell. */
const CELL_MAX = 32767;
// Characters XML 1.0 cannot carry: a file holding them is corrupt to Excel.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DATA_BAR_COLOR = "FF5B9BD5";
// Sheet XML is handed to zlib in pieces of about this many characters.
const CHUNK_CHARS = 1 << 16;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Built-in number formats by code; any other code is declared in styles.xml from id 164. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);

/** Text safe for a string cell: XML-legal and within Excel's cell limit. */
export function cellText(text: string): string {
  const clean = text.replace(NOT_XML, "");
  return clean.length > CELL_MAX ? `${clean.slice(0, CELL_MAX - 1)}…` : clean;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\r": "_x000D_",
};

/**
 * Text as XML character data. A CR is written `_x000D_` (XML would read it as a line feed),
 * and a `_x` that would read as such an escape is itself escaped (`_x005F_`), as Excel does.
 */
function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]|_(?=x[0-9A-Fa-f]{4}_)/g, (ch) => ESCAPES[ch] ?? "_x005F_");
}

/** Cell formats of the workbook: one per number format and weight, in styles.xml order. */
class CellFormats {
  private readonly custom = new Map<string, number>();
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly index = new Map<string, number>([["0/0", 0]]);

  /** The cellXfs index of a number format, bold or not. */
  styleOf(numFmt: string, bold: boolean): number {
    const numFmtId = BUILT_IN_FORMATS.get(numFmt) ?? this.customId(numFmt);
    const key = `${numFmtId}/${bold ? 1 : 0}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(
        `<xf numFmtId="${numFmtId}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
          `${numFmtId ? ' applyNumberFormat="1"' : ""}${bold ? ' applyFont="1"' : ""}/>`,
      );
      this.index.set(key, id);
    }
    return id;
  }

  toXml(): string {
    const numFmts = [...this.custom]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join("");
    const font = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts ? `<numFmts count="${this.custom.size}">${numFmts}</numFmts>` : "") +
      `<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
      '<fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/></styleSheet>'
    );
  }

  private customId(numFmt: string): number {
    let id = this.custom.get(numFmt);
    if (id === undefined) {
      id = 164 + this.custom.size;
      this.custom.set(numFmt, id);
    }
    return id;
  }
}

interface ColumnLayout {
  readonly letters: string;
  readonly style: number;
  readonly headerStyle: number;
  readonly dates: boolean;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM…` as a 1900-system serial (seconds dropped), else null. */
function dateSerial(value: string): number | null {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? dateToSerial(value.slice(0, 16), false) : null;
}

/**
 * One value as the column kind says. Text is always a string cell, never a formula: no `<f>`
 * is ever written (docs/limits.md). A number that is not finite has no cell form and stays empty.
 */
function cellXml(value: PlanValue, column: ColumnLayout, ref: string, style: number): string {
  if (value === null) return "";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number") {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  }
  const serial = column.dates ? dateSerial(value) : null;
  if (serial !== null) return `<c r="${ref}"${s}><v>${serial}</v></c>`;
  const text = escapeXml(cellText(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** The worksheet part of a planned sheet, in pieces for the zip writer. */
function* sheetXml(sheet: PlannedSheet, formats: CellFormats): Generator<string> {
  const columns: ColumnLayout[] = sheet.columns.map((c, i) => ({
    letters: columnName(i),
    style: formats.styleOf(c.numFmt, false),
    headerStyle: formats.styleOf(c.numFmt, true),
    dates: c.kind === "date" || c.kind === "datetime",
  }));
  // A value past the planned columns is written as it is, unformatted.
  const layoutAt = (i: number): ColumnLayout =>
    (columns[i] ??= { letters: columnName(i), style: 0, headerStyle: 0, dates: false });
  const pane = sheet.frozenHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft"/>'
    : "";
  const cols = sheet.columns
    .map((c, i) => {
      const style = columns[i]!.style ? ` style="${columns[i]!.style}"` : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${columnWidthOf(c.header)}"${style} customWidth="1"/>`;
    })
    .join("");
  let xml =
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>";
  let rowNumber = 0;
  if (sheet.header) {
    rowNumber++;
    xml += `<row r="${rowNumber}">`;
    sheet.columns.forEach((c, i) => {
      const column = columns[i]!;
      const ref = `${column.letters}${rowNumber}`;
      xml += cellXml(c.header, { ...column, dates: false }, ref, column.headerStyle);
    });
    xml += "</row>";
  }
  for (const values of sheet.rows) {
    rowNumber++;
    xml += `<row r="${rowNumber}">`;
    for (let i = 0; i < values.length; i++) {
      const column = layoutAt(i);
      xml += cellXml(values[i]!, column, `${column.letters}${rowNumber}`, column.style);
    }
    xml += "</row>";
    if (xml.length >= CHUNK_CHARS) {
      yield xml;
      xml = "";
    }
  }
  xml += "</sheetData>";
  const last = Math.max(1, rowNumber);
  const lastLetters = sheet.columns.length > 0 ? columns[sheet.columns.length - 1]!.letters : null;
  if (sheet.autoFilter && lastLetters) xml += `<autoFilter ref="A1:${lastLetters}${last}"/>`;
  if (rowNumber > 1) {
    for (const index of sheet.dataBars) {
      const letters = columnName(index);
      xml +=
        `<conditionalFormatting sqref="${letters}2:${letters}${rowNumber}">` +
        `<cfRule type="dataBar" priority="${index + 1}"><dataBar><cfvo type="min"/>` +
        `<cfvo type="max"/><color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule>` +
        "</conditionalFormatting>";
    }
  }
  xml +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>";
  yield xml;
}

function workbookXml(plan: ConsolidatedSheets): string {
  const sheets = plan.sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"` +
        `${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const active = Math.max(
    0,
    plan.sheets.findIndex((s) => !s.hidden),
  );
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets></workbook>`
  );
}

function workbookRelsXml(plan: ConsolidatedSheets): string {
  const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheets = plan.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${type}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const styles = `<Relationship Id="rId${plan.sheets.length + 1}" Type="${type}/styles" Target="styles.xml"/>`;
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${sheets}${styles}</Relationships>`;
}

function contentTypesXml(plan: ConsolidatedSheets): string {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const sheets = plan.sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type}.worksheet+xml"/>`,
    )
    .join("");
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/>` +
    `${sheets}<Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>"
  );
}

const ROOT_RELS =
  `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  "</Relationships>";

function corePropertiesXml(now: Date): string {
  const when = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>aidsheet</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** One part of the package: its name in the zip, its text in chunks. */
export interface XmlPart {
  readonly name: string;
  readonly chunks: Iterable<string>;
}

/**
 * The parts of the consolidated workbook (docs/merge.md), in zip order. Each sheet's XML comes in
 * chunks as it is built; styles.xml comes last, built once the sheets have named their formats,
 * so the caller must take each part's chunks before asking for the next part.
 */
export function* consolidatedParts(plan: ConsolidatedSheets, now: Date): Generator<XmlPart> {
  const formats = new CellFormats();
  yield { name: "[Content_Types].xml", chunks: [contentTypesXml(plan)] };
  yield { name: "_rels/.rels", chunks: [ROOT_RELS] };
  yield { name: "docProps/core.xml", chunks: [corePropertiesXml(now)] };
  yield { name: "xl/workbook.xml", chunks: [workbookXml(plan)] };
  yield { name: "xl/_rels/workbook.xml.rels", chunks: [workbookRelsXml(plan)] };
  for (const [i, sheet] of plan.sheets.entries()) {
    yield { name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheetXml(sheet, formats) };
  }
  yield { name: "xl/styles.xml", chunks: [formats.toXml()] };
}
