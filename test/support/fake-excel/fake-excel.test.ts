import { FakeExcelHost, FakeWorkbook, workbookFromGrid } from "./index";
import type { FakeRequestContext } from "./index";

type Ctx = FakeRequestContext;

function hostWith(setup: (wb: FakeWorkbook) => void, apiVersion = "1.13") {
  const wb = new FakeWorkbook();
  setup(wb);
  return new FakeExcelHost(wb, { apiVersion });
}

const sheet1 = (wb: FakeWorkbook) => wb.addSheet("Sheet1");

describe("proxies follow Office.js load and sync rules", () => {
  test("a property read before load and sync throws PropertyNotLoaded", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.type("Sheet1", "A1", [["x"]]);
    });
    await host.run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["x"]]);
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  test("writes reach the workbook only at sync", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, "a"]];
      expect(host.workbook.sheetOrThrow("Sheet1").valueAt(0, 0)).toBe("");
      await ctx.sync();
      expect(host.workbook.sheetOrThrow("Sheet1").valueAt(0, 1)).toBe("a");
    });
  });

  test("Excel.run sends what is still queued when the batch ends", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[7]];
    });
    expect(host.workbook.sheetOrThrow("Sheet1").valueAt(2, 2)).toBe(7);
    expect(host.syncs).toBe(1);
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; OrNullObject does not", async () => {
    const host = hostWith(sheet1);
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("nope").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await host.run(async (ctx: Ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("getFirst and getNextOrNullObject walk the sheets; past the last, null objects", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.addSheet("Hidden").visibility = "Hidden";
      wb.addSheet("Last");
    });
    await host.run(async (ctx: Ctx) => {
      const first = ctx.workbook.worksheets.getFirst().load("name");
      const second = first.getNextOrNullObject().load("name");
      const visible = first.getNextOrNullObject(true).load("name");
      const beyond = visible.getNextOrNullObject().load("name");
      const further = beyond.getNextOrNullObject().load("name");
      const used = further.getUsedRangeOrNullObject().load("address");
      await ctx.sync();
      expect([first.name, second.name, visible.name]).toEqual(["Sheet1", "Hidden", "Last"]);
      expect([beyond.isNullObject, further.isNullObject, used.isNullObject]).toEqual([
        true,
        true,
        true,
      ]);
    });
  });

  test("a host set not to navigate null objects fails the request instead", async () => {
    const host = new FakeExcelHost(new FakeWorkbook(), { navigatesNullObjects: false });
    host.workbook.addSheet("Only");
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getFirst().getNextOrNullObject().getNextOrNullObject();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a failed request delivers no loaded values and stops at the failing operation", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const a1 = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      a1.values = [["before"]];
      a1.load("values");
      ctx.workbook.worksheets.getItem("nope").getRange("A1").values = [["x"]];
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["after"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => a1.values).toThrow();
    });
    const s = host.workbook.sheetOrThrow("Sheet1");
    expect([s.valueAt(0, 0), s.valueAt(1, 0)]).toEqual(["before", ""]);
  });
});

describe("cells", () => {
  test("values, formulas, valueTypes and numberFormat come as 2-D arrays of the used range", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.type("Sheet1", "B2", [
        ["text", 12.5, "2018-06-27"],
        [true, "=1+1", "=7"],
      ]);
      wb.put("Sheet1", "B4", { value: { error: "#N/A" } });
    });
    await host.run(async (ctx: Ctx) => {
      const used = ctx.workbook.worksheets.getItem("Sheet1").getUsedRange(true);
      used.load([
        "address",
        "rowIndex",
        "columnIndex",
        "values",
        "formulas",
        "valueTypes",
        "numberFormat",
      ]);
      await ctx.sync();
      expect(used.address).toBe("Sheet1!B2:D4");
      expect([used.rowIndex, used.columnIndex]).toEqual([1, 1]);
      expect(used.values).toEqual([
        ["text", 12.5, 43278],
        [true, "#NAME?", 7],
        ["#N/A", "", ""],
      ]);
      expect(used.formulas[1]).toEqual([true, "=1+1", "=7"]);
      expect(used.valueTypes).toEqual([
        ["String", "Double", "Double"],
        ["Boolean", "Error", "Double"],
        ["Error", "Empty", "Empty"],
      ]);
      expect(used.numberFormat[0]).toEqual(["General", "General", "yyyy-mm-dd"]);
    });
  });

  test("Excel converts entered text unless the cell is formatted as text or quote-prefixed", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:F1").values = [["420116012215", "=HYPERLINK(1)", "-x", "＋1", "'=x", "0271"]];
      ws.getRange("A2:F2").numberFormat = [["@", "@", "@", "@", "@", "@"]];
      ws.getRange("A2:F2").values = [["420116012215", "=HYPERLINK(1)", "-x", "＋1", "@a", "0271"]];
      await ctx.sync();
    });
    const s = host.workbook.sheetOrThrow("Sheet1");
    expect(s.cell(0, 0)?.value).toBe(420116012215);
    expect(s.cell(0, 1)?.formula).toBe("=HYPERLINK(1)");
    expect(s.cell(0, 2)?.formula).toBe("=-x");
    expect(s.cell(0, 3)?.formula).toBe("=＋1");
    expect(s.cell(0, 4)).toMatchObject({ value: "=x", quotePrefix: true });
    expect(s.cell(0, 5)?.value).toBe(271);
    for (let c = 0; c < 6; c++) expect(s.cell(1, c)?.formula).toBeUndefined();
    expect(s.valueAt(1, 5)).toBe("0271");
  });

  test("a values array of the wrong shape is refused", async () => {
    const host = hostWith(sheet1);
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("fills read white when unset, and clear removes them", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const a1 = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      a1.format.fill.load("color");
      await ctx.sync();
      expect(a1.format.fill.color).toBe("#FFFFFF");
      a1.format.fill.color = "#ffc7ce";
      a1.format.fill.load("color");
      await ctx.sync();
      expect(a1.format.fill.color).toBe("#FFC7CE");
      a1.format.fill.clear();
    });
    expect(host.workbook.sheetOrThrow("Sheet1").cell(0, 0)?.fill).toBeUndefined();
  });
});

