import { z } from "zod";
import { INDICATORS } from "./registry";
import type { IndicatorFormat, VillageIndicators } from "./registry";

const VALUE_SCHEMAS: { readonly [F in IndicatorFormat]: z.ZodType } = {
  code: z.string(),
  text: z.string().nullable(),
  money: z.number().nullable(),
  count: z.number().int().nullable(),
  rate: z.number().nullable(),
  ratio: z.number().nullable(),
  boolean: z.boolean().nullable(),
};

/** One village's indicators as JSON (docs/indicators.md): every key, in the registry's order. */
export const VillageIndicatorsSchema = z.object(
  Object.fromEntries(
    INDICATORS.map((i) => [
      i.key,
      VALUE_SCHEMAS[i.format].meta({ description: `${i.label.zh} / ${i.label.en}` }),
    ]),
  ),
) as unknown as z.ZodType<VillageIndicators>;

/** What `indicators --json` prints (docs/cli.md). */
export const IndicatorsReportSchema = z.object({
  period: z.string(),
  villages: z.array(VillageIndicatorsSchema),
});

export type IndicatorsReportJson = z.infer<typeof IndicatorsReportSchema>;

export function toIndicatorsReportJson(
  period: string,
  villages: readonly VillageIndicators[],
): IndicatorsReportJson {
  return { period, villages: [...villages] };
}
