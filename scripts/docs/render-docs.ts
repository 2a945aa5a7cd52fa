// The generated parts of docs/: regions of hand-written Markdown, and whole JSON Schemas.
// `npm run docs` writes them; test/docs checks the committed files are current.
import { renderCliHelp } from "./cli-help";
import { renderIndicatorTable } from "./indicators";
import { renderIssueCodes, renderIssueCodeTable } from "./issue-codes";
import { renderConsolidatedTable } from "./merge";
import {
  PACKAGE_MODULES,
  renderPackageFields,
  renderPackageIndicators,
  renderPackageLists,
  renderPackageModule,
  renderPackageRules,
} from "./packages";
import { SCHEMAS, renderSchema } from "./schemas";
import { JIEDUI_2018 } from "../../src/core/standard/builtin";
import { renderFieldTables, renderListTable, renderSheetTable, renderTypeTable } from "./standard";

type Regions = Readonly<Record<string, () => string>>;

/** Each Markdown document with the regions generated inside it. */
const REGIONS: Readonly<Record<string, Regions>> = {
  "docs/standard.md": {
    sheets: renderSheetTable,
    fields: renderFieldTables,
    types: renderTypeTable,
    lists: renderListTable,
  },
  "docs/issue-codes.md": { summary: renderIssueCodeTable, codes: renderIssueCodes },
  "docs/indicators.md": { indicators: renderIndicatorTable },
  "docs/merge.md": { consolidated: renderConsolidatedTable },
  "docs/cli.md": { help: renderCliHelp },
  "docs/monitoring.md": {
    fields: renderPackageFields,
    lists: renderPackageLists,
    rules: renderPackageRules,
    indicators: renderPackageIndicators,
  },
};

const REGION = /<!-- generated: ([\w-]+) -->\n[\s\S]*?<!-- end generated: \1 -->/g;

/** Replace every generated region of a document; each region of REGIONS must be there once. */
export function fillRegions(path: string, text: string): string {
  const regions = REGIONS[path];
  if (!regions) throw new Error(`${path} has no generated regions`);
  const seen: string[] = [];
  const filled = text.replace(REGION, (_, name: string) => {
    const render = regions[name];
    if (!render) throw new Error(`${path}: unknown generated region "${name}"`);
    seen.push(name);
    return [
      `<!-- generated: ${name} -->`,
      "<!-- prettier-ignore-start -->",
      render().trimEnd(),
      "<!-- prettier-ignore-end -->",
      `<!-- end generated: ${name} -->`,
    ].join("\n");
  });
  const missing = Object.keys(regions).filter(
    (name) => seen.filter((s) => s === name).length !== 1,
  );
  if (missing.length > 0)
    throw new Error(`${path}: region(s) ${missing.join(", ")} not found once`);
  return filled;
}

/** Every generated file as it should be committed: repository path → content. */
export function renderDocs(read: (path: string) => string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const path of Object.keys(REGIONS)) docs.set(path, fillRegions(path, read(path)));
  for (const schema of SCHEMAS) docs.set(schema.path, renderSchema(schema));
  // The 2018 standard as a package file, generated from the typed spec (docs/standards.md).
  docs.set("standards/jiedui-2018.json", JIEDUI_2018.source);
  for (const entry of PACKAGE_MODULES) {
    docs.set(entry.module, renderPackageModule(entry, read(entry.package)));
  }
  return docs;
}
