// Office.js semantics over the in-memory workbook: proxies, queued requests, sync round trips.
import type { CellRange } from "../../../src/core/grid";
import { rangeAddress } from "../../../src/core/grid";
import {
  FakeOfficeError,
  FakeSheet,
  FakeWorkbook,
  MAX_COLUMNS,
  MAX_ROWS,
  enterValue,
  fakeError,
  hasContent,
  intersects,
  parseRange,
  quoteSheetName,
} from "./model";
import type {
  FakeCell,
  FakeChart,
  FakeChartData,
  FakeChartSeries,
  FakeConditionalFormat,
  Visibility,
} from "./model";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.8" or "1.13". */
  apiVersion?: string;
  /** Refuse a request or a response larger than this many bytes (Excel on the web: 5 MB). */
  maxPayloadBytes?: number;
  displayLanguage?: string;
  /**
   * Whether navigating from a null object gives null objects (assumed of Excel, and the
   * default) rather than an error, e.g. the used range of the sheet after the last.
   */
  navigatesNullObjects?: boolean;
}

export interface RequestStats {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** What a sync sends: one operation, and how to carry it out against the workbook. */
interface Op {
  readonly wire: unknown;
  run(): Outcome | void;
}

/** Loaded values reach proxies (commit) only when the whole request succeeded. */
interface Outcome {
  readonly commit: () => void;
  readonly response?: unknown;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export const FIVE_MB = 5 * 1024 * 1024;

/** An in-memory Excel host: `Excel.run`, `Office`, the workbook and round-trip statistics. */
export class FakeExcelHost {
  readonly workbook: FakeWorkbook;
  readonly requests: RequestStats[] = [];
  readonly actions = new Map<string, (event: unknown) => unknown>();
  readonly apiVersion: string;
  readonly navigatesNullObjects: boolean;
  maxPayloadBytes: number;
  readonly Excel: { run<T>(batch: Batch<T>): Promise<T> };
  readonly Office: FakeOffice;

  constructor(workbook = new FakeWorkbook(), options: FakeExcelOptions = {}) {
    this.workbook = workbook;
    this.apiVersion = options.apiVersion ?? "1.13";
    this.maxPayloadBytes = options.maxPayloadBytes ?? FIVE_MB;
    this.navigatesNullObjects = options.navigatesNullObjects ?? true;
    this.Excel = { run: (batch) => this.run(batch) };
    this.Office = makeOffice(this, options.displayLanguage ?? "zh-CN");
  }

  /** Number of `context.sync()` round trips since the last reset. */
  get syncs(): number {
    return this.requests.length;
  }

  resetStats(): void {
    this.requests.length = 0;
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  async run<T>(batch: Batch<T>): Promise<T> {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  }
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

const encoder = new TextEncoder();
const byteLength = (value: unknown) => encoder.encode(JSON.stringify(value) ?? "").length;

export class FakeRequestContext {
  readonly pending: Op[] = [];
  readonly workbook: WorkbookProxy;
  /** Bumped per sync, so that an object is resolved once per request, as Excel does. */
  generation = 0;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Op): void {
    this.pending.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.pending.splice(0);
    this.generation++;
    const requestBytes = byteLength(ops.map((o) => o.wire));
    if (requestBytes > this.host.maxPayloadBytes) {
      this.host.requests.push({ requestBytes, responseBytes: 0 });
      throw fakeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    const commits: (() => void)[] = [];
    const responses: unknown[] = [];
    try {
      for (const op of ops) {
        const out = op.run();
        if (!out) continue;
        commits.push(out.commit);
        if (out.response !== undefined) responses.push(out.response);
      }
    } catch (e) {
      this.host.requests.push({ requestBytes, responseBytes: 0 });
      throw e instanceof FakeOfficeError ? e : fakeError("GeneralException", String(e));
    }
    const responseBytes = byteLength(responses);
    this.host.requests.push({ requestBytes, responseBytes });
    if (responseBytes > this.host.maxPayloadBytes) {
      throw fakeError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    for (const commit of commits) commit();
    await Promise.resolve();
  }
}

function parseProps(props: string | string[] | undefined): string[] {
  if (props === undefined) throw new Error("fake-excel: name the properties to load");
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/** A proxy: properties readable only after load() and sync(), writes queued. */
abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private resolved: { generation: number; target: T | null } | null = null;
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly nullable = false,
  ) {
    if (nullable) {
      // Subclass fields are not set yet: the path is read when the request is sent.
      const path = () => this.path();
      this.context.queue({
        get wire() {
          return { probe: path() };
        },
        run: () => {
          const isNull = this.resolve() === null;
          return { commit: () => (this.nullState = isNull) };
        },
      });
    }
  }

  abstract path(): string;
  /** The target in the workbook, or null for a null object; throws ItemNotFound etc. */
  protected abstract locate(): T | null;
  protected abstract read(target: T, prop: string): unknown;

  protected resolve(): T | null {
    if (this.resolved?.generation !== this.context.generation) {
      this.resolved = { generation: this.context.generation, target: this.locate() };
    }
    return this.resolved.target;
  }

  protected target(): T {
    const t = this.resolve();
    if (t === null) throw fakeError("InvalidOperation", `${this.path()} is a null object`);
    return t;
  }

  /** The target for a child object: null from a null object, unless the host refuses. */
  navigate(): T | null {
    const t = this.resolve();
    if (t === null && !this.context.host.navigatesNullObjects) {
      throw fakeError("InvalidOperation", `${this.path()} is a null object`);
    }
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw fakeError("PropertyNotLoaded", `isNullObject of ${this.path()} before sync`);
    }
    return this.nullState;
  }

  load(props?: string | string[]): this {
    const names = parseProps(props);
    for (const n of names) if (n.includes("/")) throw new Error(`fake-excel: nested load ${n}`);
    this.context.queue({
      wire: { load: this.path(), props: names },
      run: () => {
        const t = this.resolve();
        if (t === null) return { commit: () => (this.nullState = true) };
        const values = names.map((n) => [n, this.read(t, n)] as const);
        return { commit: () => this.accept(values), response: values };
      },
    });
    return this;
  }

  /** Store loaded values (also used when a collection loads its items). */
  accept(values: readonly (readonly [string, unknown])[]): void {
    this.nullState = false;
    for (const [n, v] of values) this.loaded.set(n, v);
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw fakeError("PropertyNotLoaded", `${prop} of ${this.path()} is not loaded`);
    }
    return this.loaded.get(prop) as V;
  }

