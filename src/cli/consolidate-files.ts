import { consolidate, consolidateErrorText } from "../app";
import type { Config, Lang, MergeResult, Pairing, Purpose } from "../core";
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
}

/** Read the files on the command line and consolidate them as every host does (docs/merge.md). */
export async function consolidateFiles(
  paths: readonly string[],
  opts: ConsolidateOptions,
  purpose: Purpose,
  out: Output,
): Promise<MergeResult> {
  await checkInputsExist([
    ...paths,
    ...(opts.into ? [opts.into] : []),
    ...(opts.pairings ? [opts.pairings] : []),
  ]);
  const files = await expandInputs(paths);
  const pairings = opts.pairings ? await loadPairings(opts.pairings) : undefined;
  const into = opts.into ? inputOf(opts.into, await readWorkbookFile(opts.into)) : undefined;
  const progress = startProgress(out, files.length, opts.lang === "en" ? "Reading" : "读取");
  const inputs = await readInputFiles(files, opts.config, progress.tick).finally(progress.stop);
  const outcome = consolidate({
    inputs,
    purpose,
    config: opts.config,
    ...(into ? { into } : {}),
    ...(opts.period !== undefined ? { period: opts.period } : {}),
    ...(pairings ? { pairings } : {}),
  });
  if (!outcome.ok) throw new UsageError(consolidateErrorText(outcome.error, opts.lang));
  return outcome.result;
}

async function loadPairings(file: string): Promise<Pairing[]> {
  const list = await readPairingsFile(file);
  if (list === "unreadable") throw new UsageError(`--pairings ${file}: cannot be read`);
  if (!list.ok)
    throw new UsageError(`--pairings ${file}: missing columns ${list.missing.join(", ")}`);
  return list.pairings;
}
