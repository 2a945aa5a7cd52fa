import * as path from "node:path";
import { MESSAGES } from "../../core";
import { writeTemplateFile } from "../../xlsx/write-template";
import { checkWritable } from "../files";
import { loadConfig, loadStandardOption } from "../options";
import type { CommonOptions } from "../options";
import type { Output } from "../output";

export const DEFAULT_TEMPLATE_PATH = path.join("templates", "aidsheet-template.xlsx");

export interface TemplateOptions extends CommonOptions {
  readonly out?: string;
}

/** `aidsheet template`: the blank standard workbook (docs/standard.md, docs/cli.md). */
export async function runTemplate(opts: TemplateOptions, out: Output): Promise<number> {
  const config = await loadConfig(opts.config, opts.lang);
  const standard = await loadStandardOption(opts.standard, opts.lang);
  const target = opts.out ?? DEFAULT_TEMPLATE_PATH;
  await checkWritable(target, opts.lang);
  await writeTemplateFile(target, opts.lang, config, standard);
  out.stderr(MESSAGES[opts.lang].cli.templateWritten(target));
  return 0;
}
