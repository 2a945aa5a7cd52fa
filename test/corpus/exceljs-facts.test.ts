// The facts about exceljs 4.4.0 that issue 5 gives for not reading with it, reproduced on
// corpus files (slow ones are measured by `npm run corpus -- --exceljs`, docs/hostile-inputs.md).
// What could pollute or exhaust runs in a child process; the rest in process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/ooxml/read-xlsx";
import { cellOf, patch, submission, afterSheetData, PART } from "./build";
import { CASES } from "./cases";

const dir = mkdtempSync(join(tmpdir(), "aidsheet-exceljs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function corpusFile(name: string): Promise<Uint8Array> {
  const c = CASES.find((k) => k.name === name);
  if (!c) throw new Error(`no corpus case ${name}`);
  return c.build(900, 0);
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Loads a file with exceljs's in-memory reader in a child process; `report` runs after. */
function loadInChild(path: string, report: string): Record<string, unknown> {
  const script = `
    const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
    const before = Object.getOwnPropertyNames(Object.prototype);
    const wb = new ExcelJS.Workbook();
    const started = Date.now();
    wb.xlsx.readFile(process.argv[1]).then(() => {
      const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !before.includes(k));
      console.log(JSON.stringify({ added, ms: Date.now() - started, ...(${report})(wb) }));
    });`;
  const child = spawnSync(process.execPath, ["-e", script, path], {
    encoding: "utf8",
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`exceljs child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

test("a defined name __proto__!$B$7 adds the key 7 to Object.prototype when exceljs loads it; our reader adds none", async () => {
  const bytes = await corpusFile("proto-defined-names");
  const path = write("proto.xlsx", bytes);
  expect(loadInChild(path, "() => ({ probe: ({})[7] !== undefined })")).toMatchObject({
    added: ["7"],
    probe: true,
  });
  const before = Object.getOwnPropertyNames(Object.prototype);
  expect(readXlsx(bytes).ok).toBe(true);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
  expect(({} as Record<string, unknown>)[7]).toBeUndefined();
});

test("exceljs expands one whole-column data validation into 1,048,576 entries; our reader skips it", async () => {
  const validation =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C1:C1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
  const bytes = patch(await submission(901), { [PART.households]: afterSheetData(validation) });
  const report = `(wb) => ({ entries: Object.keys(wb.getWorksheet("贫困户").dataValidations.model).length })`;
  const measured = loadInChild(write("one-column.xlsx", bytes), report);
  expect(measured.entries).toBe(1_048_576);
  // Time and memory are recorded in docs/hostile-inputs.md, never asserted.
  const read = readXlsx(bytes);
  expect(read.ok && read.grid.sheets.find((s) => s.name === "贫困户")!.rows.length).toBe(3);
}, 90_000);

test("exceljs reads a merged range back with the top-left value in every cell; our reader leaves them empty", async () => {
  const bytes = await corpusFile("merged-data-cells");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const funds = wb.getWorksheet("资金投入")!;
  const top = funds.getCell(cellOf("funds", "amount", 0)).value;
  expect(typeof top).toBe("number");
  expect(funds.getCell(cellOf("funds", "amount", 1)).value).toBe(top);
  const read = readXlsx(bytes);
  if (!read.ok) throw new Error("unreadable");
  const sheet = read.grid.sheets.find((s) => s.name === "资金投入")!;
  expect(sheet.rows[1]![4]).toBe(top);
  expect(sheet.rows[2]![4]).toBeUndefined();
});

test("copying exceljs cell values from input to output carries WEBSERVICE, HYPERLINK and DDE formulas", async () => {
  const input = new ExcelJS.Workbook();
  await input.xlsx.load(
    Buffer.from(await corpusFile("formulas-cached")) as unknown as ExcelJS.Buffer,
  );
  const output = new ExcelJS.Workbook();
  input.eachSheet((ws) => {
    const copy = output.addWorksheet(ws.name);
    ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  });
  const parts = unzipSync(new Uint8Array(await output.xlsx.writeBuffer()));
  const xml = Object.keys(parts)
    .filter((n) => n.startsWith("xl/worksheets/"))
    .map((n) => strFromU8(parts[n]!))
    .join("");
  expect(xml).toContain("<f>WEBSERVICE(");
  expect(xml).toContain("<f>HYPERLINK(");
  expect(xml).toContain("<f>cmd|");
  expect(xml).toContain("<f>[1]Sheet1!A1</f>");
});
