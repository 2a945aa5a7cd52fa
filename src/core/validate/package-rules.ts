import type { Config } from "../config";
import { lineOf } from "../config";
import { report } from "../read/record";
import { createExprCache, evaluate } from "../standard/expr";
import type { ExprEnv, ExprError } from "../standard/expr";
import type { PackageRule, Standard } from "../standard/standard";
import type { SheetDraft } from "./rules";

/**
 * Evaluate a standard's expression rules (docs/standards.md) after the field rules: a check that
 * is FALSE is an issue at the rule's field cell; blank is none. A rule that fails to evaluate gives
 * one `plausibility` warning naming it, whatever the rows.
 */
export function applyPackageRules(
  standard: Standard,
  drafts: readonly SheetDraft[],
  config: Config,
  lists: (key: string) => readonly string[],
): void {
  if (standard.rules.length === 0) return;
  const bySheet = new Map(drafts.map((d) => [d.spec.key, d]));
  const values = new Map(drafts.map((d) => [d.spec.key, d.rows.map((r) => r.values)]));
  const base = {
    rows: (sheet: string) => values.get(sheet) ?? [],
    list: lists,
    line: (name: string, year: number) => lineOf(config, name, year),
    cache: createExprCache(),
  };
  for (const rule of standard.rules) {
    const sheet = bySheet.get(rule.sheet);
    if (sheet) applyRule(rule, sheet, base);
  }
}

function applyRule(rule: PackageRule, sheet: SheetDraft, base: Omit<ExprEnv, "row">): void {
  let failure: ExprError | null = null;
  for (const row of sheet.rows) {
    const env: ExprEnv = { ...base, row: row.values };
    if (rule.when) {
      const applies = evaluate(rule.when, env);
      if (!applies.ok) failure ??= applies.error;
      if (!applies.ok || applies.value !== true) continue;
    }
    const check = evaluate(rule.check, env);
    if (!check.ok) failure ??= check.error;
    else if (check.value === false) {
      const raw = row.raw[rule.field];
      report(
        sheet.rep,
        row,
        { cell: row.cells[rule.field] ?? null, field: rule.field },
        rule.code,
        {
          ...(raw !== undefined ? { value: raw } : {}),
          severity: rule.severity,
          detail: { expected: rule.id, message: rule.message },
        },
      );
    }
  }
  if (failure) reportFailure(rule, sheet, failure);
}

function reportFailure(rule: PackageRule, sheet: SheetDraft, error: ExprError): void {
  report(sheet.rep, null, { cell: null, field: rule.field }, "plausibility", {
    severity: "warning",
    detail: {
      expected: rule.id,
      message: {
        zh: `规则“${rule.id}”无法计算（${error.kind}：${error.message}），部分行未经此规则检查`,
        en: `Rule "${rule.id}" could not be evaluated (${error.kind}: ${error.message}); some rows were not checked by it`,
      },
    },
  });
}
