import { readXlsx } from "../../src/ooxml/read-xlsx";
import { miniWorkbook, miniWorkbookEntries, writeZip, type MiniWorkbook } from "./zip-fixtures";

function read(book: MiniWorkbook) {
  const result = readXlsx(miniWorkbook(book));
  if (!result.ok) throw new Error(`unreadable: ${result.reason} ${result.detail ?? ""}`);
  return result.grid;
}

function rowsOf(body: string, extra: Partial<MiniWorkbook> = {}) {
  return read({ sheets: [{ name: "S", body }], ...extra }).sheets[0]!.rows;
}

const DATE_STYLES =
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="22" xfId="0"><alignment wrapText="1"/></xf></cellXfs>`;

describe("readXlsx: package layout", () => {
  test("finds sheet parts by relationship, whatever their names and target forms", () => {
    const grid = read({
      sheets: [
        {
          name: "甲",
          part: "xl/worksheets/data.xml",
          target: "/xl/worksheets/data.xml",
          body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`,
        },
        {
          name: "乙",
          part: "xl/sheets/other.xml",
          target: "./worksheets/../sheets/other.xml",
          body: `<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>`,
        },
      ],
    });
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.rows[0]?.[0]])).toEqual([
      ["甲", 1],
      ["乙", 2],
    ]);
  });

  test("a sheet whose part is missing, or whose target is external, is left out; the others are read", () => {
    const one = `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`;
    const entries = miniWorkbookEntries({
      sheets: [
        { name: "甲", body: one },
        { name: "乙", body: "<sheetData/>" },
        { name: "丙", body: "<sheetData/>", target: "file:///C:/evil.xml" },
        { name: "丁", body: one },
      ],
    });
    const withoutSecond = entries.filter((entry) => entry.name !== "xl/worksheets/sheet2.xml");
    const result = readXlsx(writeZip(withoutSecond));
    expect(result.ok && result.grid.sheets.map((sheet) => [sheet.name, sheet.rows])).toEqual([
      ["甲", [[1]]],
      ["丁", [[1]]],
    ]);
  });

  test("a Windows-written package: backslashes, [content_types].xml, no _rels/.rels", () => {
    const entries = miniWorkbookEntries({
      sheets: [
        { name: "S", body: `<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>` },
      ],
    })
      .filter((entry) => entry.name !== "_rels/.rels")
      .map((entry) => ({
        ...entry,
        name: entry.name.replace("[Content_Types]", "[content_types]").replaceAll("/", "\\"),
      }));
    expect(entries.map((entry) => entry.name)).toContain("xl\\worksheets\\sheet1.xml");
    const result = readXlsx(writeZip(entries));
    expect(result.ok && result.grid.sheets).toEqual([{ name: "S", rows: [[7]], merges: [] }]);
  });

  test("relationship targets written with backslashes resolve too", () => {
    const grid = read({
      sheets: [
        {
          name: "S",
          target: "worksheets\\sheet1.xml",
          body: `<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>`,
        },
      ],
    });
    expect(grid.sheets[0]!.rows).toEqual([[3]]);
  });

  test("a chart sheet is an empty sheet in its place", () => {
    const entries = miniWorkbookEntries({
      sheets: [
        { name: "图表", body: "" },
        { name: "数据", body: `<sheetData><row><c><v>1</v></c></row></sheetData>` },
      ],
    }).map((entry) =>
      entry.name === "xl/_rels/workbook.xml.rels"
        ? { ...entry, data: (entry.data as string).replace("/worksheet", "/chartsheet") }
        : entry,
    );
    const result = readXlsx(writeZip(entries));
    expect(result.ok && result.grid.sheets).toEqual([
      { name: "图表", rows: [], merges: [] },
      { name: "数据", rows: [[1]], merges: [] },
    ]);
  });

  test("a zip without a workbook part is corrupt", () => {
    expect(readXlsx(writeZip([{ name: "a.txt", data: "hello" }]))).toEqual({
      ok: false,
      reason: "corrupt",
      detail: "no workbook part",
    });
  });

  test("reads elements with a namespace prefix", () => {
    const body =
      `<x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c>` +
      `</x:row></x:sheetData>`;
    expect(rowsOf(body)).toEqual([[undefined, "前缀"]]);
  });
});