  protected set(prop: string, value: unknown, apply: (target: T) => void): void {
    this.context.queue({
      wire: { set: this.path(), prop, value },
      run: () => {
        apply(this.target());
      },
    });
  }

  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    this.context.queue({
      wire: { call: this.path(), method, args },
      run: () => {
        apply(this.target());
      },
    });
  }

  protected requireApi(version: string, what: string): void {
    if (this.context.host.supports(version)) return;
    this.context.queue({
      wire: { call: this.path(), method: what },
      run: () => {
        throw fakeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
      },
    });
  }
}

class WorkbookProxy extends ClientObject<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly functions: FunctionsProxy;
  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.functions = new FunctionsProxy(context);
  }
  path() {
    return "workbook";
  }
  protected locate() {
    return this.context.host.workbook;
  }
  protected read(): unknown {
    throw new Error("fake-excel: the workbook has no loadable properties here");
  }
  getSelectedRange(): RangeProxy {
    const wb = this.context.host.workbook;
    return new RangeProxy(
      this.context,
      "selection",
      () => {
        const sel = wb.selection;
        const sheet = sel ? wb.sheet(sel.sheet) : wb.activeSheet;
        if (!sheet) throw fakeError("ItemNotFound", "no selection");
        return sheet;
      },
      () => parseRange(wb.selection?.address ?? "A1")!,
    );
  }
}

class FunctionsProxy {
  constructor(private readonly context: FakeRequestContext) {}
  /** Excel's DATE(): its serial depends on the workbook's date system. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, "date", () => {
      const base =
        Date.UTC(1899, 11, 30) + (this.context.host.workbook.date1904 ? 1462 : 0) * 864e5;
      return Math.round((Date.UTC(year, month - 1, day) - base) / 864e5);
    });
  }
  /** Excel's COUNTA(): the cells of the range that are not empty. */
  countA(range: RangeProxy): FunctionResultProxy {
    return new FunctionResultProxy(this.context, "countA", () => {
      const { sheet, rect } = range.rangeTarget();
      let count = 0;
      for (const { cell } of sheet.cellsWithin(rect)) if (hasContent(cell)) count++;
      return count;
    });
  }
}

class FunctionResultProxy extends ClientObject<number> {
  constructor(
    context: FakeRequestContext,
    private readonly name: string,
    private readonly compute: () => number,
  ) {
    super(context);
  }
  path() {
    return `functions.${this.name}`;
  }
  protected locate() {
    return this.compute();
  }
  protected read(target: number, prop: string) {
    if (prop === "value") return target;
    if (prop === "error") return null;
    throw new Error(`fake-excel: FunctionResult.${prop}`);
  }
  get value(): number {
    return this.get("value");
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  private loadedItems: WorksheetProxy[] | undefined;
  path() {
    return "worksheets";
  }
  protected locate() {
    return this.context.host.workbook;
  }
  protected read(): unknown {
    throw new Error("fake-excel: load worksheet properties as items/…");
  }
  override load(props?: string | string[]): this {
    const names = parseProps(props).map((p) => p.replace(/^items\//, ""));
    this.context.queue({
      wire: { load: this.path(), props: names },
      run: () => {
        const items = this.context.host.workbook.sheets.map((sheet) => {
          const proxy = new WorksheetProxy(this.context, () => sheet, `ws#${sheet.name}`);
          return { proxy, values: names.map((n) => [n, proxy.readProp(sheet, n)] as const) };
        });
        return {
          commit: () => {
            for (const item of items) item.proxy.accept(item.values);
            this.loadedItems = items.map((i) => i.proxy);
          },
          response: items.map((i) => i.values),
        };
      },
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw fakeError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.byName(name), `ws:${name}`);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.context,
      () => this.context.host.workbook.sheet(name) ?? null,
      `ws?:${name}`,
      true,
    );
    proxy.gate("1.4", "getItemOrNullObject");
    return proxy;
  }
  getFirst(): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.context,
      () => {
        const first = this.context.host.workbook.sheets[0];
        if (!first) throw fakeError("ItemNotFound", "no worksheet");
        return first;
      },
      "ws:first",
    );
    proxy.gate("1.5", "getFirst");
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => {
        const active = this.context.host.workbook.activeSheet;
        if (!active) throw fakeError("ItemNotFound", "no active worksheet");
        return active;
      },
      "ws:active",
    );
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.context.queue({
      wire: { call: this.path(), method: "add", args: [name] },
      run: () => {
        const wb = this.context.host.workbook;
        if (wb.sheet(name)) throw fakeError("ItemAlreadyExists", `sheet ${name} exists`);
        if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name.trim() === "") {
          throw fakeError("InvalidArgument", `bad sheet name ${name}`);
        }
        created = wb.addSheet(name);
      },
    });
    return new WorksheetProxy(
      this.context,
      () => {
        if (!created || !this.context.host.workbook.sheets.includes(created)) {
          throw fakeError("InvalidObjectPath", `sheet ${name} not added yet`);
        }
        return created;
      },
      `ws+:${name}`,
    );
  }
  private byName(name: string): FakeSheet {
    const sheet = this.context.host.workbook.sheet(name);
    if (!sheet) throw fakeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return sheet;
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  readonly freezePanes: FreezePanesProxy;
  readonly charts: ChartCollectionProxy = new ChartCollectionProxy(this.context, this);
  readonly pageLayout: PageLayoutProxy = new PageLayoutProxy(this.context, this);
  readonly autoFilter: { apply(range: string): void; remove(): void };
  constructor(
    context: FakeRequestContext,
    private readonly find: () => FakeSheet | null,
    private readonly label: string,
    nullable = false,
  ) {
    super(context, nullable);
    this.freezePanes = new FreezePanesProxy(context, this);
    this.autoFilter = {
      apply: (range: string) => {
        this.gate("1.9", "autoFilter");
        this.call("autoFilter.apply", [range], (s) => {
          const rect = parseRange(range);
          if (!rect) throw fakeError("InvalidArgument", `bad address ${range}`);
          s.autoFilter = rect;
        });
      },
      remove: () => {
        this.gate("1.9", "autoFilter");
        this.call("autoFilter.remove", [], (s) => void (s.autoFilter = null));
      },
    };
  }
  path() {
    return this.label;
  }
  protected locate() {
    return this.find();
  }
  sheet(): FakeSheet {
    return this.target();
  }
  gate(version: string, what: string) {
    this.requireApi(version, what);
  }
  readProp(sheet: FakeSheet, prop: string): unknown {
    return this.read(sheet, prop);
  }
  protected read(sheet: FakeSheet, prop: string): unknown {
    const wb = this.context.host.workbook;
    switch (prop) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return wb.sheets.indexOf(sheet);
      case "id":
        return `{${wb.sheets.indexOf(sheet)}}`;
      default:
        throw new Error(`fake-excel: Worksheet.${prop}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (s) => {
      const other = this.context.host.workbook.sheet(value);
      if (other && other !== s) throw fakeError("ItemAlreadyExists", `sheet ${value} exists`);
      s.name = value;
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.set("visibility", value, (s) => {
      const wb = this.context.host.workbook;
      const visible = wb.sheets.filter((x) => x !== s && x.visibility === "Visible");
      if (value !== "Visible" && visible.length === 0) {
        throw fakeError("InvalidOperation", "a workbook needs one visible sheet");
      }
      s.visibility = value;
      if (value !== "Visible" && wb.activeSheet === s) wb.activeSheet = visible[0] ?? null;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (s) => {
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw fakeError("InvalidArgument", `bad position ${value}`);
      }
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(value, 0, s);
    });
  }
  getRange(address?: string): RangeProxy {
    const rect = address === undefined ? null : parseRange(address);
    if (address !== undefined && !rect) {
      this.context.queue({
        wire: { call: this.path(), method: "getRange", args: [address] },
        run: () => {
          throw fakeError("InvalidArgument", `bad address ${address}`);
        },
      });
    }
    const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
    return new RangeProxy(
      this.context,
      `${this.path()}!${address ?? ""}`,
      () => this.navigate(),
      () => rect ?? whole,
    );
  }
  getRangeByIndexes(
    row: number,
    column: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    const rect = {
      top: row,
      left: column,
      bottom: row + rowCount - 1,
      right: column + columnCount - 1,
    };
    const proxy = new RangeProxy(
      this.context,
      `${this.path()}!${rangeAddress(rect)}`,
      () => this.navigate(),
      () => rect,
    );
    proxy.gate("1.7", "getRangeByIndexes");
    return proxy;
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path()}!used${valuesOnly ? "V" : ""}`,
      () => this.navigate(),
      () => this.target().usedRange(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const proxy = new RangeProxy(
      this.context,
      `${this.path()}!used?${valuesOnly ? "V" : ""}`,
      () => this.navigate(),
      () => this.target().usedRange(valuesOnly),
      true,
    );
    proxy.gate("1.4", "getUsedRangeOrNullObject");
    return proxy;
  }
  getNextOrNullObject(visibleOnly = false): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.context,
      () => {
        const sheet = this.navigate();
        if (!sheet) return null;
        const sheets = this.context.host.workbook.sheets;
        const later = sheets.slice(sheets.indexOf(sheet) + 1);
        return later.find((s) => !visibleOnly || s.visibility === "Visible") ?? null;
      },
      `${this.path()}.next`,
      true,
    );
    proxy.gate("1.5", "getNextOrNullObject");
    return proxy;
  }
  delete(): void {
    this.call("delete", [], (s) => {
      const wb = this.context.host.workbook;
      const visible = wb.sheets.filter((x) => x !== s && x.visibility === "Visible");
      if (visible.length === 0) throw fakeError("InvalidOperation", "cannot delete the last sheet");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeSheet === s) wb.activeSheet = visible[0] ?? null;
      if (wb.selection?.sheet === s.name) wb.selection = null;
    });
  }
  activate(): void {
    this.call("activate", [], (s) => {
      if (s.visibility !== "Visible") throw fakeError("InvalidOperation", "sheet is hidden");
      this.context.host.workbook.activeSheet = s;
    });
  }
  getRanges(address?: string): RangeAreasAtProxy {
    return rangesOf(this, address);
  }
}

