import { NUMBER_FORMATS, fitColumns } from "../../core";
import type { ColumnKind, ConsolidatedSheets, PlanValue, PlannedSheet } from "../../core";
import type { County, RegisterRow, TownshipRegister } from "./county";

/**
 * A generated register laid out as the national monitoring system exports it: a title row
 * and an exporting-office row above the header, a 序号 column, the package's columns under
 * the export's own headings (labels or aliases, some with units) and, around them, many
 * columns the package does not know. Every heading and value here is invented.
 */

interface ExportColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** The package field it holds; none for the columns the package does not know. */
  readonly key?: string;
}

const HOUSEHOLD_COLUMNS: readonly ExportColumn[] = [
  { key: "county", header: "县（市、区、旗）", kind: "text" },
  { key: "township", header: "乡（镇）", kind: "text" },
  { key: "village", header: "行政村", kind: "text" },
  { key: "village_code", header: "行政村代码", kind: "code" },
  { key: "household_id", header: "户编号", kind: "code" },
  { key: "head_name", header: "户主姓名", kind: "text" },
  { key: "id_number", header: "证件号码", kind: "code" },
  { key: "category", header: "监测对象类别", kind: "text" },
  { key: "formerly_poor", header: "是否脱贫户", kind: "text" },
  { key: "risk_1", header: "风险类型1", kind: "text" },
  { key: "risk_2", header: "风险类型2", kind: "text" },
  { key: "risk_3", header: "风险类型3", kind: "text" },
  { key: "identified_on", header: "识别监测时间", kind: "date" },
  { key: "household_size", header: "家庭人口数", kind: "count" },
  { key: "labour_count", header: "劳动力人数", kind: "count" },
  { key: "wage_income", header: "工资性收入（元）", kind: "money" },
  { key: "business_income", header: "生产经营性收入（元）", kind: "money" },
  { key: "property_income", header: "财产性收入（元）", kind: "money" },
  { key: "transfer_income", header: "转移性收入（元）", kind: "money" },
  { key: "business_costs", header: "生产经营性支出（元）", kind: "money" },
  { key: "income_per_capita", header: "家庭年人均纯收入（元）", kind: "money" },
  { key: "monthly_wage", header: "务工月收入（元）", kind: "money" },
  { key: "housing_problem", header: "是否存在住房安全问题", kind: "text" },
  { key: "education_problem", header: "是否存在义务教育问题", kind: "text" },
  { key: "water_problem", header: "是否存在饮水安全问题", kind: "text" },
  { key: "insurance_problem", header: "是否存在基本医疗保险问题", kind: "text" },
  { key: "risk_eliminated", header: "风险是否消除", kind: "text" },
  { key: "elimination_method", header: "风险消除方式", kind: "text" },
  { key: "eliminated_on", header: "风险消除时间", kind: "date" },
  { key: "cadre", header: "帮扶责任人", kind: "text" },
  { key: "cadre_unit", header: "帮扶单位", kind: "text" },
];

const MEMBER_ITEMS = [
  "与户主关系",
  "性别",
  "文化程度",
  "在校生状况",
  "健康状况",
  "劳动技能",
  "务工状况",
];
const YEARS = ["2021", "2022", "2023", "2024", "2025"];

/** Columns of the export that the package does not know: 102 of them. */
const HOUSEHOLD_EXTRAS: readonly string[] = [
  "省（区、市）",
  "市（地、州、盟）",
  "户类型",
  "识别标准",
  "纳入监测时人均纯收入（元）",
  "致贫返贫风险描述",
  "是否易地搬迁户",
  "是否军烈属",
  "是否纳入农村低保",
  "是否纳入特困供养",
  "是否参加城乡居民基本养老保险",
  "是否参加大病保险",
  "是否享受医疗救助",
  "是否享受临时救助",
  "耕地面积（亩）",
  "有效灌溉面积（亩）",
  "林地面积（亩）",
  "退耕还林面积（亩）",
  "林果面积（亩）",
  "牧草地面积（亩）",
  "水面面积（亩）",
  "住房面积（平方米）",
  "住房结构",
  "是否通生产用电",
  "是否通生活用电",
  "与村主干路距离（公里）",
  "入户路类型",
  "主要燃料类型",
  "是否有卫生厕所",
  "是否加入农民专业合作社",
  "是否有龙头企业带动",
  "是否有创业致富带头人带动",
  "务工地点",
  "务工时间（月）",
  "务工行业",
  "公益岗位类型",
  "小额信贷金额（元）",
  "产业奖补金额（元）",
  "计划生育金（元）",
  "低保金（元）",
  "特困供养金（元）",
  "养老保险金（元）",
  "生态补偿金（元）",
  "赡养性收入（元）",
  "其他转移性收入（元）",
  "经营性收入来源",
  "财产性收入来源",
  "是否参加技能培训",
  "培训次数",
  "是否有外出务工人员",
  "外出务工人数",
  "是否有残疾人",
  "残疾人数",
  "是否有大病患者",
  "大病患者人数",
  "是否有在校生",
  "在校生人数",
  "是否有学前教育儿童",
  "是否有60岁以上老人",
  "户籍所在地",
  "现居住地",
  "是否整户外出",
  "是否返乡",
  "风险消除前人均纯收入（元）",
  "帮扶责任人联系电话",
  "帮扶责任人职务",
  "村第一书记",
  "驻村工作队队长",
  "信息采集人",
  "信息采集时间",
  "数据审核状态",
  "审核人",
  "最后修改时间",
  "备注",
  ...YEARS.map((y) => `${y}年家庭人均纯收入（元）`),
  ...[1, 2, 3, 4].flatMap((n) => MEMBER_ITEMS.map((item) => `成员${n}${item}`)),
  "数据来源",
];

