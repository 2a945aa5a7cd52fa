import { DEFAULT_CONFIG } from "../config";
import { SHEETS } from "../spec/sheets";
import type { SheetSpec } from "../spec/sheets";
import { isListType } from "../spec/types";
import type { FieldType, ScalarType } from "../spec/types";
import {
  LIST_KEYS,
  LIST_NAMES,
  SHEET_PURPOSES,
  describeRules,
  describeType,
  listValues,
} from "./describe";
import { numberFormatOf } from "../excel-values";

const SCALAR_TYPES: { readonly [T in ScalarType]: true } = {
  text: true,
  int: true,
  count: true,
  money: true,
  decimal: true,
  year: true,
  date: true,
  datetime: true,
  period: true,
  code12: true,
  uscc: true,
  id18: true,
  phone: true,
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
// Prettier would realign the columns; the generated file stays exactly as rendered.
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [
  "<!-- prettier-ignore -->",
  row(header),
  row(header.map(() => "---")),
  ...rows.map(row),
];

function typeCode(type: FieldType): string {
  return isListType(type) ? `\`enum(${type.list})\`` : `\`${type}\``;
}

function sheetSection(sheet: SheetSpec): string[] {
  const need = sheet.layout === "none" ? "never read" : sheet.required ? "required" : "optional";
  const lines = [
    `## ${sheet.name.zh} / ${sheet.name.en} (\`${sheet.key}\`, ${sheet.layout}, ${need})`,
    "",
    `${SHEET_PURPOSES[sheet.key].zh} ${SHEET_PURPOSES[sheet.key].en}`,
  ];
  if (sheet.fields.length === 0) return lines;
  const rows = sheet.fields.map((f) => [
    `\`${f.key}\``,
    f.label.zh,
    f.label.en,
    typeCode(f.type),
    f.required ? "R" : "",
    describeRules(f, sheet.key, "en", DEFAULT_CONFIG).join("; "),
    describeRules(f, sheet.key, "zh-CN", DEFAULT_CONFIG).join("；"),
  ]);
  const header = ["key", "中文标签", "English label", "type", "R", "rules", "规则"];
  return [...lines, "", ...table(header, rows)];
}

/**
 * The field reference `docs/fields.md`: every sheet and field of the standard with its
 * labels, type, rules in words and lists, rendered from the spec data.
 */
export function renderFieldReference(): string {
  const types = (Object.keys(SCALAR_TYPES) as ScalarType[]).map((t) => [
    `\`${t}\``,
    describeType(t, "en"),
    describeType(t, "zh-CN"),
    `\`${numberFormatOf(t) ?? "General"}\``,
  ]);
  types.push(["`enum(L)`", "A value of list L", "列表 L 中的一个值", "General, with a dropdown"]);
  const lists = LIST_KEYS.map((list) => [
    `\`${list}\``,
    LIST_NAMES[list].zh,
    LIST_NAMES[list].en,
    listValues(list, DEFAULT_CONFIG).join(", "),
  ]);
  const lines = [
    "# Field reference / 字段说明",
    "",
    "<!-- Generated from src/core/spec by `npm run docs:fields`; do not edit by hand. -->",
    "",
    "The standard workbook `aidsheet/1` (SPEC.md section 1), field by field. Labels are",
    "matched after normalisation (SPEC 2.1); R marks a required field. The rules are those",
    "the validator applies; the template's own cell validation and number format follow the type.",
    "",
    ...SHEETS.flatMap((s) => [...sheetSection(s), ""]),
    "## Types / 类型",
    "",
    ...table(["type", "description", "说明", "template number format"], types),
    "",
    "## Lists / 列表",
    "",
    "`districts` comes from the region configuration (SPEC 9); shown here with the default (武汉市).",
    "",
    ...table(["list", "中文名", "English name", "values"], lists),
    "",
  ];
  return lines.join("\n");
}
