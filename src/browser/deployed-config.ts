import { DEFAULT_CONFIG, JIEDUI_2018, renderConfigIssue, renderPackageError } from "../core";
import { loadPackage, resolveConfig } from "../core/loaders";
import type { Config, Lang, Standard } from "../core";

/** Where IT puts a region's configuration: beside the pages (taskpane.html, index.html), in the format of `--config`. */
export const CONFIG_FILE = "aidsheet.config.json";

/** … and a region's standard (docs/standards.md), in the format of `--standard FILE`. */
export const STANDARD_FILE = "aidsheet.standard.json";

/** The deployed configuration, or why it is unusable in the page's language. */
export type DeployedConfig =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The deployed standard, or why it cannot be used. */
export type DeployedStandard =
  | { readonly ok: true; readonly standard: Standard }
  | { readonly ok: false; readonly errors: readonly string[] };

type Deployed = { ok: true; text: string | null } | { ok: false; errors: string[] };

/**
 * A file deployed beside the pages: its text, null when there is none (404). Any other failure is
 * an error, never the defaults: validating one city's workbooks against another's rules would
 * mislead.
 */
async function fetchDeployed(
  file: string,
  pageUrl: string,
  fetchFile: typeof fetch,
): Promise<Deployed> {
  const failed = (why: string): Deployed => ({ ok: false, errors: [`${file}: ${why}`] });
  try {
    const response = await fetchFile(new URL(file, pageUrl), { cache: "no-cache" });
    if (response.status === 404) return { ok: true, text: null };
    if (!response.ok) return failed(`HTTP ${response.status}`);
    return { ok: true, text: await response.text() };
  } catch (error) {
    return failed((error as Error).message);
  }
}

/**
 * The configuration deployed beside the add-in's pages (docs/configuration.md), or the defaults
 * when there is none.
 */
export async function loadDeployedConfig(
  pageUrl: string,
  lang: Lang,
  fetchFile: typeof fetch = fetch,
): Promise<DeployedConfig> {
  const deployed = await fetchDeployed(CONFIG_FILE, pageUrl, fetchFile);
  if (!deployed.ok) return deployed;
  if (deployed.text === null) return { ok: true, config: DEFAULT_CONFIG };
  let json: unknown;
  try {
    json = JSON.parse(deployed.text);
  } catch (error) {
    return { ok: false, errors: [`${CONFIG_FILE}: ${(error as Error).message}`] };
  }
  const result = resolveConfig(json);
  return result.ok
    ? result
    : {
        ok: false,
        errors: result.issues.map((issue) => `${CONFIG_FILE}: ${renderConfigIssue(issue, lang)}`),
      };
}

/**
 * The standard deployed beside the pages (docs/standards.md), or the 2018 standard when there is
 * none; a bad package is refused whole, each error with its line and path in the page's language.
 */
export async function loadDeployedStandard(
  pageUrl: string,
  lang: Lang,
  fetchFile: typeof fetch = fetch,
): Promise<DeployedStandard> {
  const deployed = await fetchDeployed(STANDARD_FILE, pageUrl, fetchFile);
  if (!deployed.ok) return deployed;
  if (deployed.text === null) return { ok: true, standard: JIEDUI_2018 };
  const result = loadPackage(deployed.text);
  return result.ok
    ? result
    : {
        ok: false,
        errors: result.errors.map((e) => `${STANDARD_FILE}:${renderPackageError(e, lang)}`),
      };
}
