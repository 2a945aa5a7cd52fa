import { recalculateIndicators } from "../../../src/addin/commands/recalculate";
import type { CommandEnv, DialogUi } from "../../../src/addin/commands/recalculate";
import { readMessageQuery } from "../../../src/addin/message/message-url";
import { STRINGS } from "../../../src/addin/taskpane/strings";
import { consolidateErrorText } from "../../../src/app";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import type { Lang } from "../../../src/core/messages";
import type { ExcelRun } from "../../../src/addin/tasks/env";
import { FakeOfficeError, FakeWorkbook } from "../../support/fake-excel";
import type { FakeExcelHost } from "../../support/fake-excel";
import { fakeId18 } from "../../support/ids";
import { validForm, workbook } from "../../support/workbook";
import { hostOf } from "../office/harness";
import { envOf } from "../tasks/env";

const NOTHING_COUNTS = {
  "zh-CN": consolidateErrorText({ kind: "nothing-counts" }, "zh-CN"),
  en: consolidateErrorText({ kind: "nothing-counts" }, "en"),
};

const BASE = "https://addin.example/aidsheet/commands.html";

function commandEnv(host: FakeExcelHost, lang: Lang = "zh-CN"): CommandEnv {
  (globalThis as { Office?: unknown }).Office = host.Office;
  return {
    task: envOf(host, lang),
    config: () => Promise.resolve({ ok: true, config: DEFAULT_CONFIG }),
    ui: host.Office.context.ui as unknown as DialogUi,
    base: BASE,
  };
}

/** The dialog's callback comes after the current script, as in Office. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Click 重算指标; how often the event has completed so far. */
async function invoke(env: CommandEnv): Promise<() => number> {
  let completed = 0;
  await recalculateIndicators({ completed: () => void completed++ }, env);
  await settle();
  return () => completed;
}

function notSubmission() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  wb.type("Sheet1", "A1", [
    ["姓名", "金额"],
    ["某某", 5],
  ]);
  return hostOf(wb);
}

function blank() {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  return hostOf(wb);
}

const shown = (host: FakeExcelHost, at = 0) => {
  const dialog = host.Office.context.ui.dialogs[at]!;
  return readMessageQuery(new URL(dialog.url).search);
};

