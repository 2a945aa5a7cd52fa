import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  BUILTIN_STANDARD_IDS,
  JIEDUI_2018,
  builtinStandard,
} from "../../../src/core/standard/builtin";
import { JIEDUI_2018_PACKAGE } from "../../../src/core/standard/jiedui-2018";
import { loadPackage, loadStandard } from "../../../src/core/standard/load";
import { rebuildStandard } from "../../../src/core/standard/standard";
import type { Standard } from "../../../src/core/standard/standard";
import { LISTS } from "../../../src/core/spec/lists";
import { SHEETS } from "../../../src/core/spec/sheets";
import { MONITORING_EXTENSION_TEXT } from "../../support/monitoring";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLE = readFileSync(path.join(ROOT, "standards/examples/region-extension.json"), "utf8");

function load(text: string): Standard {
  const result = loadPackage(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.standard;
}

function errorsOf(text: string) {
  const result = loadPackage(text);
  if (result.ok) throw new Error("loaded a bad package");
  return result.errors;
}

const base = (extra: Record<string, unknown> = {}) => ({
  format: "aidsheet-standard/1",
  id: "tiny",
  version: "1",
  name: { zh: "小", en: "Tiny" },
  template_id: "tiny/1",
  workflow: "register",
  sheets: [
    {
      key: "people",
      name: { zh: "人员", en: "People" },
      layout: "table",
      required: true,
      fields: [
        { key: "person_id", label: { zh: "编号", en: "Id" }, type: "text", unique: true },
        { key: "size", label: { zh: "人数", en: "Size" }, type: "count" },
      ],
    },
  ],
  lists: {},
  merge: { people: { key: ["person_id"] } },
  indicators: [],
  ...extra,
});

describe("the 2018 standard as a package", () => {
  test("is the typed spec, sheet for sheet and field for field", () => {
    expect(JIEDUI_2018.sheets).toEqual(SHEETS);
    expect(Object.fromEntries(JIEDUI_2018.lists)).toEqual(LISTS);
    expect(JIEDUI_2018.templateId).toBe("aidsheet/1");
    expect(JIEDUI_2018.workflow).toBe("paired");
    expect(JIEDUI_2018.indicators).toBe("builtin");
  });

  test("standards/jiedui-2018.json is the package the code builds", () => {
    const file = readFileSync(path.join(ROOT, "standards/jiedui-2018.json"), "utf8");
    expect(file).toBe(JIEDUI_2018.source);
    expect(JSON.parse(file)).toEqual(JIEDUI_2018_PACKAGE);
  });

  test("a worker rebuilds the same Standard from its source", () => {
    const again = loadStandard(JIEDUI_2018.source, { builtins: () => undefined });
    expect(again.ok && again.standard.sheets).toEqual(JIEDUI_2018.sheets);
    expect(rebuildStandard(JIEDUI_2018.source)).toEqual(JIEDUI_2018);
  });

  test("each built-in is what the package loader makes of its file, whose checks it skips", () => {
    for (const id of BUILTIN_STANDARD_IDS) {
      const loaded = load(readFileSync(path.join(ROOT, `standards/${id}.json`), "utf8"));
      const builtin = builtinStandard(id)!;
      const { rules, indicators, source, ...rest } = builtin;
      expect(loaded).toMatchObject(rest);
      expect(JSON.parse(loaded.source)).toEqual(JSON.parse(source));
      expect(loaded.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
      const keys = (i: typeof indicators) => (i === "builtin" ? i : i.map((d) => d.key));
      expect(keys(loaded.indicators)).toEqual(keys(indicators));
    }
    expect(BUILTIN_STANDARD_IDS).toEqual(["jiedui-2018", "monitoring"]);
  });

  test("is built in, and an unknown id is not", () => {
    expect(BUILTIN_STANDARD_IDS).toContain("jiedui-2018");
    expect(builtinStandard("jiedui-2018")).toBe(JIEDUI_2018);
    expect(builtinStandard("nope")).toBeUndefined();
  });
});

describe("loadStandard", () => {
  test("reads a package with comments; unique: true is the unique rule", () => {
    const s = load(`// a comment\n${JSON.stringify(base(), null, 2)}`);
    expect(s.id).toBe("tiny");
    expect(s.sheets[0]!.fields[0]!.rules).toEqual([{ kind: "unique" }]);
    expect(s.merge).toEqual({ people: { key: ["person_id"] } });
  });

  test("uniqueness is said one way: a unique rule is refused at its path", () => {
    const pkg = base();
    const field = { ...pkg.sheets[0]!.fields[1]!, rules: [{ kind: "unique" }] };
    const sheet = { ...pkg.sheets[0]!, fields: [pkg.sheets[0]!.fields[0]!, field] };
    const errors = errorsOf(JSON.stringify({ ...pkg, sheets: [sheet] }, null, 2));
    expect(errors.map((e) => e.path)).toEqual(["$.sheets[0].fields[1].rules[0].kind"]);
    expect(errors[0]!.problem).toMatchObject({ kind: "one-of" });
    expect(errors[0]!.problem).not.toMatchObject({ values: expect.arrayContaining(["unique"]) });
  });

  test("a syntax error gives its line", () => {
    const errors = errorsOf('{\n  "format": "aidsheet-standard/1",\n  "id": ,\n}');
    expect(errors[0]).toEqual({
      path: "$",
      line: 3,
      problem: { kind: "json-syntax", error: "ValueExpected", column: 9 },
    });
  });

  test("a wrong value gives its JSON path and line", () => {
    const pkg = base();
    (pkg.sheets[0]!.fields[1] as { type: string }).type = "number";
    const text = JSON.stringify(pkg, null, 2);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe("$.sheets[0].fields[1].type");
    expect(errors[0]!.problem).toEqual({
      kind: "one-of",
      values: expect.arrayContaining(["count", "money"]) as unknown,
      types: ["object"],
    });
    const line = text.split("\n").findIndex((l) => l.includes('"number"')) + 1;
    expect(errors[0]!.line).toBe(line);
  });

  test("names that do not exist are errors, all of them at once", () => {
    const pkg = base({
      rules: [
        {
          id: "r",
          sheet: "people",
          field: "nope",
          check: "TRUE",
          code: "consistency",
          severity: "error",
          message: { zh: "x", en: "x" },
        },
      ],
      merge: { people: { key: ["missing"] } },
    });
    pkg.sheets[0]!.fields.push({
      key: "kind",
      label: { zh: "类别", en: "Kind" },
      type: { list: "kinds" },
    } as never);
    const paths = errorsOf(JSON.stringify(pkg, null, 2)).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "$.sheets[0].fields[2].type.list",
        "$.rules[0].field",
        "$.merge.people.key[0]",
      ]),
    );
  });

  test("two fields answering to one header are refused", () => {
    const pkg = base();
    pkg.sheets[0]!.fields.push({
      key: "other",
      label: { zh: "人数", en: "Other" },
      type: "count",
    } as never);
    expect(errorsOf(JSON.stringify(pkg)).map((e) => e.problem)).toEqual([
      { kind: "header-ambiguous", header: "人数", fields: ["size", "other"] },
    ]);
  });
});