const MEASURE_COLUMNS: readonly ExportColumn[] = [
  { key: "household_id", header: "户编号", kind: "code" },
  { key: "category", header: "帮扶措施类别", kind: "text" },
  { key: "content", header: "措施内容", kind: "text" },
  { key: "started_on", header: "帮扶开始时间", kind: "date" },
  { key: "amount", header: "资金金额（元）", kind: "money" },
  { key: "status", header: "落实状态", kind: "text" },
];

const MEASURE_EXTRAS: readonly string[] = [
  "省（区、市）",
  "市（地、州、盟）",
  "措施编号",
  "项目名称",
  "资金来源",
  "责任单位",
  "计划完成时间",
  "实际完成时间",
  "受益人数",
  "录入人",
  "录入时间",
  "审核状态",
  "备注",
];

/** Our columns with the unknown ones spread evenly between them, after a 序号 column. */
function interleave(known: readonly ExportColumn[], extras: readonly string[]): ExportColumn[] {
  const columns: ExportColumn[] = [{ header: "序号", kind: "count" }];
  const per = Math.ceil(extras.length / known.length);
  known.forEach((column, i) => {
    columns.push(column);
    for (const header of extras.slice(i * per, (i + 1) * per))
      columns.push({ header, kind: "text" });
  });
  return columns;
}

const HOUSEHOLD_LAYOUT = interleave(HOUSEHOLD_COLUMNS, HOUSEHOLD_EXTRAS);
const MEASURE_LAYOUT = interleave(MEASURE_COLUMNS, MEASURE_EXTRAS);

// An unknown column's value: mostly empty, as exports are; 否 for yes/no questions.
function extraValue(header: string, rowIndex: number, columnIndex: number): PlanValue {
  const n = (rowIndex * 31 + columnIndex * 17) % 7;
  if (header.startsWith("是否")) return n === 0 ? "是" : "否";
  if (header.startsWith("省")) return "示例省";
  if (header.startsWith("市")) return "示例市";
  if (header.includes("（亩）")) return n;
  return n < 5 ? null : "—";
}

function exportSheet(
  name: string,
  layout: readonly ExportColumn[],
  rows: readonly RegisterRow[],
  titles: readonly string[],
): PlannedSheet {
  const data: PlanValue[][] = rows.map((row, r) =>
    layout.map((c, i) =>
      c.key !== undefined ? (row[c.key] ?? null) : i === 0 ? r + 1 : extraValue(c.header, r, i),
    ),
  );
  const widths = fitColumns(layout, data);
  return {
    name,
    columns: layout.map((c, i) => ({ ...c, numFmt: NUMBER_FORMATS[c.kind], ...widths[i]! })),
    header: false,
    rows: [...titles.map((t) => [t]), layout.map((c) => c.header), ...data],
    frozenHeader: false,
    autoFilter: false,
    hidden: false,
    dataBars: [],
    title: null,
    chart: null,
  };
}

/** A township's register as the national system exports it: 监测对象 and 帮扶措施. */
export function exportRegister(county: County, register: TownshipRegister): ConsolidatedSheets {
  const office = `导出单位：${county.name}${register.township}\u3000导出时间：2025-12-31`;
  return {
    sheets: [
      exportSheet("监测对象", HOUSEHOLD_LAYOUT, register.households, [
        "防止返贫监测对象信息表（户）",
        office,
      ]),
      exportSheet("帮扶措施", MEASURE_LAYOUT, register.measures, [
        "防止返贫监测对象帮扶措施表",
        office,
      ]),
    ],
  };
}

/** Columns of each export sheet: (households, measures). */
export const EXPORT_COLUMN_COUNTS = [HOUSEHOLD_LAYOUT.length, MEASURE_LAYOUT.length] as const;
