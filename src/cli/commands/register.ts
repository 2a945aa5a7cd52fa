import { promises as fs } from "node:fs";
import * as path from "node:path";
import {
  consolidateErrorText,
  consolidateRegister,
  hasErrors,
  planRegisterOutputs,
  summarizeRegister,
} from "../../app";
import { MESSAGES, pickLabel, toRegisterReportJson } from "../../core";
import type {
  ConsolidatedSheets,
  Config,
  Lang,
  Purpose,
  RegisterArea,
  RegisterResult,
  Standard,
} from "../../core";
import { DEMO_MONITORING_LINES, generateCounty } from "../../app/demo/county";
import { exportRegister } from "../../app/demo/national-export";
import { writeBytesAtomic } from "../../xlsx/atomic-write";
import { readInputFiles } from "../../xlsx/read-submissions";
import { writeConsolidated } from "../../xlsx/write-consolidated";
import { UsageError } from "../errors";
import { checkInputsExist, checkWritable, expandInputs } from "../files";
import type { Output } from "../output";
import { startProgress } from "../progress";
import { VERSION } from "../version";
import { aligned, display, firstErrors } from "../text-output";

// `merge` and `indicators` of a standard whose workflow is `register` (docs/monitoring.md).

/** The options of `merge` a register merge reads (the paired ones only to refuse them). */
interface RegisterMergeOptions {
  readonly out: string;
  readonly report?: string;
  readonly json?: boolean;
  readonly maskIds?: boolean;
}

/** The options of `indicators` a register merge reads. */
interface RegisterIndicatorsOptions {
  readonly out?: string;
  readonly json?: boolean;
  readonly by?: string;
}

interface RegisterContext {
  readonly standard: Standard;
  readonly config: Config;
  readonly lang: Lang;
}

/** Options of the paired workflow, refused (exit 2) before anything is read. */
function refusePairedOptions(opts: object, lang: Lang): void {
  const given = (["into", "period", "pairings"] as const).filter(
    (o) => o in opts && opts[o as keyof typeof opts] !== undefined,
  );
  if (given.length > 0) throw new UsageError(MESSAGES[lang].cli.notForRegisters(`--${given[0]}`));
}

/** Read the registers on the command line and merge them as every host does. */
export async function consolidateRegisterFiles(
  paths: readonly string[],
  ctx: RegisterContext,
  purpose: Purpose,
  out: Output,
): Promise<RegisterResult> {
  await checkInputsExist(paths, ctx.lang);
  const files = await expandInputs(paths);
  const progress = startProgress(out, files.length, MESSAGES[ctx.lang].cli.reading);
  const inputs = await readInputFiles(files, ctx.config, progress.tick, ctx.standard).finally(
    progress.stop,
  );
  const outcome = consolidateRegister({
    inputs,
    standard: ctx.standard,
    config: ctx.config,
    purpose,
  });
  if (!outcome.ok) throw new UsageError(consolidateErrorText(outcome.error, ctx.lang));
  return outcome.result;
}

function planOutput(
  result: RegisterResult,
  ctx: RegisterContext,
  purpose: Purpose,
  mask: boolean,
): ConsolidatedSheets {
  const planned = planRegisterOutputs(result, ctx.standard, {
    purpose,
    mask,
    lang: ctx.lang,
    now: new Date().toISOString(),
    version: VERSION,
  });
  if (!planned.ok) throw new UsageError(consolidateErrorText(planned.error, ctx.lang));
  return planned.plan;
}

/** The summary of a register merge, with its first errors. */
function registerSummary(
  result: RegisterResult,
  output: string | null,
  ctx: RegisterContext,
): string {
  const lang = ctx.lang;
  const text = MESSAGES[lang].cli;
  return [
    ...text.registerSummary(summarizeRegister(result)),
    ...(output ? [text.written(output)] : []),
    ...firstErrors(result.issues, lang, ctx.standard.sheets),
  ].join("\n");
}

