import type { Config } from "../config";
import { povertyLine } from "../config";
import { epochDay, periodBounds, periodYear } from "../read/dates";
import type { DraftRecord, Reporter } from "../read/record";
import { report } from "../read/record";
import type { Rule } from "../spec/rules";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import { FIRST_YEAR } from "../spec/sheets";

export interface RuleContext {
  readonly config: Config;
  /** The submission's period when its form gave a valid one. */
  readonly period: string | null;
  /** Keys present on other sheets, for `ref` rules; absent when that sheet or column is. */
  readonly keys: (sheet: string, field: string) => ReadonlySet<string | number> | undefined;
}

export interface SheetDraft {
  readonly spec: SheetSpec;
  readonly rep: Reporter;
  readonly rows: readonly DraftRecord[];
}

/** Apply the field rules (docs/standard.md) to every record of a sheet (or the form). */
export function applyRules(sheet: SheetDraft, ctx: RuleContext): void {
  for (const field of sheet.spec.fields) {
    if (field.type === "year") checkYears(sheet, field, ctx);
    for (const rule of field.rules) RULES[rule.kind](sheet, field, rule as never, ctx);
  }
}

type RuleCheck<K extends Rule["kind"]> = (
  sheet: SheetDraft,
  field: FieldSpec,
  rule: Extract<Rule, { kind: K }>,
  ctx: RuleContext,
) => void;

/** One check per rule kind: a kind added to rules.ts does not compile until it is here. */
const RULES: { readonly [K in Rule["kind"]]: RuleCheck<K> } = {
  unique(sheet, field) {
    const first = new Map<string | number, number>();
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (v === null || v === undefined) continue;
      const seen = first.get(v);
      if (seen === undefined) first.set(v, row.rowNumber);
      else at(sheet, row, field, "duplicate", { limit: seen });
    }
  },
  ref(sheet, field, rule, ctx) {
    const keys = ctx.keys(rule.sheet, rule.field);
    if (!keys) return;
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (v !== null && v !== undefined && !keys.has(v)) {
        at(sheet, row, field, "reference", { expected: rule.sheet });
      }
    }
  },
  compare(sheet, field, rule) {
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      const other = row.values[rule.field];
      if (typeof v !== "number" || typeof other !== "number") continue;
      const holds = rule.op === "<=" ? v <= other : v >= other;
      if (!holds) {
        at(sheet, row, field, rule.code, {
          reason: "compare",
          other: rule.field,
          otherValue: other,
          limit: rule.op,
        });
      }
    }
  },
  positive(sheet, field) {
    for (const row of sheet.rows) {
      if (row.values[field.key] === 0) at(sheet, row, field, "range", { reason: "not-positive" });
    }
  },
  between(sheet, field, rule) {
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (typeof v === "number" && (v < rule.min || v > rule.max)) {
        at(sheet, row, field, "range", { reason: "between", expected: `${rule.min}–${rule.max}` });
      }
    }
  },
  "in-region"(sheet, field, _rule, ctx) {
    const codes = new Set(ctx.config.region.districts.map((d) => d.code));
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (typeof v === "string" && !codes.has(v.slice(0, 6))) {
        at(sheet, row, field, "range", { reason: "region", expected: ctx.config.region.name });
      }
    }
  },
  "district-of-code"(sheet, field, rule, ctx) {
    const byCode = new Map(ctx.config.region.districts.map((d) => [d.code, d.name]));
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      const code = row.values[rule.codeField];
      if (typeof v !== "string" || typeof code !== "string") continue;
      const expected = byCode.get(code.slice(0, 6));
      if (expected !== undefined && expected !== v) {
        at(sheet, row, field, "consistency", { reason: "district", expected });
      }
    }
  },
  "required-when"(sheet, field, rule) {
    for (const row of sheet.rows) {
      const other = row.values[rule.field];
      const applies = rule.equals === undefined ? other != null : other === rule.equals;
      if (applies && row.values[field.key] == null && !isUnreadable(row, field)) {
        at(sheet, row, field, "consistency", {
          reason: "required-when",
          other: rule.field,
          otherValue: rule.equals === undefined ? (other ?? null) : rule.equals,
        });
      }
    }
  },
  "inside-period"(sheet, field, _rule, ctx) {
    if (!ctx.period) return;
    const { start, end } = periodBounds(ctx.period);
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (typeof v === "string" && (v.slice(0, 10) < start || v.slice(0, 10) > end)) {
        at(sheet, row, field, "plausibility", { reason: "outside-period" });
      }
    }
  },
  "not-before-period"(sheet, field, _rule, ctx) {
    if (!ctx.period) return;
    const { start } = periodBounds(ctx.period);
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (typeof v === "string" && epochDay(v.slice(0, 10)) < epochDay(start)) {
        at(sheet, row, field, "range", { reason: "before-period", expected: start });
      }
    }
  },
  // Interpreted by checkYears: it only lifts the upper bound.
  "may-follow-period-when"() {},
  growth(sheet, field, rule) {
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      const prev = row.values[rule.previous];
      if (typeof v !== "number" || typeof prev !== "number" || v === 0 || prev === 0) continue;
      if (v > prev * 6 || v * 6 < prev) {
        at(sheet, row, field, "plausibility", {
          reason: "growth",
          other: rule.previous,
          otherValue: prev,
        });
      }
    }
  },
  "above-poverty-line-if"(sheet, field, rule, ctx) {
    if (!ctx.period) return;
    const year = periodYear(ctx.period);
    const line = povertyLine(ctx.config, year);
    if (line === null) return;
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (row.values[rule.field] != null && typeof v === "number" && v < line) {
        at(sheet, row, field, "plausibility", {
          reason: "below-poverty-line",
          expected: String(year),
          limit: line,
        });
      }
    }
  },
  "not-tiny"(sheet, field) {
    for (const row of sheet.rows) {
      const v = row.values[field.key];
      if (typeof v === "number" && v > 0 && v < 100) {
        at(sheet, row, field, "plausibility", { reason: "tiny" });
      }
    }
  },
};

/**
 * Years run from 2013 to the period's year (`range`, docs/issue-codes.md), unless a rule lifts the
 * top.
 */
function checkYears(sheet: SheetDraft, field: FieldSpec, ctx: RuleContext): void {
  const last = ctx.period ? periodYear(ctx.period) : Infinity;
  const lift = field.rules.find((r) => r.kind === "may-follow-period-when");
  for (const row of sheet.rows) {
    const v = row.values[field.key];
    if (typeof v !== "number") continue;
    const lifted = lift !== undefined && row.values[lift.field] === lift.equals;
    if (v < FIRST_YEAR || (v > last && !lifted)) {
      const top = lifted || last === Infinity ? "" : String(last);
      at(sheet, row, field, "range", { reason: "year", expected: `${FIRST_YEAR}–${top}` });
    }
  }
}

function isUnreadable(row: DraftRecord, field: FieldSpec): boolean {
  return row.raw[field.key] != null && row.values[field.key] == null;
}

function at(
  sheet: SheetDraft,
  row: DraftRecord,
  field: FieldSpec,
  code: Parameters<typeof report>[3],
  detail: NonNullable<Parameters<typeof report>[4]>["detail"],
): void {
  const raw = row.raw[field.key];
  report(sheet.rep, row, { cell: row.cells[field.key] ?? null, field: field.key }, code, {
    ...(raw !== undefined ? { value: raw } : {}),
    ...(detail ? { detail } : {}),
  });
}
