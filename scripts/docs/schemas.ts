// docs/schemas/: JSON Schemas of the CLI's JSON outputs, from the zod schemas of the core.
import { z } from "zod";
import { IndicatorsReportSchema } from "../../src/core/indicators/report-schema";
import { MergeReportSchema } from "../../src/core/merge/report-schema";
import { StandardPackageSchema } from "../../src/core/standard/schema";
import { ValidateReportSchema } from "../../src/core/validate/report-schema";

export interface SchemaDoc {
  readonly path: string;
  readonly schema: z.ZodType;
  readonly title: string;
  readonly description: string;
}

export const SCHEMAS: readonly SchemaDoc[] = [
  {
    path: "docs/schemas/validate.schema.json",
    schema: ValidateReportSchema,
    title: "aidsheet validate --json",
    description:
      "Each file checked on its own, with its issues (docs/cli.md, docs/issue-codes.md).",
  },
  {
    path: "docs/schemas/merge-report.schema.json",
    schema: MergeReportSchema,
    title: "aidsheet merge --json / --report",
    description:
      "The merge report: files, row accounting, completeness, issues, indicators (docs/merge.md).",
  },
  {
    path: "docs/schemas/indicators.schema.json",
    schema: IndicatorsReportSchema,
    title: "aidsheet indicators --json",
    description: "The indicators of every village for one period (docs/indicators.md).",
  },
  {
    path: "docs/schemas/standard-package.schema.json",
    schema: StandardPackageSchema,
    title: "aidsheet standard package",
    description:
      "A standard as data: sheets, fields, lists, rules, indicators, merge keys (docs/standards.md).",
  },
];

export function renderSchema(doc: SchemaDoc): string {
  const schema = z.toJSONSchema(
    doc.schema.meta({ title: doc.title, description: doc.description }),
  );
  return `${JSON.stringify(schema, null, 2)}\n`;
}