describe("readXlsx: cells", () => {
  test("reads shared strings: rich runs joined, phonetic runs left out, escapes decoded", () => {
    const sharedStrings = [
      "<si><t>plain</t></si>",
      `<si><r><rPr><b/></rPr><t xml:space="preserve">富 </t></r><r><t>文本</t></r></si>`,
      `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>`,
      "<si><t>line_x000D_&#10;end &amp; &lt;tag&gt; _x005F_x0041_</t></si>",
      "<si/>",
    ];
    const body =
      `<sheetData><row r="1">` +
      [0, 1, 2, 3, 4].map((i) => `<c t="s"><v>${i}</v></c>`).join("") +
      `</row></sheetData>`;
    expect(rowsOf(body, { sharedStrings })).toEqual([
      ["plain", "富 文本", "漢字", "line\r\nend & <tag> _x0041_", ""],
    ]);
  });

  test("a shared string reads the same whether its markup is the usual one or not", () => {
    // The usual form of each (read in one step), then the same string in another spelling.
    const pairs = [
      ["<si><t>a_x000D_b</t></si>", "<si><t >a_x000D_b</t></si>"],
      ["<si><t>x &amp; y\r\nz</t></si>", "<si><!-- --><t>x &amp; y\r\nz</t></si>"],
      ["<si><t></t></si>", "<si><t/></si>"],
      ["<si><t>甲</t></si>", "<si>\n<t>甲</t></si>"],
    ];
    for (const at of [0, 1]) {
      const sharedStrings = pairs.map((p) => p[at]!);
      const body =
        `<sheetData><row r="1">` +
        pairs.map((_p, i) => `<c t="s"><v>${i}</v></c>`).join("") +
        `</row></sheetData>`;
      expect(rowsOf(body, { sharedStrings })).toEqual([["a\rb", "x & y\nz", "", "甲"]]);
    }
  });

  test("cells and rows without r follow the previous ones", () => {
    const body =
      `<sheetData><row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row>` +
      `<row><c><v>3</v></c></row></sheetData>`;
    expect(rowsOf(body)).toEqual([undefined, [undefined, 1, 2], [3]]);
  });

  test("reads inline strings, ISO dates, booleans, errors and string formula results", () => {
    const body =
      `<sheetData><row r="1">` +
      `<c r="A1" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r><rPh><t>x</t></rPh></is></c>` +
      `<c r="B1" t="d"><v>2018-06-27T00:00:00Z</v></c>` +
      `<c r="C1" t="d"><v>2018-06-27T08:30:05</v></c>` +
      `<c r="D1" t="b"><v>0</v></c>` +
      `<c r="E1" t="e"><v>#DIV/0!</v></c>` +
      `<c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
      `<c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
      `<c r="H1" t="str"><f>""</f><v></v></c>` +
      `<c r="I1"><f>A1</f><v></v></c>` +
      `<c r="J1" s="1"/>` +
      `</row></sheetData>`;
    expect(rowsOf(body)).toEqual([
      [
        "内联",
        { date: "2018-06-27" },
        { date: "2018-06-27T08:30:05" },
        false,
        { error: "#DIV/0!" },
        { formula: true, result: "ab" },
        { formula: true, result: { error: "#DIV/0!" } },
        { formula: true, result: "" },
        { formula: true, result: null },
      ],
    ]);
  });

  test("numbers styled with a date format (built-in or custom) become dates; others stay numbers", () => {
    const body =
      `<sheetData><row r="1"><c r="A1" s="1"><v>43278</v></c><c r="B1" s="2"><v>43278.25</v></c>` +
      `<c r="C1" s="0"><v>43278</v></c><c r="D1"><v>43278</v></c></row></sheetData>`;
    expect(rowsOf(body, { styles: DATE_STYLES })).toEqual([
      [{ date: "2018-06-27" }, { date: "2018-06-27T06:00:00" }, 43278, 43278],
    ]);
  });

  test("values of plain digits read in place as the text would: zeros, pieces, entities, 16 digits", () => {
    const sharedStrings = ["<si><t>a</t></si>", "<si><t>b</t></si>", "<si><t>c</t></si>"];
    const cells = [
      `<c t="s"><v>002</v></c>`,
      `<c t="s"><v>0<!-- a comment between -->1</v></c>`,
      `<c t="s"><v>&#49;</v></c>`,
      `<c t="s"><v><![CDATA[2]]></v></c>`,
      `<c><v>0007</v></c>`,
      `<c><v>12<!-- -->34</v></c>`,
      `<c><v>1234567890123456789</v></c>`,
      `<c><v>1&#50;</v></c>`,
      `<c s="1"><v>43278</v></c>`,
      `<c><f>1+1</f><v>2</v></c>`,
      `<c t="str"><v>0042</v></c>`,
      `<c t="b"><v>1</v></c>`,
      `<c><v> 5 </v></c>`,
    ];
    const body = `<sheetData><row r="1">${cells.join("")}</row></sheetData>`;
    expect(rowsOf(body, { sharedStrings, styles: DATE_STYLES })).toEqual([
      [
        "c",
        "b",
        "b",
        "c",
        7,
        1234,
        Number("1234567890123456789"),
        12,
        { date: "2018-06-27" },
        { formula: true, result: 2 },
        "0042",
        true,
        5,
      ],
    ]);
  });

  test("a cell reads the same whether its markup is the usual one or not", () => {
    const sharedStrings = ["<si><t>a</t></si>", "<si><t>b</t></si>"];
    // Each pair: the usual form (read in one step), then the same cell in another spelling.
    const pairs = [
      [`<c r="A1" s="0" t="s"><v>1</v></c>`, `<c\tr="A1" s="0" t="s"><v>1</v></c>`],
      [`<c r="B1" t="s"><v>0</v></c>`, `<c r='B1' t='s' ><v >0</v></c>`],
      [`<c r="C1" s="1"><v>43278</v></c>`, `<c r="C1" s="1"><v>43278</v ></c>`],
      [`<c r="D1" t="str"><v>x&amp;y</v></c>`, `<c r="D1" t="str"><!-- --><v>x&amp;y</v></c>`],
      [`<c r="E1" t="str"><v></v></c>`, `<c r="E1" t="str"><v/></c>`],
      [`<c r="F1" cm="1" t="n"><v>2.5</v></c>`, `<c r="F1" cm="1" t="n"><v>2.5</v>\n</c>`],
      [`<c r="G1" t="s" t="str"><v>1</v></c>`, `<c r="G1" t="s" t="str"><v>1</v></c >`],
      [`<c r="H1"/>`, `<c r="H1"></c>`],
      [`<c><v>9</v></c>`, `<c ><v>9</v></c>`],
    ];
    const expected = ["b", "a", { date: "2018-06-27" }, "x&y", "", 2.5, "b", undefined, 9];
    for (const at of [0, 1]) {
      const body = `<sheetData><row r="1">${pairs.map((p) => p[at]).join("")}</row></sheetData>`;
      expect(rowsOf(body, { sharedStrings, styles: DATE_STYLES })).toEqual([expected]);
    }
  });
  test("a shared string index past the table is corrupt", () => {
    const book = {
      sheets: [{ name: "S", body: `<sheetData><row><c t="s"><v>5</v></c></row></sheetData>` }],
      sharedStrings: ["<si><t>a</t></si>"],
    };
    expect(readXlsx(miniWorkbook(book))).toMatchObject({ ok: false, reason: "corrupt" });
  });

  test("a sheet that ends inside its data is corrupt", () => {
    const book = { sheets: [{ name: "S", body: `<sheetData><row><c><v>1</v></c></row>` }] };
    expect(readXlsx(miniWorkbook(book))).toMatchObject({ ok: false, reason: "corrupt" });
  });
});

