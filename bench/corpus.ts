// The bench corpus of issue 6: 90 agency workbooks of valid data, generated deterministically.
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_CONFIG } from "../src/core/config";
import type { Cell } from "../src/core/read/grid";
import villages4201 from "../src/core/reference/villages-4201.json";
import { officialDisplayName } from "../src/core/reference/names";
import { LISTS } from "../src/core/spec/lists";
import type { DataSheetKey } from "../src/core/spec/sheets";
import { planTemplate } from "../src/core/template/plan";
import { writeSubmission } from "../src/xlsx/write-submission";
import type { SubmissionContent } from "../src/xlsx/write-submission";
import { fakeId18, fakeUscc } from "../test/support/ids";

/** Bumped whenever the generator's output changes, so a stale cache is never measured. */
export const CORPUS_VERSION = "v2";
export const CORPUS_DIR = path.join(os.tmpdir(), `aidsheet-bench-${CORPUS_VERSION}`);
export const SUBMISSIONS_DIR = path.join(CORPUS_DIR, "submissions");

export const AGENCIES = 90;
export const COUNTS: Readonly<Record<DataSheetKey, number>> = {
  villages: 1,
  funds: 20,
  projects: 10,
  households: 2_000,
  activities: 10,
};

type Row = Record<string, Cell>;

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"];
const GIVEN = [..."建国华明英秀兰桂芳玉珍军平德福红春生林海志强文金荣家宝"];
const PERIOD = "2018";

/** Every village of the shipped reference list in a configured district, in code order. */
function regionVillages(): { code: string; name: string; township: string; district: string }[] {
  const districts = new Map(DEFAULT_CONFIG.region.districts.map((d) => [d.code, d.name]));
  const streets = villages4201.streets as Record<string, string>;
  return Object.entries(villages4201.villages as Record<string, string>)
    .filter(([code]) => districts.has(code.slice(0, 6)) && code.slice(0, 9) in streets)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, name]) => ({
      code,
      name: officialDisplayName(name),
      township: streets[code.slice(0, 9)]!,
      district: districts.get(code.slice(0, 6))!,
    }));
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const day = (n: number): Cell => {
  const d = new Date(Date.UTC(2018, 0, 1) + (n % 365) * 86_400_000);
  return { date: d.toISOString().slice(0, 10) };
};

/** The content of agency `a` (0-based): valid data, distinct village, IDs and project ids. */
export function agencyContent(a: number, villages = regionVillages()): SubmissionContent {
  const step = Math.floor(villages.length / AGENCIES);
  const v = villages[a * step]!;
  const code = v.code;
  const households = 300 + (a % 50) * 7 + COUNTS.households;
  const poor = COUNTS.households;
  const projectId = (j: number) => `A${String(a + 1).padStart(2, "0")}-P${j + 1}`;
  const village: Row = {
    village_code: code,
    village_name: v.name,
    district: v.district,
    township: v.township,
    households_total: households,
    population_total: households * 3,
    poor_households: poor,
    poor_population: poor * 3,
    exited_households: poor - 100,
    exited_population: (poor - 100) * 3,
    collective_income: 100_000 + a * 1_000,
    collective_income_prev: 80_000 + a * 1_000,
    income_per_capita: 12_000 + a * 10,
    income_per_capita_prev: 11_000 + a * 10,
    exit_year: 2017,
    paired_branches: 1 + (a % 9),
    resident_team: 2 + (a % 3),
  };
  const projects = Array.from({ length: COUNTS.projects }, (_, j): Row => {
    const industrial = j % 2 === 0;
    return {
      project_id: projectId(j),
      village_code: code,
      name: `帮扶项目${a + 1}-${j + 1}`,
      category: industrial ? "产业扶贫" : pick(LISTS.project_categories, j + 1),
      industry: industrial ? pick(LISTS.industries, a + j) : null,
      start_year: 2017 + (j % 2),
      status: pick(["在建", "运营", "完工"], j),
      investment: 100_000 + j * 25_000 + a * 100,
      scale: 10 + j,
      scale_unit: pick(LISTS.units, j),
      beneficiary_households: 5 + j,
      jobs: 2 + (j % 5),
      annual_revenue: 10_000 + j * 1_000,
    };
  });
  const funds = Array.from({ length: COUNTS.funds }, (_, j): Row => ({
    village_code: code,
    date: day(a * 3 + j * 17),
    source: pick(LISTS.fund_sources, a + j),
    funder: `帮扶单位${a + 1}`,
    amount: 10_000 + j * 5_000 + a,
    purpose: pick(LISTS.purposes, j),
    project_id: j < COUNTS.projects ? projectId(j) : null,
    note: j % 4 === 0 ? `第${j + 1}笔拨付` : null,
  }));
  const rows = Array.from({ length: COUNTS.households }, (_, j): Row => {
    const seed = a * COUNTS.households + j;
    const exited = j % 20 !== 0;
    return {
      id_number: fakeId18(seed, { region: code.slice(0, 6) }),
      head_name: `${pick(SURNAMES, seed * 7)}${pick(GIVEN, seed * 3)}${pick(GIVEN, seed)}`,
      village_code: code,
      household_size: 1 + (seed % 6),
      identified_year: 2014 + (seed % 3),
      cause: pick(LISTS.causes, seed),
      exit_year: exited ? 2016 + (seed % 3) : null,
      income_per_capita: exited ? 4_000 + (seed % 5_000) : 2_500 + (seed % 400),
      measure: pick(LISTS.measures, seed),
      cadre: `${pick(SURNAMES, a + (j % 20))}干部${(j % 20) + 1}`,
    };
  });
  const activities = Array.from({ length: COUNTS.activities }, (_, j): Row => ({
    date: day(a + j * 31),
    village_code: code,
    type: pick(LISTS.activity_types, j),
    participants: 10 + j * 3,
    beneficiaries: 20 + j * 5,
    description: `第${j + 1}次${pick(LISTS.activity_types, j)}活动`,
  }));
  return {
    form: {
      agency_code: fakeUscc(a + 1),
      agency_name: `帮扶单位${a + 1}`,
      period: PERIOD,
      partners: null,
      contact_name: `联系人${a + 1}`,
      contact_phone: `1390710${String(a).padStart(4, "0")}`,
      submitted_on: day(353 + (a % 10)),
    },
    tables: { villages: [village], funds, projects, households: rows, activities },
  };
}

export function agencyFile(a: number): string {
  return path.join(SUBMISSIONS_DIR, `agency-${String(a + 1).padStart(2, "0")}.xlsx`);
}

/** Writes the corpus when it is missing or incomplete; returns the submission files. */
export async function ensureCorpus(log: (line: string) => void): Promise<string[]> {
  const files = Array.from({ length: AGENCIES }, (_, a) => agencyFile(a));
  const done = path.join(CORPUS_DIR, "complete");
  if (existsSync(done)) return files;
  log(`generating the corpus in ${CORPUS_DIR} (once)…`);
  await fs.mkdir(SUBMISSIONS_DIR, { recursive: true });
  const plan = planTemplate("zh-CN", DEFAULT_CONFIG);
  const villages = regionVillages();
  for (let a = 0; a < AGENCIES; a++) {
    await fs.writeFile(files[a]!, await writeSubmission(plan, agencyContent(a, villages)));
  }
  await fs.writeFile(done, `${new Date().toISOString()}\n`);
  return files;
}