let errors: jest.SpyInstance;
beforeEach(() => {
  errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

describe("重算指标", () => {
  test("an unusable deployed configuration: its reason in a dialog, the workbook untouched", async () => {
    const host = hostOf(workbook());
    const errorsOf = ["aidsheet.config.json: region.code_prefix: expected string"];
    const completed = await invoke({
      ...commandEnv(host),
      config: () => Promise.resolve({ ok: false, errors: errorsOf }),
    });
    expect(shown(host)).toEqual({
      lang: "zh-CN",
      message: { title: STRINGS["zh-CN"].configError, text: errorsOf[0] },
    });
    expect(host.workbook.sheet("村级指标")).toBeUndefined();
    host.Office.context.ui.dialogs[0]!.send("close");
    expect(completed()).toBe(1);
  });

  test("a workbook that is not a submission: the taskpane's text in a dialog; completed on its OK", async () => {
    const host = notSubmission();
    const completed = await invoke(commandEnv(host));
    const [dialog] = host.Office.context.ui.dialogs;
    expect(dialog!.url.startsWith("https://addin.example/aidsheet/message.html?")).toBe(true);
    expect(dialog!.options).toEqual({ height: 30, width: 30, displayInIframe: true });
    expect(shown(host)).toEqual({
      lang: "zh-CN",
      message: { text: NOTHING_COUNTS["zh-CN"] },
    });
    // The page's OK closes the dialog through this page, which must still be running.
    expect(completed()).toBe(0);
    dialog!.send("close");
    expect(dialog!.closed).toBe(true);
    expect(completed()).toBe(1);
    expect(host.workbook.sheet("村级指标")).toBeUndefined();
  });

  test("a blank workbook in English: the English text; closing the dialog with its X completes", async () => {
    const host = blank();
    const completed = await invoke(commandEnv(host, "en"));
    expect(shown(host)).toEqual({
      lang: "en",
      message: { text: NOTHING_COUNTS.en },
    });
    host.Office.context.ui.dialogs[0]!.dismiss();
    expect(completed()).toBe(1);
  });

  test("a submission: 村级指标 written, no dialog, completed at once", async () => {
    const host = hostOf(workbook());
    const completed = await invoke(commandEnv(host));
    expect(completed()).toBe(1);
    expect(host.Office.context.ui.dialogs).toEqual([]);
    expect(host.workbook.sheetOrThrow("村级指标").valueAt(1, 0)).toBe("420116012215");
    expect(errors).not.toHaveBeenCalled();
  });

  test("a submission rejected whole: the taskpane's warning that nothing of it counts", async () => {
    const host = hostOf(workbook({ form: { ...validForm(), agency_name: "" } }));
    const completed = await invoke(commandEnv(host));
    expect(shown(host)).toEqual({
      lang: "zh-CN",
      message: { text: NOTHING_COUNTS["zh-CN"] },
    });
    // Indicators of nothing would read as zeros: none are written.
    expect(host.workbook.sheet("村级指标")).toBeUndefined();
    host.Office.context.ui.dialogs[0]!.send("close");
    expect(completed()).toBe(1);
  });

  test("an Office error (cell-edit mode): the generic failure with its message and code", async () => {
    const host = hostOf(workbook());
    const env = commandEnv(host);
    const refused = new FakeOfficeError(
      "InvalidOperationInCellEditMode",
      "Excel is editing a cell.",
    );
    const completed = await invoke({
      ...env,
      task: { ...env.task, run: () => Promise.reject(refused) },
    });
    expect(shown(host)).toEqual({
      lang: "zh-CN",
      message: {
        title: STRINGS["zh-CN"].failed,
        text: "Excel is editing a cell. (InvalidOperationInCellEditMode)",
      },
    });
    expect(errors).toHaveBeenCalledWith("aidsheet: 重算指标 failed", refused);
    host.Office.context.ui.dialogs[0]!.send("close");
    expect(completed()).toBe(1);
  });

  test("a write Excel refuses after the read: the dialog names the error, nothing of the cells", async () => {
    const host = hostOf(workbook());
    const env = commandEnv(host);
    const refused = new FakeOfficeError("AccessDenied", "The sheet is protected.");
    // Every sheet read, households' names and ID numbers too, then the write refused.
    const run: ExcelRun = (batch) =>
      env.task.run((context) => {
        const sync = context.sync.bind(context);
        let syncs = 0;
        context.sync = () => (++syncs > 2 ? Promise.reject(refused) : sync());
        return batch(context);
      });
    await invoke({ ...env, task: { ...env.task, run } });
    const url = decodeURIComponent(host.Office.context.ui.dialogs[0]!.url);
    expect(shown(host).message.text).toBe("The sheet is protected. (AccessDenied)");
    expect(url).not.toContain("李四");
    expect(url).not.toContain(fakeId18(1));
  });

  test("a dialog that cannot open (one is open already): logged, completed at once", async () => {
    const host = notSubmission();
    const env = commandEnv(host);
    const first = await invoke(env);
    const second = await invoke(env);
    expect(host.Office.context.ui.dialogs).toHaveLength(1);
    expect([first(), second()]).toEqual([0, 1]);
    expect(errors).toHaveBeenCalledWith("aidsheet: no dialog for 重算指标", 12007, "dialog open");
  });

  test("an Office without the dialog API: logged, completed at once", async () => {
    const host = notSubmission();
    const completed = await invoke({ ...commandEnv(host), ui: {} as DialogUi });
    expect(completed()).toBe(1);
    expect(errors).toHaveBeenCalledWith("aidsheet: no dialog for 重算指标", expect.any(TypeError));
  });
});
