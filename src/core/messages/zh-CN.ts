import type { Catalogue, MessageArgs } from "./catalogue";
import type { ReasonOf, REASONS } from "../issues/reasons";

type Variant<C extends keyof typeof REASONS> = (a: MessageArgs) => Record<ReasonOf<C>, string>;

const v = (a: MessageArgs) => (a.value === "" ? "" : ` (${a.value})`);
const f = (a: MessageArgs) => a.field ?? "";
const items = (a: MessageArgs) => (a.detail.items ?? []).join("、");

function pick<C extends keyof typeof REASONS>(variants: Variant<C>) {
  return (a: MessageArgs) => {
    const table = variants(a);
    return table[a.detail.reason as ReasonOf<C>] ?? Object.values<string>(table)[0]!;
  };
}

export const zhCN: Catalogue = {
  unreadable: pick<"unreadable">((a) => ({
    "not-zip":
      "文件无法读取：不是 .xlsx 工作簿（可能是改了扩展名的 CSV、HTML 或其他文件），请在 Excel 中另存为 .xlsx",
    encrypted: "文件无法读取：工作簿设有密码（已加密），请取消密码后另存为 .xlsx 再报送",
    xls: "文件无法读取：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 再报送",
    "too-large": `文件无法读取：文件超过 ${a.detail.limit ?? ""} 的大小上限`,
    "too-many-parts": `文件无法读取：压缩包内部件超过 ${a.detail.limit ?? ""} 个`,
    "expands-too-much": `文件无法读取：解压后超过 ${a.detail.limit ?? ""}`,
    ratio: "文件无法读取：某个部件的压缩比异常（疑似压缩炸弹）",
    "duplicate-part": "文件无法读取：压缩包内有重名部件",
    "bad-part-name": "文件无法读取：压缩包内有非法的部件路径",
    corrupt: `文件无法读取：文件已损坏${a.detail.expected ? `（${a.detail.expected}）` : ""}`,
    timeout: "文件无法读取：读取超时",
    memory: "文件无法读取：读取所需内存超过上限",
    "no-rows-read": `工作表“${a.sheet ?? ""}”有数据行，但一行也未能读出`,
    "not-found": "文件不存在或无法打开",
  })),
  "template-version": (a) =>
    a.detail.expected
      ? `模板版本为“${a.detail.expected}”，不是 aidsheet/1，请使用最新模板`
      : "未找到 _meta 工作表，文件可能不是由标准模板生成",
  "sheet-missing": (a) => `缺少工作表“${a.sheet ?? ""}”`,
  "header-missing": (a) => `缺少“${f(a)}”${a.sheetKey === "submission" ? "一项" : "列"}`,
  "header-duplicate": (a) => `“${f(a)}”列出现了两次，请删除重复列`,
  "header-unknown": (a) => `无法识别的列标题${v(a)}，该列将被忽略`,
  required: (a) => `“${f(a)}”必须填写`,
  type: pick<"type">((a) => ({
    "not-number": `“${f(a)}”应为数字${v(a)}`,
    "not-integer": `“${f(a)}”应为整数${v(a)}`,
    "not-date": `“${f(a)}”应为日期（如 2018-06-27）${v(a)}`,
    boolean: `“${f(a)}”不能是逻辑值${v(a)}`,
    "error-value": `“${f(a)}”是错误值${v(a)}，请检查公式`,
    "no-cached-result": `“${f(a)}”是没有计算结果的公式，请在 Excel 中重新计算并保存`,
    "id-as-number": `“${f(a)}”被存成了数字，末几位可能已丢失：请把该列设为文本格式后重新录入`,
    ambiguous: `“${f(a)}”无法确定为一个数值${v(a)}，请填写一个具体数字`,
  })),
  format: pick<"format">((a) => ({
    code12: `“${f(a)}”应为 12 位数字的统计用区划代码${v(a)}`,
    uscc: `“${f(a)}”应为 18 位统一社会信用代码${v(a)}`,
    id18: `“${f(a)}”应为 18 位身份证号码`,
    phone: `“${f(a)}”应为手机号（11 位）或带区号的固定电话${v(a)}`,
    period: `“${f(a)}”应为年度（如 2018）或季度（如 2018-Q3）${v(a)}`,
    "landline-as-number": `“${f(a)}”被存成了数字，区号前的 0 已丢失：请设为文本格式后重新录入${v(a)}`,
  })),
  checksum: pick<"checksum">((a) => ({
    "check-character": `“${f(a)}”校验位不正确${v(a)}`,
    "birth-date": `“${f(a)}”中的出生日期不存在`,
  })),
  enum: (a) => `“${f(a)}”不是可选值之一${v(a)}，可选：${a.detail.expected ?? ""}`,
  range: pick<"range">((a) => ({
    negative: `“${f(a)}”不能为负数${v(a)}`,
    "not-positive": `“${f(a)}”必须大于 0${v(a)}`,
    year: `“${f(a)}”应在 ${a.detail.expected ?? ""} 之间${v(a)}`,
    between: `“${f(a)}”应在 ${a.detail.expected ?? ""} 之间${v(a)}`,
    "text-length": `“${f(a)}”超过 ${a.detail.limit ?? ""} 个字`,
    "before-period": `“${f(a)}”早于报送期间开始日 ${a.detail.expected ?? ""}${v(a)}`,
    region: `“${f(a)}”不属于${a.detail.expected ?? "本地区"}的区${v(a)}`,
    compare: `${f(a)}${v(a)} ${a.detail.limit === ">=" ? "小于" : "大于"}${a.other ?? ""} (${String(a.detail.otherValue ?? "")})`,
  })),
  duplicate: (a) => `“${f(a)}”重复${v(a)}，同一值已在第 ${a.detail.limit ?? "?"} 行出现`,
  reference: (a) =>
    `“${f(a)}”${v(a)}不在本工作簿的“${a.sheetName(a.detail.expected ?? "")}”工作表中`,
  consistency: pick<"consistency">((a) => ({
    "required-when": `${a.other ?? ""}为“${String(a.detail.otherValue ?? "")}”时必须填写“${f(a)}”`,
    district: `“${f(a)}”${v(a)}与村代码所属的区（${a.detail.expected ?? ""}）不一致`,
    compare: `${f(a)}${v(a)}早于${a.other ?? ""} (${String(a.detail.otherValue ?? "")})`,
  })),
  plausibility: pick<"plausibility">((a) => ({
    "outside-period": `“${f(a)}”${v(a)}不在报送期间内`,
    "below-poverty-line": `已脱贫户的“${f(a)}”${v(a)}低于 ${a.detail.expected ?? ""} 年贫困线 ${a.detail.limit ?? ""} 元（返贫风险）`,
    growth: `“${f(a)}”${v(a)}与${a.other ?? ""} (${String(a.detail.otherValue ?? "")}) 相差超过 6 倍，请核实`,
    tiny: `“${f(a)}”${v(a)}不足 100 元，是否按万元填写？`,
  })),
  normalized: (a) =>
    a.detail.expected === "header-unit"
      ? `“${f(a)}”列以${a.detail.limit ?? "万元"}为单位，数值已换算为元`
      : `“${f(a)}”${v(a)}已按标准格式读为 ${a.normalized}`,
  approximate: (a) => `“${f(a)}”${v(a)}是约数，按 ${a.normalized} 计`,
  formula: (a) => `“${f(a)}”是公式，使用其计算结果${v(a)}`,
  "total-row": () => "合计行已跳过",
  "unknown-village": (a) => `村代码${v(a)}不在 2023 年区划代码表中`,
  "name-mismatch": (a) =>
    `“${f(a)}”${v(a)}与 2023 年区划代码表中的名称“${a.detail.expected ?? ""}”不一致`,
  "period-mismatch": (a) => `报送期间为 ${a.value}，与本次汇总期间 ${a.detail.expected ?? ""} 不符`,
  superseded: (a) =>
    a.detail.reason === "tie"
      ? `同一单位同一期间的多份报送填报日期相同但内容不同，均未采用：${items(a)}`
      : a.detail.reason === "identical"
        ? `与 ${items(a)} 内容完全相同，只计一次`
        : `已被同一单位更新的报送替代：${items(a)}`,
  conflict: (a) => `各单位填报的“${f(a)}”不一致：${items(a)}`,
  "cross-duplicate": (a) =>
    `该户主身份证号也出现在 ${items(a)} 的报送中${a.severity === "error" ? "，且村代码不同" : ""}，采用后者`,
  "possible-double-count": (a) => `与 ${items(a)} 报送的一笔资金村、日期、金额相同，可能重复计算`,
  "missing-submission": (a) => `结对单位 ${items(a)} 未报送`,
  "unpaired-village": (a) => `村代码${v(a)}不在该单位的结对名单中`,
};