describe("extending a built-in package", () => {
  const ext = load(EXAMPLE);

  test("adds the field, the list value and the rule, keeping everything of the base", () => {
    const households = ext.sheets.find((s) => s.key === "households")!;
    const base = JIEDUI_2018.sheets.find((s) => s.key === "households")!;
    expect(households.fields.slice(0, base.fields.length)).toEqual(base.fields);
    expect(households.fields.at(-1)).toMatchObject({ key: "labour_count", aliases: ["劳动力"] });
    expect(ext.lists.get("causes")).toEqual([...LISTS.causes, "因疫"]);
    expect(ext.rules.map((r) => r.id)).toEqual(["labour-within-household"]);
    expect(ext.templateId).toBe("aidsheet/1");
    expect(ext.workflow).toBe("paired");
  });

  test("its source is the whole package, rebuilt without the base", () => {
    const again = loadStandard(ext.source, { builtins: () => undefined });
    expect(again.ok && again.standard.sheets).toEqual(ext.sheets);
    expect(rebuildStandard(ext.source).sheets).toEqual(ext.sheets);
  });

  test("replacing a field of the base is refused at the extension's line", () => {
    const text = EXAMPLE.replace('"key": "labour_count"', '"key": "household_size"');
    const errors = errorsOf(text);
    expect(errors[0]!.path).toBe("$.sheets[0].fields[0].key");
    const line = text.split("\n").findIndex((l) => l.includes('"household_size"')) + 1;
    expect(errors[0]!.line).toBe(line);
  });

  test("a rule on a field the package lacks is refused with the extension's path", () => {
    const errors = errorsOf(EXAMPLE.replace('"field": "labour_count"', '"field": "labour"'));
    expect(errors.map((e) => e.path)).toEqual(["$.rules[0].field"]);
  });

  test("an unknown base is refused", () => {
    const errors = errorsOf(EXAMPLE.replace('"extends": "jiedui-2018"', '"extends": "x"'));
    expect(errors[0]).toMatchObject({
      path: "$.extends",
      problem: { kind: "unknown-base", base: "x" },
    });
  });

  test("the monitoring package, written with comments, is extended as it is", () => {
    const monitoring = builtinStandard("monitoring")!;
    expect(readFileSync(path.join(ROOT, "standards/monitoring.json"), "utf8")).toMatch(/^\/\//);
    expect(JSON.parse(monitoring.source)).toMatchObject({ id: "monitoring" });
    const region = load(MONITORING_EXTENSION_TEXT);
    expect([region.id, region.workflow]).toEqual(["monitoring-region", "register"]);
    expect(region.sheets).toEqual(monitoring.sheets);
  });
});
