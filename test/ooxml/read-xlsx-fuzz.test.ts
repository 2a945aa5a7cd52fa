import fc from "fast-check";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { miniWorkbook, miniWorkbookEntries, writeZip } from "./zip-fixtures";

const SHEET =
  `<cols><col min="1" max="3"/></cols><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>富</t></r><rPh><t>x</t></rPh></is></c>` +
  `<c r="C1" s="1"><v>43278</v></c></row>` +
  `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row>` +
  `</sheetData><mergeCells><mergeCell ref="A3:B4"/></mergeCells>`;
const BOOK = {
  sheets: [{ name: "S", body: SHEET }],
  sharedStrings: ["<si><t>a&amp;b_x000D_</t></si>"],
  styles: `<numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`,
};

/** readXlsx answers with a grid or a reason, never an exception. */
function expectAnswer(bytes: Uint8Array) {
  const result = readXlsx(bytes);
  expect(typeof result.ok).toBe("boolean");
}

test("the fixture itself reads", () => {
  expect(readXlsx(miniWorkbook(BOOK)).ok).toBe(true);
});

test("random bytes changed anywhere in the zip give a grid or a reason, never an exception", () => {
  const bytes = miniWorkbook(BOOK);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      }),
      (edits) => {
        const copy = bytes.slice();
        for (const [at, value] of edits) copy[at] = value;
        expectAnswer(copy);
      },
    ),
    { numRuns: 300 },
  );
});

test("sheet XML cut, spliced or sprinkled with markup gives a grid or a reason, never an exception", () => {
  const pieces = [
    "<",
    ">",
    "/>",
    "</c>",
    "<c",
    '"',
    "&",
    "&#x0;",
    "<![CDATA[",
    "<!--",
    "<?",
    "<v>",
    "_x00",
  ];
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(SHEET.length), fc.constantFrom(...pieces), fc.nat(5)), {
        minLength: 1,
        maxLength: 6,
      }),
      (edits) => {
        let body = SHEET;
        for (const [at, piece, cut] of edits)
          body = body.slice(0, at) + piece + body.slice(at + cut);
        const entries = miniWorkbookEntries({ ...BOOK, sheets: [{ name: "S", body }] });
        expectAnswer(writeZip(entries));
      },
    ),
    { numRuns: 300 },
  );
});