/** The cells a range argument stands for, when the request runs. */
function chartData(range: RangeProxy): FakeChartData {
  const { sheet, rect } = range.rangeTarget();
  return { sheet: sheet.name, range: rect };
}

class ChartCollectionProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: WorksheetProxy,
  ) {}
  /** One series per column (or row) of the source, numbers only: no header detection. */
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: FakeChart | undefined;
    this.context.queue({
      wire: {
        call: `${this.sheet.path()}.charts`,
        method: "add",
        args: [type, sourceData.path(), seriesBy],
      },
      run: () => {
        const sheet = this.sheet.sheet();
        const { sheet: source, rect } = sourceData.rangeTarget();
        const byRows = seriesBy === "Rows";
        const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
        const series = Array.from({ length: count }, (_, i): FakeChartSeries => {
          const range = byRows
            ? { ...rect, top: rect.top + i, bottom: rect.top + i }
            : { ...rect, left: rect.left + i, right: rect.left + i };
          return {
            name: `Series${i + 1}`,
            chartType: type,
            axisGroup: "Primary",
            values: { sheet: source.name, range },
            xValues: null,
          };
        });
        created = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          title: "",
          legendPosition: "Right",
          topLeft: null,
          bottomRight: null,
          series,
        };
        sheet.charts.push(created);
      },
    });
    return new ChartProxy(
      this.context,
      () => {
        if (!created) throw fakeError("InvalidObjectPath", "chart not added yet");
        return created;
      },
      `${this.sheet.path()}.chart+`,
    );
  }
}

/** A proxy of a chart part the add-in creates: found by a closure, never loaded. */
abstract class ChartPartProxy<T> extends ClientObject<T> {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => T,
    private readonly label: string,
  ) {
    super(context);
  }
  path() {
    return this.label;
  }
  protected locate() {
    return this.find();
  }
  protected read(): unknown {
    throw new Error(`fake-excel: ${this.label} properties are not loaded by the add-in`);
  }
}