describe("requests", () => {
  test("counts round trips and the bytes sent and received", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.type("Sheet1", "A1", [["汉字"]]);
    });
    await host.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values");
      await ctx.sync();
      r.values = [["x".repeat(1000)]];
      await ctx.sync();
    });
    expect(host.syncs).toBe(2);
    const [read, write] = host.requests;
    // UTF-8: the two characters take 6 bytes of the response.
    expect(read!.responseBytes).toBe(JSON.stringify([[["values", [["汉字"]]]]]).length + 4);
    expect(write!.requestBytes).toBeGreaterThan(1000);
  });

  test("refuses a request or a response over the payload limit", async () => {
    const host = hostWith(sheet1);
    host.maxPayloadBytes = 10_000;
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(20_000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.workbook.sheetOrThrow("Sheet1").valueAt(0, 0)).toBe("");
    host.workbook.put("Sheet1", "A1", { value: "y".repeat(20_000) });
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("worksheets and features", () => {
  test("merged areas need ExcelApi 1.13, as isSetSupported says", async () => {
    const setup = (wb: FakeWorkbook) => {
      sheet1(wb).merges = [{ top: 0, left: 0, bottom: 2, right: 0 }];
      wb.type("Sheet1", "A1", [["x"]]);
    };
    const host = hostWith(setup);
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    await host.run(async (ctx: Ctx) => {
      const merged = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B9")
        .getMergedAreasOrNullObject();
      merged.load("address");
      await ctx.sync();
      expect(merged.isNullObject).toBe(false);
      expect(merged.address).toBe("Sheet1!A1:A3");
    });
    const old = hostWith(setup, "1.8");
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await expect(
      old.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("special cells: formulas and error values need ExcelApi 1.9", async () => {
    const setup = (wb: FakeWorkbook) => {
      sheet1(wb);
      wb.put("Sheet1", "A1", { value: 1, formula: "=1" });
      wb.put("Sheet1", "B1", { value: 2, formula: "=2" });
      wb.put("Sheet1", "A2", { value: { error: "#N/A" } });
      wb.put("Sheet1", "B2", { value: { error: "#REF!" }, formula: "=#REF!" });
      wb.put("Sheet1", "C2", { value: "#N/A" });
    };
    await hostWith(setup).run(async (ctx: Ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C3");
      const formulas = range.getSpecialCellsOrNullObject("Formulas").load("address");
      const errors = range.getSpecialCellsOrNullObject("Constants", "Errors").load("address");
      const logical = range.getSpecialCellsOrNullObject("Constants", "Logical").load("address");
      const failed = range.getSpecialCellsOrNullObject("Formulas", "ErrorsText").load("address");
      await ctx.sync();
      expect(formulas.address).toBe("Sheet1!A1:B1,Sheet1!B2");
      expect(errors.address).toBe("Sheet1!A2");
      expect(logical.isNullObject).toBe(true);
      expect(failed.address).toBe("Sheet1!B2");
    });
    // Runs that line up in consecutive rows are one area, as Excel reports them.
    await hostWith((wb) => {
      sheet1(wb);
      wb.type("Sheet1", "A1", [
        [1, 2, "x"],
        [3, 4, "y"],
        ["z", 5, 6],
      ]);
    }).run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1").getRange();
      const numbers = sheet.getSpecialCellsOrNullObject("Constants", "Numbers").load("address");
      await ctx.sync();
      expect(numbers.address).toBe("Sheet1!A1:B2,Sheet1!B3:C3");
    });
    await expect(
      hostWith(setup, "1.8").run(async (ctx: Ctx) => {
        ctx.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1")
          .getSpecialCellsOrNullObject("Formulas");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("add, hide, freeze, validate, select and delete sheets", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.add("数据");
      ws.freezePanes.freezeRows(1);
      ws.getRange("A2:A10").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      };
      ws.getRange("B5").select();
      const hidden = ctx.workbook.worksheets.add("_h");
      hidden.visibility = "VeryHidden";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").delete();
      const all = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      expect(all.items.map((s) => [s.name, s.visibility])).toEqual([
        ["数据", "Visible"],
        ["_h", "VeryHidden"],
      ]);
      ws.getRange("A2:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "a" } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    const s = host.workbook.sheetOrThrow("数据");
    expect(s.frozenRows).toBe(1);
    expect(s.validations).toHaveLength(1);
    expect(host.workbook.selection).toEqual({ sheet: "数据", address: "B5" });
  });

  test("DATE(1904,1,1) tells the date system", async () => {
    const host = hostWith(sheet1);
    host.workbook.date1904 = true;
    await host.run(async (ctx: Ctx) => {
      const d = ctx.workbook.functions.date(1904, 1, 1).load("value");
      await ctx.sync();
      expect(d.value).toBe(0);
    });
  });

  test("COUNTA counts the cells with content, of a whole sheet too", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.type("Sheet1", "A1", [["x", "", 3]]);
      wb.put("Sheet1", "XFD1048576", { value: { error: "#N/A" } });
      wb.put("Sheet1", "B5", { fill: "#FF0000" });
    });
    await host.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const all = ctx.workbook.functions.countA(sheet.getRange()).load("value");
      const row = ctx.workbook.functions.countA(sheet.getRange("A1:C1")).load("value");
      await ctx.sync();
      expect([all.value, row.value]).toEqual([3, 2]);
    });
  });

  test("a grid set up through workbookFromGrid reads as Excel stores it", () => {
    const wb = workbookFromGrid({
      sheets: [
        {
          name: "S",
          merges: [],
          rows: [
            [
              "420116012215",
              { date: "2018-06-27" },
              { formula: true, result: 3 },
              { error: "#REF!" },
            ],
          ],
        },
      ],
    });
    const s = wb.sheetOrThrow("S");
    expect(s.cell(0, 0)).toMatchObject({ value: "420116012215", numberFormat: "@" });
    expect(s.cell(0, 1)).toMatchObject({ value: 43278, numberFormat: "yyyy-mm-dd" });
    expect(s.cell(0, 2)?.formula).toMatch(/^=/);
    expect(s.valueAt(0, 3)).toBe("#REF!");
  });
});

describe("conditional formats", () => {
  const MARK = '=ISTEXT("x")';
  const own = (wb: FakeWorkbook) => {
    sheet1(wb);
    wb.put("Sheet1", "B1", { fill: "#00B050" });
  };

  test("a custom format over areas shows its fill where its formula is TRUE, over own fills", async () => {
    const host = hostWith(own);
    await host.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const mark = ws.getRanges("A1:B1, C3").conditionalFormats.add("Custom");
      mark.custom.rule.formula = MARK;
      mark.custom.format.fill.color = "#ffc7ce";
      const never = ws.getRange("D1").conditionalFormats.add("Custom");
      never.custom.rule.formula = "=ISTEXT(1)";
      never.custom.format.fill.color = "#000000";
      // Beyond the fake's evaluation: never shown.
      const relative = ws.getRange("E1").conditionalFormats.add("Custom");
      relative.custom.rule.formula = "=E1>0";
      relative.custom.format.fill.color = "#000000";
    });
    const s = host.workbook.sheetOrThrow("Sheet1");
    const shown = (["A1", "B1", "C3", "C2", "D1", "E1"] as const).map((a) =>
      s.displayedFill(Number(a.slice(1)) - 1, a.charCodeAt(0) - 65),
    );
    expect(shown).toEqual(["#FFC7CE", "#FFC7CE", "#FFC7CE", undefined, undefined, undefined]);
    expect(s.cell(0, 1)?.fill).toBe("#00B050");
  });

  test("loads need a sync; customOrNullObject is null for other types, custom fails", async () => {
    const host = hostWith((wb) => {
      sheet1(wb);
      wb.sheetOrThrow("Sheet1").addConditionalFormat({
        type: "DataBar",
        ranges: [{ top: 0, left: 0, bottom: 9, right: 0 }],
      });
    });
    await host.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const mark = ws.getRange("B2").conditionalFormats.add("Custom");
      mark.custom.rule.formula = MARK;
      const all = ws.getRange().conditionalFormats;
      all.load("items/id,items/type,items/customOrNullObject/rule/formula");
      expect(() => all.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      const [custom, dataBar] = all.items;
      expect([custom!.type, dataBar!.type]).toEqual(["Custom", "DataBar"]);
      expect(custom!.customOrNullObject.isNullObject).toBe(false);
      expect(custom!.customOrNullObject.rule.formula).toBe(MARK);
      expect(dataBar!.customOrNullObject.isNullObject).toBe(true);
      expect(() => custom!.priority).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      expect(() => custom!.custom.format.fill.color).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      ws.getRange("C1").conditionalFormats.load("items/id");
      await ctx.sync();
      ws.getRange().conditionalFormats.load("items/custom/rule/formula");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("added at the top; priority moves a format; a handle from an earlier request deletes just it", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats;
      cfs.add("DataBar");
      const custom = cfs.add("Custom");
      custom.custom.rule.formula = MARK;
      cfs.add("IconSet");
      custom.priority = 0;
      cfs.load("items/id,items/type,items/priority");
      await ctx.sync();
      expect(cfs.items.map((f) => [f.type, f.priority])).toEqual([
        ["Custom", 0],
        ["IconSet", 1],
        ["DataBar", 2],
      ]);
      cfs.items[1]!.delete();
      cfs.items[2]!.delete();
      await ctx.sync();
    });
    expect(host.workbook.sheetOrThrow("Sheet1").conditionalFormats.map((f) => f.type)).toEqual([
      "Custom",
    ]);
  });

  test("clearAll removes the formats over its range only", async () => {
    const host = hostWith(sheet1);
    await host.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRanges("A1,C1").conditionalFormats.add("DataBar");
      ws.getRange("E1").conditionalFormats.add("IconSet");
      await ctx.sync();
      ws.getRange("C1:D9").conditionalFormats.clearAll();
    });
    expect(host.workbook.sheetOrThrow("Sheet1").conditionalFormats.map((f) => f.type)).toEqual([
      "IconSet",
    ]);
  });

  test("getRanges needs ExcelApi 1.9 and an address of at most 8,192 characters", async () => {
    await expect(
      hostWith(sheet1, "1.8").run(async (ctx: Ctx) => {
        ctx.workbook.worksheets
          .getItem("Sheet1")
          .getRanges("A1,C3")
          .conditionalFormats.add("Custom");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const long = Array.from({ length: 2000 }, (_, i) => `A${2 * i + 1}`).join(",");
    await expect(
      hostWith(sheet1).run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRanges(long).conditionalFormats.add("Custom");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      hostWith(sheet1, "1.5").run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("Office", () => {
  test("onReady calls its callback and resolves; actions are associated by name", async () => {
    const host = new FakeExcelHost();
    const seen: string[] = [];
    await host.Office.onReady((info) => seen.push(info.host));
    host.Office.actions.associate("f", () => seen.push("f"));
    host.actions.get("f")!({});
    expect(seen).toEqual(["Excel", "f"]);
  });

  test("displayDialogAsync: the callback after the current script, one open dialog at a time", async () => {
    const { ui } = new FakeExcelHost().Office.context;
    const results: unknown[] = [];
    ui.displayDialogAsync("https://a.example/m.html", { height: 30 }, (r) =>
      results.push(r.status),
    );
    expect(results).toEqual([]);
    await Promise.resolve();
    const [dialog] = ui.dialogs;
    const seen: unknown[] = [];
    dialog!.addEventHandler("dialogMessageReceived", (arg) => seen.push(arg));
    dialog!.addEventHandler("dialogEventReceived", (arg) => seen.push(arg));
    ui.displayDialogAsync("https://a.example/m.html", {}, (r) => results.push(r.error?.code));
    await Promise.resolve();
    expect(results).toEqual(["succeeded", 12007]);
    dialog!.send("close");
    dialog!.dismiss();
    expect(seen).toEqual([{ message: "close", origin: "https://a.example" }, { error: 12006 }]);
    ui.displayDialogAsync("https://a.example/m.html", {}, (r) => results.push(r.status));
    await Promise.resolve();
    expect(results.at(-1)).toBe("succeeded");
    ui.messageParent("close");
    expect(ui.parentMessages).toEqual(["close"]);
  });
});
