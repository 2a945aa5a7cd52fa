// docs/standard.md: the sheets, fields, types and lists of the standard, from src/core/spec.
import { DEFAULT_CONFIG } from "../../src/core/config";
import { SHEETS } from "../../src/core/spec/sheets";
import type { SheetSpec } from "../../src/core/spec/sheets";
import { isListType } from "../../src/core/spec/types";
import type { FieldType, ScalarType } from "../../src/core/spec/types";
import { MESSAGES } from "../../src/core/messages";
import {
  listKeys,
  listName,
  describeRules,
  describeType,
  listValues,
} from "../../src/core/template/describe";
import { numberFormatOf } from "../../src/core/excel-values";
import { code, table } from "./markdown";

// Typed over every scalar type: a type added to the spec does not compile until listed here.
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

const zh = MESSAGES["zh-CN"].template;
const en = MESSAGES.en.template;

const typeCode = (type: FieldType) => code(isListType(type) ? `enum(${type.list})` : type);

function layoutOf(sheet: SheetSpec): string {
  if (sheet.layout === "form") return "form: labels in column A, values to their right";
  if (sheet.layout === "table") return "table: a header row, one record per row";
  // Of the two sheets without fields, only _meta is read: for the template id.
  return sheet.key === "meta" ? "hidden; label / value pairs in columns A and B" : "never read";
}

export function renderSheetTable(): string {
  return table(
    ["key", "sheet name (zh-CN)", "English alias", "required", "layout", "purpose"],
    SHEETS.map((s) => [
      code(s.key),
      s.name.zh,
      s.name.en,
      s.required ? "yes" : "no",
      layoutOf(s),
      `${zh.sheetPurposes[s.key]} ${en.sheetPurposes[s.key]}`,
    ]),
  );
}

function fieldTable(sheet: SheetSpec): string {
  const rows = sheet.fields.map((f) => [
    code(f.key),
    f.label.zh,
    f.label.en,
    typeCode(f.type),
    f.required ? "R" : "",
    [
      ...describeRules(f, sheet.key, "en", DEFAULT_CONFIG),
      ...(f.personal ? ["personal data"] : []),
    ].join("; "),
    [
      ...describeRules(f, sheet.key, "zh-CN", DEFAULT_CONFIG),
      ...(f.personal ? ["个人信息"] : []),
    ].join("；"),
  ]);
  return table(["key", "中文标签", "English label", "type", "R", "rules", "规则"], rows);
}

export function renderFieldTables(): string {
  return SHEETS.filter((s) => s.fields.length > 0)
    .map((s) => [`### ${s.name.zh} / ${s.name.en} (${code(s.key)})`, "", fieldTable(s)].join("\n"))
    .join("\n\n");
}

export function renderTypeTable(): string {
  const rows = (Object.keys(SCALAR_TYPES) as ScalarType[]).map((t) => [
    code(t),
    describeType(t, "en"),
    describeType(t, "zh-CN"),
    code(numberFormatOf(t) ?? "General"),
  ]);
  rows.push([
    code("enum(L)"),
    "A value of list L",
    "列表 L 中的一个值",
    "General, with a dropdown",
  ]);
  return table(["type", "description", "说明", "template number format"], rows);
}

export function renderListTable(): string {
  return table(
    ["list", "中文名", "English name", "values"],
    listKeys().map((list) => [
      code(list),
      listName(list, "zh-CN"),
      listName(list, "en"),
      listValues(list, DEFAULT_CONFIG).join(", "),
    ]),
  );
}
