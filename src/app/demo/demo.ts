import { planTemplate } from "../../core";
import type { Config, ConsolidatedSheets, Standard, TemplatePlan } from "../../core";
import { DEMO_MONITORING_LINES, generateCounty } from "./county";
import { exportRegister } from "./national-export";
import { seedSubmissions } from "./seed";
import type { DemoSubmission } from "./seed";

/** What `aidsheet demo` writes and then merges, by the standard's workflow. */
export type Demo =
  | {
      readonly workflow: "paired";
      readonly config: Config;
      /** The 2018 template the seed report's submissions are written into. */
      readonly template: TemplatePlan;
      readonly submissions: readonly DemoSubmission[];
    }
  | {
      readonly workflow: "register";
      /** The configuration given, with the demo province's line unless it has its own. */
      readonly config: Config;
      /** A generated county's registers, in the national export's shape (docs/monitoring.md). */
      readonly registers: readonly {
        readonly fileName: string;
        readonly sheets: ConsolidatedSheets;
      }[];
    };

/** The demo's inputs: the 2018 seed report's submissions, or a generated county's registers. */
export function planDemo(standard: Standard, config: Config): Demo {
  if (standard.workflow === "paired") {
    return {
      workflow: "paired",
      config,
      template: planTemplate("zh-CN", config),
      submissions: seedSubmissions(),
    };
  }
  const county = generateCounty();
  const lines = { monitoring: { ...DEMO_MONITORING_LINES }, ...config.lines };
  return {
    workflow: "register",
    config: { ...config, lines },
    registers: county.registers.map((r) => ({
      fileName: r.fileName,
      sheets: exportRegister(county, r),
    })),
  };
}
