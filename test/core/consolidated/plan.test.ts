import { INDICATORS } from "../../../src/core/indicators/registry";
import { planConsolidated } from "../../../src/core/consolidated/plan";
import type { PlannedSheet, PlanOptions } from "../../../src/core/consolidated/plan";
import { maskIdNumber, maskIdsInText, maskName } from "../../../src/core/consolidated/mask";
import { fakeId18, fakeUscc } from "../../support/ids";
import { mergeOrThrow } from "../../support/merge-summary";
import {
  buildSubmission,
  seedActivity,
  seedFund,
  seedHousehold,
  seedProject,
  seedVillage,
  submissionFile,
} from "../../support/submission-builder";

const JINKONG = { agency_code: fakeUscc(1), agency_name: "市金控集团" };
const JIWEI = {
  agency_code: fakeUscc(2),
  agency_name: "市纪委监委机关",
  submitted_on: "2018-12-20T09:30",
};
const OPTIONS: PlanOptions = { mask: false, createdAt: "2018-12-31T08:00:00Z", version: "1.2.3" };

const jiwei = submissionFile(
  "in/jiwei.xlsx",
  buildSubmission({
    form: JIWEI,
    tables: {
      villages: [seedVillage()],
      funds: [seedFund({ note: '=HYPERLINK("http://x")' })],
      projects: [seedProject()],
      households: [
        seedHousehold(1),
        { values: seedHousehold(2, { household_size: 40 }), errors: [["household_size", "range"]] },
      ],
      activities: [seedActivity()],
    },
  }),
);
const jinkong = submissionFile(
  "in/jinkong.xlsx",
  buildSubmission({
    form: JINKONG,
    tables: {
      villages: [seedVillage({ collective_income: 300000 })],
      households: [seedHousehold(1)],
    },
  }),
);
const result = mergeOrThrow([jiwei, jinkong]);

function sheet(name: string, options = OPTIONS): PlannedSheet {
  return planConsolidated(result, options).sheets.find((s) => s.name === name)!;
}

function column(s: PlannedSheet, header: string): (string | number | null)[] {
  const index = s.columns.findIndex((c) => c.header === header);
  expect(index).toBeGreaterThanOrEqual(0);
  return s.rows.map((r) => r[index] ?? null);
}

