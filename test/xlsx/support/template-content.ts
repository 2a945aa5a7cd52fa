import ExcelJS from "exceljs";

/** A validation as compared: what a user meets, not how a writer spells it. */
export interface ValidationContent {
  readonly type: string;
  readonly operator?: string;
  readonly formulae: readonly (string | number)[];
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
  readonly errorStyle?: string;
}

export interface SheetContent {
  readonly name: string;
  readonly state: string;
  readonly frozenRows: number;
  readonly widths: readonly (number | undefined)[];
  /** Cell values by address. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Number format → the ranges (column runs) that carry it. */
  readonly numFmts: Readonly<Record<string, readonly string[]>>;
  /** Number format → the columns whose style carries it (`<col style>`), for cells typed later. */
  readonly columnFmts: Readonly<Record<string, readonly string[]>>;
  /** Validation as JSON → the ranges (column runs) that carry it. */
  readonly validations: Readonly<Record<string, readonly string[]>>;
}

type Dv = ExcelJS.DataValidation & { formulae?: unknown[] };

// Writers differ in spelling: LibreOffice escapes `-` as `\-` and writes formula2 of one-bound rules.
const normaliseFormat = (numFmt: string) => numFmt.replace(/\\(.)/g, "$1");

function normaliseFormula(type: string, value: unknown): string | number {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (type === "list") return String(value).replace(/^=/, "");
  return typeof value === "number" ? value : String(value);
}

/** The comparable content of one validation. */
export function validationContent(dv: Dv): ValidationContent {
  const oneBound = dv.type === "list" || (dv.operator !== undefined && dv.operator !== "between");
  const formulae = (dv.formulae ?? []).slice(0, oneBound ? 1 : 2);
  return {
    type: dv.type,
    ...(dv.type !== "list" ? { operator: dv.operator ?? "between" } : {}),
    formulae: formulae.map((f) => normaliseFormula(dv.type, f)),
    promptTitle: dv.promptTitle,
    prompt: dv.prompt,
    errorTitle: dv.errorTitle,
    error: dv.error,
    errorStyle: dv.errorStyle ?? "stop",
  };
}

/** Group addresses into column runs: B2, B3, …, B1000 → "B2:B1000". */
export function toRanges(addresses: readonly string[]): string[] {
  const byColumn = new Map<string, number[]>();
  for (const a of addresses) {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`not an address: ${a}`);
    const rows = byColumn.get(m[1]!) ?? [];
    rows.push(Number(m[2]));
    byColumn.set(m[1]!, rows);
  }
  const ranges: string[] = [];
  for (const [col, rows] of [...byColumn].sort(
    ([a], [b]) => a.length - b.length || (a < b ? -1 : 1),
  )) {
    rows.sort((x, y) => x - y);
    let start = rows[0]!;
    let prev = start;
    for (const r of [...rows.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      ranges.push(start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`);
      start = r;
      prev = r;
    }
  }
  return ranges;
}

function group(entries: readonly [string, string][]): Record<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const [address, key] of entries) byKey.set(key, [...(byKey.get(key) ?? []), address]);
  return Object.fromEntries([...byKey].map(([k, addresses]) => [k, toRanges(addresses)]));
}

function sheetContent(ws: ExcelJS.Worksheet): SheetContent {
  const values: Record<string, unknown> = {};
  const formats: [string, string][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.value !== null && cell.value !== undefined) values[cell.address] = cell.value;
      const fmt = cell.numFmt ? normaliseFormat(cell.numFmt) : "General";
      if (fmt !== "General") formats.push([cell.address, fmt]);
    });
  });
  const model = (ws as unknown as { dataValidations: { model: Record<string, Dv | undefined> } })
    .dataValidations.model;
  const validations: [string, string][] = [];
  for (const [address, dv] of Object.entries(model)) {
    if (dv) validations.push([address, JSON.stringify(validationContent(dv))]);
  }
  const view = (ws.views ?? [])[0] as { state?: string; ySplit?: number } | undefined;
  const widths: (number | undefined)[] = [];
  const columnFmts = new Map<string, string[]>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const column = ws.getColumn(c);
    widths.push(column.width);
    const fmt = column.numFmt ? normaliseFormat(column.numFmt) : "General";
    if (fmt !== "General") columnFmts.set(fmt, [...(columnFmts.get(fmt) ?? []), column.letter]);
  }
  return {
    name: ws.name,
    state: ws.state,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    widths,
    values,
    numFmts: group(formats),
    columnFmts: Object.fromEntries(columnFmts),
    validations: group(validations),
  };
}

/** Load an xlsx and describe what a user meets in it, sheet by sheet in tab order. */
export async function loadTemplateContent(data: Buffer | Uint8Array): Promise<SheetContent[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(sheetContent);
}
