import {
  checkId18,
  checkUscc,
  id18CheckCharacter,
  usccCheckCharacter,
} from "../../../src/core/read/checksums";

// Replaces the character at `index`.
function withCharAt(s: string, index: number, ch: string): string {
  return s.slice(0, index) + ch + s.slice(index + 1);
}

describe("id18CheckCharacter", () => {
  it("gives X for the GB 11643-1999 example 11010519491231002", () => {
    expect(id18CheckCharacter("11010519491231002")).toBe("X");
  });

  it("computes ISO 7064 MOD 11-2 (sum 0 → 1, sum 2 → X)", () => {
    expect(id18CheckCharacter("00000000000000000")).toBe("1");
    // Weight 2 on the last digit: sum 2 → index 2 → "X".
    expect(id18CheckCharacter("00000000000000001")).toBe("X");
    // Weight 7 on the first digit: sum 7 → index 7 → "5".
    expect(id18CheckCharacter("10000000000000000")).toBe("5");
  });

  it("throws on a call with anything but 17 digits (a bug, not data)", () => {
    expect(() => id18CheckCharacter("1101051949123100")).toThrow();
    expect(() => id18CheckCharacter("1101051949123100X")).toThrow();
  });
});

describe("checkId18", () => {
  const valid = "11010519491231002X";

  it("accepts the standard's example and a constructed one ending in a digit", () => {
    expect(checkId18(valid)).toBe("ok");
    const first17 = "42011619800229123";
    expect(checkId18(first17 + id18CheckCharacter(first17))).toBe("ok");
  });

  it("reports a wrong check character", () => {
    expect(checkId18(withCharAt(valid, 17, "1"))).toBe("check-character");
    expect(checkId18("110105194912310020")).toBe("check-character");
  });

  it("reports a single mistyped digit as a check-character error", () => {
    expect(checkId18(withCharAt(valid, 16, "3"))).toBe("check-character");
  });

  it("reports Feb 29 of a non-leap year as an impossible birth date", () => {
    const first17 = "42011619810229123";
    expect(checkId18(first17 + id18CheckCharacter(first17))).toBe("birth-date");
  });

  it("accepts Feb 29 of 2000 and rejects it in 1900 (century rule)", () => {
    const in2000 = "42011620000229123";
    const in1900 = "42011619000229123";
    expect(checkId18(in2000 + id18CheckCharacter(in2000))).toBe("ok");
    expect(checkId18(in1900 + id18CheckCharacter(in1900))).toBe("birth-date");
  });

  it.each([
    ["month 13", "19801301"],
    ["month 00", "19800001"],
    ["day 00", "19800100"],
    ["April 31", "19800431"],
    ["year 1899", "18991231"],
    ["year 2101", "21010101"],
  ])("reports %s as a birth-date error", (_label, birth) => {
    const first17 = `420116${birth}123`;
    expect(checkId18(first17 + id18CheckCharacter(first17))).toBe("birth-date");
  });

  it("accepts the edge years 1900 and 2100 and December 31", () => {
    for (const birth of ["19000101", "21001231", "19801231"]) {
      const first17 = `420116${birth}123`;
      expect(checkId18(first17 + id18CheckCharacter(first17))).toBe("ok");
    }
  });

  it.each([
    ["17 characters", "11010519491231002"],
    ["19 characters", "11010519491231002X0"],
    ["X before the end", "1101051949123100X2"],
    ["a letter other than X", "11010519491231002Y"],
    ["lower-case x (the caller upper-cases)", "11010519491231002x"],
    ["an inner space", "110105 9491231002X"],
    ["empty", ""],
  ])("reports %s as a format error", (_label, s) => {
    expect(checkId18(s)).toBe("format");
  });

  it("checks the format before the birth date and the birth date before the check character", () => {
    expect(checkId18("4201161981022912")).toBe("format");
    // Impossible date and a wrong check character: the date is the better reason.
    const first17 = "42011619810229123";
    const wrong = id18CheckCharacter(first17) === "0" ? "1" : "0";
    expect(checkId18(first17 + wrong)).toBe("birth-date");
  });
});

describe("usccCheckCharacter", () => {
  it("gives 3 for the GB 32100-2015 example 91350100M000100Y4", () => {
    expect(usccCheckCharacter("91350100M000100Y4")).toBe("3");
  });

  it("maps a remainder of 0 to the character 0, not 31", () => {
    expect(usccCheckCharacter("00000000000000000")).toBe("0");
  });

  it("skips I, O, S, V, Z in the value table", () => {
    // "1" in the last position: weight 28, check = 31 - 28 = 3.
    expect(usccCheckCharacter("00000000000000001")).toBe("3");
    // "Y" (value 30) in the first position: weight 1, check = 31 - 30 = 1.
    expect(usccCheckCharacter("Y0000000000000000")).toBe("1");
    // "A" (10) in the second position: weight 3, sum 30, check = 1.
    expect(usccCheckCharacter("0A000000000000000")).toBe("1");
    // "W" (28) first: check 3; "T" (26) first: check 5, which only holds if S is skipped.
    expect(usccCheckCharacter("W0000000000000000")).toBe("3");
    expect(usccCheckCharacter("T0000000000000000")).toBe("5");
  });

  it("can give a letter as check character", () => {
    // "M" (21) first: check = 31 - 21 = 10, the character "A".
    expect(usccCheckCharacter("M0000000000000000")).toBe("A");
  });

  it("throws on a call with characters outside the code set (a bug, not data)", () => {
    expect(() => usccCheckCharacter("91350100M000100O4")).toThrow();
    expect(() => usccCheckCharacter("91350100M000100Y")).toThrow();
  });
});

describe("checkUscc", () => {
  const valid = "91350100M000100Y43";

  it("accepts the standard's example and a constructed code", () => {
    expect(checkUscc(valid)).toBe("ok");
    const first17 = "12420100MB1234567";
    expect(checkUscc(first17 + usccCheckCharacter(first17))).toBe("ok");
  });

  it("reports a wrong check character", () => {
    expect(checkUscc(withCharAt(valid, 17, "4"))).toBe("check-character");
  });

  it("reports a mistyped character in the body as a check-character error", () => {
    expect(checkUscc(withCharAt(valid, 8, "N"))).toBe("check-character");
  });

  it.each([
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y430"],
    ["the letter I", "91350100I000100Y43"],
    ["the letter O", "91350100O000100Y43"],
    ["the letter Z", "91350100Z000100Y43"],
    ["the letter S", "91350100S000100Y43"],
    ["the letter V", "91350100V000100Y43"],
    ["lower case (the caller upper-cases)", "91350100m000100y43"],
    ["a hyphen", "91350100-000100Y43"],
    ["empty", ""],
  ])("reports %s as a format error", (_label, s) => {
    expect(checkUscc(s)).toBe("format");
  });
});
