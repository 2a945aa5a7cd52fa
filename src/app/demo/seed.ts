import { id18CheckCharacter, usccCheckCharacter } from "../../core";
import type { Cell, DataSheetKey, FieldKey, ReadSheetKey } from "../../core";

/**
 * The demo: the five pairings of the 2018 seed report (shared/seed), with 市金控集团 as a
 * second agency of 凤凰寨村. Figures the report gives are typed the way staff type them
 * ("471万元", "200余万元", 毛冲村); everything else — populations, households, codes of
 * agencies, contacts, ID numbers — is invented, and ID numbers are synthetic.
 */
/** A row of a sheet as typed, by field key: a misspelt field does not compile. */
export type DemoRow<S extends ReadSheetKey> = Readonly<Partial<Record<FieldKey<S>, Cell>>>;

export interface DemoSubmission {
  readonly fileName: string;
  readonly form: DemoRow<"submission">;
  readonly tables: { readonly [S in DataSheetKey]: readonly DemoRow<S>[] };
}

export const DEMO_PERIOD = "2018";

/** An invented unified social credit code with a valid check character (GB 32100). */
function demoUscc(kind: "11" | "91", serial: number): string {
  const first17 = `${kind}420100MB${String(serial).padStart(8, "0")}`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
}

/** A synthetic resident ID: sequence 990–999 marks it as ours; valid check digit. */
function demoId(district: string, birth: string, n: number): string {
  const first17 = `${district}${birth}${990 + (n % 10)}`;
  return first17 + id18CheckCharacter(first17);
}

const d = (date: string): Cell => ({ date });

interface Pairing {
  readonly file: string;
  readonly agency: string;
  readonly kind: "11" | "91";
  readonly serial: number;
  readonly contact: [string, string];
  readonly submitted: string;
  readonly partners?: string;
  readonly village: DemoRow<"villages"> & { readonly village_code: string };
  /** Without village_code: the pairing's village. */
  readonly funds: DemoRow<"funds">[];
  readonly projects: DemoRow<"projects">[];
  readonly activities: DemoRow<"activities">[];
  readonly households: number;
}

const FENGHUANGZHAI: Pairing["village"] = {
  village_code: "420116012215",
  village_name: "凤凰寨村",
  district: "黄陂区",
  township: "蔡家榨街",
  households_total: 412,
  population_total: 1486,
  poor_households: 65,
  poor_population: 187,
  exited_households: 65,
  exited_population: 187,
  collective_income: "35万元",
  collective_income_prev: "26万元",
  income_per_capita: 17940,
  income_per_capita_prev: 15600,
  exit_year: 2017,
  paired_branches: 22,
  resident_team: 3,
};

