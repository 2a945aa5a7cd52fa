import { strToU8 } from "fflate";
import {
  CLOSE,
  EOF,
  OPEN,
  TEXT,
  XmlScanner,
  decodeEscapes,
  decodeXml,
} from "../../src/ooxml/xml-scanner";

function tokens(xml: string): string[] {
  const scanner = new XmlScanner(strToU8(xml));
  const out: string[] = [];
  for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
    if (kind === OPEN) out.push(`<${scanner.name}${scanner.selfClosing ? "/" : ""}>`);
    else if (kind === CLOSE) out.push(`</${scanner.name}>`);
    else if (kind === TEXT) out.push(JSON.stringify(scanner.text()));
  }
  return out;
}

describe("XmlScanner", () => {
  test("gives tags by local name, text and CDATA, and skips comments and declarations", () => {
    expect(
      tokens(`<?xml version="1.0"?><x:a><!-- <b> --><x:b k="1"/>t&amp;<![CDATA[<&>]]></x:a>`),
    ).toEqual(["<a>", "<b/>", '"t&"', '"<&>"', "</a>"]);
  });

  test("reads attributes quoted either way, with > inside a value and entities decoded", () => {
    const scanner = new XmlScanner(
      strToU8(`<c r='A1' t="s" f="a>b" q="&lt;&#x4E2D;&#25991;&quot;"/>`),
    );
    expect(scanner.next()).toBe(OPEN);
    expect(scanner.attr("r")).toBe("A1");
    expect(scanner.attr("t")).toBe("s");
    expect(scanner.attr("f")).toBe("a>b");
    expect(scanner.attr("q")).toBe('<中文"');
    expect(scanner.attr("missing")).toBeUndefined();
    expect(scanner.selfClosing).toBe(true);
    expect(scanner.next()).toBe(EOF);
  });

  test("finds a prefixed attribute by local name, not a longer name ending alike", () => {
    const scanner = new XmlScanner(strToU8(`<sheet sheetId="3" r:id="rId7"/>`));
    scanner.next();
    expect(scanner.prefixedAttr("id")).toBe("rId7");
  });

  test("normalises line ends in text as XML does, keeping a CR written as a reference", () => {
    expect(tokens("<t>a\r\nb\rc&#13;</t>")).toEqual(["<t>", '"a\\nb\\nc\\r"', "</t>"]);
  });

  test.each([
    `<!DOCTYPE lolz [<!ENTITY lol "lol">]><sst/>`,
    `<sst><!ENTITY x SYSTEM "file:///etc/passwd"></sst>`,
  ])("refuses any DTD: %s", (xml) => {
    expect(() => tokens(xml)).toThrow("DTD");
  });

  test("refuses an unterminated start tag", () => {
    expect(() => tokens(`<c r="A1`)).toThrow("unterminated");
  });
});

describe("XmlScanner on UTF-8 bytes", () => {
  // Texts on either side of the length below which ASCII is joined without a decoder.
  test.each([
    "",
    "a",
    "12345678901",
    "123456789012",
    "1234567890123",
    "户",
    "户主姓名",
    "😀",
    "x😀y",
  ])("text, attribute values and names decode as the whole part would: %s", (text) => {
    const xml = `<x:t${text ? ` ${text.replace(/\d/g, "n")}="${text}"` : ""} v="${text}">${text}</x:t>`;
    const scanner = new XmlScanner(strToU8(xml));
    expect(scanner.next()).toBe(OPEN);
    expect(scanner.name).toBe("t");
    expect(scanner.attr("v")).toBe(text);
    if (text) {
      expect(scanner.next()).toBe(TEXT);
      expect(scanner.text()).toBe(text);
    }
    expect(scanner.next()).toBe(CLOSE);
    expect(scanner.name).toBe("t");
  });

  test("a multi-byte character at the edge of a short text is decoded whole", () => {
    for (let length = 8; length <= 16; length++) {
      const text = `${"1".repeat(length - 1)}中`;
      expect(tokens(`<t>${text}</t><t>中${text}</t>`)).toEqual([
        "<t>",
        JSON.stringify(text),
        "</t>",
        "<t>",
        JSON.stringify(`中${text}`),
        "</t>",
      ]);
    }
  });

  test("skips a byte order mark that starts the part, keeps one inside text", () => {
    const bytes = strToU8("\uFEFF<t>\uFEFFa</t>");
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const scanner = new XmlScanner(bytes);
    expect(scanner.next()).toBe(OPEN);
    expect(scanner.next()).toBe(TEXT);
    expect(scanner.text()).toBe("\uFEFFa");
  });

  test("bytes that are not UTF-8 read as U+FFFD, and the markup around them still reads", () => {
    const bytes = new Uint8Array([
      ...strToU8("<t>a"),
      0xe4,
      0xb8,
      ...strToU8("</t><u>"),
      0xff,
      ...strToU8("</u>"),
    ]);
    const scanner = new XmlScanner(bytes);
    const out: string[] = [];
    for (let kind = scanner.next(); kind !== EOF; kind = scanner.next()) {
      out.push(kind === TEXT ? scanner.text() : `${kind === CLOSE ? "/" : ""}${scanner.name}`);
    }
    expect(out).toEqual(["t", "a\uFFFD", "/t", "u", "\uFFFD", "/u"]);
  });
});

describe("decodeXml", () => {
  test("decodes the five predefined entities and character references only", () => {
    expect(decodeXml("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&lol;&#0;")).toBe(`<>&"'AB&lol;\uFFFD`);
  });
});

describe("decodeEscapes", () => {
  test("decodes _xHHHH_ and keeps an escaped underscore literal", () => {
    expect(decodeEscapes("a_x000D__x000A_b_x005F_x000D_")).toBe("a\r\nb_x000D_");
  });
});
