import { DEFAULT_CONFIG, lineOf } from "../../../src/core/config";
import { resolveConfig } from "../../../src/core/resolve-config";
import { renderConfigIssue } from "../../../src/core";

describe("per-year lines of the configuration, as LINE(name, year) reads them", () => {
  test('"poverty" is poverty_line; another name is from `lines`', () => {
    const result = resolveConfig({ lines: { monitoring: { "2025": 8700 } } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(lineOf(result.config, "poverty", 2018)).toBe(2995);
    expect(lineOf(result.config, "monitoring", 2025)).toBe(8700);
    expect(lineOf(result.config, "monitoring", 2024)).toBeNull();
    expect(lineOf(DEFAULT_CONFIG, "monitoring", 2025)).toBeNull();
  });

  test("a line that is not a positive number per year is refused with its key", () => {
    const result = resolveConfig({ lines: { monitoring: { "25": 8700, "2026": -1 } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^lines\.monitoring/)]),
    );
    expect(result.issues.map((i) => renderConfigIssue(i, "zh-CN")).join("\n")).toMatch(/4 位年份/);
  });
});
