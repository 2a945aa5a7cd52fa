import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../excel-values";
import { FIRST_YEAR, TEXT_MAX_LENGTH } from "../spec/sheets";
import type { ExprArity } from "../spec/package-problem";
import { pick, wordExprProblem } from "./catalogue";
import type {
  Catalogue,
  ConfigMessages,
  ExprProblemMessages,
  MessageArgs,
  Messages,
  PackageMessages,
  TemplateMessages,
} from "./catalogue";

const v = (a: MessageArgs) => (a.value === "" ? "" : ` (${a.value})`);
const f = (a: MessageArgs) => a.field ?? "";
const items = (a: MessageArgs) => (a.detail.items ?? []).join("、");
const n = (count: number) => count.toLocaleString("en-US");
/** Why an expression failed at run time, by its error's kind. */
const RULE_FAILURES: Readonly<Record<string, string>> = {
  type: "值的类型不符",
  budget: "计算步数超过上限",
  depth: "嵌套过深",
};

const issues: Catalogue = {
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
    a.detail.reason === "not-merged"
      ? `“${f(a)}”${v(a)}在“${a.sheetName(a.detail.expected ?? "")}”中的行未合并，本行随之未合并`
      : `“${f(a)}”${v(a)}不在本工作簿的“${a.sheetName(a.detail.expected ?? "")}”工作表中`,
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
    "rule-failed": `规则“${a.detail.expected ?? ""}”无法计算（${RULE_FAILURES[String(a.detail.limit)] ?? String(a.detail.limit ?? "")}），部分行未经此规则检查`,
    "line-missing": `区域配置中没有 ${a.detail.limit ?? ""} 年的“${items(a)}”线，用到它的规则和指标未计算：请在配置中设置 ${a.detail.expected ?? ""}`,
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
    a.detail.reason === "merge-key"
      ? `合并键（${f(a)}等）与 ${items(a)} 第 ${a.detail.limit ?? "?"} 行相同，已采用该行，本行被替代`
      : `该户主身份证号也出现在 ${items(a)} 的报送中${a.severity === "error" ? "，且村代码不同" : ""}，采用后者`,
  "possible-double-count": (a) => `与 ${items(a)} 报送的一笔资金村、日期、金额相同，可能重复计算`,
  "missing-submission": (a) => `结对单位 ${items(a)} 未报送`,
  "unpaired-village": (a) => `村代码${v(a)}不在该单位的结对名单中`,
};

