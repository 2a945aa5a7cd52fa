import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { extractEntry } from "../../src/ooxml/zip-entry";
import { ZIP_LIMITS, guardZip } from "../../src/ooxml/zip-guard";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { concat, crc32, miniWorkbookEntries, writeZip } from "./zip-fixtures";

const MB = 1024 * 1024;

async function exceljsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").addRow(["a", 1]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function oleFile(withEncryptionInfo: boolean): Uint8Array {
  const header = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = new Uint8Array(4096);
  if (withEncryptionInfo) body.set(Buffer.from("EncryptionInfo", "utf16le"), 1200);
  else body.set(Buffer.from("Workbook", "utf16le"), 1200);
  return concat([header, body]);
}

describe("guardZip", () => {
  test("lists the parts of a workbook exceljs wrote", async () => {
    const result = guardZip(await exceljsWorkbook());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "_rels/.rels"]),
    );
  });

  test.each([
    ["an empty file", new Uint8Array(0)],
    ["a CSV renamed .xlsx", Buffer.from("村代码,村名\n420116012215,凤凰寨村\n")],
    ["an HTML page renamed .xlsx", Buffer.from("<html><body><table></table></body></html>")],
  ])("%s is not-zip", (_what, bytes) => {
    expect(guardZip(new Uint8Array(bytes))).toEqual({ ok: false, reason: "not-zip" });
  });

  test("an OLE compound file with an EncryptionInfo stream is encrypted, without one is xls", () => {
    expect(guardZip(oleFile(true))).toEqual({ ok: false, reason: "encrypted" });
    expect(guardZip(oleFile(false))).toEqual({ ok: false, reason: "xls" });
  });

  test("a truncated zip is corrupt", async () => {
    const bytes = await exceljsWorkbook();
    expect(guardZip(bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toMatchObject({
      ok: false,
      reason: "corrupt",
    });
  });

  test("a central directory pointing past its end record is corrupt", async () => {
    const bytes = await exceljsWorkbook();
    const copy = bytes.slice();
    const end = copy.length - 22;
    new DataView(copy.buffer).setUint32(end + 16, end, true);
    expect(guardZip(copy)).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("a file over 50 MB is too-large before anything is read", () => {
    const bytes = new Uint8Array(ZIP_LIMITS.maxFileBytes + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(guardZip(bytes)).toEqual({ ok: false, reason: "too-large", limit: 50 * MB });
  });

  test("1,000 parts pass and 1,001 are too-many-parts", () => {
    const parts = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ name: `p/${i}.xml`, data: "", stored: true }));
    expect(guardZip(writeZip(parts(1000))).ok).toBe(true);
    expect(guardZip(writeZip(parts(1001)))).toEqual({
      ok: false,
      reason: "too-many-parts",
      limit: 1000,
    });
  });

  test("two parts with the same name, even in another case, are duplicate-part", () => {
    const same = [
      { name: "xl/workbook.xml", data: "a" },
      { name: "xl/workbook.xml", data: "b" },
    ];
    expect(guardZip(writeZip(same))).toMatchObject({ ok: false, reason: "duplicate-part" });
    const cased = [
      { name: "xl/workbook.xml", data: "a" },
      { name: "XL/Workbook.xml", data: "b" },
    ];
    expect(guardZip(writeZip(cased))).toMatchObject({ ok: false, reason: "duplicate-part" });
  });

  test.each(["../evil.xml", "xl/../../evil.xml", "/etc/passwd", "\\windows\\evil.xml"])(
    "a part named %s is bad-part-name",
    (name) => {
      expect(guardZip(writeZip([{ name, data: "x" }]))).toEqual({
        ok: false,
        reason: "bad-part-name",
        detail: name,
      });
    },
  );

  test("a 50 MB run of zeros deflated is a ratio bomb", () => {
    const bomb = writeZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(50 * MB) }]);
    expect(bomb.length).toBeLessThan(MB);
    expect(guardZip(bomb)).toEqual({
      ok: false,
      reason: "ratio",
      limit: 100,
      detail: "xl/worksheets/sheet1.xml",
    });
  });

  test("parts declared to expand past 500 MB in all are expands-too-much", () => {
    // Each part keeps under the 100:1 ratio; together they pass the total.
    const noise = randomBytes(1.1 * MB);
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `xl/media/image${i}.bin`,
      data: noise,
      stored: true,
      declaredUncompressedSize: 105 * MB,
    }));
    expect(guardZip(writeZip(parts))).toEqual({
      ok: false,
      reason: "expands-too-much",
      limit: 500 * MB,
    });
  });
});

describe("extractEntry", () => {
  function onlyEntry(bytes: Uint8Array) {
    const guard = guardZip(bytes);
    if (!guard.ok) throw new Error(guard.reason);
    return guard.entries[0]!;
  }

  test("expands a part to its bytes", () => {
    const bytes = writeZip([{ name: "a.xml", data: "<a>凤凰寨村</a>" }]);
    const out = extractEntry(bytes, onlyEntry(bytes));
    expect(Buffer.from(out as Uint8Array).toString("utf8")).toBe("<a>凤凰寨村</a>");
  });

  test("stops a part that expands past its declared size instead of trusting the directory", () => {
    const data = new Uint8Array(8 * MB).fill(65);
    const bytes = writeZip([{ name: "a.xml", data, declaredUncompressedSize: 1000 }]);
    expect(extractEntry(bytes, onlyEntry(bytes))).toBe("expands past its declared size");
  });

  test("a part shorter than declared is refused", () => {
    const bytes = writeZip([{ name: "a.xml", data: "<a/>", declaredUncompressedSize: 10 }]);
    expect(extractEntry(bytes, onlyEntry(bytes))).toBe("shorter than its declared size");
  });

  test("a part whose bytes do not match its CRC is refused", () => {
    const data = "<a>1</a>";
    const bytes = writeZip([{ name: "a.xml", data, declaredCrc32: crc32(Buffer.from(data)) ^ 1 }]);
    expect(extractEntry(bytes, onlyEntry(bytes))).toBe("checksum");
  });

  test("a workbook whose sheet lies about its size reads as corrupt", () => {
    const entries = miniWorkbookEntries({
      sheets: [
        { name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` },
      ],
    }).map((entry) =>
      entry.name.endsWith("sheet1.xml") ? { ...entry, declaredUncompressedSize: 50 } : entry,
    );
    expect(readXlsx(writeZip(entries))).toMatchObject({
      ok: false,
      reason: "corrupt",
      detail: "xl/worksheets/sheet1.xml: expands past its declared size",
    });
  });
});
