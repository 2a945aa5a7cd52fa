// A region's deployment of the monitoring package (docs/monitoring.md): a standard that extends
// it, and a configuration with the demo province's monitoring line.
import { DEMO_MONITORING_LINES } from "../../src/app/demo/county";

/** The text of an aidsheet.standard.json that takes the monitoring package as it is. */
export const MONITORING_EXTENSION_TEXT = `${JSON.stringify(
  {
    format: "aidsheet-standard/1",
    id: "monitoring-region",
    version: "2026.1",
    name: { zh: "防止返贫监测（本地）", en: "Monitoring register (local)" },
    extends: "monitoring",
  },
  null,
  2,
)}\n`;

/** The text of an aidsheet.config.json (or `--config` file) with the demo province's line. */
export const MONITORING_LINES_CONFIG_TEXT = `${JSON.stringify(
  { lines: { monitoring: DEMO_MONITORING_LINES } },
  null,
  2,
)}\n`;
