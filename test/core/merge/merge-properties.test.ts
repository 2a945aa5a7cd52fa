import fc from "fast-check";
import { toMergeReportJson } from "../../../src/core/merge/report";
import type { SubmissionFile } from "../../../src/core/model";
import { DATA_SHEETS } from "../../../src/core/spec/sheets";
import { fakeUscc } from "../../support/ids";
import { submissionFiles } from "../../support/merge-arbitraries";
import { mergeOrThrow, summarise, throughWorkbook } from "../../support/merge-summary";
import { buildSubmission, submissionFile } from "../../support/submission-builder";

const RUNS = { numRuns: 50 };
// An explicit period keeps every merge of a property on one period (docs/merge.md).
const PERIOD = { period: "2018" };

function full(files: readonly SubmissionFile[]) {
  const result = mergeOrThrow(files, PERIOD);
  return {
    report: toMergeReportJson(result, "zh-CN", "out.xlsx"),
    rows: result.rows,
    unmerged: result.unmerged,
  };
}

describe("merge properties (docs/merge.md)", () => {
  it("does not depend on the order of the inputs", () => {
    fc.assert(
      fc.property(
        submissionFiles("a", 5).chain((files) =>
          fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })),
        ),
        ([files, shuffled]) => {
          expect(full(shuffled)).toEqual(full(files));
        },
      ),
      RUNS,
    );
  });

  it("conserves rows: read = merged + rejected + superseded, per file, sheet and in total", () => {
    fc.assert(
      fc.property(submissionFiles("a", 5), (files) => {
        const result = mergeOrThrow(files, PERIOD);
        for (const sheet of DATA_SHEETS) {
          let read = 0;
          for (const f of result.files) {
            const c = f.rows[sheet];
            expect(c.read).toBe(c.merged + c.rejected + c.superseded);
            const given =
              files.find((g) => g.file === f.file)!.read.tables[sheet]?.rows.length ?? 0;
            expect(c.read).toBe(given);
            read += c.read;
          }
          const t = result.totals[sheet];
          expect(t.read).toBe(read);
          expect(t.read).toBe(t.merged + t.rejected + t.superseded);
          expect(t.merged).toBe(result.rows[sheet].length);
          expect(t.rejected).toBe(result.unmerged.filter((u) => u.sheet === sheet).length);
        }
      }),
      RUNS,
    );
  });

  it("adds only its 报送单位 row for a submission with no data rows", () => {
    const empty = submissionFile(
      "z/empty.xlsx",
      buildSubmission({ form: { agency_code: fakeUscc(9), agency_name: "市民政局" } }),
    );
    fc.assert(
      fc.property(submissionFiles("a", 4), (files) => {
        const before = summarise(mergeOrThrow(files, PERIOD));
        const after = summarise(mergeOrThrow([...files, empty], PERIOD));
        expect(after.files.map((f) => f.file)).toEqual([
          ...before.files.map((f) => f.file),
          "z/empty.xlsx",
        ]);
        expect(after.files.at(-1)!.status).toBe("accepted");
        expect({ ...after, files: before.files }).toEqual(before);
      }),
      RUNS,
    );
  });

  it("gives merge(A ∪ B) = merge(B, into merge(A)), through the workbook", () => {
    fc.assert(
      fc.property(submissionFiles("a", 4), submissionFiles("b", 3), (a, b) => {
        const recorded = new Set(a.map((f) => f.sha256));
        const newB = b.filter((f) => f.sha256 === null || !recorded.has(f.sha256));
        const all = mergeOrThrow([...a, ...newB], PERIOD);
        const into = mergeOrThrow(newB, { into: throughWorkbook(mergeOrThrow(a, PERIOD)) });
        expect(summarise(into)).toEqual(summarise(all));
      }),
      RUNS,
    );
  });

  it("changes nothing when merging a result with the same files again", () => {
    fc.assert(
      fc.property(submissionFiles("a", 4), (files) => {
        const once = mergeOrThrow(files, PERIOD);
        expect(summarise(mergeOrThrow(files, { into: once }))).toEqual(summarise(once));
        expect(summarise(mergeOrThrow(files, { into: throughWorkbook(once) }))).toEqual(
          summarise(once),
        );
      }),
      RUNS,
    );
  });
});