/** `aidsheet merge` of registers: the consolidated workbook and the report. */
export async function runRegisterMerge(
  inputs: string[],
  opts: RegisterMergeOptions,
  ctx: RegisterContext,
  out: Output,
): Promise<number> {
  refusePairedOptions(opts, ctx.lang);
  await checkWritable(opts.out, ctx.lang);
  if (opts.report) await checkWritable(opts.report, ctx.lang);
  const result = await consolidateRegisterFiles(inputs, ctx, "merge", out);
  await writeConsolidated(opts.out, planOutput(result, ctx, "merge", opts.maskIds === true));
  const json = JSON.stringify(
    toRegisterReportJson(result, ctx.standard, ctx.lang, opts.out),
    null,
    2,
  );
  if (opts.report) await writeBytesAtomic(opts.report, `${json}\n`);
  out.stdout(opts.json ? json : registerSummary(result, opts.out, ctx));
  return hasErrors(result.issues) ? 1 : 0;
}

function areaTable(areas: readonly RegisterArea[], ctx: RegisterContext): string {
  const indicators = ctx.standard.indicators === "builtin" ? [] : ctx.standard.indicators;
  return aligned([
    ["", ...indicators.map((i) => pickLabel(i.label, ctx.lang))],
    ...areas.map((a) => [
      a.level === "township" ? `  ${a.name ?? "—"}` : (a.name ?? a.code ?? "—"),
      ...indicators.map((i) => display(a.indicators[i.key]?.value ?? null, i.format, ctx.lang)),
    ]),
  ]);
}

/** `aidsheet indicators` of registers: per village, township and county. */
export async function runRegisterIndicators(
  inputs: string[],
  opts: RegisterIndicatorsOptions,
  ctx: RegisterContext,
  out: Output,
): Promise<number> {
  refusePairedOptions(opts, ctx.lang);
  if (opts.out) await checkWritable(opts.out, ctx.lang);
  const result = await consolidateRegisterFiles(inputs, ctx, "indicators", out);
  if (opts.out) await writeConsolidated(opts.out, planOutput(result, ctx, "indicators", false));
  if (opts.json) {
    out.stdout(
      JSON.stringify(
        toRegisterReportJson(result, ctx.standard, ctx.lang, opts.out ?? null),
        null,
        2,
      ),
    );
  } else {
    const villages = opts.by === "village" || opts.by === undefined;
    out.stdout(
      [
        ...(villages ? [areaTable(result.villages, ctx), ""] : []),
        areaTable(result.areas, ctx),
      ].join("\n"),
    );
  }
  return hasErrors(result.issues) ? 1 : 0;
}

/**
 * `aidsheet demo` of the monitoring standard: a generated county's registers in the national
 * export's shape, and their consolidated workbook (docs/monitoring.md).
 */
export async function runRegisterDemo(
  dir: string,
  ctx: RegisterContext,
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
  const demo = { ...ctx, config: { ...ctx.config, lines } };
  const files: string[] = [];
  for (const register of county.registers) {
    const file = path.join(registersDir, register.fileName);
    await writeConsolidated(file, exportRegister(county, register));
    files.push(file);
  }
  const consolidated = path.join(dir, "consolidated.xlsx");
  const reportFile = path.join(dir, "merge-report.json");
  const result = await consolidateRegisterFiles(files, demo, "merge", out);
  await writeConsolidated(consolidated, planOutput(result, demo, "merge", false));
  const report = toRegisterReportJson(result, demo.standard, demo.lang, consolidated);
  await writeBytesAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const text = MESSAGES[ctx.lang].cli;
  out.stdout(
    [
      ...text.registerDemoAbout,
      text.demoSubmissions(registersDir),
      registerSummary(result, consolidated, demo),
      text.demoReport(reportFile),
    ].join("\n"),
  );
  return hasErrors(result.issues) ? 1 : 0;
}
