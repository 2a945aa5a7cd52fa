import { columnName } from "../../core";
import type { PlanCheck, PlanSheet, TemplatePlan } from "../../core";
import type { SheetWrite, ValidationWrite } from "./write-sheets";

const OPERATORS = {
  between: "Between",
  equal: "EqualTo",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

const RULE_KEYS = { whole: "wholeNumber", decimal: "decimal", textLength: "textLength" } as const;

/** A plan's check as an Office.js data-validation rule (ExcelApi 1.8). */
export function toRule(check: PlanCheck): Excel.DataValidationRule {
  switch (check.type) {
    case "list":
      // Without "=", Excel would take the reference as the text of a one-item list.
      return { list: { inCellDropDown: true, source: `=${check.source}` } };
    case "date":
      return {
        date: { formula1: check.formula1, formula2: check.formula2, operator: "Between" },
      };
    default:
      return {
        [RULE_KEYS[check.type]]: {
          formula1: check.formula1,
          ...(check.operator === "between" ? { formula2: check.formula2 } : {}),
          operator: OPERATORS[check.operator],
        },
      };
  }
}

/** Runs of equally styled cells along each row, as A1 ranges. */
function styleRuns(sheet: PlanSheet): NonNullable<SheetWrite["styles"]> {
  const runs: { range: string; style: NonNullable<SheetWrite["styles"]>[number]["style"] }[] = [];
  sheet.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c;
      while (style && end + 1 < row.length && row[end + 1]?.style === style) end++;
      if (style) runs.push({ range: `${columnName(c)}${r + 1}:${columnName(end)}${r + 1}`, style });
      c = end + 1;
    }
  });
  return runs;
}

/** The template's sheets as the Office host writes them: the plan the file writer uses. */
export function templateSheets(plan: TemplatePlan): SheetWrite[] {
  return plan.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) => row.map((cell) => cell?.value ?? null)),
    numberFormats: sheet.numberFormats,
    validations: sheet.validations.map((v): ValidationWrite => ({
      range: v.range,
      rule: toRule(v.check),
      prompt: { showPrompt: true, title: v.prompt.title, message: v.prompt.message },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: v.error.title,
        message: v.error.message,
      },
    })),
    styles: styleRuns(sheet),
    frozenRows: sheet.frozenRows,
    columnWidths: sheet.columnWidths,
    visibility: sheet.hidden ? "Hidden" : "Visible",
  }));
}