describe("planConsolidated (docs/merge.md)", () => {
  it("plans the sheets in order, _meta hidden, headers frozen and filtered", () => {
    const plan = planConsolidated(result, OPTIONS);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "汇总",
      "村级指标",
      "报送单位",
      "帮扶村",
      "资金投入",
      "帮扶项目",
      "贫困户",
      "帮扶活动",
      "问题清单",
      "未合并行",
      "_meta",
    ]);
    for (const s of plan.sheets.slice(0, -1)) {
      expect([s.header, s.frozenHeader, s.autoFilter, s.hidden]).toEqual([true, true, true, false]);
    }
    expect(plan.sheets.at(-1)).toMatchObject({ header: false, hidden: true, frozenHeader: false });
  });

  it("plans 村级指标 with the indicators' labels, rate formats and data bars", () => {
    const s = sheet("村级指标");
    expect(s.columns.map((c) => c.header)).toEqual(INDICATORS.map((i) => i.label.zh));
    expect(s.columns.map((c) => c.kind)).toContain("rate");
    const rate = s.columns.find((c) => c.header === "贫困发生率")!;
    expect([rate.kind, rate.numFmt]).toEqual(["rate", "0.00%"]);
    expect(s.columns.find((c) => c.header === "帮扶资金合计(元)")!.numFmt).toBe("#,##0.00");
    expect(s.columns[0]).toMatchObject({ kind: "code", numFmt: "@" });
    expect(s.dataBars.map((i) => s.columns[i]!.header)).toEqual([
      "帮扶资金合计(元)",
      "贫困发生率",
      "脱贫率(户)",
    ]);
    expect(column(s, "出列达标")).toEqual(["是"]);
    expect(column(s, "村集体经济收入(元)")).toEqual([350000]);
  });

  it("plans 报送单位: one row per file, status, four counts per data sheet", () => {
    const s = sheet("报送单位");
    expect(s.columns.map((c) => c.header).slice(0, 12)).toEqual([
      "文件",
      "SHA-256",
      "单位代码",
      "单位名称",
      "报送期间",
      "协作单位",
      "填报日期",
      "状态",
      "帮扶村读取",
      "帮扶村合并",
      "帮扶村未合并",
      "帮扶村被替代",
    ]);
    expect(s.columns).toHaveLength(8 + 5 * 4);
    expect(column(s, "文件")).toEqual(["in/jinkong.xlsx", "in/jiwei.xlsx"]);
    expect(column(s, "填报日期")).toEqual(["2018-12-20", "2018-12-20T09:30"]);
    expect(column(s, "状态")).toEqual(["采用", "采用"]);
    expect(column(s, "贫困户读取")).toEqual([1, 2]);
    expect(column(s, "贫困户未合并")).toEqual([0, 1]);
    expect(s.columns.find((c) => c.header === "单位代码")!.kind).toBe("code");
  });

  it("plans the merged sheets with provenance first and 采用 on 帮扶村 and 贫困户 only", () => {
    const villages = sheet("帮扶村");
    expect(villages.columns.slice(0, 6).map((c) => c.header)).toEqual([
      "来源单位代码",
      "来源单位",
      "来源文件",
      "来源行",
      "村代码",
      "村名称",
    ]);
    expect(villages.columns.at(-1)!.header).toBe("采用");
    expect(column(villages, "采用")).toEqual(["否", "是"]);
    expect(column(villages, "来源文件")).toEqual(["jinkong.xlsx", "jiwei.xlsx"]);
    expect(sheet("资金投入").columns.at(-1)!.header).toBe("备注");
    expect(sheet("资金投入").columns.find((c) => c.header === "拨付日期")!.kind).toBe("date");
    expect(column(sheet("资金投入"), "备注")).toEqual(['=HYPERLINK("http://x")']);
    expect(sheet("贫困户").columns.at(-1)!.header).toBe("采用");
    expect(sheet("帮扶活动").columns.at(-1)!.header).toBe("活动内容");
  });

  it("plans 问题清单 in issue order, messages in zh-CN or the language asked for", () => {
    const s = sheet("问题清单");
    expect(s.columns.map((c) => c.header)).toEqual([
      "文件",
      "工作表",
      "单元格",
      "字段",
      "级别",
      "代码",
      "说明",
    ]);
    expect(s.rows.map((r) => r.slice(0, 6))).toEqual([
      ["in/jinkong.xlsx", "贫困户", "A2", "户主身份证号", "警告", "cross-duplicate"],
      ["in/jiwei.xlsx", "帮扶村", "K2", "村集体经济收入", "警告", "conflict"],
      ["in/jiwei.xlsx", "贫困户", "D3", "家庭人口", "错误", "range"],
    ]);
    expect(s.rows[1]![6]).toContain("各单位填报的");
    expect(sheet("问题清单", { ...OPTIONS, lang: "en" }).rows[1]![6]).toMatch(/^Agencies disagree/);
  });

  it("plans 未合并行 with label：value content and the raw values as JSON", () => {
    const s = sheet("未合并行");
    expect(s.columns.map((c) => c.header)).toEqual([
      "文件",
      "工作表",
      "行",
      "问题代码",
      "内容",
      "原始值",
    ]);
    const [row] = s.rows;
    expect(row!.slice(0, 4)).toEqual(["in/jiwei.xlsx", "贫困户", 3, "range"]);
    expect(row![4]).toBe(
      `户主身份证号：${fakeId18(2)}；户主姓名：测试户主；村代码：420116012215；家庭人口：40；识别年度：2014；` +
        "主要致贫原因：因病；脱贫年度：2017；人均纯收入：6200；主要帮扶措施：产业帮扶；帮扶责任人：王五",
    );
    expect(JSON.parse(String(row![5]))).toMatchObject({
      id_number: fakeId18(2),
      household_size: 40,
    });
  });

  it("writes _meta: template, period, created_at, version, masked", () => {
    const s = sheet("_meta");
    expect(s.rows.slice(0, 5)).toEqual([
      ["template", "aidsheet-consolidated/1"],
      ["period", "2018"],
      ["created_at", "2018-12-31T08:00:00Z"],
      ["version", "1.2.3"],
      ["masked", "否"],
    ]);
  });

  it("masks ID numbers and names in every sheet with --mask-ids", () => {
    const masked = { ...OPTIONS, mask: true };
    const plan = planConsolidated(result, masked);
    const everything = JSON.stringify(plan);
    for (const id of [fakeId18(1), fakeId18(2)]) expect(everything).not.toContain(id);
    expect(everything).not.toContain("测试户主");
    expect(column(sheet("贫困户", masked), "户主身份证号")).toEqual([
      maskIdNumber(fakeId18(1)),
      maskIdNumber(fakeId18(1)),
    ]);
    expect(column(sheet("贫困户", masked), "户主姓名")).toEqual(["测*", "测*"]);
    const unmerged = sheet("未合并行", masked).rows[0]!;
    expect(unmerged[4]).toContain(`户主身份证号：${maskIdNumber(fakeId18(2))}；户主姓名：测*；`);
    expect(JSON.parse(String(unmerged[5]))).toMatchObject({
      id_number: maskIdNumber(fakeId18(2)),
      head_name: "测*",
    });
    expect(sheet("_meta", masked).rows[4]).toEqual(["masked", "是"]);
  });
});

describe("masking", () => {
  it("keeps the first 6 and last 4 characters of an ID number", () => {
    expect(maskIdNumber("42011619500101901X")).toBe("420116********901X");
    expect(maskIdNumber("12345")).toBe("*****");
  });

  it("keeps the first character of a name", () => {
    expect(maskName("李四")).toBe("李*");
    expect(maskName("𠀀明")).toBe("𠀀*");
  });

  it("masks ID numbers standing alone in text, not longer digit runs or credit codes", () => {
    const id = fakeId18(3);
    expect(maskIdsInText(`户主 ${id} 填错列`)).toBe(`户主 ${maskIdNumber(id)} 填错列`);
    expect(maskIdsInText(`9${id}`)).toBe(`9${id}`);
    expect(maskIdsInText(fakeUscc(1))).toBe(fakeUscc(1));
  });
});
