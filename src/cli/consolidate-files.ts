import { consolidate, consolidateErrorText, pairedOnlyOption } from "../app";
import type { Consolidated, PairedOption } from "../app";
import { MESSAGES } from "../core";
import type { CliMessages, Config, Lang, Pairing, Purpose, Standard } from "../core";
import { readPairingsFile } from "../xlsx/read-inputs";
import { readWorkbookFile } from "../xlsx/read-file";
import { inputOf, readInputFiles } from "../xlsx/read-submissions";
import { UsageError } from "./errors";
import { checkInputsExist, expandInputs } from "./files";
import type { Output } from "./output";
import { startProgress } from "./progress";

export interface ConsolidateOptions {
  readonly into?: string;
  readonly period?: string;
  readonly pairings?: string;
  readonly lang: Lang;
  readonly config: Config;
  readonly standard?: Standard;
}

/** Options of the paired workflow given with a register standard: exit 2 before anything is read. */
export function refusePairedOnly(
  standard: Standard,
  opts: { readonly [O in PairedOption]?: unknown },
  lang: Lang,
): void {
  const option = pairedOnlyOption(standard, opts);
  if (option) throw new UsageError(MESSAGES[lang].cli.notForRegisters(`--${option}`));
}

/**
 * Read the files on the command line and consolidate them as every host does, by the standard's
 * workflow (docs/merge.md, docs/monitoring.md).
 */
export async function consolidateFiles(
  paths: readonly string[],
  opts: ConsolidateOptions,
  purpose: Purpose,
  out: Output,
): Promise<Consolidated> {
  const text = MESSAGES[opts.lang].cli;
  await checkInputsExist(
    [...paths, ...(opts.into ? [opts.into] : []), ...(opts.pairings ? [opts.pairings] : [])],
    opts.lang,
  );
  const files = await expandInputs(paths, opts.lang);
  const pairings = opts.pairings ? await loadPairings(opts.pairings, text) : undefined;
  const into = opts.into ? inputOf(opts.into, await readWorkbookFile(opts.into)) : undefined;
  const progress = await startProgress(out, files.length, text.reading);
  const inputs = await readInputFiles(files, opts.config, {
    onFileDone: progress.tick,
    ...(opts.standard ? { standard: opts.standard } : {}),
  }).finally(progress.stop);
  const outcome = consolidate({
    inputs,
    purpose,
    config: opts.config,
    ...(opts.standard ? { standard: opts.standard } : {}),
    ...(into ? { into } : {}),
    ...(opts.period !== undefined ? { period: opts.period } : {}),
    ...(pairings ? { pairings } : {}),
  });
  if (!outcome.ok) throw new UsageError(consolidateErrorText(outcome.error, opts.lang));
  return outcome;
}

async function loadPairings(file: string, text: CliMessages): Promise<Pairing[]> {
  const list = await readPairingsFile(file);
  if (list === "unreadable") throw new UsageError(text.pairingsUnreadable(file));
  if (!list.ok) throw new UsageError(text.pairingsColumns(file, list.missing));
  return list.pairings;
}
