import { strFromU8 } from "fflate";

/** A part is not the XML it should be; turned into `unreadable: corrupt` at the boundary. */
export class XlsxFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "XlsxFormatError";
  }
}

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type TokenKind = typeof EOF | typeof OPEN | typeof CLOSE | typeof TEXT;

// Byte codes of the markup, for the readers that scan bytes beside the scanner too.
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const EQUALS = 61;
export const DQUOTE = 34;
export const SQUOTE = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * A pull scanner over one XML part's UTF-8 bytes, enough for SpreadsheetML: start and end tags
 * with their attributes, text and CDATA; comments and processing instructions are skipped. It
 * never processes a DTD: any `<!DOCTYPE`, `<!ENTITY` or other declaration is an error, which
 * rules out entity expansion (billion laughs) and external entities. Element names are local
 * (namespace prefix dropped); attribute values and text are decoded on request only, so a
 * value read in place (a number, a cell reference) never becomes a string. Markup is ASCII and
 * no byte of a multi-byte character is, so tokens never split a character.
 */
export class XmlScanner {
  kind: TokenKind = EOF;
  /** Local name of the current tag. */
  name = "";
  /** The current start tag ends with `/>`. */
  selfClosing = false;
  /** Where `findAttr` found a value. */
  valueStart = 0;
  valueEnd = 0;
  /** Where the current text token lies in the bytes, undecoded. */
  textStart = 0;
  textEnd = 0;
  private pos: number;
  private textIsCdata = false;
  private attrCount = 0;
  // Start and end offsets of each attribute's name and raw value, four per attribute.
  private attrOffsets: number[] = [];

  constructor(private readonly xml: Uint8Array) {
    // A byte order mark is not part of the document.
    this.pos = xml[0] === 0xef && xml[1] === 0xbb && xml[2] === 0xbf ? 3 : 0;
  }

  next(): TokenKind {
    const xml = this.xml;
    const length = xml.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= length) return (this.kind = EOF);
      if (xml[pos] !== LT) {
        let lt = pos + 1;
        while (lt < length && xml[lt] !== LT) lt++;
        this.setText(pos, lt, false);
        this.pos = lt;
        return (this.kind = TEXT);
      }
      const second = xml[pos + 1];
      if (second === QUESTION) {
        this.pos = this.indexAfter("?>", pos + 2, "processing instruction");
      } else if (second === BANG) {
        if (startsWith(xml, "<!--", pos)) {
          this.pos = this.indexAfter("-->", pos + 4, "comment");
        } else if (startsWith(xml, "<![CDATA[", pos)) {
          this.pos = this.indexAfter("]]>", pos + 9, "CDATA");
          this.setText(pos + 9, this.pos - 3, true);
          return (this.kind = TEXT);
        } else {
          throw new XlsxFormatError("DTD");
        }
      } else if (second === SLASH) {
        let gt = pos + 2;
        while (gt < length && xml[gt] !== GT) gt++;
        if (gt >= length) throw new XlsxFormatError("unterminated end tag");
        this.name = endTagName(xml, pos + 2, gt);
        this.pos = gt + 1;
        return (this.kind = CLOSE);
      } else {
        this.readStartTag(pos);
        return (this.kind = OPEN);
      }
    }
  }

  /** Decoded value of an attribute of the current start tag, by its exact (prefixed) name. */
  attr(name: string): string | undefined {
    return this.findAttr(name)
      ? decodeXml(utf8(this.xml, this.valueStart, this.valueEnd))
      : undefined;
  }

  /**
   * Finds an attribute's raw (undecoded) value, for numbers and references read in place:
   * sets `valueStart` and `valueEnd` in the bytes; false when the tag has no such attribute.
   */
  findAttr(name: string): boolean {
    const offsets = this.attrOffsets;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      const start = offsets[i]!;
      if (offsets[i + 1]! - start === name.length && startsWith(this.xml, name, start)) {
        this.valueStart = offsets[i + 2]!;
        this.valueEnd = offsets[i + 3]!;
        return true;
      }
    }
    return false;
  }

  /** Decoded value of the first attribute whose name has a prefix and this local name (`r:id`). */
  prefixedAttr(local: string): string | undefined {
    const offsets = this.attrOffsets;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      const end = offsets[i + 1]!;
      const colon = end - local.length - 1;
      if (
        colon > offsets[i]! &&
        this.xml[colon] === COLON &&
        startsWith(this.xml, local, colon + 1)
      ) {
        return decodeXml(utf8(this.xml, offsets[i + 2]!, offsets[i + 3]!));
      }
    }
    return undefined;
  }

  /** Decoded content of the current text or CDATA token. */
  text(): string {
    return textAt(this.xml, this.textStart, this.textEnd, this.textIsCdata);
  }

  /** Where the next token starts. */
  get offset(): number {
    return this.pos;
  }

  /** Goes on from `offset`, past markup that the caller has read whole by itself. */
  skipTo(offset: number): void {
    this.pos = offset;
  }

  /** Skips to the end of the current element, whatever it contains. */
  skipElement(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    for (let depth = 1; depth > 0;) {
      const kind = this.next();
      if (kind === EOF) throw new XlsxFormatError(`unterminated ${this.name}`);
      if (kind === OPEN && !this.selfClosing) depth++;
      else if (kind === CLOSE) depth--;
    }
  }

  private setText(start: number, end: number, cdata: boolean): void {
    this.textStart = start;
    this.textEnd = end;
    this.textIsCdata = cdata;
  }

  private indexAfter(terminator: string, from: number, what: string): number {
    const xml = this.xml;
    const first = terminator.charCodeAt(0);
    for (let at = xml.indexOf(first, from); at >= 0; at = xml.indexOf(first, at + 1)) {
      if (startsWith(xml, terminator, at)) return at + terminator.length;
    }
    throw new XlsxFormatError(`unterminated ${what}`);
  }

  private readStartTag(pos: number): void {
    const xml = this.xml;
    const length = xml.length;
    let i = pos + 1;
    let nameStart = i;
    for (let c = xml[i]!; i < length && !isSpace(c) && c !== GT && c !== SLASH;) {
      if (c === COLON) nameStart = i + 1;
      c = xml[++i]!;
    }
    this.name = nameAt(xml, nameStart, i);
    this.attrCount = 0;
    const offsets = this.attrOffsets;
    for (;;) {
      while (i < length && isSpace(xml[i]!)) i++;
      if (i >= length) throw new XlsxFormatError("unterminated start tag");
      const c = xml[i];
      if (c === GT) {
        this.selfClosing = false;
        this.pos = i + 1;
        return;
      }
      if (c === SLASH) {
        if (xml[i + 1] !== GT) throw new XlsxFormatError("malformed start tag");
        this.selfClosing = true;
        this.pos = i + 2;
        return;
      }
      const attrStart = i;
      for (let d = c!; i < length && !isSpace(d) && d !== EQUALS && d !== GT && d !== SLASH;) {
        d = xml[++i]!;
      }
      const nameEnd = i;
      while (i < length && isSpace(xml[i]!)) i++;
      if (xml[i] !== EQUALS) throw new XlsxFormatError("attribute without value");
      i++;
      while (i < length && isSpace(xml[i]!)) i++;
      const quote = xml[i];
      if (quote !== DQUOTE && quote !== SQUOTE) throw new XlsxFormatError("unquoted attribute");
      let valueEnd = i + 1;
      while (valueEnd < length && xml[valueEnd] !== quote) valueEnd++;
      if (valueEnd >= length) throw new XlsxFormatError("unterminated attribute");
      const k = this.attrCount++ * 4;
      offsets[k] = attrStart;
      offsets[k + 1] = nameEnd;
      offsets[k + 2] = i + 1;
      offsets[k + 3] = valueEnd;
      i = valueEnd + 1;
    }
  }
}

