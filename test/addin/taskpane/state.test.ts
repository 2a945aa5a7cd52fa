import { validationNotice } from "../../../src/addin/taskpane/actions";
import { SheetTooLargeError } from "../../../src/addin/office/read-workbook";
import { errorText } from "../../../src/addin/taskpane/error-text";
import { INITIAL_STATE, reduce } from "../../../src/addin/taskpane/state";
import { STRINGS } from "../../../src/addin/taskpane/strings";
import { langOf } from "../../../src/browser/lang";
import { FakeOfficeError } from "../../support/fake-excel";

const view = (error: number, warning: number, info: number, fixable = 0) => ({
  groups: [],
  counts: { error, warning, info },
  fixable,
});

describe("taskpane state", () => {
  test("a started action clears the last notice; a finished one keeps the result unless it brings one", () => {
    const shown = reduce(INITIAL_STATE, {
      type: "done",
      outcome: {
        notice: { intent: "success", text: "a" },
        result: { kind: "validation", view: view(1, 0, 0) },
      },
    });
    const busy = reduce(shown, { type: "start", label: "…" });
    expect(busy.notice).toBeNull();
    expect(busy.busy).toEqual({ label: "…" });
    const done = reduce(busy, {
      type: "done",
      outcome: { notice: { intent: "success", text: "b" } },
    });
    expect(done.busy).toBeNull();
    expect(done.result).toBe(shown.result);
  });

  test("a failure ends the busy state and is shown", () => {
    const failed = reduce(reduce(INITIAL_STATE, { type: "start", label: "x" }), {
      type: "notice",
      notice: { intent: "error", text: "boom" },
    });
    expect(failed).toMatchObject({ busy: null, notice: { intent: "error", text: "boom" } });
  });
});

describe("messages", () => {
  test("the validation notice counts by severity and says what can be fixed", () => {
    const s = STRINGS["zh-CN"];
    expect(validationNotice(view(0, 0, 0), s)).toEqual({
      intent: "success",
      text: "没有发现问题。",
    });
    expect(validationNotice(view(0, 2, 1, 2), s)).toEqual({
      intent: "warning",
      text: "校验完成：0 个错误，2 个警告，1 个提示。错误和警告单元格已标记。其中 2 处可一键修正。",
    });
    expect(validationNotice(view(1, 0, 0), STRINGS.en).intent).toBe("error");
  });

  test("an Office error shows its message and code; a sheet too large, where it ends", () => {
    const s = STRINGS["zh-CN"];
    expect(errorText(new FakeOfficeError("ItemNotFound", "no sheet 帮扶村"), s)).toBe(
      "no sheet 帮扶村 (ItemNotFound)",
    );
    expect(errorText("plain", s)).toBe("plain");
    const large = new SheetTooLargeError("贫困户", "A1:XFD1048576", 17_179_869_184);
    expect(errorText(large, s)).toContain("工作表“贫困户”的已用区域 A1:XFD1048576");
    expect(errorText(large, STRINGS.en)).toContain('used range A1:XFD1048576 of sheet "贫困户"');
  });

  test("Chinese for every zh display language, English otherwise", () => {
    expect(["zh-CN", "zh-TW", "ZH-hk", "en-US", "fr-FR", undefined].map(langOf)).toEqual([
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "en",
      "en",
      "en",
    ]);
  });
});
