import { checkId18, checkUscc } from "../../src/core/read/checksums";
import { fakeId18, fakeUscc } from "./ids";

const SEEDS = Array.from({ length: 2000 }, (_, i) => i * 37);

describe("fakeId18", () => {
  it("passes checkId18 for many seeds", () => {
    for (const seed of SEEDS) expect(checkId18(fakeId18(seed))).toBe("ok");
  });

  it("is deterministic and distinct for distinct seeds", () => {
    expect(fakeId18(42)).toBe(fakeId18(42));
    const ids = [...SEEDS, 99, 100, 101, 2_191_499].map((seed) => fakeId18(seed));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the default region 420116, a 900-series sequence and the given birth date", () => {
    const id = fakeId18(7, { birth: "19800229" });
    expect(id.slice(0, 6)).toBe("420116");
    expect(id.slice(6, 14)).toBe("19800229");
    expect(id.slice(14, 17)).toBe("907");
    expect(checkId18(id)).toBe("ok");
  });

  it("uses the given region and stays distinct for a fixed birth date", () => {
    const ids = Array.from({ length: 100 }, (_, seed) =>
      fakeId18(seed, { region: "420117", birth: "19650701" }),
    );
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) {
      expect(id.startsWith("42011719650701")).toBe(true);
      expect(checkId18(id)).toBe("ok");
    }
  });

  it("rejects misuse", () => {
    expect(() => fakeId18(-1)).toThrow();
    expect(() => fakeId18(1.5)).toThrow();
    expect(() => fakeId18(1, { region: "4201" })).toThrow();
    expect(() => fakeId18(1, { birth: "1980-02-29" })).toThrow();
  });
});

describe("fakeUscc", () => {
  it("passes checkUscc for many seeds", () => {
    for (const seed of SEEDS) expect(checkUscc(fakeUscc(seed))).toBe("ok");
  });

  it("is deterministic and distinct for distinct seeds", () => {
    expect(fakeUscc(3)).toBe(fakeUscc(3));
    const codes = [...SEEDS, 999_999].map((seed) => fakeUscc(seed));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("is an enterprise code of Wuhan with a valid embedded organisation code", () => {
    const code = fakeUscc(123);
    expect(code.slice(0, 8)).toBe("91420100");
    expect(code.slice(8, 16)).toBe("99000123");
    // GB 11714: 9·3 + 9·7 + 1·8 + 2·4 + 3·2 = 112; 11 - 112 mod 11 = 9.
    expect(code.charAt(16)).toBe("9");
  });
});
