import { z } from "zod";
import { INDICATORS } from "./registry";
import type { IndicatorFormat, IndicatorSpec, VillageIndicators } from "./registry";
import { TOTAL_INDICATORS } from "./totals";
import type { AreaTotals } from "./totals";

const VALUE_SCHEMAS: { readonly [F in IndicatorFormat]: z.ZodType } = {
  code: z.string(),
  text: z.string().nullable(),
  money: z.number().nullable(),
  count: z.number().int().nullable(),
  rate: z.number().nullable(),
  ratio: z.number().nullable(),
  boolean: z.boolean().nullable(),
};

function valueSchemas(specs: readonly IndicatorSpec[]): Record<string, z.ZodType> {
  return Object.fromEntries(
    specs.map((i) => [
      i.key,
      VALUE_SCHEMAS[i.format].meta({ description: `${i.label.zh} / ${i.label.en}` }),
    ]),
  );
}

/** One village's indicators as JSON (docs/indicators.md): every key, in the registry's order. */
export const VillageIndicatorsSchema = z.object(
  valueSchemas(INDICATORS),
) as unknown as z.ZodType<VillageIndicators>;

const described = <T extends z.ZodType>(schema: T, description: string) =>
  schema.meta({ description });
const tally = (description: string) => described(z.number().int().min(0), description);

/** One area's totals as JSON, a row of 汇总 (docs/indicators.md). */
export const AreaTotalsSchema = z.object({
  level: described(z.enum(["city", "district", "township"]), "全市 / 区 / 街道/乡镇"),
  code: described(z.string(), "the region's code prefix, or a village code's first 6 / 9 digits"),
  name: described(z.string().nullable(), "from the configuration or the reference list"),
  village_count: tally("村数 / villages"),
  exit_ready_villages: tally("出列达标村数 / villages meeting the exit standard"),
  agencies_adopted: tally("采用单位数 / agencies with a merged row"),
  agencies_expected: described(
    z.number().int().min(0).nullable(),
    "应报单位数 / agencies the pairing list expects; null without one",
  ),
  ...valueSchemas(TOTAL_INDICATORS),
}) as unknown as z.ZodType<AreaTotals>;

/** What `indicators --json` prints (docs/cli.md). */
export const IndicatorsReportSchema = z.object({
  period: z.string(),
  villages: z.array(VillageIndicatorsSchema),
  totals: z.array(AreaTotalsSchema).meta({
    description: "the city's totals, then districts and townships as `--by` asks",
  }),
});

export type IndicatorsReportJson = z.infer<typeof IndicatorsReportSchema>;
