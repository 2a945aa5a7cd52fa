import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { NUMBER_FORMATS } from "../../src/core/consolidated/layout";
import type { ConsolidatedSheets, PlannedSheet } from "../../src/core/consolidated/plan";
import { consolidatedParts } from "../../src/ooxml/consolidated-parts";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { hasNativeDeflate, zipParts } from "../../src/ooxml/zip-parts";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";

const indicators: PlannedSheet = {
  name: "村级指标",
  columns: [
    { header: "村代码", kind: "code", numFmt: NUMBER_FORMATS.code, width: 14, wrap: false },
    {
      header: "帮扶资金合计(元)",
      kind: "money",
      numFmt: NUMBER_FORMATS.money,
      width: 18,
      wrap: false,
    },
    { header: "日期", kind: "date", numFmt: NUMBER_FORMATS.date, width: 12, wrap: false },
    { header: "备注", kind: "text", numFmt: NUMBER_FORMATS.text, width: 40, wrap: true },
  ],
  header: true,
  rows: [
    ["420116012215", 4910000.5, "2018-06-27", " 前后有空格\r\n"],
    ["420117102205", null, null, "x".repeat(200_000)],
  ],
  frozenHeader: true,
  autoFilter: true,
  hidden: false,
  dataBars: [1],
  title: "村级指标（2018）",
  chart: null,
};

// A summary sheet holding a chart over the indicators' rows: drawing and chart parts too.
const plan: ConsolidatedSheets = {
  sheets: [
    {
      ...indicators,
      name: "汇总",
      rows: [],
      dataBars: [],
      title: "汇总（2018）",
      chart: {
        title: "帮扶资金",
        dataSheet: "村级指标",
        firstRowNumber: 2,
        lastRowNumber: 3,
        categoryColumnIndex: 0,
        categories: ["420116012215", "420117102205"],
        series: [
          {
            name: "帮扶资金合计(元)",
            columnIndex: 1,
            values: [4910000.5, null],
            type: "column",
            secondary: false,
            numFmt: NUMBER_FORMATS.money,
          },
        ],
        from: { rowIndex: 3, columnIndex: 0 },
        to: { rowIndex: 20, columnIndex: 8 },
      },
    },
    indicators,
  ],
};

function partsOf(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]);
}

test.each([
  ["native CompressionStream", true],
  ["fflate", false],
])(
  "the browser's zip (%s) holds the same parts, in the same order, as Node's writer writes",
  async (_, native) => {
    const dir = mkdtempSync(path.join(tmpdir(), "aidsheet-zip-parts-"));
    try {
      const file = path.join(dir, "node.xlsx");
      await writeConsolidated(file, plan);
      expect(hasNativeDeflate()).toBe(true);
      const chunks = await zipParts(consolidatedParts(plan, new Date()), new Date(), native);
      const browser = new Uint8Array(await new Blob(chunks).arrayBuffer());
      const withoutTimes = (parts: [string, string][]) =>
        parts.filter(([name]) => name !== "docProps/core.xml");
      const fromNode = partsOf(readFileSync(file));
      expect(partsOf(browser).map(([name]) => name)).toEqual(fromNode.map(([name]) => name));
      expect(withoutTimes(partsOf(browser))).toEqual(withoutTimes(fromNode));
      expect(partsOf(browser).map(([name]) => name)).toContain("xl/charts/chart1.xml");
      const read = readXlsx(browser);
      expect(read.ok && read.grid.sheets[1]?.rows[1]?.[0]).toBe("420116012215");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
