import { DEFAULT_CONFIG } from "../../../src/core/config";
import type { Config } from "../../../src/core/config";
import { parseAddress } from "../../../src/core/grid";
import { LISTS } from "../../../src/core/spec/lists";
import { SHEETS, TEMPLATE_ID } from "../../../src/core/spec/sheets";
import type { FieldSpec, SheetSpec } from "../../../src/core/spec/sheets";
import { isListType } from "../../../src/core/spec/types";
import type { Lang } from "../../../src/core/messages";
import { describeRule, listValues } from "../../../src/core/template/describe";
import { LAST_DATA_ROW, planTemplate } from "../../../src/core/template/plan";
import type { PlanSheet, PlanValidation, TemplatePlan } from "../../../src/core/template/plan";

const TWO_DISTRICTS: Config = {
  ...DEFAULT_CONFIG,
  region: {
    name: "测试市",
    code_prefix: "4299",
    districts: [
      { name: "甲区", code: "429901" },
      { name: "乙区", code: "429902" },
    ],
  },
};

const zh = planTemplate("zh-CN", DEFAULT_CONFIG);
const en = planTemplate("en", DEFAULT_CONFIG);
const tables = SHEETS.filter((s) => s.layout === "table");
const form = SHEETS.find((s) => s.layout === "form")!;

function sheet(plan: TemplatePlan, key: PlanSheet["key"]): PlanSheet {
  const found = plan.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}

const labelOf = (f: FieldSpec, lang: Lang) => (lang === "en" ? f.label.en : f.label.zh);

/** The validation on a field's cells: the column under its header, or the form's value cell. */
function validationFor(plan: TemplatePlan, spec: SheetSpec, field: FieldSpec) {
  const s = sheet(plan, spec.key);
  let target: string;
  if (spec.layout === "table") {
    const col = s.rows[0]!.findIndex((c) => c?.value === labelOf(field, plan.lang));
    target = `${String.fromCharCode(65 + col)}2`;
  } else {
    const row = s.rows.findIndex((r) => r[0]?.value === labelOf(field, plan.lang));
    target = `B${row + 1}`;
  }
  return s.validations.find((v) => v.range.split(":")[0] === target);
}

/** The values a `_lists!$X$a:$X$b` source points at. */
function listRangeValues(plan: TemplatePlan, source: string): string[] {
  const m = /^_lists!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
  if (!m) throw new Error(`not a _lists range: ${source}`);
  const from = parseAddress(`${m[1]}${m[2]}`)!;
  const to = parseAddress(`${m[3]}${m[4]}`)!;
  expect(from.columnIndex).toBe(to.columnIndex);
  const rows = sheet(plan, "lists").rows;
  const values: string[] = [];
  for (let r = from.rowIndex; r <= to.rowIndex; r++) {
    values.push(rows[r]?.[from.columnIndex]?.value ?? "<empty>");
  }
  return values;
}

function fieldsOf(type: (f: FieldSpec) => boolean): [SheetSpec, FieldSpec][] {
  return SHEETS.flatMap((s) => s.fields.filter(type).map((f) => [s, f] as [SheetSpec, FieldSpec]));
}

