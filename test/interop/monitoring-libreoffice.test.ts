// A generated township export saved again by LibreOffice, as another program writes it: read
// and judged as the original.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate } from "../../src/app";
import { generateCounty } from "../../src/app/demo/county";
import { exportRegister } from "../../src/app/demo/national-export";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { InputFile } from "../../src/core/model";
import { builtinStandard } from "../../src/core/standard/builtin";
import { readWorkbookBytesInProcess } from "../../src/xlsx/read-file";
import { inputOf } from "../../src/xlsx/read-submissions";
import { writeConsolidated } from "../../src/xlsx/write-consolidated";
import { convertWithLibreOffice } from "../support/libreoffice";
import { useTool } from "../support/tools";

const soffice = useTool("soffice");
const standard = builtinStandard("monitoring")!;

soffice.describe("a monitoring export saved by LibreOffice", () => {
  let dir: string;
  const county = generateCounty({ seed: 21, townships: 1 });
  const register = county.registers[0]!;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aidsheet-monitoring-lo-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const judged = (input: InputFile) => {
    const outcome = consolidate({
      inputs: [input],
      standard,
      config: DEFAULT_CONFIG,
      purpose: "merge",
    });
    if (!outcome.ok) throw new Error(outcome.error.kind);
    if (outcome.workflow !== "register") throw new Error(outcome.workflow);
    const { result } = outcome;
    return {
      issues: result.issues.map((i) => `${i.sheet}!${i.cell} ${i.severity} ${i.code}`),
      totals: result.totals,
      rows: result.rows,
    };
  };

  test("the same rows, values and issues as the file it was saved from", async () => {
    const original = join(dir, register.fileName);
    await writeConsolidated(original, exportRegister(county, register));
    const out = join(dir, "resaved");
    mkdirSync(out);
    await convertWithLibreOffice(soffice.path, "xlsx", out, [original]);
    const read = (file: string) => readWorkbookBytesInProcess(readFileSync(file));
    const before = judged(inputOf(register.fileName, read(original)));
    const after = judged(inputOf(register.fileName, read(join(out, register.fileName))));
    expect(after.totals).toEqual(before.totals);
    expect(after.issues).toEqual(before.issues);
    expect(after.rows.households!.map((r) => r.values)).toEqual(
      before.rows.households!.map((r) => r.values),
    );
    expect(before.totals.households!.read).toBe(register.households.length);
  }, 180_000);
});
