import { DEFAULT_CONFIG } from "../../src/core/config";
import { resolveConfig } from "../../src/core/resolve-config";
import type { ConfigIssue } from "../../src/core/config";
import { renderConfigIssue } from "../../src/core/messages/render";

function issuesOf(override: unknown): readonly ConfigIssue[] {
  const result = resolveConfig(override);
  if (result.ok) throw new Error("expected the configuration to be refused");
  return result.issues;
}

describe("resolveConfig", () => {
  test("an empty override is the defaults", () => {
    expect(resolveConfig({})).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  test("each problem is data: its place in the JSON and its kind", () => {
    expect(
      issuesOf({
        region: { name: "", code_prefix: "42a", districts: [{ name: "某区" }], colour: "red" },
        poverty_line: { "20x": 2000, "2019": -1 },
        exit_thresholds: { poverty_incidence: 5, collective_income: "五万" },
      }),
    ).toEqual([
      { path: "region.name", problem: { kind: "empty" } },
      { path: "region.code_prefix", problem: { kind: "format", format: "code-prefix" } },
      { path: "region.districts.0.code", problem: { kind: "required" } },
      { path: "region", problem: { kind: "unknown-keys", keys: ["colour"] } },
      { path: "poverty_line.2019", problem: { kind: "min", min: 0, inclusive: false } },
      { path: "poverty_line.20x", problem: { kind: "format", format: "year" } },
      {
        path: "exit_thresholds.poverty_incidence",
        problem: { kind: "max", max: 1, inclusive: true },
      },
      {
        path: "exit_thresholds.collective_income",
        problem: { kind: "type", expected: "number" },
      },
    ]);
    expect(issuesOf(42)).toEqual([{ path: "", problem: { kind: "type", expected: "object" } }]);
  });

  test("a district outside code_prefix is named by its place", () => {
    const districts = [
      { name: "黄石港区", code: "420202" },
      { name: "江岸区", code: "420102" },
    ];
    expect(issuesOf({ region: { code_prefix: "4202", districts } })).toEqual([
      {
        path: "region.districts.1.code",
        problem: { kind: "prefix", code: "420102", prefix: "4202" },
      },
    ]);
  });

  test("the catalogues word each problem and keep its place", () => {
    const [issue] = issuesOf({ region: { districts: [{ name: "某区", code: "4202" }] } });
    expect(renderConfigIssue(issue!, "zh-CN")).toBe("region.districts.0.code：须为 6 位区划代码");
    expect(renderConfigIssue(issue!, "en")).toBe(
      "region.districts.0.code: must be a 6-digit district code",
    );
    const [root] = issuesOf([]);
    expect(renderConfigIssue(root!, "zh-CN")).toBe("须为对象（{…}）");
    expect(renderConfigIssue(root!, "en")).toBe("must be an object ({…})");
  });
});
