/** Our ceiling per request and response: Excel on the web refuses payloads over 5 MB. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Bytes an operation adds to a request besides its data (object path, property name). */
export const OPERATION_BYTES = 200;

/** UTF-8 size of a value as JSON, as it travels to Excel. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** UTF-8 size of text, counted: encoding every row of a large sheet only to measure it is slow. */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair, two units: one character of four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Office error codes of a request or response over the host's size limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Groups queued operations into requests below the limit: `reserve` sends what is queued
 * first when the next operation would not fit, so round trips grow by one per 4 MB, never
 * per row. Callbacks given to `afterSync` run once the request holding their loads is back.
 */
export class RequestBudget {
  private queued = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  /** Bytes still free in the request being queued. */
  get free(): number {
    return MAX_REQUEST_BYTES - this.queued;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > MAX_REQUEST_BYTES) await this.flush();
    this.queued += bytes;
  }

  afterSync(callback: () => void): void {
    this.waiting.push(callback);
  }

  /** Send what is queued. */
  async flush(): Promise<void> {
    const context = this.context;
    await context.sync();
    this.queued = 0;
    const callbacks = this.waiting;
    this.waiting = [];
    for (const callback of callbacks) callback();
  }
}

/** Split rows into runs whose JSON stays within `maxBytes` (a row larger than that alone). */
export function chunkRows<T>(
  rows: readonly T[],
  maxBytes: number,
  size: (row: T) => number,
): { start: number; rows: T[]; bytes: number }[] {
  const chunks: { start: number; rows: T[]; bytes: number }[] = [];
  let current: { start: number; rows: T[]; bytes: number } | null = null;
  rows.forEach((row, i) => {
    const bytes = size(row) + 1;
    if (!current || (current.rows.length > 0 && current.bytes + bytes > maxBytes)) {
      current = { start: i, rows: [], bytes: 2 };
      chunks.push(current);
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  return chunks;
}
