import {
  MARK_COLORS,
  MARK_FORMULA,
  clearMarks,
  earlierMarks,
  markCells,
  queueEarlierMarks,
} from "../../../src/addin/office/marks";
import type { CellMark } from "../../../src/addin/office/marks";
import { readWorkbook } from "../../../src/addin/office/read-workbook";
import { parseAddress, parseRange } from "../../../src/core/grid";
import { FakeWorkbook } from "../../support/fake-excel";
import type { FakeExcelHost, FakeSheet } from "../../support/fake-excel";
import { hostOf, run } from "./harness";

const GREEN = "#00B050";
const BLUE = "#0070C0";

/** 帮扶村 with text in A1:C3, B1 filled green, and a rule of the user's colouring B1:B3 blue. */
function villageSheet() {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("帮扶村");
  wb.type("帮扶村", "A1", [
    ["a", "b", "c"],
    ["d", "e", "f"],
    ["g", "h", "i"],
  ]);
  wb.put("帮扶村", "B1", { fill: GREEN });
  sheet.addConditionalFormat({
    type: "Custom",
    ranges: [parseRange("B1:B3")!],
    formula: '=ISTEXT("mine")',
    fill: BLUE,
  });
  sheet.addConditionalFormat({ type: "DataBar", ranges: [parseRange("C1:C3")!] });
  return wb;
}

/** What 校验 does: read with our earlier marks, then mark; the round trips marking took. */
async function readAndMark(host: FakeExcelHost, marks: readonly CellMark[]): Promise<number> {
  return run(host, async (ctx) => {
    const read = await readWorkbook(ctx, queueEarlierMarks);
    const before = host.syncs;
    await markCells(ctx, marks, earlierMarks(read.queued));
    return host.syncs - before;
  });
}

function shown(sheet: FakeSheet, addresses: readonly string[]) {
  return addresses.map((a) => {
    const at = parseAddress(a)!;
    return sheet.displayedFill(at.rowIndex, at.columnIndex);
  });
}

function ownFills(sheet: FakeSheet, addresses: readonly string[]) {
  return addresses.map((a) => {
    const at = parseAddress(a)!;
    return sheet.cell(at.rowIndex, at.columnIndex)?.fill;
  });
}

const ours = (sheet: FakeSheet) =>
  sheet.conditionalFormats.filter((f) => f.formula === MARK_FORMULA);

const mark = (address: string, level: CellMark["level"]): CellMark => ({
  sheetName: "帮扶村",
  address,
  level,
});

describe("marks", () => {
  test("marked cells show the level's colour, over the user's rules; own fills stay", async () => {
    const host = hostOf(villageSheet());
    await readAndMark(host, [mark("A1", "error"), mark("B1", "warning"), mark("B2", "error")]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(shown(s, ["A1", "B1", "B2", "B3", "A2"])).toEqual([
      MARK_COLORS.error,
      MARK_COLORS.warning,
      MARK_COLORS.error,
      BLUE,
      undefined,
    ]);
    expect(ownFills(s, ["A1", "B1", "B2"])).toEqual([undefined, GREEN, undefined]);
    // Ours first (top priority), then the user's two.
    expect(s.conditionalFormats).toHaveLength(4);
    expect(s.conditionalFormats.slice(0, 2).map((f) => f.formula)).toEqual([
      MARK_FORMULA,
      MARK_FORMULA,
    ]);
  });

  test("an error beats a warning on the same cell, whichever comes first", async () => {
    const host = hostOf(villageSheet());
    await readAndMark(host, [
      mark("A1", "warning"),
      mark("A1", "error"),
      mark("C3", "error"),
      mark("C3", "warning"),
    ]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(shown(s, ["A1", "C3"])).toEqual([MARK_COLORS.error, MARK_COLORS.error]);
    // No warning format at all: both cells are errors.
    expect(ours(s).map((f) => f.fill)).toEqual([MARK_COLORS.error]);
  });

  test("consecutive cells are covered as rectangles", async () => {
    const host = hostOf(villageSheet());
    const cells = ["C5", "C6", "C7", "D5", "D6", "D7", "F2", "A9", "A10"];
    await readAndMark(
      host,
      cells.map((a) => mark(a, "error")),
    );
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(ours(s)).toHaveLength(1);
    expect(ours(s)[0]!.ranges).toEqual(
      expect.arrayContaining(["C5:D7", "F2", "A9:A10"].map((a) => parseRange(a))),
    );
    expect(ours(s)[0]!.ranges).toHaveLength(3);
  });

  test("marking again replaces our earlier marks; none are left over", async () => {
    const host = hostOf(villageSheet());
    await readAndMark(host, [mark("A1", "error"), mark("B2", "warning")]);
    await readAndMark(host, [mark("A2", "warning")]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(ours(s)).toHaveLength(1);
    expect(shown(s, ["A1", "B2", "A2"])).toEqual([undefined, BLUE, MARK_COLORS.warning]);
    await readAndMark(host, []);
    expect(ours(s)).toHaveLength(0);
    expect(s.conditionalFormats).toHaveLength(2);
  });

  test("清除标记 removes only our formats: the user's rules and own fills stay", async () => {
    const host = hostOf(villageSheet());
    await readAndMark(host, [mark("A1", "error"), mark("B1", "error"), mark("B2", "warning")]);
    host.resetStats();
    await run(host, clearMarks);
    expect(host.syncs).toBe(3);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(ours(s)).toHaveLength(0);
    expect(s.conditionalFormats.map((f) => f.type)).toEqual(["DataBar", "Custom"]);
    expect(shown(s, ["A1", "B1", "B2"])).toEqual([undefined, BLUE, BLUE]);
    expect(ownFills(s, ["B1"])).toEqual([GREEN]);
  });

  test("marking takes one round trip after the read, for 5 and for 5,000 scattered cells", async () => {
    const trips: number[] = [];
    for (const n of [5, 5000]) {
      const host = hostOf(villageSheet());
      // Every other row: 5,000 areas, in many RangeAreas of one request.
      const marks = Array.from({ length: n }, (_, i) => mark(`E${2 * i + 1}`, "error"));
      await readAndMark(host, marks);
      trips.push(await readAndMark(host, marks));
      const s = host.workbook.sheetOrThrow("帮扶村");
      expect(shown(s, ["E1", `E${2 * n - 1}`, "E2"])).toEqual([
        MARK_COLORS.error,
        MARK_COLORS.error,
        undefined,
      ]);
      expect(ours(s).flatMap((f) => f.ranges)).toHaveLength(n);
    }
    expect(trips).toEqual([1, 1]);
  });

  test("below ExcelApi 1.9 each rectangle gets its own format, and the rest works the same", async () => {
    const host = hostOf(villageSheet(), { apiVersion: "1.8" });
    await readAndMark(host, [mark("A1", "error"), mark("A2", "error"), mark("C3", "warning")]);
    await readAndMark(host, [mark("A1", "error"), mark("A3", "error"), mark("C3", "warning")]);
    const s = host.workbook.sheetOrThrow("帮扶村");
    expect(ours(s)).toHaveLength(3);
    expect(shown(s, ["A1", "A2", "A3", "C3"])).toEqual([
      MARK_COLORS.error,
      undefined,
      MARK_COLORS.error,
      MARK_COLORS.warning,
    ]);
    await run(host, clearMarks);
    expect(ours(s)).toHaveLength(0);
    expect(s.conditionalFormats).toHaveLength(2);
  });
});
