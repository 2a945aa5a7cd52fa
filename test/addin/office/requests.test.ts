import { jsonBytes } from "../../../src/addin/office/requests";

const encoded = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe("jsonBytes", () => {
  it.each([
    [[]],
    [["ascii", 1, 2.5, null, true]],
    [["é", "ß", "\u07ff", "\u0800", "贫困户", "\uffff"]],
    [["😀", "a😀b", "𠀀"]],
    [["\ud800", "x\udc00", "\udbff\ud800"]],
    [{ key: "村级指标", rows: [["420116012215", "黄陂区", "\u00a0"]] }],
    ['\n\t"\\'],
  ])("is the UTF-8 length of the value's JSON: %j", (value) => {
    expect(jsonBytes(value)).toBe(encoded(value));
  });
});
