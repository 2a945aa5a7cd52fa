import { DEFAULT_CONFIG, renderConfigIssue, resolveConfig } from "../core";
import type { Config, Lang } from "../core";

/** Where IT puts a region's configuration: beside the pages (taskpane.html, index.html), in the format of `--config`. */
export const CONFIG_FILE = "aidsheet.config.json";

/** The deployed configuration, or why it is unusable in the page's language. */
export type DeployedConfig =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The configuration deployed beside the add-in's pages (docs/configuration.md), or the defaults
 * when there is none (404). Any other failure is an error, never the defaults: validating one
 * city's workbooks against another's villages would mislead.
 */
export async function loadDeployedConfig(
  pageUrl: string,
  lang: Lang,
  fetchFile: typeof fetch = fetch,
): Promise<DeployedConfig> {
  const failed = (why: string): DeployedConfig => ({
    ok: false,
    errors: [`${CONFIG_FILE}: ${why}`],
  });
  let response: Response;
  try {
    response = await fetchFile(new URL(CONFIG_FILE, pageUrl), { cache: "no-cache" });
  } catch (error) {
    return failed((error as Error).message);
  }
  if (response.status === 404) return { ok: true, config: DEFAULT_CONFIG };
  if (!response.ok) return failed(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return failed((error as Error).message);
  }
  const result = resolveConfig(json);
  return result.ok
    ? result
    : {
        ok: false,
        errors: result.issues.map((issue) => `${CONFIG_FILE}: ${renderConfigIssue(issue, lang)}`),
      };
}
