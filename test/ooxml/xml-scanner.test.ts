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
  const scanner = new XmlScanner(xml);
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
    const scanner = new XmlScanner(`<c r='A1' t="s" f="a>b" q="&lt;&#x4E2D;&#25991;&quot;"/>`);
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
    const scanner = new XmlScanner(`<sheet sheetId="3" r:id="rId7"/>`);
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
