// Properties of the register merge over generated counties: nothing lost, order irrelevant.
import fc from "fast-check";
import { generateCounty } from "../../../src/app/demo/county";
import { exportRegister } from "../../../src/app/demo/national-export";
import { DEFAULT_CONFIG } from "../../../src/core/config";
import { consolidatedToGrid } from "../../../src/core/consolidated/to-grid";
import type { SubmissionFile } from "../../../src/core/model";
import { mergeRegisters } from "../../../src/core/register/merge";
import { builtinStandard } from "../../../src/core/standard/builtin";
import { validateWorkbook } from "../../../src/core/validate/validate-workbook";

const standard = builtinStandard("monitoring")!;

function countyFiles(seed: number, townships: number): SubmissionFile[] {
  const county = generateCounty({
    seed,
    townships,
    villagesPerTownship: 2,
    householdsPerVillage: 5,
  });
  return county.registers.map((r) => ({
    file: r.fileName,
    name: r.fileName,
    sha256: null,
    read: validateWorkbook(consolidatedToGrid(exportRegister(county, r)), {
      config: DEFAULT_CONFIG,
      standard,
    }),
  }));
}

describe("the register merge", () => {
  test("accounts for every row, whatever the files and their order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1_000 }),
        (seed, townships, shuffle) => {
          const files = countyFiles(seed, townships);
          const merged = mergeRegisters(files, standard);
          for (const f of files) {
            const outcome = merged.files.find((o) => o.file === f.file)!;
            for (const [sheet, table] of Object.entries(f.read.tables)) {
              const c = outcome.rows[sheet]!;
              expect(c.read).toBe(table!.rows.length);
              expect(c.merged + c.rejected + c.superseded).toBe(c.read);
            }
          }
          const totalMerged = Object.values(merged.rows).reduce((n, rows) => n + rows.length, 0);
          const totalUnmerged = merged.unmerged.length;
          const read = files.reduce(
            (n, f) => n + Object.values(f.read.tables).reduce((m, t) => m + t!.rows.length, 0),
            0,
          );
          expect(totalMerged + totalUnmerged).toBe(read);
          const rotated = [
            ...files.slice(shuffle % files.length),
            ...files.slice(0, shuffle % files.length),
          ];
          expect(mergeRegisters(rotated.reverse(), standard)).toEqual(merged);
        },
      ),
      { numRuns: 15 },
    );
  });

  test("a file merged with itself adds nothing: every row of the copy is superseded", () => {
    const [file] = countyFiles(5, 1);
    const once = mergeRegisters([file!], standard);
    const twice = mergeRegisters([file!, { ...file!, file: `${file!.file} (copy)` }], standard);
    expect(twice.rows).toEqual(once.rows);
    const copy = twice.files.find((f) => f.file.endsWith("(copy)"))!;
    const original = once.files[0]!;
    expect(copy.rows.households!.superseded).toBe(original.rows.households!.merged);
    expect(copy.rows.measures!.superseded).toBe(original.rows.measures!.merged);
  });
});