const PAIRINGS: readonly Pairing[] = [
  {
    file: "市纪委监委机关-凤凰寨村-2018.xlsx",
    agency: "市纪委监委机关",
    kind: "11",
    serial: 1001,
    contact: ["陈明", "027-85550101"],
    submitted: "2018-12-20",
    partners: "市金控集团",
    village: FENGHUANGZHAI,
    funds: [
      {
        date: d("2018-04-12"),
        source: "单位自筹",
        funder: "市纪委监委机关",
        amount: "20万元",
        purpose: "人居环境",
      },
    ],
    projects: [
      ["FHZ-01", "光伏电站", "光伏", 1200000, 300, "千瓦", 65, 4, 180000],
      ["FHZ-02", "油茶基地", "种植", 800000, 500, "亩", 30, 12, 60000],
      ["FHZ-03", "籽莲种植", "种植", 450000, 200, "亩", 20, 8, 40000],
      ["FHZ-04", "茶叶基地", "种植", 600000, 300, "亩", 25, 10, 50000],
      ["FHZ-05", "生态农庄", "乡村旅游", 900000, null, null, 15, 9, 70000],
      ["FHZ-06", "稻田养虾", "水产", 760000, 150, "亩", 18, 6, 45000],
    ].map(([id, name, industry, investment, scale, unit, ben, jobs, revenue]) => ({
      project_id: id,
      village_code: "420116012215",
      name,
      category: "产业扶贫",
      industry,
      start_year: 2017,
      status: "运营",
      investment,
      scale,
      scale_unit: unit,
      beneficiary_households: ben,
      jobs,
      annual_revenue: revenue,
    })),
    activities: [
      {
        date: d("2018-03-08"),
        type: "政策宣讲",
        participants: 120,
        beneficiaries: 300,
        description: "驻村工作队宣讲党的十九大精神",
      },
    ],
    households: 8,
  },
  {
    file: "市金控集团-凤凰寨村-2018.xlsx",
    agency: "市金控集团",
    kind: "91",
    serial: 2002,
    contact: ["刘洋", "13907100202"],
    submitted: "2018-12-18",
    partners: "市纪委监委机关",
    village: { ...FENGHUANGZHAI, paired_branches: null, resident_team: 2 },
    funds: [
      {
        date: d("2018-06-30"),
        source: "企业投入",
        funder: "市金控集团",
        amount: "471万元",
        purpose: "产业发展",
        project_id: "JK-01",
      },
    ],
    projects: [
      {
        project_id: "JK-01",
        village_code: "420116012215",
        name: "产业扶贫资金（光伏、油茶等）",
        category: "产业扶贫",
        industry: "其他",
        start_year: 2017,
        status: "在建",
        investment: "471万元",
      },
    ],
    activities: [],
    households: 0,
  },
  {
    file: "市委组织部-毛家冲村-2018.xlsx",
    agency: "市委组织部",
    kind: "11",
    serial: 3003,
    contact: ["周婷", "027-85550303"],
    submitted: "2018-12-21",
    village: {
      village_code: "420117102205",
      village_name: "毛冲村",
      district: "新洲区",
      township: "凤凰镇",
      households_total: 356,
      population_total: 1208,
      poor_households: 39,
      poor_population: 102,
      exited_households: 39,
      exited_population: 102,
      collective_income: "12万元",
      collective_income_prev: "8万元",
      income_per_capita: 13200,
      income_per_capita_prev: 11800,
      exit_year: 2017,
      paired_branches: 6,
      resident_team: 3,
    },
    funds: [
      {
        date: d("2018-05-20"),
        source: "财政专项",
        funder: "市委组织部",
        amount: "200余万元",
        purpose: "公共服务",
        project_id: "MJC-01",
      },
    ],
    projects: [
      ["MJC-01", "村级党员群众服务中心", "公共服务", null, 2000000, null, 0],
      ["MJC-02", "湘莲种植", "产业扶贫", "种植", 300000, 200, 12],
      ["MJC-03", "甘蔗种植", "产业扶贫", "种植", 150000, 80, 6],
      ["MJC-04", "休闲旅游", "产业扶贫", "乡村旅游", 500000, null, 5],
      ["MJC-05", "能人带动养殖", "产业扶贫", "养殖", 90000, null, 3],
    ].map(([id, name, category, industry, investment, scale, jobs]) => ({
      project_id: id,
      village_code: "420117102205",
      name,
      category,
      industry,
      start_year: 2018,
      status: id === "MJC-01" ? "完工" : "运营",
      investment,
      scale,
      scale_unit: scale === null ? null : "亩",
      beneficiary_households: id === "MJC-05" ? 10 : null,
      jobs,
    })),
    activities: [
      {
        date: d("2018-09-12"),
        type: "技能培训",
        participants: 60,
        beneficiaries: 60,
        description: "毛冲村农民培训学校开课",
      },
    ],
    households: 6,
  },
  {
    file: "市公安局-青云村-2018.xlsx",
    agency: "市公安局",
    kind: "11",
    serial: 4004,
    contact: ["黄磊", "027-85550404"],
    submitted: "2018-12-19",
    village: {
      village_code: "420116008204",
      village_name: "青云村",
      district: "黄陂区",
      township: "王家河街道",
      households_total: 298,
      population_total: 1032,
      poor_households: 41,
      poor_population: 119,
      exited_households: 41,
      exited_population: 119,
      collective_income: "8万元",
      collective_income_prev: "6万元",
      income_per_capita: 12100,
      exit_year: 2017,
      resident_team: 2,
    },
    funds: [
      {
        date: d("2018-03-15"),
        source: "单位自筹",
        funder: "市公安局",
        amount: "100万元",
        purpose: "兜底保障",
        note: "专项扶贫",
      },
      {
        date: d("2018-07-02"),
        source: "单位自筹",
        funder: "市公安局",
        amount: "70余万元",
        purpose: "人居环境",
        project_id: "QY-01",
      },
    ],
    projects: [
      ["QY-01", "村湾环境整治", "人居环境", 700000, null, null],
      ["QY-02", "太阳能路灯", "基础设施", 105000, 35, "盏"],
      ["QY-03", "垃圾站和公共厕所改建", "人居环境", 180000, 3, "个"],
    ].map(([id, name, category, investment, scale, unit]) => ({
      project_id: id,
      village_code: "420116008204",
      name,
      category,
      start_year: 2018,
      status: "完工",
      investment,
      scale,
      scale_unit: unit,
    })),
    activities: [
      {
        date: d("2018-10-17"),
        type: "法律服务",
        participants: 40,
        beneficiaries: 150,
        description: "精准扶贫与法同行、法律进乡村",
      },
    ],
    households: 6,
  },
  {
    file: "市民政局-八秀村-2018.xlsx",
    agency: "市民政局",
    kind: "11",
    serial: 5005,
    contact: ["吴静", "027-85550505"],
    submitted: "2018-12-20",
    village: {
      village_code: "420115016209",
      village_name: "八秀村",
      district: "江夏区",
      township: "舒安街",
      households_total: 520,
      population_total: 1790,
      poor_households: 63,
      poor_population: 171,
      exited_households: 58,
      exited_population: 160,
      collective_income: "30万元",
      collective_income_prev: "21万元",
      income_per_capita: 11800,
      income_per_capita_prev: 10600,
      paired_branches: 8,
      resident_team: 3,
    },
    funds: [
      {
        date: d("2018-04-02"),
        source: "财政专项",
        funder: "市民政局",
        amount: "近100万元",
        purpose: "基础设施",
        note: "2015年以来累计近300万元",
      },
    ],
    projects: [
      {
        project_id: "BX-01",
        village_code: "420115016209",
        name: "四季果园",
        category: "产业扶贫",
        industry: "种植",
        start_year: 2017,
        status: "运营",
        investment: 450000,
        scale: 30,
        scale_unit: "亩",
        jobs: 12,
        beneficiary_households: 12,
        annual_revenue: "16万元",
      },
      {
        project_id: "BX-02",
        village_code: "420115016209",
        name: "虾池改造",
        category: "产业扶贫",
        industry: "水产",
        start_year: 2017,
        status: "运营",
        investment: 380000,
        scale: 100,
        scale_unit: "亩",
      },
    ],
    activities: [
      {
        date: d("2018-06-27"),
        type: "送医送药",
        participants: 12,
        beneficiaries: 200,
        description: "市优抚医院医疗队送医送药",
      },
    ],
    households: 7,
  },
  {
    file: "市侨联-东山村-2018.xlsx",
    agency: "市归国华侨联合会",
    kind: "11",
    serial: 6006,
    contact: ["郑华", "027-85550606"],
    submitted: "2018-12-22",
    village: {
      village_code: "420114004204",
      village_name: "东山村",
      district: "蔡甸区",
      township: "侏儒山街道",
      households_total: 380,
      population_total: 1340,
      poor_households: 52,
      poor_population: 148,
      exited_households: 49,
      exited_population: 139,
      collective_income: "6万元",
      income_per_capita: 11200,
      resident_team: 2,
    },
    funds: [
      {
        date: d("2018-05-08"),
        source: "单位自筹",
        funder: "市归国华侨联合会",
        amount: "40余万元",
        purpose: "产业发展",
      },
      {
        date: d("2018-08-16"),
        source: "海外捐赠",
        funder: "美国南加州湖北同乡会等",
        amount: "230余万元",
        purpose: "基础设施",
      },
    ],
    projects: [
      {
        project_id: "DS-01",
        village_code: "420114004204",
        name: "稻虾养殖合作社土地流转",
        category: "产业扶贫",
        industry: "水产",
        start_year: 2018,
        status: "运营",
        investment: 600000,
        scale: 800,
        scale_unit: "亩",
        beneficiary_households: 20,
      },
      {
        project_id: "DS-02",
        village_code: "420114004204",
        name: "冷库、电力、机站和道路",
        category: "基础设施",
        start_year: 2018,
        status: "在建",
        investment: "230万元",
      },
    ],
    activities: [
      {
        date: d("2018-11-05"),
        type: "走访慰问",
        participants: 8,
        beneficiaries: 52,
        description: "班子成员进村入户走访",
      },
    ],
    households: 6,
  },
];

