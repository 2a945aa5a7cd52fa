import type { Config } from "../config";
import { trackLines } from "../config";
import { lineMissingDetail } from "../issues/line-missing";
import { report } from "../read/record";
import { createExprCache, evaluate } from "../standard/expr";
import type { ExprEnv, ExprError } from "../standard/expr";
import type { PackageRule, Standard } from "../standard/standard";
import type { SheetDraft } from "./rules";

/**
 * Evaluate a standard's expression rules (docs/standards.md) after the field rules: a check that
 * is FALSE is an issue at the rule's field cell; blank is none. A rule that fails to evaluate gives
 * one `plausibility` warning naming it, whatever the rows; so does each line and year a rule asked
 * for that the configuration lacks (docs/configuration.md), on the sheet of the first such rule.
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
  const lines = trackLines(config);
  const base = {
    rows: (sheet: string) => values.get(sheet) ?? [],
    list: lists,
    line: lines.line,
    cache: createExprCache(),
  };
  let reported = 0;
  for (const rule of standard.rules) {
    const sheet = bySheet.get(rule.sheet);
    if (!sheet) continue;
    applyRule(rule, sheet, base);
    for (const missing of lines.missing().slice(reported)) {
      report(sheet.rep, null, { cell: null, field: null }, "plausibility", {
        severity: "warning",
        detail: lineMissingDetail(missing),
      });
    }
    reported = lines.missing().length;
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
    // The evaluator's own words stay in English: they speak of the expression, for its author.
    detail: {
      reason: "rule-failed",
      expected: rule.id,
      limit: error.kind,
      otherValue: error.message,
    },
  });
}
