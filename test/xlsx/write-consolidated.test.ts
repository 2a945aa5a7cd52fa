import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { writeFileAtomic } from "../../src/xlsx/atomic-write";
import { cellText } from "../../src/ooxml/consolidated-parts";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";
import type { ConsolidatedSheets } from "../../src/core/consolidated/plan";
import { NUMBER_FORMATS } from "../../src/core/consolidated/layout";

const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan: ConsolidatedSheets = {
  sheets: [
    {
      name: "村级指标",
      columns: [
        { header: "村代码", kind: "code", numFmt: NUMBER_FORMATS.code, width: 12, wrap: false },
        {
          header: "帮扶资金合计(元)",
          kind: "money",
          numFmt: NUMBER_FORMATS.money,
          width: 12,
          wrap: false,
        },
        { header: "贫困发生率", kind: "rate", numFmt: NUMBER_FORMATS.rate, width: 12, wrap: false },
        { header: "日期", kind: "date", numFmt: NUMBER_FORMATS.date, width: 12, wrap: false },
        { header: "备注", kind: "text", numFmt: NUMBER_FORMATS.text, width: 12, wrap: false },
      ],
      header: true,
      rows: [
        ["420116012215", 4910000, 0.0123, "2018-06-27", '=HYPERLINK("file:///c:/x","点我")'],
        ["420117102205", 2000000, null, null, "＋1\u0001\uFFFE"],
      ],
      frozenHeader: true,
      autoFilter: true,
      hidden: false,
      dataBars: [1, 2],
      title: "村级指标（2018）",
      chart: null,
    },
    {
      name: "_meta",
      columns: [
        { header: "", kind: "text", numFmt: NUMBER_FORMATS.text, width: 12, wrap: false },
        { header: "", kind: "text", numFmt: NUMBER_FORMATS.text, width: 12, wrap: false },
      ],
      header: false,
      rows: [["template", "aidsheet-consolidated/1"]],
      frozenHeader: false,
      autoFilter: false,
      hidden: true,
      dataBars: [],
      title: null,
      chart: null,
    },
  ],
};

describe("the consolidated workbook writer", () => {
  const file = path.join(dir, "out.xlsx");
  let wb: ExcelJS.Workbook;
  let parts: Record<string, string>;

  beforeAll(async () => {
    await writeConsolidated(file, plan);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const zip = unzipSync(readFileSync(file));
    parts = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
  });

  test("codes as text cells, numbers as numbers with their formats, dates as date cells", () => {
    const ws = wb.getWorksheet("村级指标")!;
    expect(ws.getCell("A2").value).toBe("420116012215");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect(ws.getCell("B2").value).toBe(4910000);
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C2").numFmt).toBe("0.00%");
    expect((ws.getCell("D2").value as Date).toISOString()).toBe("2018-06-27T00:00:00.000Z");
  });

  test("formula-like text is a string cell; no formula anywhere; illegal XML characters dropped", () => {
    const ws = wb.getWorksheet("村级指标")!;
    expect(ws.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("E2").value).toBe('=HYPERLINK("file:///c:/x","点我")');
    expect(ws.getCell("E3").value).toBe("＋1");
    const sheetXml = Object.entries(parts)
      .filter(([k]) => k.startsWith("xl/worksheets/"))
      .map(([, v]) => v)
      .join("");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).not.toContain("<hyperlink");
  });

  test("frozen, filtered header; data bars on the columns asked; _meta hidden", () => {
    const ws = wb.getWorksheet("村级指标")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const xml = parts["xl/worksheets/sheet1.xml"]!;
    expect(xml).toMatch(/<autoFilter ref="A1:E3"/);
    expect(xml.match(/<dataBar/g)).toHaveLength(2);
    expect(xml).toContain('sqref="B2:B3"');
    expect(wb.getWorksheet("_meta")!.state).toBe("hidden");
  });

  test("cell text is cut to Excel's 32,767 characters", () => {
    expect(cellText("字".repeat(40000))).toHaveLength(32767);
  });
});

describe("text cells", () => {
  // Each text as written: escaped, cleaned, spaces kept at either end, plain text as it is.
  const cases: [string, string][] = [
    ["张三 丰", "<t>张三 丰</t>"],
    ["a&b<c>\"d'", "<t>a&amp;b&lt;c&gt;&quot;d'</t>"],
    [" lead", '<t xml:space="preserve"> lead</t>'],
    ["trail\u3000", '<t xml:space="preserve">trail\u3000</t>'],
    ["\u00a0nbsp", '<t xml:space="preserve">\u00a0nbsp</t>'],
    ["line\nbreak", "<t>line\nbreak</t>"],
    ["cr\rhere", "<t>cr_x000D_here</t>"],
    ["_x0041_ and _y", "<t>_x005F_x0041_ and _y</t>"],
    ["bell\u0007", "<t>bell</t>"],
    ["lone\ud83d pair\ud83d\ude00", "<t>lone pair\ud83d\ude00</t>"],
    ["not\ufffeXML\uffff", "<t>notXML</t>"],
    ["x".repeat(32768), `<t>${"x".repeat(32766)}…</t>`],
  ];

  test.each(cases)("case %#", async (text, written) => {
    const file = path.join(dir, "text.xlsx");
    const sheet = plan.sheets[1]!;
    await writeConsolidated(file, { sheets: [{ ...sheet, rows: [["text", text]] }] });
    const xml = strFromU8(unzipSync(readFileSync(file))["xl/worksheets/sheet1.xml"]!);
    expect(/<c r="B1"[^>]*>(.*?)<\/c>/s.exec(xml)?.[1]).toBe(`<is>${written}</is>`);
  });
});

test("every character `\\s` matches keeps its space at either end, and only those", async () => {
  const file = path.join(dir, "spaces.xlsx");
  const chars = Array.from({ length: 0xfffe - 0x80 }, (_, i) =>
    String.fromCharCode(0x80 + i),
  ).filter((ch) => ch < "\ud800" || ch > "\udfff");
  const sheet = plan.sheets[1]!;
  const rows = chars.map((ch) => [`${ch}x`, `x${ch}`]);
  await writeConsolidated(file, { sheets: [{ ...sheet, rows }] });
  const xml = strFromU8(unzipSync(readFileSync(file))["xl/worksheets/sheet1.xml"]!);
  const kept = [...xml.matchAll(/<c r="[AB]\d+"[^>]*><is><t( xml:space="preserve")?>/g)];
  expect(kept.map((m) => m[1] !== undefined)).toEqual(
    chars.flatMap((ch) => [/\s/.test(ch), /\s/.test(ch)]),
  );
});

describe("atomic writes", () => {
  test("a write that fails midway leaves the previous output intact and no temporary file", async () => {
    const target = path.join(dir, "keep.xlsx");
    writeFileSync(target, "previous");
    await expect(
      writeFileAtomic(target, async (tmp) => {
        writeFileSync(tmp, "half");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("previous");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