class ChartProxy extends ChartPartProxy<FakeChart> {
  readonly title = new ChartTitleProxy(this);
  readonly legend = new ChartLegendProxy(this);
  readonly series = new ChartSeriesCollectionProxy(this.context, this);
  update(prop: string, value: unknown, apply: (chart: FakeChart) => void): void {
    this.set(prop, value, apply);
  }
  chart(): FakeChart {
    return this.target();
  }
  gate(version: string, what: string) {
    this.requireApi(version, what);
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", [startCell, endCell], (chart) => {
      if (!parseRange(startCell) || (endCell !== undefined && !parseRange(endCell))) {
        throw fakeError("InvalidArgument", `bad position ${startCell}:${endCell}`);
      }
      chart.topLeft = startCell;
      chart.bottomRight = endCell ?? null;
    });
  }
}

class ChartTitleProxy {
  constructor(private readonly chart: ChartProxy) {}
  set text(value: string) {
    this.chart.update("title.text", value, (c) => (c.title = value));
  }
}

class ChartLegendProxy {
  constructor(private readonly chart: ChartProxy) {}
  set position(value: string) {
    this.chart.update("legend.position", value, (c) => (c.legendPosition = value));
  }
}

class ChartSeriesCollectionProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: ChartProxy,
  ) {}
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      () => {
        const series = this.chart.chart().series[index];
        if (!series) throw fakeError("ItemNotFound", `no series ${index}`);
        return series;
      },
      `${this.chart.path()}.series[${index}]`,
    );
  }
  add(name: string): ChartSeriesProxy {
    this.chart.gate("1.7", "series.add");
    let created: FakeChartSeries | undefined;
    this.context.queue({
      wire: { call: `${this.chart.path()}.series`, method: "add", args: [name] },
      run: () => {
        const chart = this.chart.chart();
        // An added series has no values until setValues: a chart of the chart's own type.
        created = {
          name,
          chartType: chart.type,
          axisGroup: "Primary",
          values: { sheet: "", range: { top: 0, left: 0, bottom: -1, right: -1 } },
          xValues: null,
        };
        chart.series.push(created);
      },
    });
    return new ChartSeriesProxy(
      this.context,
      () => {
        if (!created) throw fakeError("InvalidObjectPath", "series not added yet");
        return created;
      },
      `${this.chart.path()}.series+`,
    );
  }
}

class ChartSeriesProxy extends ChartPartProxy<FakeChartSeries> {
  set name(value: string) {
    this.set("name", value, (s) => (s.name = value));
  }
  set chartType(value: string) {
    this.requireApi("1.7", "ChartSeries.chartType");
    this.set("chartType", value, (s) => (s.chartType = value));
  }
  set axisGroup(value: "Primary" | "Secondary") {
    this.requireApi("1.8", "ChartSeries.axisGroup");
    this.set("axisGroup", value, (s) => (s.axisGroup = value));
  }
  setValues(sourceData: RangeProxy): void {
    this.requireApi("1.7", "ChartSeries.setValues");
    this.call("setValues", [sourceData.path()], (s) => (s.values = chartData(sourceData)));
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.call("setXAxisValues", [sourceData.path()], (s) => (s.xValues = chartData(sourceData)));
  }
}

/** Page set-up: each property set is recorded in FakeSheet.pageLayout under its path. */
class PageLayoutProxy {
  readonly headersFooters = { defaultForAllPages: new HeaderFooterProxy(this) };
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: WorksheetProxy,
  ) {}
  record(prop: string, value: unknown): void {
    this.sheet.gate("1.9", `pageLayout.${prop}`);
    this.context.queue({
      wire: { set: `${this.sheet.path()}.pageLayout`, prop, value },
      run: () => void (this.sheet.sheet().pageLayout[prop] = value),
    });
  }
  set orientation(value: string) {
    this.record("orientation", value);
  }
  set zoom(value: Record<string, unknown>) {
    this.record("zoom", value);
  }
  setPrintTitleRows(rows: string): void {
    this.record("printTitleRows", rows);
  }
}

class HeaderFooterProxy {
  constructor(private readonly layout: PageLayoutProxy) {}
  set centerHeader(value: string) {
    this.layout.record("centerHeader", value);
  }
  set centerFooter(value: string) {
    this.layout.record("centerFooter", value);
  }
}

class FreezePanesProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: WorksheetProxy,
  ) {}
  freezeRows(count = 1): void {
    this.sheet.gate("1.7", "freezeRows");
    this.context.queue({
      wire: { call: `${this.sheet.path()}.freezePanes`, method: "freezeRows", args: [count] },
      run: () => void (this.sheet.sheet().frozenRows = count),
    });
  }
  unfreeze(): void {
    this.sheet.gate("1.7", "unfreeze");
    this.context.queue({
      wire: { call: `${this.sheet.path()}.freezePanes`, method: "unfreeze" },
      run: () => void (this.sheet.sheet().frozenRows = 0),
    });
  }
}

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRange;
}

function cellsOf(rect: CellRange): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) out.push({ r, c });
  }
  return out;
}

const CELL_LIMIT = 5_000_000;

function grid<V>(
  t: RangeTarget,
  f: (cell: FakeCell | undefined, r: number, c: number) => V,
): V[][] {
  const { rect, sheet } = t;
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > CELL_LIMIT) {
    throw fakeError("ResponsePayloadSizeLimitExceeded", "range too large to load");
  }
  const rows: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cell(r, c), r, c));
    rows.push(row);
  }
  return rows;
}

function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** Write a 2-D array (or one value for every cell) over the range's cells. */
function writeGrid(t: RangeTarget, input: unknown, each: (cell: FakeCell, v: unknown) => void) {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw fakeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      );
    }
  }
  const { rect, sheet } = t;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = Array.isArray(input) ? (input[r - rect.top] as unknown[])[c - rect.left] : input;
      const inMerge = sheet.merges.find(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right,
      );
      if (inMerge && (r !== inMerge.top || c !== inMerge.left) && v !== "" && v !== null) {
        throw fakeError("InvalidOperation", "cannot change part of a merged cell");
      }
      // Office.js leaves a cell untouched where the array holds null.
      if (v !== null) each(sheet.touch(r, c), v);
    }
  }
}