const template: TemplateMessages = {
  title: (id) => `结对帮扶数据报送模板（${id}）填报说明`,
  standardTitle: (name, id) => `${name}（${id}）填报说明`,
  notes: (listsSheet) => [
    "本工作簿是一个帮扶单位一个报送期间的报送材料。“报送信息”和“帮扶村”必须填写；其他数据表没有数据时可以留空。",
    "请勿修改工作表名称和表头文字。各数据表第 1 行为表头，从第 2 行起每行填写一条记录；请不要合并单元格。",
    "表头为深色的列和“报送信息”中加粗的项目必须填写。下文列出了每个字段的类型、是否必填、可选值、规则和示例。",
    "金额一律以“元”为单位填写数字，如 350000，最多两位小数；不要填写“35万元”“200余万元”“近300万元”等文字。",
    "日期按 YYYY-MM-DD 填写，如 2018-06-27；填报日期可带时间，如 2018-12-20 09:30。年份填写 4 位数字，如 2017。报送期间填写年度（如 2018）或季度（如 2018-Q3）。",
    "村代码、统一社会信用代码、身份证号码和联系电话的单元格已设为文本格式，请输入完整代码。不要把身份证号码存成数字：Excel 只保留 15 位有效数字，末几位会丢失；从其他表格复制时请使用“选择性粘贴—数值”。",
    "带下拉箭头的单元格请从列表中选择。选中单元格时会提示应填内容，不符合要求的输入会被拒绝。",
    "“贫困户”表含个人信息（户主姓名、身份证号码），请妥善保管，只通过规定渠道报送。",
    `隐藏工作表 ${listsSheet}（下拉列表的可选值）和 _meta（模板标识）供模板使用，请勿修改或删除。`,
  ],
  sheetPurposes: {
    instructions: "本页：填报说明，报送时不会被读取。",
    submission: "报送单位和本次报送的基本信息：A 列为项目名称，请在其右侧的 B 列填写。",
    villages: "本单位结对帮扶的村，每村一行。",
    funds: "资金投入明细，每笔拨付一行。",
    projects: "帮扶项目，每个项目一行；项目编号在本表内唯一，“资金投入”表可按编号关联。",
    households: "建档立卡贫困户，每户一行。本表含个人信息，请妥善保管。",
    activities: "帮扶活动，每次活动一行。",
    meta: "隐藏工作表：模板标识和语言，请勿修改。",
  },
  sheetHeading: (name, purpose, required) => {
    const need = required === null ? "" : `（${required ? "必填" : "选填"}）`;
    return purpose === null ? `“${name}”${need}` : `“${name}”${need}：${purpose}`;
  },
  fieldTableHeader: ["字段", "键名", "类型", "必填", "可选值", "规则", "示例"],
  required: "必填",
  optional: "选填",
  valueSeparator: "、",
  ruleSeparator: "；",
  sentence: (phrase) => `${phrase}。`,
  sentenceSeparator: "",
  listNames: {
    districts: "区",
    fund_sources: "资金来源",
    purposes: "资金用途",
    project_categories: "项目类别",
    industries: "产业类型",
    project_statuses: "项目状态",
    units: "规模单位",
    causes: "致贫原因",
    measures: "帮扶措施",
    activity_types: "活动类型",
  },
  types: {
    text: `文本，不超过 ${TEXT_MAX_LENGTH} 字`,
    int: "整数",
    count: "不小于 0 的整数",
    money: "金额：以元为单位的数字，最多两位小数",
    decimal: "数量：不小于 0 的数字，最多两位小数",
    year: `年份：4 位数字，${FIRST_YEAR} 年至报送期间所在年度`,
    date: "日期，格式 YYYY-MM-DD",
    datetime: "日期，格式 YYYY-MM-DD，可带时间 HH:MM",
    period: "报送期间：年度 YYYY 或季度 YYYY-Qn",
    code12: "12 位数字的统计用区划代码（文本）",
    uscc: "18 位统一社会信用代码（文本）",
    id18: "18 位居民身份证号码（文本），末位为 0–9 或 X",
    phone: "手机号（11 位）或带区号的固定电话（文本）",
  },
  listType: (name) => `从“${name}”列表中选择`,
  rules: {
    unique: () => "在本表内不得重复",
    ref: (r, a) => `须为“${a.sheetName(r.sheet)}”表中已填写的${a.field(r.field, r.sheet)}`,
    compare: (r, a) =>
      r.op === ">=" ? `不得小于“${a.field(r.field)}”` : `不得大于“${a.field(r.field)}”`,
    positive: () => "必须大于 0",
    between: (r) => `应在 ${r.min} 至 ${r.max} 之间`,
    "in-region": (_r, a) =>
      `前 6 位须为${a.region.name}所辖区的代码（${a.region.districtCodes.join("、")}）`,
    "district-of-code": (r, a) => `须与“${a.field(r.codeField)}”前 6 位所指的区一致`,
    "required-when": (r, a) =>
      r.equals === undefined
        ? `填写了“${a.field(r.field)}”时必填`
        : `“${a.field(r.field)}”为“${r.equals}”时必填`,
    "inside-period": () => "应在报送期间之内，否则提示核实",
    "not-before-period": () => "不得早于报送期间的开始日",
    "may-follow-period-when": (r, a) =>
      `“${a.field(r.field)}”为“${r.equals}”时可晚于报送期间所在年度`,
    growth: (r, a) => `超过“${a.field(r.previous)}”的 6 倍或不足其六分之一时提示核实`,
    "above-poverty-line-if": (r, a) => `已填“${a.field(r.field)}”而低于当年贫困线时提示返贫风险`,
    "not-tiny": () => "大于 0 但小于 100 元时提示核实（可能误按万元填写）",
  },
  operators: {
    equal: "等于",
    greaterThan: "大于",
    greaterThanOrEqual: "不小于",
    lessThanOrEqual: "不大于",
  },
  checks: {
    list: (name) => `只能从下拉列表（${name}）中选择。`,
    date: (from, to) => `请输入 ${from} 至 ${to} 之间的日期，如 2018-06-27。`,
    lengthBetween: (min, max) => `应为 ${min} 至 ${max} 个字符。`,
    lengthExactly: (n) => `应为 ${n} 位，请检查位数。`,
    lengthAtMost: (n) => `不能超过 ${n} 个字。`,
    lengthCompared: (op, n) => `字数应${op} ${n}。`,
    numberBetween: (whole, min, max) =>
      `请输入 ${min} 至 ${max} 之间的${whole ? "整数" : "数字"}。`,
    numberCompared: (whole, op, n) => `请输入${op} ${n} 的${whole ? "整数" : "数字"}。`,
  },
};

