import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { PORTABLE_CODEC, extractEntry } from "../../src/ooxml/zip-entry";
import { ZIP_LIMITS, guardZip } from "../../src/ooxml/zip-guard";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { ZLIB_CODEC } from "../../src/xlsx/zlib-codec";
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

  test("a 100 MB run of zeros deflated is a ratio bomb", () => {
    const bomb = writeZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(100 * MB) }]);
    expect(bomb.length).toBeLessThan(MB);
    expect(guardZip(bomb)).toEqual({
      ok: false,
      reason: "ratio",
      limit: 100,
      detail: "xl/worksheets/sheet1.xml",
    });
  });

  test("the ratio is judged from 100 MB expanded: a 57 MB sheet at 121:1 passes", () => {
    const packed = randomBytes(470_000);
    const sheet = (declaredUncompressedSize: number) =>
      guardZip(
        writeZip([
          {
            name: "xl/worksheets/sheet1.xml",
            data: packed,
            stored: true,
            declaredUncompressedSize,
          },
        ]),
      );
    expect(sheet(57 * MB)).toMatchObject({ ok: true });
    expect(sheet(100 * MB - 1)).toMatchObject({ ok: true });
    expect(sheet(100 * MB)).toMatchObject({ ok: false, reason: "ratio" });
  });

  test("part names compare without case and with \\ read as /: such twins are duplicate-part", () => {
    const twins = [
      { name: "xl/worksheets/sheet1.xml", data: "a" },
      { name: "XL\\Worksheets\\sheet1.xml", data: "b" },
    ];
    expect(guardZip(writeZip(twins))).toMatchObject({
      ok: false,
      reason: "duplicate-part",
      detail: "XL\\Worksheets\\sheet1.xml",
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

describe.each([
  ["fflate", PORTABLE_CODEC],
  ["zlib", ZLIB_CODEC],
])("extractEntry with %s", (_, codec) => {
  function onlyEntry(bytes: Uint8Array) {
    const guard = guardZip(bytes);
    if (!guard.ok) throw new Error(guard.reason);
    return guard.entries[0]!;
  }

  test("expands a part to its bytes", () => {
    const bytes = writeZip([{ name: "a.xml", data: "<a>凤凰寨村</a>" }]);
    const out = extractEntry(bytes, onlyEntry(bytes), codec);
    expect(Buffer.from(out as Uint8Array).toString("utf8")).toBe("<a>凤凰寨村</a>");
  });

  test("stops a part that expands past its declared size instead of trusting the directory", () => {
    const data = new Uint8Array(8 * MB).fill(65);
    const bytes = writeZip([{ name: "a.xml", data, declaredUncompressedSize: 1000 }]);
    expect(extractEntry(bytes, onlyEntry(bytes), codec)).toBe("expands past its declared size");
  });

  test("a part shorter than declared is refused", () => {
    const bytes = writeZip([{ name: "a.xml", data: "<a/>", declaredUncompressedSize: 10 }]);
    expect(extractEntry(bytes, onlyEntry(bytes), codec)).toBe("shorter than its declared size");
  });

  test("a part whose bytes do not match its CRC is refused", () => {
    const data = "<a>1</a>";
    const bytes = writeZip([{ name: "a.xml", data, declaredCrc32: crc32(Buffer.from(data)) ^ 1 }]);
    expect(extractEntry(bytes, onlyEntry(bytes), codec)).toBe("checksum");
  });

  test("deflate data that is not deflate is refused", () => {
    const bytes = writeZip([{ name: "a.xml", data: "<a/>" }]);
    const entry = onlyEntry(bytes);
    const at = entry.localHeaderOffset + 30 + "a.xml".length;
    bytes.fill(0xff, at, at + entry.compressedSize);
    expect(extractEntry(bytes, entry, codec)).toMatch(/deflate data|declared size/);
  });
});

describe("extractEntry", () => {
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

describe("guardZip with zip64 records", () => {
  /** One stored part whose sizes and offset live only in zip64 fields, as large-file writers do. */
  function zip64(name: string, text: string): Uint8Array {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(0n, 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    const centralOffset = local.length + nameBytes.length + data.length;
    const centralSize = central.length + nameBytes.length + extra.length;
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeBigUInt64LE(1n, 24);
    end64.writeBigUInt64LE(1n, 32);
    end64.writeBigUInt64LE(BigInt(centralSize), 40);
    end64.writeBigUInt64LE(BigInt(centralOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    return concat([local, nameBytes, data, central, nameBytes, extra, end64, locator, end]);
  }

  test("reads sizes and offsets from the zip64 fields and expands the part", () => {
    const bytes = zip64("xl/a.xml", "<a>zip64</a>");
    const guard = guardZip(bytes);
    expect(guard).toMatchObject({
      ok: true,
      entries: [
        { name: "xl/a.xml", compressedSize: 12, uncompressedSize: 12, localHeaderOffset: 0 },
      ],
    });
    if (!guard.ok) return;
    expect(Buffer.from(extractEntry(bytes, guard.entries[0]!) as Uint8Array).toString()).toBe(
      "<a>zip64</a>",
    );
  });

  test("a zip64 end record that is missing is corrupt", () => {
    const bytes = zip64("xl/a.xml", "<a/>");
    const broken = concat([
      bytes.subarray(0, bytes.length - 22 - 20 - 56),
      bytes.subarray(bytes.length - 22),
    ]);
    expect(guardZip(broken)).toMatchObject({ ok: false, reason: "corrupt" });
  });
});
