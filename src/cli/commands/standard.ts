import {
  BUILTIN_STANDARD_IDS,
  MESSAGES,
  builtinStandard,
  pickLabel,
  renderPackageError,
} from "../../core";
import type { Lang } from "../../core";
import { checkInputsExist } from "../files";
import { readPackageFile } from "../options";
import type { Output } from "../output";

/** `aidsheet standard list`: the built-in standards (docs/standards.md). */
export function runStandardList(opts: { readonly lang: Lang }, out: Output): number {
  for (const id of BUILTIN_STANDARD_IDS) {
    const s = builtinStandard(id)!;
    out.stdout(
      `${id}\t${s.version}\t${s.workflow}\t${s.templateId}\t${pickLabel(s.name, opts.lang)}`,
    );
  }
  return 0;
}

/**
 * `aidsheet standard check FILE`: every error of a package with its line and JSON path; exit 2
 * when there is one, as `--standard` would refuse it (docs/standards.md).
 */
export async function runStandardCheck(
  file: string,
  opts: { readonly lang: Lang },
  out: Output,
): Promise<number> {
  await checkInputsExist([file], opts.lang);
  const result = await readPackageFile(file);
  const text = MESSAGES[opts.lang].cli;
  if (result.ok) {
    out.stdout(text.standardGood(file, result.standard.id, result.standard.version));
    return 0;
  }
  out.stderr(text.standardBad(file, result.errors.length));
  for (const e of result.errors) out.stderr(`${file}:${renderPackageError(e, opts.lang)}`);
  return 2;
}
