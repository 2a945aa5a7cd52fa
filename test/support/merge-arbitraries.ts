// Small fast-check generators of submissions over the seed's agencies and villages.
import fc from "fast-check";
import type { IssueCode } from "../../src/core/issues/codes";
import type { SubmissionFile } from "../../src/core/model";
import type { DataSheetKey } from "../../src/core/spec/sheets";
import { fakeUscc } from "./ids";
import {
  buildSubmission,
  seedActivity,
  seedFund,
  seedHousehold,
  seedProject,
  seedVillage,
  submissionFile,
  unreadableFile,
} from "./submission-builder";
import type { RowSpec, SubmissionSpec, Values } from "./submission-builder";

export const AGENCIES = [
  { agency_code: fakeUscc(1), agency_name: "市金控集团" },
  { agency_code: fakeUscc(2), agency_name: "市纪委监委机关" },
  { agency_code: fakeUscc(3), agency_name: "市委组织部" },
] as const;

const VILLAGES = [
  {
    village_code: "420116012215",
    village_name: "凤凰寨村",
    district: "黄陂区",
    township: "蔡榨街道",
  },
  {
    village_code: "420117102205",
    village_name: "毛家冲村",
    district: "新洲区",
    township: "凤凰镇",
  },
  {
    village_code: "420116008204",
    village_name: "青云村",
    district: "黄陂区",
    township: "王家河街道",
  },
];
const VILLAGE_CODES = VILLAGES.map((v) => v.village_code);
const SUBMITTED = ["2018-12-01", "2018-12-20", "2018-12-20T09:30", "2018-12-21"];

/** A row, invalid (a `range` error on `field`) about one time in six. */
function row(values: fc.Arbitrary<Values>, field: string): fc.Arbitrary<RowSpec> {
  return fc
    .record({ values, invalid: fc.nat(5) })
    .map(({ values: v, invalid }) =>
      invalid === 0 ? { values: v, errors: [[field, "range" as IssueCode]] } : { values: v },
    );
}

const village = row(
  fc
    .record({
      v: fc.constantFrom(...VILLAGES),
      income: fc.constantFrom(300000, 350000),
      prev: fc.constantFrom(120000, null),
      exited: fc.constantFrom(150, 190),
    })
    .map(({ v, income, prev, exited }) =>
      seedVillage({
        ...v,
        collective_income: income,
        collective_income_prev: prev,
        exited_population: exited,
      }),
    ),
  "households_total",
);

const fund = row(
  fc
    .record({
      village_code: fc.constantFrom(...VILLAGE_CODES),
      date: fc.constantFrom("2018-05-10", "2018-06-27"),
      amount: fc.constantFrom(1000, 4710000),
    })
    .map((v) => seedFund(v)),
  "amount",
);

const project = fc
  .record({
    village_code: fc.constantFrom(...VILLAGE_CODES),
    category: fc.constantFrom("产业扶贫", "基础设施"),
    jobs: fc.constantFrom(null, 6),
  })
  .map((v) => seedProject(v));

const household = row(
  fc
    .record({
      seed: fc.integer({ min: 1, max: 4 }),
      village_code: fc.constantFrom(...VILLAGE_CODES),
      exit_year: fc.constantFrom(null, 2017),
      income_per_capita: fc.constantFrom(2000, 6200),
    })
    .map(({ seed, ...v }) => seedHousehold(seed, v)),
  "household_size",
);

const activity = row(
  fc
    .record({
      village_code: fc.constantFrom(...VILLAGE_CODES),
      beneficiaries: fc.constantFrom(null, 120),
    })
    .map((v) => seedActivity(v)),
  "beneficiaries",
);

const byKey = (key: string) => (r: RowSpec) => String(r.values[key]);

/** The contents of one workbook: form, rows, now and then a file-level problem. */
export const submissionSpec: fc.Arbitrary<SubmissionSpec> = fc
  .record({
    // One agency more often than the others: its files supersede and tie with each other.
    agency: fc.constantFrom(AGENCIES[0], AGENCIES[0], AGENCIES[1], AGENCIES[2]),
    period: fc.constantFrom("2018", "2018", "2018", "2018", "2017"),
    submitted_on: fc.constantFrom(...SUBMITTED),
    villages: fc.uniqueArray(village, { maxLength: 2, selector: byKey("village_code") }),
    funds: fc.array(fund, { maxLength: 3 }),
    projects: fc
      .uniqueArray(fc.constantFrom("P1", "P2"), { maxLength: 2 })
      .chain((ids) => fc.tuple(...ids.map((id) => project.map((p) => ({ ...p, project_id: id }))))),
    households: fc.uniqueArray(household, { maxLength: 3, selector: byKey("id_number") }),
    activities: fc.array(activity, { maxLength: 2 }),
    trouble: fc.constantFrom("none", "none", "none", "none", "form", "header"),
  })
  .map((g) => {
    const tables: Partial<Record<DataSheetKey, readonly (Values | RowSpec)[]>> = {
      villages: g.villages,
      funds: g.funds,
      projects: g.projects,
      households: g.households,
      activities: g.activities,
    };
    return {
      form: { ...g.agency, period: g.period, submitted_on: g.submitted_on },
      tables,
      ...(g.trouble === "form" ? { formErrors: [["agency_name", "required"] as const] } : {}),
      ...(g.trouble === "header" ? { headerMissing: ["funds" as const] } : {}),
    };
  });

/**
 * A set of files under `prefix`: distinct paths, now and then an unreadable file or an
 * identical copy of another file under a second name.
 */
export function submissionFiles(prefix: string, maxLength = 4): fc.Arbitrary<SubmissionFile[]> {
  return fc
    .record({
      specs: fc.array(submissionSpec, { minLength: 1, maxLength }),
      copy: fc.option(fc.nat(), { freq: 3 }),
      unreadable: fc.boolean(),
    })
    .map(({ specs, copy, unreadable }) => {
      const files = specs.map((spec, i) =>
        submissionFile(`${prefix}/${prefix}${i}.xlsx`, buildSubmission(spec)),
      );
      if (copy !== null) {
        const original = files[copy % files.length]!;
        files.push(
          submissionFile(`${prefix}/copy-${original.name}`, original.read, original.sha256!),
        );
      }
      if (unreadable) files.push(unreadableFile(`${prefix}/broken.xlsx`));
      return files;
    });
}
