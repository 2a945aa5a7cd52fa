import { DEFAULT_CONFIG } from "../../src/core/config";
import {
  CONFIG_FILE,
  STANDARD_FILE,
  loadDeployedConfig,
  loadDeployedStandard,
} from "../../src/browser/deployed-config";
import { JIEDUI_2018 } from "../../src/core/standard/builtin";
import { REGION_EXTENSION_TEXT } from "../support/region";

const PAGE = "https://intranet.example/aidsheet/taskpane.html?_host_Info=Excel";

/** A fetch answering one URL, recording what was asked. */
function fetchOf(answer: () => Response | Promise<Response>) {
  const asked: string[] = [];
  const fetchFile = (async (url: URL | RequestInfo) => {
    asked.push(String(url));
    return answer();
  }) as typeof fetch;
  return { asked, fetchFile };
}

describe("loadDeployedConfig", () => {
  test("reads the file beside the page and applies it over the defaults", async () => {
    const { asked, fetchFile } = fetchOf(
      () =>
        new Response(
          JSON.stringify({
            region: {
              name: "黄石市",
              code_prefix: "4202",
              districts: [{ name: "黄石港区", code: "420202" }],
            },
          }),
        ),
    );
    const result = await loadDeployedConfig(PAGE, "zh-CN", fetchFile);
    expect(asked).toEqual([`https://intranet.example/aidsheet/${CONFIG_FILE}`]);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.config.region.name).toBe("黄石市");
    expect(result.config.poverty_line).toEqual(DEFAULT_CONFIG.poverty_line);
  });

  test("no file (404): the defaults", async () => {
    const { fetchFile } = fetchOf(() => new Response("", { status: 404 }));
    expect(await loadDeployedConfig(PAGE, "zh-CN", fetchFile)).toEqual({
      ok: true,
      config: DEFAULT_CONFIG,
    });
  });

  test("a broken, invalid or unreachable file is an error naming the file, never the defaults", async () => {
    const cases: [() => Response | Promise<Response>, RegExp][] = [
      [() => new Response("{ region: ", { status: 200 }), /JSON/],
      [() => new Response(JSON.stringify({ region: { code_prefix: 42 } })), /region\.code_prefix/],
      [() => new Response(JSON.stringify({ colour: "red" })), /unknown key: colour/],
      [() => new Response("", { status: 500 }), /HTTP 500/],
      [() => Promise.reject(new TypeError("Failed to fetch")), /Failed to fetch/],
    ];
    for (const [answer, why] of cases) {
      const result = await loadDeployedConfig(PAGE, "en", fetchOf(answer).fetchFile);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors.join("\n")).toMatch(new RegExp(`^${CONFIG_FILE}: `));
      expect(result.errors.join("\n")).toMatch(why);
    }
  });

  test("says what is wrong in the page's language, at its place in the file", async () => {
    const answer = () =>
      new Response(JSON.stringify({ region: { districts: [{ name: "某区", code: "4202" }] } }));
    const result = await loadDeployedConfig(PAGE, "zh-CN", fetchOf(answer).fetchFile);
    expect(result).toEqual({
      ok: false,
      errors: [`${CONFIG_FILE}: region.districts.0.code：须为 6 位区划代码`],
    });
  });
});

describe("loadDeployedStandard", () => {
  test("reads the package beside the page; none (404) is the 2018 standard", async () => {
    const { asked, fetchFile } = fetchOf(() => new Response(REGION_EXTENSION_TEXT));
    const result = await loadDeployedStandard(PAGE, "zh-CN", fetchFile);
    expect(asked).toEqual([`https://intranet.example/aidsheet/${STANDARD_FILE}`]);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.standard.id).toBe("jiedui-2018-region");
    const none = fetchOf(() => new Response("", { status: 404 }));
    expect(await loadDeployedStandard(PAGE, "zh-CN", none.fetchFile)).toEqual({
      ok: true,
      standard: JIEDUI_2018,
    });
  });

  test.each([
    ["zh-CN", '：没有标准 "x"：'],
    ["en", ': no standard "x": '],
  ] as const)(
    "a bad package is refused whole, each error with the file, line and path, in %s",
    async (lang, words) => {
      const bad = REGION_EXTENSION_TEXT.replace('"extends": "jiedui-2018"', '"extends": "x"');
      const fetchFile = fetchOf(() => new Response(bad)).fetchFile;
      const result = await loadDeployedStandard(PAGE, lang, fetchFile);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const line = bad.split("\n").findIndex((l) => l.includes('"extends"')) + 1;
      expect(result.errors).toEqual([
        expect.stringContaining(`${STANDARD_FILE}:${line}: $.extends${words}`),
      ]);
    },
  );
});