class RangeProxy extends ClientObject<RangeTarget> {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats = new ConditionalFormatCollectionProxy(
    this.context,
    () => this.path(),
    () => {
      const t = this.navigate();
      return t && { sheet: t.sheet, areas: [t.rect] };
    },
  );
  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    /** Null when the object navigated from is a null object. */
    private readonly findSheet: () => FakeSheet | null,
    private readonly findRect: () => CellRange | null,
    nullable = false,
  ) {
    super(context, nullable);
    this.format = new RangeFormatProxy(context, this);
    this.dataValidation = new DataValidationProxy(context, this);
  }
  path() {
    return this.label;
  }
  protected locate(): RangeTarget | null {
    const sheet = this.findSheet();
    const rect = sheet && this.findRect();
    return sheet && rect ? { sheet, rect } : null;
  }
  rangeTarget(): RangeTarget {
    return this.target();
  }
  gate(version: string, what: string) {
    this.requireApi(version, what);
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const { rect, sheet } = t;
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rangeAddress(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return grid(t, (_cell, r, c) => sheet.valueAt(r, c));
      case "formulas":
        return grid(t, (cell, r, c) => cell?.formula ?? sheet.valueAt(r, c));
      case "valueTypes":
        return grid(t, valueType);
      case "numberFormat":
        return grid(t, (cell) => cell?.numberFormat ?? "General");
      default:
        throw new Error(`fake-excel: Range.${prop}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.set("values", input, (t) => writeGrid(t, input, enterValue));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, (t) => writeGrid(t, input, enterValue));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.set("numberFormat", input, (t) =>
      writeGrid(t, input, (cell, v) => {
        if (typeof v !== "string") throw fakeError("InvalidArgument", "a number format is text");
        if (v === "General") delete cell.numberFormat;
        else cell.numberFormat = v;
      }),
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.label}.cell(${row},${column})`,
      () => this.target().sheet,
      () => {
        const { rect } = this.target();
        return {
          top: rect.top + row,
          left: rect.left + column,
          bottom: rect.top + row,
          right: rect.left + column,
        };
      },
    );
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const proxy = new RangeAreasProxy(this.context, this, "mergedAreas", (t) => {
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      if (areas.length > 512) throw fakeError("GeneralException", "more than 512 merged areas");
      return areas;
    });
    proxy.gate("1.13", "getMergedAreasOrNullObject");
    return proxy;
  }
  /** Formula or constant cells, optionally of some value types ("Errors", "LogicalNumbers"…). */
  getSpecialCellsOrNullObject(cellType: string, cellValueType = "All"): RangeAreasProxy {
    const proxy = new RangeAreasProxy(
      this.context,
      this,
      `special(${cellType},${cellValueType})`,
      (t) => specialAreas(t, cellType, cellValueType),
    );
    proxy.gate("1.9", "getSpecialCellsOrNullObject");
    return proxy;
  }
  select(): void {
    this.call("select", [], (t) => {
      if (t.sheet.visibility !== "Visible") throw fakeError("InvalidSelection", "sheet is hidden");
      const wb = this.context.host.workbook;
      wb.activeSheet = t.sheet;
      wb.selection = { sheet: t.sheet.name, address: rangeAddress(t.rect) };
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.call("clear", [applyTo], ({ sheet, rect }) => {
      for (const { r, c, cell } of sheet.cellsWithin(rect)) {
        if (applyTo !== "Formats") {
          delete cell.value;
          delete cell.formula;
          delete cell.quotePrefix;
        }
        if (applyTo !== "Contents") {
          for (const k of [
            "numberFormat",
            "fill",
            "bold",
            "fontColor",
            "fontSize",
            "wrap",
          ] as const) {
            delete cell[k];
          }
        }
        if (Object.keys(cell).length === 0) sheet.remove(r, c);
      }
    });
  }
  /** Apply `f` to each cell of the range (format writes). */
  eachCell(f: (cell: FakeCell) => void): void {
    const t = this.target();
    for (const { r, c } of cellsOf(t.rect)) f(t.sheet.touch(r, c));
  }
}

class RangeAreasProxy extends ClientObject<CellRange[]> {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
    private readonly label: string,
    private readonly find: (t: RangeTarget) => CellRange[],
  ) {
    super(context, true);
  }
  path() {
    return `${this.range.path()}.${this.label}`;
  }
  gate(version: string, what: string) {
    this.requireApi(version, what);
  }
  protected locate(): CellRange[] | null {
    const target = this.range.navigate();
    const areas = target ? this.find(target) : [];
    return areas.length === 0 ? null : areas;
  }
  protected read(areas: CellRange[], prop: string): unknown {
    const sheet = quoteSheetName(this.range.rangeTarget().sheet.name);
    if (prop === "address") return areas.map((a) => `${sheet}!${rangeAddress(a)}`).join(",");
    if (prop === "areaCount") return areas.length;
    throw new Error(`fake-excel: RangeAreas.${prop}`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** Whether a cell matches `Excel.SpecialCellType` and `Excel.SpecialCellValueType`. */
function isSpecialCell(cell: FakeCell | undefined, type: string, valueType: string): boolean {
  if (type !== "Formulas" && type !== "Constants") {
    throw new Error(`fake-excel: special cells ${type}`);
  }
  if (!hasContent(cell)) return false;
  if ((type === "Formulas") !== (cell.formula !== undefined)) return false;
  const v = cell?.value;
  const kind =
    typeof v === "object"
      ? "Error"
      : typeof v === "boolean"
        ? "Logical"
        : typeof v === "number"
          ? "Number"
          : "Text";
  // The enum's names join kinds: "ErrorsLogicalNumber", "NumbersText"…
  return valueType === "All" || valueType.includes(kind);
}

/** Cells of a range that match, as runs in a row joined down while they line up. */
function specialAreas(t: RangeTarget, type: string, valueType: string): CellRange[] {
  const { sheet, rect } = t;
  // The cells that exist only: empty rows and columns cost nothing, as in Excel.
  const columnsByRow = new Map<number, number[]>();
  for (const { r, c, cell } of sheet.cellsWithin(rect)) {
    if (!isSpecialCell(cell, type, valueType)) continue;
    const columns = columnsByRow.get(r);
    if (columns) columns.push(c);
    else columnsByRow.set(r, [c]);
  }
  type Area = { top: number; left: number; bottom: number; right: number };
  const areas: Area[] = [];
  // The open area of each column span, to extend when the next row has the same run.
  let open = new Map<string, Area>();
  let previousRow = -2;
  for (const r of [...columnsByRow.keys()].sort((x, y) => x - y)) {
    const runs: { left: number; right: number }[] = [];
    for (const c of columnsByRow.get(r)!.sort((x, y) => x - y)) {
      const last = runs.at(-1);
      if (last && last.right === c - 1) last.right = c;
      else runs.push({ left: c, right: c });
    }
    if (r !== previousRow + 1) open = new Map();
    const next = new Map<string, Area>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const area = open.get(key);
      if (area) area.bottom = r;
      else areas.push({ top: r, bottom: r, ...run });
      next.set(key, area ?? areas.at(-1)!);
    }
    open = next;
    previousRow = r;
  }
  return areas;
}

class RangeFormatProxy {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    this.fill = new RangeFillProxy(context, range);
    this.font = new RangeFontProxy(context, range);
  }
  private queueSet(prop: string, value: unknown, f: (cell: FakeCell) => void) {
    this.context.queue({
      wire: { set: `${this.range.path()}.format`, prop, value },
      run: () => {
        this.range.eachCell(f);
      },
    });
  }
  set wrapText(value: boolean) {
    this.queueSet("wrapText", value, (cell) => (cell.wrap = value));
  }
  set columnWidth(value: number) {
    this.context.queue({
      wire: { set: `${this.range.path()}.format`, prop: "columnWidth", value },
      run: () => {
        const { sheet, rect } = this.range.rangeTarget();
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
      },
    });
  }
}

class RangeFillProxy extends ClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }
  path() {
    return `${this.range.path()}.fill`;
  }
  protected locate() {
    return this.range.rangeTarget();
  }
  protected read(t: RangeTarget, prop: string): unknown {
    if (prop !== "color") throw new Error(`fake-excel: RangeFill.${prop}`);
    // Excel reports no fill as white, and null when the cells differ.
    const colors = new Set(
      cellsOf(t.rect).map(({ r, c }) => t.sheet.cell(r, c)?.fill ?? "#FFFFFF"),
    );
    return colors.size === 1 ? [...colors][0] : null;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, () =>
      this.range.eachCell((cell) => (cell.fill = value.toUpperCase())),
    );
  }
  clear(): void {
    this.call("clear", [], () => this.range.eachCell((cell) => delete cell.fill));
  }
}

class RangeFontProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {}
  private queueSet(prop: string, value: unknown, f: (cell: FakeCell) => void) {
    this.context.queue({
      wire: { set: `${this.range.path()}.font`, prop, value },
      run: () => {
        this.range.eachCell(f);
      },
    });
  }
  set bold(value: boolean) {
    this.queueSet("bold", value, (cell) => (cell.bold = value));
  }
  set color(value: string) {
    this.queueSet("color", value, (cell) => (cell.fontColor = value));
  }
  set size(value: number) {
    this.queueSet("size", value, (cell) => (cell.fontSize = value));
  }
}

const RULE_KEYS = ["custom", "date", "decimal", "list", "textLength", "time", "wholeNumber"];

class DataValidationProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {}
  private queue(
    prop: string,
    value: unknown,
    f: (v: ReturnType<DataValidationProxy["own"]>) => void,
  ) {
    this.range.gate("1.8", "dataValidation");
    this.context.queue({
      wire: { set: `${this.range.path()}.dataValidation`, prop, value },
      run: () => {
        f(this.own());
      },
    });
  }
  /** The validation entry of exactly this range, created when missing. */
  private own() {
    const { sheet, rect } = this.range.rangeTarget();
    const same = (v: { range: CellRange }) =>
      v.range.top === rect.top &&
      v.range.left === rect.left &&
      v.range.bottom === rect.bottom &&
      v.range.right === rect.right;
    let entry = sheet.validations.find(same);
    if (!entry) {
      entry = { range: rect, rule: {} };
      sheet.validations.push(entry);
    }
    return entry;
  }
  set rule(value: Record<string, unknown>) {
    const keys = Object.keys(value);
    this.queue("rule", value, (entry) => {
      if (keys.length !== 1 || !RULE_KEYS.includes(keys[0]!)) {
        throw fakeError("InvalidArgument", `a rule has exactly one type: ${keys.join(",")}`);
      }
      if (Object.keys(entry.rule).length > 0) {
        throw fakeError("InvalidOperation", "clear the existing rule before setting another");
      }
      entry.rule = value;
    });
  }
  set prompt(value: Record<string, unknown>) {
    this.queue("prompt", value, (entry) => (entry.prompt = value));
  }
  set errorAlert(value: Record<string, unknown>) {
    this.queue("errorAlert", value, (entry) => (entry.errorAlert = value));
  }
  clear(): void {
    this.range.gate("1.8", "dataValidation");
    this.context.queue({
      wire: { call: `${this.range.path()}.dataValidation`, method: "clear" },
      run: () => {
        const { sheet, rect } = this.range.rangeTarget();
        sheet.validations = sheet.validations.filter((v) => !intersects(v.range, rect));
      },
    });
  }
}

// Conditional formats: collections of a range or of areas, each format and its parts.

const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

/** What a conditional format collection covers: areas of one sheet. */
interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly CellRange[];
}

/** One conditional format in its sheet, which its priority and deletion need. */
interface FormatTarget {
  readonly sheet: FakeSheet;
  readonly format: FakeConditionalFormat;
}

const overlaps = (format: FakeConditionalFormat, areas: readonly CellRange[]) =>
  format.ranges.some((r) => areas.some((a) => intersects(r, a)));

