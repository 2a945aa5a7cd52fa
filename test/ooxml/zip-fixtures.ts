// Builders of zip files and minimal workbooks for reader tests, byte by byte where a test
// needs what no zip library writes (duplicate names, lying sizes).
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { strToU8 } from "fflate";

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Store instead of deflate. */
  readonly stored?: boolean;
  /** Sizes and CRC to declare instead of the true ones. */
  readonly declaredUncompressedSize?: number;
  readonly declaredCrc32?: number;
}

export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

/** A zip written record by record, exactly as the entries say. */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? strToU8(entry.data) : entry.data;
    const data = entry.stored ? raw : new Uint8Array(deflateRawSync(raw));
    const name = strToU8(entry.name);
    const crc = entry.declaredCrc32 ?? crc32(raw);
    const size = entry.declaredUncompressedSize ?? raw.length;
    const method = entry.stored ? 0 : 8;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x800, true);
    header.setUint16(10, method, true);
    header.setUint32(16, crc, true);
    header.setUint32(20, data.length, true);
    header.setUint32(24, size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface MiniSheet {
  readonly name: string;
  /** Inside `<worksheet>`: sheetData and what follows. */
  readonly body: string;
  /** Part name; default xl/worksheets/sheetN.xml. */
  readonly part?: string;
  /** Relationship target as written; default relative to xl/. */
  readonly target?: string;
  readonly relationshipId?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface MiniWorkbook {
  readonly sheets: readonly MiniSheet[];
  /** `<si>` elements, as written. */
  readonly sharedStrings?: readonly string[];
  /** Inside `<styleSheet>`. */
  readonly styles?: string;
  /** Inside `<workbook>`, before `<sheets>`. */
  readonly workbookPr?: string;
  /** Inside `<workbook>`, after `<sheets>`. */
  readonly afterSheets?: string;
}

/** The entries of a minimal workbook package, to write as is or to tamper with. */
export function miniWorkbookEntries(book: MiniWorkbook): RawEntry[] {
  const sheetEntries = book.sheets.map((sheet, i) => ({
    ...sheet,
    part: sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`,
    relationshipId: sheet.relationshipId ?? `rId${i + 1}`,
  }));
  const rels = sheetEntries.map(
    (sheet) =>
      `<Relationship Id="${sheet.relationshipId}" Type="${REL}/worksheet" Target="${
        sheet.target ?? sheet.part.replace(/^xl\//, "")
      }"/>`,
  );
  if (book.sharedStrings) {
    rels.push(`<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (book.styles) {
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  const entries: RawEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        (book.workbookPr ?? "") +
        "<sheets>" +
        sheetEntries
          .map(
            (sheet, i) =>
              `<sheet name="${sheet.name}" sheetId="${i + 1}"${
                sheet.state ? ` state="${sheet.state}"` : ""
              } r:id="${sheet.relationshipId}"/>`,
          )
          .join("") +
        "</sheets>" +
        (book.afterSheets ?? "") +
        "</workbook>",
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`,
    },
  ];
  if (book.sharedStrings) {
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${book.sharedStrings.join("")}</sst>`,
    });
  }
  if (book.styles) {
    entries.push({
      name: "xl/styles.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`,
    });
  }
  for (const sheet of sheetEntries) {
    entries.push({
      name: sheet.part,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.body}</worksheet>`,
    });
  }
  return entries;
}

export function miniWorkbook(book: MiniWorkbook): Uint8Array {
  return writeZip(miniWorkbookEntries(book));
}
