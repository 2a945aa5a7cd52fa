// A task environment over the in-memory host.
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { JIEDUI_2018 } from "../../../src/core/standard/builtin";
import type { TaskEnv } from "../../../src/addin/tasks/env";
import type { FakeExcelHost } from "../../support/fake-excel";
import { run } from "../office/harness";

export function envOf(host: FakeExcelHost, lang: TaskEnv["lang"] = "zh-CN"): TaskEnv {
  return {
    run: (batch) => run(host, batch),
    config: DEFAULT_CONFIG,
    standard: JIEDUI_2018,
    lang,
    version: "0.0.0-test",
    now: () => "2019-01-10T08:00:00Z",
  };
}
