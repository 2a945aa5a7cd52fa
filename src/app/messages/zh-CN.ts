import type { AppMessages } from "./catalogue";

export const zhCN: AppMessages = {
  consolidateError: {
    "masked-into": () => "要合并进的汇总表已隐去身份证号，不能再合并。请使用未隐去的汇总表。",
    "period-conflict": (e) =>
      `报送期间 ${e.period} 与要合并进的汇总表的期间 ${e.intoPeriod} 不同。`,
    "no-readable-submission": () => "所选文件都无法读取。",
    "no-period": () => "无法确定报送期间：所选文件都没有有效的报送信息。",
    "not-consolidated": () =>
      "只能合并进汇总表（或一个空白工作簿）：要合并进的工作簿是报送表或其他工作簿。",
    "several-consolidated": (e) => `最多只能有一个汇总表：${e.files.join("、")}`,
    "nothing-counts": () => "报送表有阻止报送的错误，没有数据计入指标。请先校验并修改。",
  },
};