describe("planTemplate", () => {
  it("lists the sheets of the standard in order, _lists before _meta, data lists and meta hidden", () => {
    expect(zh.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["填报说明", false],
      ["报送信息", false],
      ["帮扶村", false],
      ["资金投入", false],
      ["帮扶项目", false],
      ["贫困户", false],
      ["帮扶活动", false],
      ["_lists", true],
      ["_meta", true],
    ]);
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Instructions",
      "Submission",
      "Villages",
      "Funds",
      "Projects",
      "Households",
      "Activities",
      "_lists",
      "_meta",
    ]);
  });

  it.each<[Lang, TemplatePlan]>([
    ["zh-CN", zh],
    ["en", en],
  ])("puts every field of every table in the frozen header row 1 (%s)", (lang, plan) => {
    for (const spec of tables) {
      const s = sheet(plan, spec.key);
      expect(s.frozenRows).toBe(1);
      expect(s.rows).toHaveLength(1);
      expect(s.rows[0]!.map((c) => c?.value)).toEqual(spec.fields.map((f) => labelOf(f, lang)));
      expect(s.columnWidths).toHaveLength(spec.fields.length);
    }
  });

  it("lays the submission out as a form: labels in column A, nothing in B", () => {
    const s = sheet(zh, "submission");
    expect(s.rows.map((r) => r[0]?.value)).toEqual(form.fields.map((f) => f.label.zh));
    expect(s.rows.every((r) => !r[1])).toBe(true);
    expect(s.validations.map((v) => v.range)).toEqual(form.fields.map((_, i) => `B${i + 1}`));
  });

  it("marks required headers and labels", () => {
    const villages = sheet(zh, "villages").rows[0]!;
    expect(villages[0]?.style).toBe("header-required");
    expect(villages[villages.length - 1]?.style).toBe("header");
    const partners = sheet(zh, "submission").rows.find((r) => r[0]?.value === "协作单位")!;
    expect(partners[0]?.style).toBe("label");
  });

  it("gives every list field a dropdown over a _lists range holding exactly the list", () => {
    const listFields = fieldsOf((f) => isListType(f.type));
    expect(listFields.length).toBeGreaterThanOrEqual(8);
    for (const plan of [zh, en]) {
      for (const [spec, field] of listFields) {
        const v = validationFor(plan, spec, field);
        expect(v?.check.type).toBe("list");
        if (v?.check.type !== "list" || !isListType(field.type)) continue;
        expect(listRangeValues(plan, v.check.source)).toEqual(
          listValues(field.type.list, DEFAULT_CONFIG),
        );
      }
    }
  });

  it("takes the districts list from the configuration", () => {
    const plan = planTemplate("zh-CN", TWO_DISTRICTS);
    const district = sheet(plan, "villages").validations.find((v) => v.range === "C2:C1000")!;
    expect(district.check).toEqual({ type: "list", source: "_lists!$A$2:$A$3" });
    expect(listRangeValues(plan, "_lists!$A$2:$A$3")).toEqual(["甲区", "乙区"]);
    const code = sheet(plan, "villages").validations.find((v) => v.range === "A2:A1000")!;
    expect(code.prompt.message).toContain("429901、429902");
  });

  it("keeps list values in Chinese in the English template", () => {
    expect(sheet(en, "lists").rows).toEqual(sheet(zh, "lists").rows);
    expect(sheet(en, "lists").rows[1]?.[1]?.value).toBe(LISTS.fund_sources[0]);
  });

  it.each<[string, (f: FieldSpec) => boolean, object]>([
    [
      "count",
      (f) => f.type === "count" && f.rules.length === 0,
      {
        type: "whole",
        operator: "greaterThanOrEqual",
        formula1: 0,
      },
    ],
    [
      "year",
      (f) => f.type === "year",
      {
        type: "whole",
        operator: "between",
        formula1: 2013,
        formula2: 2030,
      },
    ],
    [
      "money",
      (f) => f.type === "money" && !f.rules.some((r) => r.kind === "positive"),
      {
        type: "decimal",
        operator: "greaterThanOrEqual",
        formula1: 0,
      },
    ],
    [
      "decimal",
      (f) => f.type === "decimal",
      {
        type: "decimal",
        operator: "greaterThanOrEqual",
        formula1: 0,
      },
    ],
    [
      "date",
      (f) => f.type === "date" || f.type === "datetime",
      {
        type: "date",
        operator: "between",
        formula1: "2013-01-01",
        formula2: "2030-12-31",
      },
    ],
    ["id18", (f) => f.type === "id18", { type: "textLength", operator: "equal", formula1: 18 }],
    ["uscc", (f) => f.type === "uscc", { type: "textLength", operator: "equal", formula1: 18 }],
    ["code12", (f) => f.type === "code12", { type: "textLength", operator: "equal", formula1: 12 }],
    [
      "text",
      (f) => f.type === "text",
      {
        type: "textLength",
        operator: "lessThanOrEqual",
        formula1: 200,
      },
    ],
  ])("validates %s cells", (_name, select, check) => {
    const fields = fieldsOf(select);
    expect(fields.length).toBeGreaterThan(0);
    for (const plan of [zh, en]) {
      for (const [spec, field] of fields)
        expect(validationFor(plan, spec, field)?.check).toEqual(check);
    }
  });

  it("narrows the test by the field's rules: amount > 0, household size 1–30", () => {
    const amount = validationFor(
      zh,
      SHEETS[3]!,
      SHEETS[3]!.fields.find((f) => f.key === "amount")!,
    );
    expect(amount?.check).toEqual({ type: "decimal", operator: "greaterThan", formula1: 0 });
    const households = SHEETS.find((s) => s.key === "households")!;
    const size = validationFor(
      zh,
      households,
      households.fields.find((f) => f.key === "household_size")!,
    );
    expect(size?.check).toEqual({ type: "whole", operator: "between", formula1: 1, formula2: 30 });
  });

  it("bounds every table validation and number format to the data rows 2–1000", () => {
    for (const spec of tables) {
      const s = sheet(zh, spec.key);
      for (const { range } of [...s.validations, ...s.numberFormats]) {
        expect(range).toMatch(/^([A-Z]+)2:\1(\d+)$/);
        expect(range.endsWith(`${LAST_DATA_ROW}`)).toBe(true);
      }
    }
  });

  it("formats code, ID and phone cells as text, dates, money and counts by type", () => {
    const expected: Record<string, string> = {
      code12: "@",
      id18: "@",
      uscc: "@",
      phone: "@",
      date: "yyyy-mm-dd",
      datetime: "yyyy-mm-dd hh:mm",
      money: "#,##0.00",
      count: "0",
      year: "0",
    };
    for (const spec of [form, ...tables]) {
      const s = sheet(zh, spec.key);
      spec.fields.forEach((field, i) => {
        if (isListType(field.type) || !(field.type in expected)) return;
        const cell =
          spec.layout === "form"
            ? `B${i + 1}`
            : `${String.fromCharCode(65 + i)}2:${String.fromCharCode(65 + i)}1000`;
        const format = s.numberFormats.find((f) => f.range === cell);
        expect([spec.key, field.key, format?.numFmt]).toEqual([
          spec.key,
          field.key,
          expected[field.type],
        ]);
      });
    }
  });

  it("keeps titles and messages within Excel's limits, in the template's language", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const plan of [zh, en]) {
      const all: PlanValidation[] = plan.sheets.flatMap((s) => s.validations);
      expect(all.length).toBeGreaterThan(50);
      for (const v of all) {
        expect(v.prompt.title.length).toBeLessThanOrEqual(32);
        expect(v.error.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt.message.length).toBeLessThanOrEqual(255);
        expect(v.error.message.length).toBeLessThanOrEqual(225);
        expect(v.prompt.message).not.toBe("");
        expect(v.error.message).not.toBe("");
        if (plan.lang === "zh-CN") expect(v.error.message).toMatch(cjk);
      }
    }
    const enIdError = sheet(en, "households").validations[0]!.error.message;
    expect(enIdError).toMatch(/^Must be exactly 18 characters/);
  });

  it("fits a long district list into the prompt by dropping whole sentences", () => {
    const many: Config = {
      ...DEFAULT_CONFIG,
      region: {
        name: "大市",
        code_prefix: "42",
        districts: Array.from({ length: 40 }, (_, i) => ({
          name: `${i}区`,
          code: `42${String(1000 + i)}`,
        })),
      },
    };
    const code = sheet(planTemplate("en", many), "villages").validations[0]!;
    expect(code.prompt.message.length).toBeLessThanOrEqual(255);
    expect(code.prompt.message).toContain("Required.");
    expect(code.prompt.message).not.toContain("421039");
  });

  it("writes _meta pairs without a header", () => {
    expect(sheet(zh, "meta").rows.map((r) => r.map((c) => c?.value))).toEqual([
      ["template", TEMPLATE_ID],
      ["lang", "zh-CN"],
      ["generator", "aidsheet"],
    ]);
    expect(sheet(en, "meta").rows[1]?.[1]?.value).toBe("en");
  });

  it.each<[Lang, TemplatePlan]>([
    ["zh-CN", zh],
    ["en", en],
  ])("explains every sheet, every field and every rule in the instructions (%s)", (lang, plan) => {
    const text = sheet(plan, "instructions")
      .rows.flatMap((r) => r.map((c) => c?.value ?? ""))
      .join("\n");
    for (const spec of SHEETS) {
      expect(text).toContain(lang === "en" ? spec.name.en : spec.name.zh);
      for (const field of spec.fields) {
        expect(text).toContain(labelOf(field, lang));
        expect(text).toContain(field.key);
        for (const rule of field.rules) {
          expect(text).toContain(describeRule(rule, spec.key, lang, DEFAULT_CONFIG));
        }
      }
    }
    expect(text).toContain(LISTS.causes.join(lang === "en" ? ", " : "、"));
    expect(text).toContain("350000");
    expect(text).toContain("2018-06-27");
  });

  it("differs between languages only where docs/cli.md says: names, labels, texts", () => {
    const zhVillages = sheet(zh, "villages");
    const enVillages = sheet(en, "villages");
    expect(enVillages.rows[0]).not.toEqual(zhVillages.rows[0]);
    expect(enVillages.numberFormats).toEqual(zhVillages.numberFormats);
    expect(enVillages.validations.map((v) => [v.range, v.check])).toEqual(
      zhVillages.validations.map((v) => [v.range, v.check]),
    );
    expect(enVillages.validations[0]!.prompt.message).not.toEqual(
      zhVillages.validations[0]!.prompt.message,
    );
  });
});

