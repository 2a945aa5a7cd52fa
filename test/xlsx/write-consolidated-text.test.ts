// Text and numbers through the streaming consolidated writer, read back exactly.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConsolidatedSheets, PlannedSheet } from "../../src/core/consolidated/plan";
import { NUMBER_FORMATS } from "../../src/core/consolidated/layout";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";

const dir = mkdtempSync(join(tmpdir(), "aidsheet-write-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheet(rows: PlannedSheet["rows"]): PlannedSheet {
  return {
    name: "村级指标",
    columns: [
      { header: " 备注 ", kind: "text", numFmt: NUMBER_FORMATS.text, width: 12, wrap: false },
      { header: "金额", kind: "money", numFmt: NUMBER_FORMATS.money, width: 12, wrap: false },
      { header: "日期", kind: "datetime", numFmt: NUMBER_FORMATS.datetime, width: 12, wrap: false },
    ],
    header: true,
    rows,
    frozenHeader: true,
    autoFilter: true,
    hidden: false,
    dataBars: [1],
    title: "村级指标（2018）",
    chart: null,
  };
}

async function roundTrip(plan: ConsolidatedSheets) {
  const file = join(dir, "out.xlsx");
  await writeConsolidated(file, plan);
  const read = readXlsx(new Uint8Array(readFileSync(file)));
  if (!read.ok) throw new Error(read.reason);
  return read.grid.sheets[0]!.rows;
}

test("text keeps its spaces, line ends, markup characters and _xHHHH_ look-alikes", async () => {
  const texts = [" 前后有空格 ", "a\r\nb\rc", '<b>&amp;"引号"</b>', "_x0041_ stays", "x_x005F_y"];
  const rows = await roundTrip({ sheets: [sheet(texts.map((t) => [t, 1, null]))] });
  expect(rows.slice(1).map((r) => r![0])).toEqual(texts);
  expect(rows[0]![0]).toBe(" 备注 ");
});

test("numbers as written; a number that is not finite leaves its cell empty", async () => {
  const rows = await roundTrip({
    sheets: [
      sheet([
        ["a", -0.000001, "2018-06-27T08:30"],
        ["b", Number.POSITIVE_INFINITY, "not a date"],
        ["c", Number.NaN, "2018-06-27"],
      ]),
    ],
  });
  expect(rows.slice(1).map((r) => [r![1], r![2]])).toEqual([
    [-0.000001, { date: "2018-06-27T08:30:00" }],
    [undefined, "not a date"],
    [undefined, { date: "2018-06-27" }],
  ]);
});

test("a plan that fails midway leaves no file behind", async () => {
  const rows: (string | number | null)[][] = Array.from({ length: 60_000 }, (_, i) => [`户${i}`]);
  Object.defineProperty(rows, 50_000, {
    get() {
      throw new Error("plan broke");
    },
  });
  const target = join(dir, "never.xlsx");
  await expect(writeConsolidated(target, { sheets: [sheet(rows)] })).rejects.toThrow("plan broke");
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
