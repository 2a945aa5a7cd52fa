// The reader's result between threads: JSON, with mostly-empty rows and sheets as entries.
import type { Cell } from "../../src/core/grid";
import type { ReadXlsxResult } from "../../src/ooxml/read-xlsx";
import { resultFromJson, resultToJson } from "../../src/xlsx/grid-json";

function result(rows: (Cell[] | undefined)[]): ReadXlsxResult {
  return { ok: true, date1904: false, grid: { sheets: [{ name: "S", rows, merges: [] }] } };
}

test("a row with one value in column XFD and a value in row 1048576 stay a few bytes", () => {
  const wide: Cell[] = [];
  wide[16383] = "x";
  const rows: (Cell[] | undefined)[] = [["a", undefined, 1], wide];
  rows[1048575] = [{ date: "2018-06-27" }];
  const json = resultToJson(result(rows));
  expect(json.length).toBeLessThan(300);
  const back = resultFromJson(json);
  if (!back.ok) throw new Error("not ok");
  const sheet = back.grid.sheets[0]!;
  expect(sheet.rows).toHaveLength(1048576);
  expect(sheet.rows[1]).toHaveLength(16384);
  expect(sheet.rows[1]![16383]).toBe("x");
  expect(sheet.rows[1048575]).toEqual([{ date: "2018-06-27" }]);
  expect(sheet.rows[0]).toEqual(["a", undefined, 1]);
  expect(1 in sheet.rows[0]!).toBe(true);
  expect(sheet.rows[0]![1]).toBeUndefined();
  expect(sheet.rows[5]).toBeUndefined();
});

test("dense rows and failures go through unchanged; empty cells come back undefined", () => {
  const rows = Array.from({ length: 100 }, (_, r) =>
    Array.from({ length: 100 }, (_, c): Cell => (c % 2 ? undefined : r * c)),
  );
  const back = resultFromJson(resultToJson(result(rows)));
  expect(back).toEqual(result(rows));
  expect(back.ok && back.grid.sheets[0]!.rows[3]![1]).toBeUndefined();
  const failure: ReadXlsxResult = { ok: false, reason: "corrupt", detail: "DTD" };
  expect(resultFromJson(resultToJson(failure))).toEqual(failure);
});