const CAUSES = ["因病", "因残", "缺技术", "缺劳力", "因学", "缺资金"];
const MEASURES = ["产业帮扶", "就业帮扶", "健康帮扶", "教育帮扶", "兜底保障"];

function households(p: Pairing): DemoRow<"households">[] {
  const code = p.village.village_code;
  return Array.from({ length: p.households }, (_, i) => ({
    id_number: demoId(
      code.slice(0, 6),
      `19${60 + ((p.serial + i * 7) % 35)}0${1 + (i % 9)}1${i % 9}`,
      p.serial + i,
    ),
    head_name: `示例户${String.fromCharCode(0x7532 + (i % 10))}`,
    village_code: code,
    household_size: 2 + (i % 4),
    identified_year: 2014 + (i % 2),
    cause: CAUSES[i % CAUSES.length]!,
    exit_year: i === p.households - 1 ? 2018 : 2016 + (i % 2),
    income_per_capita: i === p.households - 1 ? 2800 : 5200 + i * 410,
    measure: MEASURES[i % MEASURES.length]!,
    cadre: `${p.contact[0]}`,
  }));
}

/** The six demo submissions, as typed by the agencies' staff. */
export function seedSubmissions(): DemoSubmission[] {
  return PAIRINGS.map((p) => {
    const code = p.village.village_code;
    return {
      fileName: p.file,
      form: {
        agency_code: demoUscc(p.kind, p.serial),
        agency_name: p.agency,
        period: DEMO_PERIOD,
        partners: p.partners ?? null,
        contact_name: p.contact[0],
        contact_phone: p.contact[1],
        submitted_on: d(p.submitted),
      },
      tables: {
        villages: [p.village],
        funds: p.funds.map((f) => ({ village_code: code, ...f })),
        projects: p.projects,
        households: households(p),
        activities: p.activities.map((a) => ({ village_code: code, ...a })),
      },
    };
  });
}