describe("planTemplate follows the spec data", () => {
  it("adds a column, header, format and validation for a field added to sheets.ts", () => {
    jest.isolateModules(() => {
      jest.doMock("../../../src/core/spec/sheets", () => {
        const actual = jest.requireActual("../../../src/core/spec/sheets");
        const sheets: SheetSpec[] = actual.SHEETS.map((s: SheetSpec) =>
          s.key !== "activities"
            ? s
            : {
                ...s,
                fields: [
                  ...s.fields,
                  {
                    key: "hours",
                    label: { zh: "活动时长", en: "Hours" },
                    type: "count",
                    required: false,
                    rules: [],
                  },
                ],
              },
        );
        return {
          ...actual,
          SHEETS: sheets,
          sheetSpec: (key: string) => sheets.find((s) => s.key === key),
        };
      });
      const { planTemplate: plan } = jest.requireActual("../../../src/core/template/plan") as {
        planTemplate: typeof planTemplate;
      };
      const activities = plan("zh-CN", DEFAULT_CONFIG).sheets.find((s) => s.key === "activities")!;
      expect(activities.rows[0]?.at(-1)?.value).toBe("活动时长");
      expect(activities.numberFormats.at(-1)).toEqual({
        range: "G2:G1000",
        numFmt: "0",
        column: true,
      });
      expect(activities.validations.at(-1)?.range).toBe("G2:G1000");
      expect(activities.validations.at(-1)?.check.type).toBe("whole");
    });
  });
});
