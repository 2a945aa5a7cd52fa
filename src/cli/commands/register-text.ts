// How the CLI shows a register standard's results (docs/monitoring.md).
import { pickLabel } from "../../core";
import type { Lang, RegisterArea, RegisterResult, ReportLevel, Standard } from "../../core";
import { aligned, display } from "../text-output";

function areaTable(areas: readonly RegisterArea[], standard: Standard, lang: Lang): string {
  const indicators = standard.indicators === "builtin" ? [] : standard.indicators;
  return aligned([
    ["", ...indicators.map((i) => pickLabel(i.label, lang))],
    ...areas.map((a) => [
      a.level === "township" ? `  ${a.name ?? "—"}` : (a.name ?? a.code ?? "—"),
      ...indicators.map((i) => display(a.indicators[i.key]?.value ?? null, i.format, lang)),
    ]),
  ]);
}

/** `aidsheet indicators` of registers as text: per village (as `by` asks), township and county. */
export function registerIndicatorsText(
  result: RegisterResult,
  standard: Standard,
  lang: Lang,
  by: ReportLevel,
): string {
  const villages = by === "village" ? [areaTable(result.villages, standard, lang), ""] : [];
  return [...villages, areaTable(result.areas, standard, lang)].join("\n");
}
