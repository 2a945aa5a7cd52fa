// Valid workbook files damaged byte by byte, and inside their XML parts: the reader, validation
// and merge return an outcome for every file, never throw, and keep every row accounted for.
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { SubmissionFile } from "../../src/core/model";
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { submissionOf } from "../../src/core/validate/submission-of";
import { inputOf } from "../../src/xlsx/read-submissions";
import { content, escapeXml, gridOf, submission, writeZip } from "../corpus/build";
import { templateWithWholeColumnDropdowns } from "../corpus/cases";
import { miniWorkbookEntries } from "../ooxml/zip-fixtures";
import { FUZZ_SEED, expectAccounting, mergeAll } from "./arbitraries";

/** A change to the bytes; `where` is a fraction of the length, so an edit fits any file. */
type Edit = { readonly where: number } & (
  | { readonly kind: "flip"; readonly bit: number }
  | { readonly kind: "set"; readonly byte: number }
  | { readonly kind: "truncate" }
  | { readonly kind: "insert"; readonly bytes: Uint8Array }
  | { readonly kind: "delete"; readonly length: number }
);

const where = fc.double({ min: 0, max: 1, noNaN: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ where, kind: fc.constant("flip" as const), bit: fc.nat(7) }),
  fc.record({ where, kind: fc.constant("set" as const), byte: fc.nat(255) }),
  fc.record({ where, kind: fc.constant("truncate" as const) }),
  fc.record({
    where,
    kind: fc.constant("insert" as const),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    where,
    kind: fc.constant("delete" as const),
    length: fc.integer({ min: 1, max: 64 }),
  }),
);

function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let out = bytes.slice();
  for (const e of edits) {
    const at = Math.min(out.length, Math.floor(e.where * out.length));
    switch (e.kind) {
      case "flip":
        if (at < out.length) out[at]! ^= 1 << e.bit;
        break;
      case "set":
        if (at < out.length) out[at] = e.byte;
        break;
      case "truncate":
        out = out.slice(0, at);
        break;
      case "insert":
        out = new Uint8Array([...out.subarray(0, at), ...e.bytes, ...out.subarray(at)]);
        break;
      case "delete":
        out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + e.length)]);
        break;
    }
  }
  return out;
}

// Fragments that steer XML damage towards what the reader parses: tags, references, entities.
const xmlFragment = fc.constantFrom(
  "<",
  ">",
  "/>",
  "</row>",
  "<row>",
  '<row r="0">',
  '<row r="1048577">',
  '<c r="A1">',
  '<c r="XFD1048576" t="s"><v>0</v></c>',
  '<c t="s"><v>-1</v></c>',
  '<c t="e"><v>#N/A</v></c>',
  '<c t="b"><v>2</v></c>',
  '<c t="d"><v>2018-13-45</v></c>',
  "<f>1+1</f>",
  "<v>1e999</v>",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  "<!DOCTYPE x>",
  "<![CDATA[",
  "]]>",
  "&amp;",
  "&#0;",
  "&#x10FFFF;",
  "&bogus;",
  "_x0000_",
  "_xD800_",
  '"',
  "'",
  "\u0000",
  "\uFFFE",
);

interface XmlEdit {
  readonly part: number;
  readonly where: number;
  readonly cut: number;
  readonly fragment: string;
}

const xmlEdit: fc.Arbitrary<XmlEdit> = fc.record({
  part: fc.nat(),
  where,
  cut: fc.nat(16),
  fragment: fc.oneof(xmlFragment, fc.string({ maxLength: 8 })),
});

/** Damage inside the XML parts, re-zipped with true checksums, to reach the parser. */
function applyXmlEdits(bytes: Uint8Array, edits: readonly XmlEdit[]): Uint8Array {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  for (const e of edits) {
    const name = names[e.part % names.length]!;
    const xml = strFromU8(parts[name]!);
    const at = Math.floor(e.where * xml.length);
    parts[name] = strToU8(xml.slice(0, at) + e.fragment + xml.slice(at + e.cut));
  }
  return zipSync(parts, { level: 0 });
}

const bases: Uint8Array[] = [];
let good: SubmissionFile;

beforeAll(async () => {
  bases.push(await submission(11));
  const grid = gridOf(content(12));
  bases.push(
    writeZip(
      miniWorkbookEntries({
        sheets: grid.sheets.map((s) => ({
          name: s.name,
          body: `<sheetData>${s.rows
            .map(
              (r, i) =>
                `<row r="${i + 1}">${(r ?? [])
                  .map((c) =>
                    typeof c === "number"
                      ? `<c><v>${c}</v></c>`
                      : `<c t="inlineStr"><is><t>${escapeXml(String(c ?? ""))}</t></is></c>`,
                  )
                  .join("")}</row>`,
            )
            .join("")}</sheetData>`,
        })),
      }).map((entry) => ({ ...entry, stored: true })),
    ),
  );
  bases.push(await templateWithWholeColumnDropdowns(13));
  good = fileOf("good.xlsx", await submission(1));
}, 60_000);

function fileOf(name: string, bytes: Uint8Array): SubmissionFile {
  return submissionOf(inputOf(name, readWorkbookBytesInProcess(bytes)), DEFAULT_CONFIG);
}

/** Each damaged file is unreadable or validated, and merged with a good one: nothing lost. */
function checkDamaged(files: readonly Uint8Array[]): void {
  const damaged = files.map((bytes, i) => fileOf(`damaged-${i}.xlsx`, bytes));
  for (const f of damaged) {
    const unreadable = f.read.issues.filter((i) => i.code === "unreadable");
    if (unreadable.length > 0) {
      expect(f.read.rejected).toBe(true);
      expect(f.read.issues).toHaveLength(1);
    }
  }
  const result = mergeAll([good, ...damaged]);
  expectAccounting(result);
  expect(result.files.find((f) => f.file === "good.xlsx")!.rows.households.merged).toBe(2);
}

test("random byte flips, truncations, insertions and deletions in the zip bytes", () => {
  fc.assert(
    fc.property(fc.nat(2), fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
      checkDamaged([applyEdits(bases[base]!, edits)]);
    }),
    { seed: FUZZ_SEED, numRuns: 300 },
  );
});

test("damage inside the XML parts, with valid zip checksums", () => {
  fc.assert(
    fc.property(fc.nat(2), fc.array(xmlEdit, { minLength: 1, maxLength: 4 }), (base, edits) => {
      checkDamaged([applyXmlEdits(bases[base]!, edits)]);
    }),
    { seed: FUZZ_SEED, numRuns: 200 },
  );
});
