// Valid workbooks with cells replaced by arbitrary values of every kind: validation and merge
// return issues, never throw, and keep every row accounted for.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { planConsolidated } from "../../src/core/consolidated/plan";
import { readConsolidated } from "../../src/core/consolidated/read";
import type { SubmissionFile } from "../../src/core/model";
import type { Cell, CellRange, WorkbookGrid } from "../../src/core/grid";
import { isFormulaCell } from "../../src/core/grid";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";
import { content, gridOf } from "../corpus/build";
import { FUZZ_SEED, cell, expectAccounting, mergeAll } from "./arbitraries";

interface Mutation {
  readonly sheet: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly cell: Cell;
}

// Rows and columns a little past the data, so that headers, form labels and blank cells change too.
const mutation: fc.Arbitrary<Mutation> = fc.record({
  sheet: fc.nat(6),
  rowIndex: fc.nat(8),
  columnIndex: fc.nat(19),
  cell,
});

const merge: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.nat(6), left: fc.nat(12), height: fc.nat(3), width: fc.nat(3) })
  .map(({ top, left, height, width }) => ({
    top,
    left,
    bottom: top + height,
    right: left + width,
  }));

interface WorkbookMutation {
  readonly cells: readonly Mutation[];
  readonly merges: readonly (readonly [number, CellRange])[];
}

const workbookMutation: fc.Arbitrary<WorkbookMutation> = fc.record({
  cells: fc.array(mutation, { minLength: 1, maxLength: 12 }),
  merges: fc.array(fc.tuple(fc.nat(6), merge), { maxLength: 2 }),
});

interface MutableSheet {
  readonly name: string;
  readonly hidden?: boolean;
  readonly rows: (Cell[] | undefined)[];
  readonly merges: CellRange[];
}

/** The valid workbook of the seed with the cells and merges applied, as a host would hand it. */
function mutated(seed: number, change: WorkbookMutation): WorkbookGrid {
  const sheets: MutableSheet[] = gridOf(content(seed)).sheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => [...(r ?? [])]),
    merges: [...s.merges],
  }));
  for (const m of change.cells) (sheets[m.sheet]!.rows[m.rowIndex] ??= [])[m.columnIndex] = m.cell;
  for (const [sheet, range] of change.merges) {
    const s = sheets[sheet]!;
    // Hosts leave every merged cell but the top-left one empty (core/grid.ts).
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const row = s.rows[r];
        if ((r !== range.top || c !== range.left) && row) row[c] = undefined;
      }
    }
    s.merges.push(range);
  }
  return { sheets };
}

function submission(name: string, grid: WorkbookGrid): SubmissionFile {
  return {
    file: name,
    name,
    sha256: name,
    read: validateWorkbook(grid, { config: DEFAULT_CONFIG }),
  };
}

const good = submission("good.xlsx", gridOf(content(1)));

test("arbitrary cell values: validate and merge never throw, the good file is merged, rows are accounted for", () => {
  fc.assert(
    fc.property(fc.array(workbookMutation, { minLength: 1, maxLength: 3 }), (changes) => {
      const files = changes.map((change, i) => submission(`f${i}.xlsx`, mutated(10 + i, change)));
      const result = mergeAll([good, ...files]);
      expectAccounting(result);
      const goodOutcome = result.files.find((f) => f.file === "good.xlsx")!;
      expect(goodOutcome.status).toBe("accepted");
      expect(goodOutcome.rows.households).toEqual({
        read: 2,
        merged: 2,
        rejected: 0,
        superseded: 0,
      });
      // Planning the consolidated workbook and reading the plan back never throws either.
      const plan = planConsolidated(result, {
        mask: true,
        createdAt: "2018-12-31T00:00:00Z",
        version: "0",
      });
      expect(plan.sheets.length).toBeGreaterThan(0);
    }),
    { seed: FUZZ_SEED, numRuns: 500 },
  );
});

describe("written out", () => {
  const dir = mkdtempSync(join(tmpdir(), "aidsheet-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("arbitrary cell values in the consolidated workbook: written, read back, no formula", async () => {
    await fc.assert(
      fc.asyncProperty(workbookMutation, async (change) => {
        const result = mergeAll([good, submission("f.xlsx", mutated(10, change))]);
        const out = join(dir, "out.xlsx");
        await writeConsolidated(
          out,
          planConsolidated(result, {
            mask: false,
            createdAt: "2018-12-31T00:00:00Z",
            version: "0",
          }),
        );
        const read = readXlsx(new Uint8Array(readFileSync(out)));
        if (!read.ok)
          throw new Error(`written workbook unreadable: ${read.reason} ${read.detail ?? ""}`);
        const cells = read.grid.sheets.flatMap((s) => s.rows.flatMap((r) => r ?? []));
        expect(cells.filter((c) => isFormulaCell(c))).toEqual([]);
        expect(readConsolidated(read.grid)?.files).toHaveLength(2);
        // Another program opens it too: no character XML cannot carry slipped through.
        await new ExcelJS.Workbook().xlsx.readFile(out);
      }),
      { seed: FUZZ_SEED, numRuns: 40 },
    );
  }, 60_000);
});
