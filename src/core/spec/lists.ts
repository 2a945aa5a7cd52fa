/** Fixed value lists of SPEC 1.4. `districts` comes from the region configuration. */
export const LISTS = {
  fund_sources: ["单位自筹", "财政专项", "企业投入", "社会捐赠", "海外捐赠", "其他"],
  purposes: ["产业发展", "基础设施", "人居环境", "公共服务", "教育", "医疗", "就业", "兜底保障", "其他"],
  project_categories: [
    "产业扶贫",
    "基础设施",
    "人居环境",
    "公共服务",
    "就业扶贫",
    "教育扶贫",
    "健康扶贫",
    "兜底保障",
    "其他",
  ],
  industries: ["光伏", "种植", "养殖", "水产", "加工", "乡村旅游", "电商", "其他"],
  project_statuses: ["规划", "在建", "运营", "完工", "停止"],
  units: ["亩", "个", "盏", "平方米", "千瓦", "户", "公里", "其他"],
  causes: [
    "因病",
    "因残",
    "因学",
    "因灾",
    "因婚",
    "缺土地",
    "缺水",
    "缺技术",
    "缺劳力",
    "缺资金",
    "交通条件落后",
    "自身发展动力不足",
    "其他",
  ],
  measures: [
    "产业帮扶",
    "就业帮扶",
    "教育帮扶",
    "健康帮扶",
    "易地搬迁",
    "危房改造",
    "兜底保障",
    "金融帮扶",
    "其他",
  ],
  activity_types: ["政策宣讲", "送医送药", "法律服务", "技能培训", "走访慰问", "消费扶贫", "其他"],
} as const;

export type FixedListKey = keyof typeof LISTS;
export type ListKey = FixedListKey | "districts";
