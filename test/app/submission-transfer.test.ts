// A validated submission between threads: packed flat, restored to exactly what the core made.
import type { SubmissionRead } from "../../src/core/model";
import { validateWorkbook } from "../../src/core/validate/validate-workbook";
import { packSubmission, unpackSubmission } from "../../src/app";
import { fakeId18 } from "../support/ids";
import { validTables, workbook } from "../support/workbook";

function roundTrip(read: SubmissionRead): SubmissionRead {
  return unpackSubmission(structuredClone(packSubmission(read)));
}

test("a valid submission comes back equal, records without Object.prototype", () => {
  const read = validateWorkbook(workbook());
  const back = roundTrip(read);
  expect(back).toStrictEqual(read);
  expect(JSON.stringify(back)).toBe(JSON.stringify(read));
  const row = back.tables.households!.rows[0]!;
  expect(
    "constructor" in row.values || "toString" in row.raw || "hasOwnProperty" in row.cells,
  ).toBe(false);
  expect("constructor" in back.form!.values).toBe(false);
});

test("raw values that differ from the values, errors and empty fields survive", () => {
  const [household] = validTables().households;
  const households = [
    { ...household, household_size: "３人", income_per_capita: "5,200", cause: " 因病 " },
    { ...household, id_number: fakeId18(7).toLowerCase(), household_size: 99, measure: null },
    { ...household, id_number: "not an id", exit_year: { error: "#N/A" } },
  ];
  const read = validateWorkbook(workbook({ tables: { households } }));
  const rows = read.tables.households!.rows;
  expect(rows.some((r) => r.raw.household_size !== r.values.household_size)).toBe(true);
  expect(rows.some((r) => !r.valid)).toBe(true);
  expect(roundTrip(read)).toStrictEqual(read);
});

test("packing is a sixth of the clone's size for a households sheet", () => {
  const [household] = validTables().households;
  const households = Array.from({ length: 500 }, (_, i) => ({
    ...household,
    id_number: fakeId18(i),
  }));
  const read = validateWorkbook(workbook({ tables: { households } }));
  const packed = packSubmission(read).tables.households!;
  expect("keys" in packed).toBe(true);
  expect(JSON.stringify(packed).length * 4).toBeLessThan(
    JSON.stringify(read.tables.households).length,
  );
});

test("a table whose cells are not at its columns' letters goes as it is", () => {
  const read = validateWorkbook(workbook());
  const table = read.tables.villages!;
  const [row] = table.rows;
  const moved = {
    ...read,
    tables: {
      ...read.tables,
      villages: { ...table, rows: [{ ...row!, cells: { ...row!.cells, village_code: "Z9" } }] },
    },
  };
  expect("keys" in packSubmission(moved).tables.villages!).toBe(false);
  expect(roundTrip(moved)).toEqual(moved);
  expect(roundTrip(moved).tables.villages!.rows[0]!.cells.village_code).toBe("Z9");
});