const JSON_TYPE_NAMES = {
  object: "对象（{…}）",
  array: "数组（[…]）",
  string: "带引号的文本",
  number: "数字",
  boolean: "true 或 false",
} as const;

const FORMAT_NAMES = {
  "district-code": "6 位区划代码",
  "code-prefix": "2 至 6 位数字",
  year: "4 位年份",
  "line-name": "由小写字母、数字和 _ 组成的名称（如 monitoring）",
} as const;

const config: ConfigMessages = {
  at: (path, text) => (path === "" ? text : `${path}：${text}`),
  required: () => "必须填写",
  type: (p) => `须为${JSON_TYPE_NAMES[p.expected]}`,
  "unknown-keys": (p) => `未知的键：${p.keys.join("、")}（请检查拼写）`,
  empty: () => "不能为空",
  min: (p) => `须${p.inclusive ? "不小于" : "大于"} ${p.min}`,
  max: (p) => `须${p.inclusive ? "不大于" : "小于"} ${p.max}`,
  format: (p) => `须为 ${FORMAT_NAMES[p.format]}`,
  prefix: (p) => `${p.code} 不以 code_prefix ${p.prefix} 开头`,
  invalid: () => "此处的值无效",
};

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join("、");

const WHERE_LISTS = "只能作为 IN(x, 名单) 的名单，或 COUNTIFS、MINIFS、MAXIFS 的条件值";
const AGGREGATES = "COUNTIFS、MINIFS、MAXIFS 或 XLOOKUP";

const exprProblems: ExprProblemMessages = {
  "not-text": () => "表达式须为文本",
  empty: () => "表达式为空",
  "too-long": (p) => `表达式超过 ${p.max} 个字符`,
  "too-deep": (p) => `表达式嵌套超过 ${p.max} 层`,
  unexpected: (p) => `此处不应出现 "${p.token}"`,
  expected: (p) => `此处缺少 "${p.token}"`,
  "operand-missing": (p) => `"${p.operator}" 之后缺少值`,
  unclosed: (p) => `"${p.bracket}" 没有闭合`,
  "unclosed-quote": () => "文本缺少结尾的双引号",
  "bad-number": (p) => `"${p.text}" 不是数字`,
  syntax: () => "从此处起无法读懂表达式",
  "single-quotes": () => '文本须用双引号括起："文本"',
  "number-too-large": () => "数字过大",
  "empty-item": () => "列表中有空项",
  "no-operator": () => "两个表达式之间缺少运算符",
  conditional: () => "不支持 ? :，请写 IF(条件, 成立时, 否则)",
  dot: () => "只有 工作表.字段 可以用点号",
  callee: () => "只能调用函数名",
  "not-in-language": () => "表达式语言中没有这种写法",
  "unknown-name": (p) => `没有名称 "${p.name}"`,
  "unknown-function": (p) => `没有函数 "${p.name}"${p.upper ? `（函数名须大写：${p.upper}）` : ""}`,
  "unknown-sheet": (p) => `没有工作表 "${p.sheet}"`,
  "unknown-field": (p) => `工作表 "${p.sheet}" 没有字段 "${p.field}"`,
  "list-needed": (p) => `IN 需要名单：${p.field ? `${p.field} 是字段` : "名单键名或 [值, ...]"}`,
  "column-needed": (p) => `此处需要列：工作表.字段${p.name ? `，而不是 ${p.name}` : ""}`,
  "list-misplaced": (p) => `${p.list ? `${p.list} 是名单，` : "列表 [ ... ] "}${WHERE_LISTS}`,
  "column-misplaced": (p) => `${p.sheet}.${p.field} 是列，只能作为 ${AGGREGATES} 的参数`,
  "sheet-misplaced": (p) => `${p.sheet} 是工作表：请写 ${p.sheet}.字段，作为 ${AGGREGATES} 的参数`,
  "function-misplaced": (p) => `${p.name} 是函数：请写 ${p.name}(...)`,
  arity: (p) => `${p.name} 需要${arityText(p.arity)}，实际为 ${p.given} 个`,
  "columns-of-sheets": (p) => `${p.name} 的各列须属于同一个工作表`,
};