class ConditionalFormatCollectionProxy extends ClientObject<AreasTarget> {
  private loadedItems: ConditionalFormatProxy[] | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly ownerPath: () => string,
    /** Null when the owner is a null object. */
    private readonly find: () => AreasTarget | null,
  ) {
    super(context);
  }
  path() {
    return `${this.ownerPath()}.conditionalFormats`;
  }
  protected locate() {
    return this.find();
  }
  protected read(): unknown {
    throw new Error("fake-excel: load conditional format properties as items/…");
  }
  /** Adds at the top priority, as Excel does. */
  add(type: string): ConditionalFormatProxy {
    this.requireApi("1.6", "conditionalFormats");
    let added: FormatTarget | undefined;
    this.call("add", [type], ({ sheet, areas }) => {
      if (!CONDITIONAL_FORMAT_TYPES.includes(type)) {
        throw fakeError("InvalidArgument", `no conditional format type ${type}`);
      }
      added = { sheet, format: sheet.addConditionalFormat({ type, ranges: [...areas] }) };
    });
    return new ConditionalFormatProxy(this.context, `${this.path()}+${type}`, () => {
      if (!added) throw fakeError("InvalidObjectPath", "conditional format not added yet");
      return this.present(added.format.id);
    });
  }
  /** Removes every conditional format over these areas (Excel would trim partly covered ones). */
  clearAll(): void {
    this.requireApi("1.6", "conditionalFormats");
    this.call("clearAll", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !overlaps(f, t.areas));
    });
  }
  /** Loads `items/…` paths only, e.g. `items/id,items/customOrNullObject/rule/formula`. */
  override load(props?: string | string[]): this {
    this.requireApi("1.6", "conditionalFormats");
    const names = parseProps(props);
    const paths = names.map((n) => {
      if (!n.startsWith("items/")) throw new Error(`fake-excel: load ${n} as items/…`);
      return n.slice("items/".length).split("/");
    });
    this.context.queue({
      wire: { load: this.path(), props: names },
      run: () => {
        const target = this.navigate();
        // The formats of a null object's range: none (a sheet walked past the last one).
        if (!target) return { commit: () => (this.loadedItems = []) };
        const { sheet, areas } = target;
        const items = sheet.conditionalFormats
          .filter((f) => overlaps(f, areas))
          .map((f) => {
            const proxy = new ConditionalFormatProxy(this.context, `${this.path()}#${f.id}`, () =>
              this.present(f.id),
            );
            return { proxy, reads: paths.map((p) => proxy.readPath(p)) };
          });
        return {
          commit: () => {
            for (const { reads } of items) for (const r of reads) r.commit();
            this.loadedItems = items.map((i) => i.proxy);
          },
          response: items.map((i) => i.reads.map((r) => r.value)),
        };
      },
    });
    return this;
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.loadedItems) throw fakeError("PropertyNotLoaded", `items of ${this.path()}`);
    return this.loadedItems;
  }
  private present(id: string): FormatTarget {
    const { sheet } = this.target();
    const format = sheet.conditionalFormats.find((f) => f.id === id);
    if (!format) throw fakeError("ItemNotFound", `no conditional format ${id}`);
    return { sheet, format };
  }
}

/**
 * A conditional format or one of its parts (custom, rule, format, fill), all over the same
 * entry. Loads follow paths through the parts (`customOrNullObject/rule/formula`), and a part
 * that is a null object says so after the sync, as its OrNullObject proxy does in Office.js.
 */
abstract class ConditionalFormatPart extends ClientObject<FormatTarget> {
  private nullAfterSync: boolean | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    private readonly find: () => FormatTarget | null,
  ) {
    super(context);
  }
  path() {
    return this.label;
  }
  protected locate() {
    return this.find();
  }
  /** The part named `name` below this one, if it has one. */
  protected abstract part(name: string): ConditionalFormatPart | undefined;
  override get isNullObject(): boolean {
    if (this.nullAfterSync === undefined) {
      throw fakeError("PropertyNotLoaded", `isNullObject of ${this.path()} before sync`);
    }
    return this.nullAfterSync;
  }
  override load(props?: string | string[]): this {
    const names = parseProps(props);
    this.context.queue({
      wire: { load: this.path(), props: names },
      run: () => {
        const reads = names.map((n) => this.readPath(n.split("/")));
        return {
          commit: () => reads.forEach((r) => r.commit()),
          response: reads.map((r) => r.value),
        };
      },
    });
    return this;
  }
  /** Read a property path now; its values reach this part and those on the way at commit. */
  readPath(path: readonly string[]): { value: unknown; commit: () => void } {
    const t = this.resolve();
    if (t === null) return { value: null, commit: () => (this.nullAfterSync = true) };
    const [name = "", ...rest] = path;
    const part = this.part(name);
    if (part) {
      if (rest.length === 0) throw new Error(`fake-excel: name the properties of ${name} to load`);
      const inner = part.readPath(rest);
      return { value: { [name]: inner.value }, commit: () => this.found(inner.commit) };
    }
    if (rest.length > 0) throw new Error(`fake-excel: ${name} has no properties`);
    const value = this.read(t, name);
    return { value, commit: () => this.found(() => this.accept([[name, value]])) };
  }
  private found(commit: () => void): void {
    this.nullAfterSync = false;
    commit();
  }
}