describe("readXlsx: merged cells", () => {
  test("keeps only the top-left value of a merge, even when the file stores the others", () => {
    const body =
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c><c r="C1"><v>9</v></c></row>` +
      `<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>1</v></c></row></sheetData>` +
      `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`;
    expect(read({ sheets: [{ name: "S", body }] }).sheets[0]).toEqual({
      name: "S",
      rows: [
        [1, undefined, 9],
        [undefined, undefined],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    });
  });

  test("clamps a merge over the whole sheet to the cells with data", () => {
    const body =
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>` +
      `</sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="E5:F9"/></mergeCells>`;
    expect(read({ sheets: [{ name: "S", body }] }).sheets[0]).toMatchObject({
      rows: [[1], undefined, [undefined, undefined, undefined]],
      merges: [{ top: 0, left: 0, bottom: 2, right: 2 }],
    });
  });
});

describe("readXlsx: hostile files", () => {
  test("thousands of overlapping whole-sheet merges are corrupt, found without walking them", () => {
    const rows = Array.from(
      { length: 2000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="L${r + 1}"><v>1</v></c></row>`,
    ).join("");
    const merges = Array.from(
      { length: 20_000 },
      (_, i) => `<mergeCell ref="A1:XFD${1048576 - i}"/>`,
    );
    const body = `<sheetData>${rows}</sheetData><mergeCells>${merges.join("")}</mergeCells>`;
    const started = Date.now();
    expect(readXlsx(miniWorkbook({ sheets: [{ name: "S", body }] }))).toEqual({
      ok: false,
      reason: "corrupt",
      detail: "overlapping merged ranges",
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("a billion-laughs shared strings part is corrupt: DTD, never expanded", () => {
    const laughs =
      `<!DOCTYPE sst [<!ENTITY lol "lol">` +
      Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`,
      ).join("") +
      `]>`;
    const entries = miniWorkbookEntries({
      sheets: [{ name: "S", body: `<sheetData><row><c t="s"><v>0</v></c></row></sheetData>` }],
      sharedStrings: ["<si><t>&lol9;</t></si>"],
    }).map((entry) =>
      entry.name === "xl/sharedStrings.xml"
        ? { ...entry, data: (entry.data as string).replace("<sst", `${laughs}<sst`) }
        : entry,
    );
    expect(readXlsx(writeZip(entries))).toEqual({ ok: false, reason: "corrupt", detail: "DTD" });
  });

  test("an external entity in a sheet is corrupt: DTD", () => {
    const entries = miniWorkbookEntries({
      sheets: [
        {
          name: "S",
          body: `<sheetData><row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>`,
        },
      ],
    }).map((entry) =>
      entry.name.endsWith("sheet1.xml")
        ? {
            ...entry,
            data: (entry.data as string).replace(
              "<worksheet",
              `<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet`,
            ),
          }
        : entry,
    );
    expect(readXlsx(writeZip(entries))).toEqual({ ok: false, reason: "corrupt", detail: "DTD" });
  });

  test("whole-sheet columns, merges, names and ten whole-column validations read quickly", () => {
    const validations = Array.from(
      { length: 10 },
      (_, i) =>
        `<dataValidation type="list" allowBlank="1" sqref="${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}1048576"><formula1>"是,否"</formula1></dataValidation>`,
    ).join("");
    const rows = Array.from(
      { length: 200 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`,
    ).join("");
    const body =
      `<cols><col min="1" max="16384" width="9"/><col min="1" max="200000000"/></cols>` +
      `<sheetData>${rows}</sheetData>` +
      `<mergeCells count="1"><mergeCell ref="B1:XFD1048576"/></mergeCells>` +
      `<dataValidations count="10">${validations}</dataValidations>`;
    const started = Date.now();
    const grid = read({
      sheets: [{ name: "S", body }],
      afterSheets: `<definedNames><definedName name="all">S!$A:$XFD</definedName></definedNames>`,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(grid.sheets[0]!.rows).toHaveLength(200);
    expect(grid.sheets[0]!.rows[199]).toEqual([199]);
    // B1 onwards holds no data, so the merge shrinks to nothing and is dropped.
    expect(grid.sheets[0]!.merges).toEqual([]);
  });

  test("__proto__ as sheet name, defined name and relationship id leaves Object.prototype alone", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const grid = read({
      sheets: [
        {
          name: "__proto__",
          relationshipId: "__proto__",
          body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>__proto__</t></is></c></row></sheetData>`,
        },
        { name: "constructor", relationshipId: "constructor", body: "<sheetData/>" },
      ],
      afterSheets:
        `<definedNames><definedName name="__proto__">__proto__!$B$7</definedName>` +
        `<definedName name="constructor">__proto__!$A:$A</definedName></definedNames>`,
    });
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["__proto__", "constructor"]);
    expect(grid.sheets[0]!.rows).toEqual([["__proto__"]]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)["B7"]).toBeUndefined();
  });
});
