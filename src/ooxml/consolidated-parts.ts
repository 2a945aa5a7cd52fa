// The consolidated workbook's parts as XML text, for any zip writer: Node's or the browser's.
import { PAGE_FOOTER, columnName, dateToSerial, pageHeader, wrappedLines } from "../core";
import type { ConsolidatedSheets, PlanValue, PlannedSheet } from "../core";
import { chartXml, drawingXml } from "./chart-xml";

/** zlib's default: the smallest files for the time; every writer of ours deflates at it. */
export const COMPRESSION_LEVEL = 6;

/** Excel's limit on the characters of one cell. */
const CELL_MAX = 32767;
// Characters XML 1.0 cannot carry: a file holding them is corrupt to Excel.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DATA_BAR_COLOR = "FF5B9BD5";

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

/**
 * How a cell looks beyond its number format: `plain` as Excel's default, `body` a table cell
 * with borders, `wrap` one whose text wraps, `header` bold on a light fill, wrapping.
 */
type CellLook = "plain" | "body" | "wrap" | "header";

const LOOKS: { readonly [L in CellLook]: string } = {
  plain: 'fontId="0" fillId="0" borderId="0" xfId="0"',
  body: 'fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"',
  wrap: 'fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"',
  header:
    'fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"',
};
const ALIGNMENTS: { readonly [L in CellLook]: string } = {
  plain: "",
  body: "",
  wrap: '<alignment vertical="top" wrapText="1"/>',
  header: '<alignment horizontal="center" vertical="center" wrapText="1"/>',
};
const HEADER_FILL = "FFDDEBF7";
// Points per line of wrapped text: CJK lines need a little more than Excel's default 15.
const LINE_HEIGHT = 16;
// Excel's tallest row, in points.
const MAX_ROW_HEIGHT = 409;

/** Cell formats of the workbook: one per number format and look, in styles.xml order. */
class CellFormats {
  private readonly custom = new Map<string, number>();
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly index = new Map<string, number>([["0/plain", 0]]);

  /** The cellXfs index of a number format with a look. */
  styleOf(numFmt: string, look: CellLook): number {
    const numFmtId = BUILT_IN_FORMATS.get(numFmt) ?? this.customId(numFmt);
    const key = `${numFmtId}/${look}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      const applied = numFmtId ? ' applyNumberFormat="1"' : "";
      const alignment = ALIGNMENTS[look];
      this.xfs.push(
        `<xf numFmtId="${numFmtId}" ${LOOKS[look]}${applied}` +
          (alignment ? `>${alignment}</xf>` : "/>"),
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
      '<fills count="3"><fill><patternFill patternType="none"/></fill>' +
      '<fill><patternFill patternType="gray125"/></fill>' +
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
      '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
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

/** A column's cell text around the row number and the value, built once for all its cells. */
interface CellPieces {
  /** `<c r="B`: up to the row number. */
  readonly open: string;
  /** After the row number, an empty cell's end: "" when unstyled, as no such cell is written. */
  readonly empty: string;
  /** After the row number, up to a number, a text, and a text that keeps its edge spaces. */
  readonly number: string;
  readonly text: string;
  readonly spacedText: string;
}

function cellPieces(letters: string, style: number): CellPieces {
  const end = style ? `" s="${style}"` : '"';
  return {
    open: `<c r="${letters}`,
    empty: style ? `${end}/>` : "",
    number: `${end}><v>`,
    text: `${end} t="inlineStr"><is><t>`,
    spacedText: `${end} t="inlineStr"><is><t xml:space="preserve">`,
  };
}

interface ColumnLayout {
  readonly letters: string;
  /** Of the column (new cells typed there): the number format alone. */
  readonly columnStyle: number;
  readonly cell: CellPieces;
  readonly headerCell: CellPieces;
  readonly dates: boolean;
  /** Width in characters when the column wraps, else null. */
  readonly wrapWidth: number | null;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM…` as a 1900-system serial (seconds dropped), else null. */
function dateSerial(value: string): number | null {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? dateToSerial(value.slice(0, 16), false) : null;
}

const NUMBER_END = "</v></c>";
const TEXT_END = "</t></is></c>";

/**
 * What follows the row number in the cell of one value, as the column kind says; null for no
 * cell. Text is always a string cell, never a formula: no `<f>` is ever written
 * (docs/limits.md). A number that is not finite has no cell form and stays empty.
 */
function cellEnd(value: PlanValue, dates: boolean, cell: CellPieces): string | null {
  if (value === null) return emptyEnd(cell);
  if (typeof value === "number") {
    return Number.isFinite(value) ? cell.number + value + NUMBER_END : emptyEnd(cell);
  }
  const serial = dates ? dateSerial(value) : null;
  if (serial !== null) return cell.number + serial + NUMBER_END;
  if (isPlainText(value)) return cell.text + value + TEXT_END;
  const text = escapeXml(cellText(value));
  return (/^\s|\s$/.test(text) ? cell.spacedText : cell.text) + text + TEXT_END;
}

/** A cell without a value: kept when styled, so that a table's empty cell keeps its borders. */
function emptyEnd(cell: CellPieces): string | null {
  return cell.empty || null;
}

/**
 * Text that `cellText` and `escapeXml` leave as it is and that needs no `xml:space`: most
 * values, checked in one pass instead of three regular expressions.
 */
function isPlainText(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > CELL_MAX) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x5f) {
        return false;
      }
      if (c === 0x20 && (i === 0 || i === length - 1)) return false;
    } else if ((c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return false;
  }
  return (
    !edgeSpace(text.charCodeAt(0), text[0]!) &&
    !edgeSpace(text.charCodeAt(length - 1), text[length - 1]!)
  );
}

/**
 * A character past ASCII that `\s` matches (the ASCII ones are ruled out above). Those are
 * U+00A0, U+1680 to U+3000 and U+FEFF: others, CJK ideographs among them, skip the expression.
 */
function edgeSpace(code: number, ch: string): boolean {
  return (code === 0xa0 || (code >= 0x1680 && code <= 0x3000) || code === 0xfeff) && /\s/.test(ch);
}

// Narrow margins (inches) leave the most room for a table fitted to the page's width.
const PAGE_MARGINS =
  '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.6" header="0.3" footer="0.3"/>';

/** Landscape A4, one page wide, gridlines printed, titled on every page and numbered. */
function printXml(sheet: PlannedSheet): string {
  if (sheet.title === null) return PAGE_MARGINS;
  return (
    '<printOptions horizontalCentered="1"/>' +
    PAGE_MARGINS +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>${escapeXml(`&C${pageHeader(sheet.title)}`)}</oddHeader>` +
    `<oddFooter>${escapeXml(`&C${PAGE_FOOTER}`)}</oddFooter></headerFooter>`
  );
}

