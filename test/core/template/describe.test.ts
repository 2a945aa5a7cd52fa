import { DEFAULT_CONFIG } from "../../../src/core/config";
import { SHEETS, fieldSpec } from "../../../src/core/spec/sheets";
import { checkUscc } from "../../../src/core/read/checksums";
import {
  describeRule,
  describeType,
  exampleValue,
  listValues,
} from "../../../src/core/template/describe";

const allRules = SHEETS.flatMap((s) =>
  s.fields.flatMap((f) => f.rules.map((rule) => ({ sheet: s.key, field: f.key, rule }))),
);

describe("describe", () => {
  it("renders every rule of sheets.ts as a sentence in both languages", () => {
    expect(allRules.length).toBeGreaterThan(20);
    for (const { sheet, rule } of allRules) {
      expect(describeRule(rule, sheet, "zh-CN", DEFAULT_CONFIG)).toMatch(/[\u4e00-\u9fff]/);
      expect(describeRule(rule, sheet, "en", DEFAULT_CONFIG)).toMatch(/^[a-z]/);
    }
  });

  it("names the other field of a comparison in the template's language", () => {
    const rule = fieldSpec("villages", "poor_households").rules[0]!;
    expect(describeRule(rule, "villages", "zh-CN", DEFAULT_CONFIG)).toBe("不得大于“户籍户数”");
    expect(describeRule(rule, "villages", "en", DEFAULT_CONFIG)).toBe(
      "must not be greater than Registered households",
    );
  });

  it("names the sheet of a reference and the value of a condition", () => {
    const ref = fieldSpec("funds", "project_id").rules[0]!;
    expect(describeRule(ref, "funds", "zh-CN", DEFAULT_CONFIG)).toBe(
      "须为“帮扶项目”表中已填写的项目编号",
    );
    const industry = fieldSpec("projects", "industry").rules[0]!;
    expect(describeRule(industry, "projects", "en", DEFAULT_CONFIG)).toBe(
      "required when Category is 产业扶贫",
    );
  });

  it("gives examples that pass the standard's own checks", () => {
    expect(checkUscc(exampleValue("uscc", DEFAULT_CONFIG))).toBe("ok");
    expect(exampleValue("code12", DEFAULT_CONFIG)).toMatch(/^420102\d{6}$/);
    expect(exampleValue("phone", DEFAULT_CONFIG)).toMatch(/^1[3-9]\d{9}$/);
    expect(exampleValue("date", DEFAULT_CONFIG)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(exampleValue({ list: "units" }, DEFAULT_CONFIG)).toBe("亩");
  });

  it("never prints an ID number as an example", () => {
    expect(exampleValue("id18", DEFAULT_CONFIG)).toBe("");
  });

  it("describes list types by the list's name and takes districts from the configuration", () => {
    expect(describeType({ list: "causes" }, "zh-CN")).toBe("从“致贫原因”列表中选择");
    expect(describeType({ list: "causes" }, "en")).toBe('Choice from the list "Causes of poverty"');
    expect(listValues("districts", DEFAULT_CONFIG)).toHaveLength(13);
  });
});
