// The streaming zip writer: parts deflated as their text comes, readable by other unzippers.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { crc32 } from "../../src/ooxml/crc32";
import { guardZip } from "../../src/ooxml/zip-guard";
import { ZipFileWriter } from "../../src/xlsx/zip-writer";

const dir = mkdtempSync(join(tmpdir(), "aidsheet-zip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function* lines(count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield `<row r="${i + 1}">户${i}</row>\n`;
}

/** A zip file of one part written from `chunks` at level 6, as its bytes. */
async function zipOfOnePart(name: string, chunks: Iterable<string>): Promise<Uint8Array> {
  const path = join(dir, `${name}.zip`);
  const zip = await ZipFileWriter.create(path, 6);
  await zip.add(name, chunks);
  await zip.close();
  return new Uint8Array(readFileSync(path));
}

test("parts of many chunks come back whole, with sizes and CRCs the guard accepts", async () => {
  const path = join(dir, "two.zip");
  const zip = await ZipFileWriter.create(path, 6);
  await zip.add("a.xml", ["<a/>"]);
  // About 6 MB: deflated in several blocks that join into one stream.
  await zip.add("xl/worksheets/sheet1.xml", lines(200_000));
  await zip.add("empty.xml", []);
  await zip.close();
  const bytes = new Uint8Array(readFileSync(path));
  const guarded = guardZip(bytes);
  expect(guarded.ok && guarded.entries.map((e) => e.name)).toEqual([
    "a.xml",
    "xl/worksheets/sheet1.xml",
    "empty.xml",
  ]);
  const parts = unzipSync(bytes);
  expect(strFromU8(parts["a.xml"]!)).toBe("<a/>");
  const sheet = [...lines(200_000)].join("");
  expect(strFromU8(parts["xl/worksheets/sheet1.xml"]!)).toBe(sheet);
  expect(parts["empty.xml"]).toHaveLength(0);
});

test("a large part's blocks each start from the one before: as small as one stream", async () => {
  // 800 random words over and over: a block that forgot them would be 7 % larger.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const words = Array.from({ length: 800 }, () =>
    Array.from({ length: 12 }, () => String.fromCharCode(97 + (random() % 26))).join(""),
  );
  const text = Array.from({ length: 200_000 }, (_, i) => `<t>${words[(i * 7) % 800]}</t>\n`);
  const bytes = await zipOfOnePart("words.xml", text);
  const guarded = guardZip(bytes);
  expect(strFromU8(unzipSync(bytes)["words.xml"]!)).toBe(text.join(""));
  const whole = deflateRawSync(Buffer.from(text.join("")), { level: 6 }).length;
  expect(guarded.ok && guarded.entries[0]!.compressedSize).toBeLessThan(whole * 1.01);
});

test("chunks larger than a block, in three-byte and four-byte characters, come back whole", async () => {
  const chunks = ["<a>", "贫困户😀".repeat(300_000), "x", "村".repeat(700_000), "</a>"];
  const bytes = await zipOfOnePart("wide.xml", chunks);
  const guarded = guardZip(bytes);
  const text = chunks.join("");
  expect(guarded.ok && guarded.entries[0]!.uncompressedSize).toBe(Buffer.byteLength(text));
  expect(strFromU8(unzipSync(bytes)["wide.xml"]!)).toBe(text);
});

test("a part whose text fails midway rejects instead of hanging", async () => {
  const zip = await ZipFileWriter.create(join(dir, "broken.zip"), 6);
  function* failing(): Generator<string> {
    yield* lines(50_000);
    throw new Error("plan broke");
  }
  await expect(zip.add("s.xml", failing())).rejects.toThrow("plan broke");
  await zip.abort();
});

test("CRC-32 continues from the CRC of the bytes before", () => {
  const bytes = new TextEncoder().encode("123456789 and then some more bytes");
  expect(crc32(bytes.subarray(0, 9))).toBe(0xcbf43926);
  expect(crc32(bytes.subarray(9), crc32(bytes.subarray(0, 9)))).toBe(crc32(bytes));
});
