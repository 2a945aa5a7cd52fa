import { LISTS } from "../spec/lists";
import { SHEETS, TEMPLATE_ID } from "../spec/sheets";
import type { FieldSpec, SheetSpec } from "../spec/sheets";
import { PACKAGE_FORMAT } from "../spec/package-problem";
import type { PackageField, PackageSheet, StandardPackage } from "./schema";
import { ruleToPackage } from "./standard";

/** The 2018 结对帮扶 report's standard as a package, from the typed spec (its one source). */
export const JIEDUI_2018_PACKAGE: StandardPackage = {
  $schema: "../docs/schemas/standard-package.schema.json",
  format: PACKAGE_FORMAT,
  id: "jiedui-2018",
  version: "2018.1",
  name: { zh: "结对帮扶数据报送（2018）", en: "Paired poverty-alleviation report (2018)" },
  template_id: TEMPLATE_ID,
  extends: null,
  workflow: "paired",
  sheets: SHEETS.map(sheetToPackage),
  lists: Object.fromEntries(Object.entries(LISTS).map(([k, v]) => [k, [...v]])),
  rules: [],
  indicators: "builtin",
  // The keys by which the paired merge adopts a row from another agency (docs/merge.md).
  merge: { villages: { key: ["village_code"] }, households: { key: ["id_number"] } },
};

function sheetToPackage(s: SheetSpec): PackageSheet {
  return {
    key: s.key,
    name: s.name,
    layout: s.layout,
    required: s.required,
    ...(s.rejectFileWhenMissing ? { reject_file_when_missing: true } : {}),
    ...(s.fields.length > 0 ? { fields: s.fields.map(fieldToPackage) } : {}),
  };
}

function fieldToPackage(f: FieldSpec): PackageField {
  const rules = f.rules.filter((r) => r.kind !== "unique");
  return {
    key: f.key,
    label: f.label,
    type: f.type,
    required: f.required,
    ...(rules.length < f.rules.length ? { unique: true } : {}),
    ...(f.personal ? { personal: true } : {}),
    ...(rules.length > 0 ? { rules: rules.map(ruleToPackage) } : {}),
  };
}
