import { promises as fs } from "node:fs";
import * as path from "node:path";
import { hasErrors, reportOf } from "../../app";
import { MESSAGES, pickLabel } from "../../core";
import type { Config, Lang, RegisterArea, RegisterResult, ReportLevel, Standard } from "../../core";
import { DEMO_MONITORING_LINES, generateCounty } from "../../app/demo/county";
import { exportRegister } from "../../app/demo/national-export";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { UsageError } from "../errors";
import type { Output } from "../output";
import { aligned, display } from "../text-output";
import { consolidateFiles } from "../consolidate-files";
import { planOutput, summary } from "./merge";

// How the CLI shows a register standard's results (docs/monitoring.md).

function areaTable(areas: readonly RegisterArea[], standard: Standard, lang: Lang): string {
  const indicators = standard.indicators === "builtin" ? [] : standard.indicators;
  return aligned([
    ["", ...indicators.map((i) => pickLabel(i.label, lang))],
    ...areas.map((a) => [
      a.level === "township" ? `  ${a.name ?? "—"}` : (a.name ?? a.code ?? "—"),
      ...indicators.map((i) => display(a.indicators[i.key]?.value ?? null, i.format, lang)),
    ]),
  ]);
}

/** `aidsheet indicators` of registers as text: per village (as `by` asks), township and county. */
export function registerIndicatorsText(
  result: RegisterResult,
  standard: Standard,
  lang: Lang,
  by: ReportLevel,
): string {
  const villages = by === "village" ? [areaTable(result.villages, standard, lang), ""] : [];
  return [...villages, areaTable(result.areas, standard, lang)].join("\n");
}

/**
 * `aidsheet demo` of the monitoring standard: a generated county's registers in the national
 * export's shape, and their consolidated workbook (docs/monitoring.md).
 */
export async function runRegisterDemo(
  dir: string,
  ctx: { readonly standard: Standard; readonly config: Config; readonly lang: Lang },
  out: Output,
): Promise<number> {
  const registersDir = path.join(dir, "registers");
  try {
    await fs.mkdir(registersDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${registersDir}: ${(error as Error).message}`);
  }
  const county = generateCounty();
  // The demo province's line, unless the configuration given has its own.
  const lines = { monitoring: { ...DEMO_MONITORING_LINES }, ...ctx.config.lines };
  const config = { ...ctx.config, lines };
  const files: string[] = [];
  for (const register of county.registers) {
    const file = path.join(registersDir, register.fileName);
    await writeConsolidated(file, exportRegister(county, register));
    files.push(file);
  }
  const consolidatedFile = path.join(dir, "consolidated.xlsx");
  const reportFile = path.join(dir, "merge-report.json");
  const { standard, lang } = ctx;
  const consolidated = await consolidateFiles(files, { lang, config, standard }, "merge", out);
  await writeConsolidated(
    consolidatedFile,
    planOutput(consolidated, { purpose: "merge", mask: false, lang }),
  );
  const report = reportOf(consolidated, lang, consolidatedFile);
  await writeBytesAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const text = MESSAGES[lang].cli;
  out.stdout(
    [
      ...text.registerDemoAbout,
      text.demoSubmissions(registersDir),
      summary(consolidated, consolidatedFile, lang),
      text.demoReport(reportFile),
    ].join("\n"),
  );
  return hasErrors(consolidated.result.issues) ? 1 : 0;
}