function arityText(arity: ExprArity): string {
  if (arity.kind === "pairs") {
    return `${arity.lead === 0 ? "" : "一个 工作表.字段，再加"}成对的参数（工作表.字段, 值）`;
  }
  if (arity.max === arity.min) return ` ${arity.min} 个参数`;
  return arity.max === undefined
    ? `至少 ${arity.min} 个参数`
    : ` ${arity.min} 或 ${arity.max} 个参数`;
}

const packageErrors: PackageMessages = {
  at: (line, path, text) => `${line}: ${path}：${text}`,
  "json-syntax": (p) => `JSON 语法错误（第 ${p.column} 列）：${packageErrors.json[p.error]}`,
  json: {
    InvalidSymbol: "JSON 不允许的字符",
    InvalidNumberFormat: "不是有效的数字",
    PropertyNameExpected: '此处应为带双引号的键（"键": 值）',
    ValueExpected: "此处应有一个值",
    ColonExpected: "键之后应有冒号",
    CommaExpected: "此处应有逗号",
    CloseBraceExpected: "缺少右花括号 }",
    CloseBracketExpected: "缺少右方括号 ]",
    EndOfFileExpected: "标准包末尾的 } 之后不能再有内容",
    InvalidCommentToken: "不是有效的注释",
    UnexpectedEndOfComment: "注释没有结束（缺少 */）",
    UnexpectedEndOfString: '文本没有结束（缺少 "）',
    UnexpectedEndOfNumber: "数字不完整",
    InvalidUnicode: "不是有效的 \\u 转义",
    InvalidEscapeCharacter: "\\ 之后不是有效的转义",
    InvalidCharacter: "文本中不能直接出现的字符（请转义）",
  },
  required: config.required,
  type: (p) => `须为${JSON_TYPE_NAMES[p.expected]}`,
  "unknown-keys": config["unknown-keys"],
  empty: config.empty,
  "too-long": (p) => `不能超过 ${p.max} 个字符`,
  format: (p) =>
    p.format === "key"
      ? "须为键名：小写字母、数字和 _，以字母开头"
      : "须为标识：小写字母、数字、- 和 _",
  "one-of": (p) =>
    `须为以下之一：${[quoted(p.values), ...p.types.map((t) => JSON_TYPE_NAMES[t])].filter((s) => s !== "").join("，或")}`,
  invalid: config.invalid,
  "unknown-base": (p) =>
    `没有标准 "${p.base}"：extends 须为内置标准的标识（见 aidsheet standard list）或同一文件夹中的标准包文件`,
  "bad-base": (p, problem) => `"${p.base}" 不是有效的标准包：${problem}`,
  inherited: (p) => `扩展包从 "${p.base}" 继承 ${p.key}，请删去此项`,
  "base-sheet-changed": (p) => `扩展包不能修改 "${p.base}" 的工作表 "${p.sheet}"，只能增加字段`,
  "base-field": (p) => `字段 "${p.field}" 已在 "${p.base}" 中：扩展包只能增加字段，不能替换`,
  "base-merge-key": (p) => `"${p.sheet}" 的合并键继承自 "${p.base}"，不能重设`,
  "register-builtin-indicators": () => "只有结对帮扶类标准有内置指标",
  "districts-list": () => "districts 名单来自地区配置（docs/configuration.md），不能在标准包中定义",
  "list-value-twice": (p) => `"${p.value}" 在名单 "${p.list}" 中出现了两次`,
  "sheet-twice": (p) => `工作表 "${p.sheet}" 声明了两次`,
  "field-twice": (p) => `字段 "${p.field}" 声明了两次`,
  "rule-twice": (p) => `规则标识 "${p.id}" 用了两次`,
  "header-ambiguous": (p) => `表头 "${p.header}" 会同时对应 "${p.fields[0]}" 和 "${p.fields[1]}"`,
  "unknown-list": (p) => `没有名单 "${p.list}"`,
  "unknown-sheet": (p) => `没有工作表 "${p.sheet}"`,
  "unknown-field": (p) => `工作表 "${p.sheet}" 没有字段 "${p.field}"`,
  "field-on-no-sheet": (p) => `没有工作表含字段 "${p.field}"`,
  exprKinds: {
    syntax: "表达式语法错误",
    name: "表达式名称错误",
    type: "表达式类型错误",
    budget: "表达式计算步数过多",
    depth: "表达式嵌套过深",
  },
  exprProblems,
  expression: (p) =>
    `${packageErrors.exprKinds[p.error.kind]}${p.error.offset === undefined ? "" : `（第 ${p.error.offset + 1} 个字符）`}：${wordExprProblem(exprProblems, p.error.problem)}`,
};