class ConditionalFormatProxy extends ConditionalFormatPart {
  readonly custom = new CustomConditionalFormatProxy(this.context, `${this.path()}.custom`, () => {
    const t = this.resolve();
    if (t && t.format.type !== "Custom") {
      throw fakeError("InvalidOperation", `${this.path()} is not a custom conditional format`);
    }
    return t;
  });
  readonly customOrNullObject = new CustomConditionalFormatProxy(
    this.context,
    `${this.path()}.custom?`,
    () => {
      const t = this.resolve();
      return t?.format.type === "Custom" ? t : null;
    },
  );
  protected part(name: string) {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }
  protected read({ sheet, format }: FormatTarget, prop: string): unknown {
    switch (prop) {
      case "id":
        return format.id;
      case "type":
        return format.type;
      case "priority":
        return sheet.conditionalFormats.indexOf(format);
      default:
        throw new Error(`fake-excel: ConditionalFormat.${prop}`);
    }
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  /** Moves the format to that place; past either end to that end, negative from the back. */
  set priority(value: number) {
    this.set("priority", value, ({ sheet, format }) => {
      const list = sheet.conditionalFormats.filter((f) => f !== format);
      const at = value < 0 ? list.length + 1 + value : value;
      list.splice(Math.max(0, Math.min(at, list.length)), 0, format);
      sheet.conditionalFormats = list;
    });
  }
  delete(): void {
    this.call("delete", [], ({ sheet, format }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }
}

class CustomConditionalFormatProxy extends ConditionalFormatPart {
  readonly rule = new ConditionalFormatRuleProxy(this.context, `${this.path()}.rule`, () =>
    this.resolve(),
  );
  readonly format = new ConditionalRangeFormatProxy(this.context, `${this.path()}.format`, () =>
    this.resolve(),
  );
  protected part(name: string) {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
  protected read(_t: FormatTarget, prop: string): unknown {
    throw new Error(`fake-excel: CustomConditionalFormat.${prop}`);
  }
}

class ConditionalFormatRuleProxy extends ConditionalFormatPart {
  protected part() {
    return undefined;
  }
  protected read({ format }: FormatTarget, prop: string): unknown {
    if (prop === "formula") return format.formula ?? null;
    throw new Error(`fake-excel: ConditionalFormatRule.${prop}`);
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.set("formula", value, ({ format }) => (format.formula = value));
  }
}

class ConditionalRangeFormatProxy extends ConditionalFormatPart {
  readonly fill = new ConditionalFillProxy(this.context, `${this.path()}.fill`, () =>
    this.resolve(),
  );
  protected part(name: string) {
    return name === "fill" ? this.fill : undefined;
  }
  protected read(_t: FormatTarget, prop: string): unknown {
    throw new Error(`fake-excel: ConditionalRangeFormat.${prop}`);
  }
}

class ConditionalFillProxy extends ConditionalFormatPart {
  protected part() {
    return undefined;
  }
  protected read({ format }: FormatTarget, prop: string): unknown {
    if (prop === "color") return format.fill ?? null;
    throw new Error(`fake-excel: ConditionalFill.${prop}`);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, ({ format }) => (format.fill = value.toUpperCase()));
  }
}

// Excel documents 8,192 characters as the longest address getRange takes.
const MAX_ADDRESS_CHARS = 8192;
let rangeAreasCount = 0;

/** `Worksheet.getRanges(address)`: areas of one sheet (the address travels once, as in Excel). */
class RangeAreasAtProxy extends ClientObject<AreasTarget> {
  readonly conditionalFormats = new ConditionalFormatCollectionProxy(
    this.context,
    () => this.path(),
    () => this.navigate(),
  );
  constructor(
    context: FakeRequestContext,
    private readonly label: string,
    private readonly find: () => AreasTarget,
  ) {
    super(context);
  }
  path() {
    return this.label;
  }
  protected locate() {
    return this.find();
  }
  protected read({ sheet, areas }: AreasTarget, prop: string): unknown {
    const name = quoteSheetName(sheet.name);
    if (prop === "address") return areas.map((a) => `${name}!${rangeAddress(a)}`).join(",");
    if (prop === "areaCount") return areas.length;
    throw new Error(`fake-excel: RangeAreas.${prop}`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** The areas of `worksheet.getRanges(address)`; the request fails on a bad or long address. */
function rangesOf(worksheet: WorksheetProxy, address: string | undefined): RangeAreasAtProxy {
  const context = worksheet.context;
  const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
  const areas =
    address === undefined ? [whole] : address.split(/[,;]/).map((a) => parseRange(a.trim()));
  worksheet.gate("1.9", "getRanges");
  context.queue({
    wire: { call: worksheet.path(), method: "getRanges", args: [address] },
    run: () => {
      if ((address?.length ?? 0) > MAX_ADDRESS_CHARS || areas.includes(null)) {
        throw fakeError("InvalidArgument", `bad address ${address}`);
      }
    },
  });
  return new RangeAreasAtProxy(context, `${worksheet.path()}!areas#${++rangeAreasCount}`, () => ({
    sheet: worksheet.sheet(),
    areas: areas.filter((a) => a !== null),
  }));
}

/** A dialog opened with `displayDialogAsync`; tests play its page and its user. */
export interface FakeDialog {
  readonly url: string;
  readonly options: unknown;
  closed: boolean;
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
  close(): void;
  /** The dialog page calling `messageParent(message)`. */
  send(message: string): void;
  /** The user closing the dialog with its X (DialogEventReceived, 12006). */
  dismiss(): void;
}

type AsyncCallback = (result: {
  status: "succeeded" | "failed";
  value?: FakeDialog;
  error?: { code: number; name: string; message: string };
}) => void;

export interface FakeOffice {
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    readonly ui: {
      /** Every dialog opened, in order. */
      readonly dialogs: FakeDialog[];
      /** Every `messageParent` call, as a dialog page makes it. */
      readonly parentMessages: string[];
      displayDialogAsync(url: string, options: unknown, callback?: AsyncCallback): void;
      messageParent(message: string): void;
    };
  };
  readonly actions: { associate(name: string, f: (event: unknown) => unknown): void };
  readonly HostType: { readonly Excel: "Excel" };
  readonly EventType: {
    readonly DialogMessageReceived: "dialogMessageReceived";
    readonly DialogEventReceived: "dialogEventReceived";
  };
  readonly AsyncResultStatus: { readonly Succeeded: "succeeded"; readonly Failed: "failed" };
  onReady(
    callback?: (info: { host: "Excel"; platform: "OfficeOnline" }) => void,
  ): Promise<{ host: "Excel"; platform: "OfficeOnline" }>;
}

function makeDialog(url: string, options: unknown): FakeDialog {
  const handlers = new Map<string, ((arg: unknown) => void)[]>();
  const fire = (type: string, arg: unknown) => handlers.get(type)?.forEach((h) => h(arg));
  const dialog: FakeDialog = {
    url,
    options,
    closed: false,
    addEventHandler: (type, handler) =>
      void handlers.set(type, [...(handlers.get(type) ?? []), handler]),
    close: () => void (dialog.closed = true),
    send: (message) => fire("dialogMessageReceived", { message, origin: new URL(url).origin }),
    dismiss: () => {
      dialog.closed = true;
      fire("dialogEventReceived", { error: 12006 });
    },
  };
  return dialog;
}

function makeOffice(host: FakeExcelHost, displayLanguage: string): FakeOffice {
  const dialogs: FakeDialog[] = [];
  const parentMessages: string[] = [];
  return {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name, version = "1.1") => name === "ExcelApi" && host.supports(version),
      },
      ui: {
        dialogs,
        parentMessages,
        // As Office: one open dialog per page (12007), the callback after the current script.
        displayDialogAsync(url, options, callback) {
          const open = dialogs.some((d) => !d.closed);
          const dialog = open ? null : makeDialog(url, options);
          if (dialog) dialogs.push(dialog);
          void Promise.resolve().then(() =>
            callback?.(
              dialog
                ? { status: "succeeded", value: dialog }
                : {
                    status: "failed",
                    error: { code: 12007, name: "Display Dialog Error", message: "dialog open" },
                  },
            ),
          );
        },
        messageParent: (message) => void parentMessages.push(message),
      },
    },
    actions: { associate: (name, f) => void host.actions.set(name, f) },
    HostType: { Excel: "Excel" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback) => {
      const info = { host: "Excel", platform: "OfficeOnline" } as const;
      // As office.js: the callback runs once Office is ready, after the current script.
      return Promise.resolve(info).then((ready) => {
        callback?.(ready);
        return ready;
      });
    },
  };
}