/** A row's height for lines of wrapped text; none for one line (Excel's default height). */
function rowHeight(lines: number): string {
  if (lines <= 1) return "";
  return ` ht="${Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)}" customHeight="1"`;
}

/** Lines the row's tallest wrapping cell needs. */
function linesOf(values: readonly PlanValue[], columns: readonly ColumnLayout[]): number {
  let lines = 1;
  for (let i = 0; i < columns.length; i++) {
    const width = columns[i]!.wrapWidth;
    const value = values[i];
    if (width !== null && typeof value === "string") {
      lines = Math.max(lines, wrappedLines(value, width));
    }
  }
  return lines;
}

/**
 * The worksheet part of a planned sheet, row by row: the zip writer encodes each into its
 * block, where joining rows into larger strings cost more (a long rope to flatten, then encode).
 */
function* sheetXml(sheet: PlannedSheet, formats: CellFormats): Generator<string> {
  const table = sheet.title !== null;
  const columns: ColumnLayout[] = sheet.columns.map((c, i) => {
    const letters = columnName(i);
    // In this order: styles.xml numbers the formats as they are first asked for.
    const columnStyle = formats.styleOf(c.numFmt, "plain");
    const style = formats.styleOf(c.numFmt, table ? (c.wrap ? "wrap" : "body") : "plain");
    const headerStyle = formats.styleOf(c.numFmt, table ? "header" : "plain");
    return {
      letters,
      columnStyle,
      cell: cellPieces(letters, style),
      headerCell: cellPieces(letters, headerStyle),
      dates: c.kind === "date" || c.kind === "datetime",
      wrapWidth: c.wrap ? c.width : null,
    };
  });
  // A value past the planned columns is written as it is, unformatted.
  const unformatted = (i: number): ColumnLayout => {
    const letters = columnName(i);
    const cell = cellPieces(letters, 0);
    return { letters, columnStyle: 0, cell, headerCell: cell, dates: false, wrapWidth: null };
  };
  const wrapping = columns.some((c) => c.wrapWidth !== null);
  const pane = sheet.frozenHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft"/>'
    : "";
  const cols = sheet.columns
    .map((c, i) => {
      const style = columns[i]!.columnStyle ? ` style="${columns[i]!.columnStyle}"` : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${style} customWidth="1"/>`;
    })
    .join("");
  let head =
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (sheet.title === null ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>";
  let rowNumber = 0;
  if (sheet.header) {
    rowNumber++;
    const lines = Math.max(...sheet.columns.map((c) => wrappedLines(c.header, c.width)));
    head += `<row r="${rowNumber}"${rowHeight(lines)}>`;
    sheet.columns.forEach((c, i) => {
      const cell = columns[i]!.headerCell;
      const end = cellEnd(c.header, false, cell);
      if (end !== null) head += cell.open + String(rowNumber) + end;
    });
    head += "</row>";
  }
  yield head;
  // A column's value is often the one above it (sorted rows): its cell's end is built once.
  const lastValues: (PlanValue | undefined)[] = [];
  const lastEnds: (string | null)[] = [];
  for (const values of sheet.rows) {
    rowNumber++;
    let xml = `<row r="${rowNumber}"${wrapping ? rowHeight(linesOf(values, columns)) : ""}>`;
    const row = String(rowNumber);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const column = (columns[i] ??= unformatted(i));
      let end = lastEnds[i];
      if (value !== lastValues[i] || end === undefined) {
        end = cellEnd(value, column.dates, column.cell);
        lastValues[i] = value;
        lastEnds[i] = end;
      }
      if (end !== null) xml += column.cell.open + row + end;
    }
    yield `${xml}</row>`;
  }
  let tail = "</sheetData>";
  const last = Math.max(1, rowNumber);
  const lastLetters = sheet.columns.length > 0 ? columns[sheet.columns.length - 1]!.letters : null;
  if (sheet.autoFilter && lastLetters) tail += `<autoFilter ref="A1:${lastLetters}${last}"/>`;
  if (rowNumber > 1) {
    for (const index of sheet.dataBars) {
      const letters = columnName(index);
      tail +=
        `<conditionalFormatting sqref="${letters}2:${letters}${rowNumber}">` +
        `<cfRule type="dataBar" priority="${index + 1}"><dataBar><cfvo type="min"/>` +
        `<cfvo type="max"/><color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule>` +
        "</conditionalFormatting>";
    }
  }
  tail += printXml(sheet) + (sheet.chart ? '<drawing r:id="rId1"/>' : "") + "</worksheet>";
  yield tail;
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
  // The header row is printed again at the top of every page.
  const printTitles = plan.sheets
    .flatMap((s, i) =>
      s.header && s.title !== null
        ? [
            `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">` +
              `'${escapeXml(s.name.replace(/'/g, "''"))}'!$1:$1</definedName>`,
          ]
        : [],
    )
    .join("");
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (printTitles ? `<definedNames>${printTitles}</definedNames>` : "") +
    "</workbook>"
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

/** The charts of the plan, numbered from 1 in sheet order, with their sheets' numbers. */
function chartsOf(plan: ConsolidatedSheets) {
  return plan.sheets.flatMap((s, i) => (s.chart ? [{ sheetNumber: i + 1, chart: s.chart }] : []));
}

function relsXml(type: string, target: string): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/${type}" Target="${target}"/></Relationships>`
  );
}

function contentTypesXml(plan: ConsolidatedSheets): string {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const sheets = plan.sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type}.worksheet+xml"/>`,
    )
    .join("");
  const charts = chartsOf(plan)
    .map(
      (_c, i) =>
        `<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    )
    .join("");
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/>` +
    `${sheets}${charts}<Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/>` +
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
  // Each chart: sheet → drawing → chart, each linked by its part's relationships.
  for (const [i, { sheetNumber, chart }] of chartsOf(plan).entries()) {
    const n = i + 1;
    yield {
      name: `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`,
      chunks: [relsXml("drawing", `../drawings/drawing${n}.xml`)],
    };
    yield { name: `xl/drawings/drawing${n}.xml`, chunks: [drawingXml(chart)] };
    yield {
      name: `xl/drawings/_rels/drawing${n}.xml.rels`,
      chunks: [relsXml("chart", `../charts/chart${n}.xml`)],
    };
    yield { name: `xl/charts/chart${n}.xml`, chunks: [chartXml(chart)] };
  }
  // Last: the sheets have named every format they use.
  yield { name: "xl/styles.xml", chunks: [formats.toXml()] };
}