export const zhCN: Messages = {
  labels: "zh",
  issues,
  config,
  package: packageErrors,
  template,
  errors: {
    "masked-into": () => "要合并进的汇总表已隐去身份证号，不能再合并。请使用未隐去的汇总表。",
    "period-conflict": (e) =>
      `报送期间 ${e.period} 与要合并进的汇总表的期间 ${e.intoPeriod} 不同。`,
    "no-readable-submission": () => "所选文件都无法读取。",
    "no-period": () => "无法确定报送期间：所选文件都没有有效的报送信息。",
    "not-consolidated": () =>
      "只能合并进汇总表（或一个空白工作簿）：要合并进的工作簿是报送表或其他工作簿。",
    "several-consolidated": (e) => `最多只能有一个汇总表：${e.files.join("、")}`,
    "nothing-counts": () => "报送表有阻止报送的错误，没有数据计入指标。请先校验并修改。",
    "over-excel-limits": (e) =>
      `工作表 ${e.sheet} 将有 ${n(e.rows)} 行、${n(e.columns)} 列，超过 Excel 工作表的上限（${n(EXCEL_MAX_ROWS)} 行、${n(EXCEL_MAX_COLUMNS)} 列）。未写入任何内容：请减少合并进一个汇总表的报送。`,
    "paired-only": (e) =>
      ({
        into: "监测台账每次重新合并，不并入已有的汇总工作簿：请把全部台账一起合并到空白工作簿中。",
        period: "监测台账类标准没有报送期：报送期只用于结对帮扶报送。",
        pairings: "监测台账类标准没有结对名单：结对名单只用于结对帮扶报送。",
      })[e.option],
  },
  cli: {
    reading: "读取",
    yes: "是",
    no: "否",
    noSuchPath: (p) => `找不到文件或文件夹：${p}`,
    noWorkbookIn: (folder) => `文件夹中没有工作簿（.xlsx、.xlsm）：${folder}`,
    cannotWrite: (dir) => `无法写入 ${dir}`,
    cannotCreate: (dir, why) => `无法创建 ${dir}（${why}）`,
    pairingsUnreadable: (file) => `--pairings ${file}：无法读取`,
    configUnreadable: (file, why) => `--config ${file}：不是可读取的 JSON 文件（${why}）`,
    configInvalid: (file, problems) => [`--config ${file}：`, ...problems].join("\n  "),
    pairingsColumns: (file, missing) => `--pairings ${file}：缺少列 ${missing.join("、")}`,
    fileCounts: (file, e, w, i) => `${file}：错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    totalsHeaders: ["级别", "代码", "名称", "村数", "出列达标村数", "采用单位数"],
    levels: { city: "全市", district: "区", township: "街道/乡镇" },
    summary: (s) => [
      `期间 ${s.period}：文件 ${s.files} 个（采用 ${s.accepted}，被替代 ${s.superseded}，未采用 ${s.rejected}），村 ${s.villages} 个`,
      `数据行：合并 ${s.rows.merged}，未合并 ${s.rows.rejected}，被替代 ${s.rows.superseded}`,
      `问题：错误 ${s.issues.error}，警告 ${s.issues.warning}，提示 ${s.issues.info}`,
    ],
    written: (p) => `已写入：${p}`,
    completeness: (expected, received, accepted) =>
      `报送完成：应报 ${expected}，收到 ${received}，采用 ${accepted}`,
    templateWritten: (p) => `模板已生成：${p}`,
    demoAbout: [
      "演示：2018 年报道中的五个结对帮扶村，市金控集团作为凤凰寨村的第二家帮扶单位。",
      "报道中的数字按工作人员的习惯录入（“471万元”“200余万元”“毛冲村”）；人口、农户、单位代码、联系人和身份证号均为虚构（身份证号为合成号码）。",
    ],
    demoSubmissions: (dir) => `报送文件：${dir}`,
    demoReport: (file) => `汇总报告：${file}`,
    registerSummary: (s) => [
      `文件 ${s.files} 个（采用 ${s.accepted}，未采用 ${s.rejected}），村 ${s.villages} 个`,
      `数据行：合并 ${s.rows.merged}，未合并 ${s.rows.rejected}，被替代 ${s.rows.superseded}`,
      `问题：错误 ${s.issues.error}，警告 ${s.issues.warning}，提示 ${s.issues.info}`,
    ],
    notForRegisters: (option) => `${option} 只用于结对帮扶报送，不适用于监测台账类标准`,
    registerDemoAbout: [
      "演示：示例县三个乡镇的防止返贫监测对象台账，按全国系统导出表的格式生成（两行标题、140 列）。",
      "所有农户、姓名和证件号码均由随机数生成（证件号码为校验位正确的合成号码），并故意放入几处错误。",
    ],
    standardGood: (file, id, version) => `${file}：标准包 ${id} ${version} 无误`,
    standardBad: (file, n) => `${file}：标准包有 ${n} 处错误，不能使用`,
    standardUnknown: (arg, ids) =>
      `--standard ${arg}：既不是内置标准（${ids.join("、")}），也不是文件`,
    standardInvalid: (arg) => `--standard ${arg}：不是有效的标准包`,
  },
  help: {
    program: "结对帮扶数据报送的标准工作簿：模板、校验、指标、合并。",
    runHint:
      "\n在项目文件夹中执行 npm install 后运行：node bin/aidsheet.js <命令>\n" +
      "或在该文件夹执行一次 `npm link` 后，在任意文件夹运行：aidsheet <命令>。",
    titles: {
      "Usage:": "用法:",
      "Arguments:": "参数:",
      "Options:": "选项:",
      "Commands:": "命令:",
    },
    option: (description, choices, defaultValue) => {
      const extra = [
        ...(choices ? [`可选：${choices.join("、")}`] : []),
        ...(defaultValue !== null ? [`默认：${defaultValue}`] : []),
      ];
      return extra.length > 0 ? `${description}（${extra.join("；")}）` : description;
    },
    help: "显示命令的帮助",
    helpCommand: "显示命令的帮助",
    version: "显示版本号",
    commands: {
      template: "生成空白标准模板（默认 templates/aidsheet-template.xlsx）",
      validate: "逐个校验报送工作簿；发现错误时退出码为 1",
      indicators: "按合并的规则在内存中合并输入，并按村输出指标",
      merge: "把各单位的报送合并为一个工作簿，每一行都有去向",
      demo: "写出新闻报道中六份报送及其合并工作簿（加 --standard monitoring：一个生成的县的监测台账）",
      standard: "标准：列出内置标准，检查标准包文件",
      standardList: "列出内置标准：标识、版本、流程、模板标识、名称",
      standardCheck: "检查标准包：逐条列出错误及其行号和路径；有错误时退出码为 2",
    },
    arguments: {
      submissions: "报送工作簿，或在其中查找 .xlsx/.xlsm 的文件夹",
      indicatorsInputs: "报送工作簿、存放报送的文件夹，或一个合并工作簿",
      package: "标准包（.json，可含注释）",
    },
    options: {
      lang: "提示信息、本帮助和模板的语言",
      config: "配置文件（JSON）：地区、贫困线、退出标准（docs/configuration.md）",
      standard: "标准：内置标准的标识（见 aidsheet standard list）或标准包文件（默认 jiedui-2018）",
      templateOut: "模板的保存位置",
      json: "在标准输出打印一个 JSON 文档",
      indicatorsOut: "另写出含 汇总、村级指标、问题清单 和 _meta 的工作簿",
      indicatorsPeriod: "统计的报送期间（默认：多数单位所填的期间）",
      by: "显示的行：每个村，或汇总到区或乡镇",
      mergeOut: "要写出的合并工作簿（.xlsx）",
      into: "合并进的已有合并工作簿（可与 --out 相同）",
      mergePeriod: "合并的报送期间（默认：多数单位所填的期间）",
      pairings: "官方结对名单，CSV 或 xlsx：agency_code、agency_name、village_code",
      report: "另把合并报告写成 JSON",
      mergeJson: "在标准输出打印合并报告",
      maskIds: "身份证号和姓名脱敏写出（这样的工作簿不能再合并进）",
      demoOut: "写出的文件夹",
    },
  },
  lists: {
    workbook: "工作簿",
    severity: { error: "错误", warning: "警告", info: "提示" },
    status: { accepted: "已合并", rejected: "未合并", superseded: "被替代" },
    goTo: (cell) => `转到 ${cell}`,
    files: "文件",
    agency: "单位",
    rowsMerged: "合并行数",
    issues: "问题",
    unreadableFile: "无法读取",
  },
  taskpane: {
    title: "扶贫数据助手",
    staffSection: "填报",
    coordinatorSection: "汇总（牵头单位）",
    insertTemplate: "插入模板",
    validate: "校验",
    clearMarks: "清除标记",
    fix: "一键修正",
    indicators: "计算指标",
    merge: "合并报送",
    pickFiles: "选择报送文件（.xlsx，可多选）",
    registerMerge: "监测台账每次重新合并：请在空白工作簿中选择全部台账合并。",
    filesPicked: (n) => `已选择 ${n} 个文件`,
    working: {
      insertTemplate: "正在插入模板…",
      validate: "正在校验…",
      clearMarks: "正在清除标记…",
      fix: "正在修正…",
      indicators: "正在计算指标…",
      parse: (done, total) => `正在读取文件 ${done}/${total}…`,
      merge: "正在合并…",
    },
    templateInserted: (written, kept) =>
      kept.length === 0
        ? `已插入模板的 ${written} 个工作表。`
        : `已插入模板的 ${written} 个工作表；已有的工作表保持不变：${kept.join("、")}。`,
    noIssues: "没有发现问题。",
    validated: (e, w, i) =>
      `校验完成：${e} 个错误，${w} 个警告，${i} 个提示。错误和警告单元格已标记。`,
    fixable: (n) => `其中 ${n} 处可一键修正。`,
    fixed: (n) => `已修正 ${n} 个单元格，并重新校验。`,
    marksCleared: "已清除标记，单元格恢复原来的填充颜色。",
    indicatorsWritten: (v, p) =>
      `已写入“汇总”和“村级指标”：${v} 个村${p === null ? "" : `，报送期间 ${p}`}。`,
    merged: (n, p) =>
      `已合并 ${n} 个文件${p === null ? "" : `，报送期间 ${p}`}。结果已写入各工作表。`,
    noFiles: "请先选择要合并的报送文件。",
    failed: "操作失败",
    ok: "确定",
    configError: "配置文件有误，数据助手暂不能使用，请联系信息中心（部署加载项的部门）。",
    sheetTooLarge: (sheet, a) =>
      `工作表“${sheet}”的已用区域 ${a} 超过 500 万个单元格，无法读取。多半是数据以外的远处有多余内容：请删除后重试。`,
  },
  web: {
    title: "扶贫数据助手",
    intro: "校验报送文件、合并各单位的报送。文件只在本机浏览器中处理，不会上传。",
    validateSection: "校验（填报人员）",
    mergeSection: "合并报送（牵头单位）",
    pickSubmissions: "报送文件（.xlsx，可多选，可拖放到此处）",
    pickInto: "已有的汇总工作簿（可选：合并到其中）",
    pickPairings: "结对名单（可选：.xlsx 或 CSV，用于统计报送完成情况）",
    dropHint: "拖放文件到此处",
    filesPicked: (n) => `已选择 ${n} 个文件`,
    validate: "校验",
    merge: "合并报送",
    mask: "隐去身份证号和姓名（同 --mask-ids，这样的汇总不能再合并）",
    downloadIssues: "下载问题清单",
    downloadWorkbook: "下载汇总工作簿",
    downloadReport: "下载汇总报告",
    reading: (done, total) => `正在读取文件 ${done}/${total}…`,
    merging: "正在合并…",
    writing: "正在生成问题清单…",
    noFiles: "请先选择文件。",
    noIssues: "没有发现问题。",
    fileCounts: (e, w, i) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    indicators: "村级指标",
    pairingsUnreadable: (missing) =>
      missing.length > 0 ? `结对名单缺少列：${missing.join("、")}` : "结对名单无法读取。",
    failed: "操作失败",
    configError: "配置文件有误，数据助手暂不能使用，请联系信息中心（部署本页面的部门）。",
    issueListName: "问题清单.xlsx",
    workbookName: (p) => (p === null ? "汇总工作簿.xlsx" : `汇总工作簿-${p}.xlsx`),
    reportName: (p) => (p === null ? "汇总报告.json" : `汇总报告-${p}.json`),
    areaIndicators: "乡镇及县指标",
    registerMerge: "监测台账每次重新合并全部台账：不并入已有的汇总工作簿，也不用结对名单。",
  },
};