/** Decoded text of bytes[start, end), a text token's or (`cdata`) a CDATA section's. */
export function textAt(bytes: Uint8Array, start: number, end: number, cdata = false): string {
  let raw = utf8(bytes, start, end);
  // XML normalises line ends before parsing; a CR kept on purpose is written `&#13;`.
  if (raw.includes("\r")) raw = raw.replace(/\r\n?/g, "\n");
  return cdata ? raw : decodeXml(raw);
}

/** Whether bytes hold the ASCII text `ascii` at `at`. */
export function startsWith(bytes: Uint8Array, ascii: string, at: number): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

// Joined character by character below 13 characters, V8 makes a flat string, not a rope.
const SHORT_TEXT = 12;

/** The text of bytes[start, end), decoded as UTF-8 (bad sequences as U+FFFD). */
export function utf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_TEXT) {
    // Short ASCII (names, numbers, codes): built directly, cheaper than a decoder call.
    let text = "";
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (c >= 0x80) return decodeUtf8(bytes, start, end);
      text += String.fromCharCode(c);
    }
    return text;
  }
  return decodeUtf8(bytes, start, end);
}

function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  // The decoder drops a byte order mark that starts its input; inside a part it is text.
  const bom = bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf;
  const text = strFromU8(bytes.subarray(bom ? start + 3 : start, end));
  return bom ? `\uFEFF${text}` : text;
}

/**
 * The name in bytes[start, end): one-character names come from V8's own cache, and `is` and
 * `row`, in every cell or row of a sheet, are constants rather than a new string each time.
 */
function nameAt(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length === 1 && bytes[start]! < 0x80) return String.fromCharCode(bytes[start]!);
  if (length === 2 && startsWith(bytes, "is", start)) return "is";
  if (length === 3 && startsWith(bytes, "row", start)) return "row";
  return utf8(bytes, start, end);
}

/** The local name of the end tag in bytes[start, end), trailing spaces dropped. */
function endTagName(bytes: Uint8Array, start: number, end: number): string {
  // The usual end tag, ASCII without prefix or spaces: the name as it stands.
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c <= 32 || c === COLON || c >= 0x80) return localName(utf8(bytes, start, end).trimEnd());
  }
  return nameAt(bytes, start, end);
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Decodes the five predefined entities and numeric character references; anything else
 * (no DTD can define it) stays as written.
 */
export function decodeXml(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return PREDEFINED.get(ref) ?? whole;
    const code =
      ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** Decodes OOXML's `_xHHHH_` escapes (`_x000D_` is a CR; `_x005F_` escapes an underscore). */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
