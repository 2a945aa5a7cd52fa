import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decideTool, locateTool } from "./locate-tool";

describe("locateTool: an executable file, nothing less", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "aidsheet-tools-"));
    writeFileSync(join(dir, "runnable"), "#!/bin/sh\n");
    chmodSync(join(dir, "runnable"), 0o755);
    writeFileSync(join(dir, "plain"), "not a program");
    chmodSync(join(dir, "plain"), 0o644);
    mkdirSync(join(dir, "bin"));
    mkdirSync(join(dir, "bin", "xmllint"));
    mkdirSync(join(dir, "bin2"));
    writeFileSync(join(dir, "bin2", "xmllint"), "#!/bin/sh\n", { mode: 0o755 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["nonexistent", null],
    ["plain", null],
    ["bin", null],
    ["runnable", "runnable"],
  ])("CHROMIUM_PATH at %s gives %s", (at, found) => {
    const result = locateTool("chromium", { CHROMIUM_PATH: join(dir, at) });
    expect(result).toBe(found && join(dir, found));
  });

  test("a command is the first executable file of that name on PATH, a folder skipped", () => {
    const bin = join(dir, "bin");
    const bin2 = join(dir, "bin2");
    expect(locateTool("xmllint", { PATH: bin })).toBeNull();
    expect(locateTool("xmllint", { PATH: `${bin}:${bin2}` })).toBe(join(bin2, "xmllint"));
    expect(locateTool("xmllint", {})).toBeNull();
  });
});

describe("decideTool", () => {
  test("found: run it", () => {
    expect(decideTool("soffice", "/usr/bin/soffice", { CI: "true" })).toEqual({
      run: "/usr/bin/soffice",
    });
  });

  test("missing on a developer's machine: skip, naming the packages to install", () => {
    expect(decideTool("chromium", null, { CHROMIUM_PATH: "/nonexistent" })).toEqual({
      skip:
        "tests that need chromium skipped (no executable at /nonexistent); " +
        "to run them: apt-get install -y chromium fonts-noto-cjk",
    });
    expect(decideTool("soffice", null, {})).toEqual({
      skip:
        "tests that need soffice skipped (no soffice on PATH); " +
        "to run them: apt-get install -y libreoffice-calc-nogui",
    });
    expect(decideTool("poppler", null, {})).toEqual({
      skip:
        "tests that need poppler skipped (no pdftoppm on PATH); " +
        "to run them: apt-get install -y poppler-utils",
    });
  });

  test.each([{ CI: "true" }, { CI: "1" }, { AIDSHEET_REQUIRE_ALL: "1" }])(
    "missing where every tool is required (%o): fail",
    (env) => {
      expect(decideTool("xmllint", null, env)).toEqual({
        fail:
          "xmllint is required (CI or AIDSHEET_REQUIRE_ALL=1) but missing (no xmllint on PATH): " +
          "apt-get install -y libxml2-utils",
      });
    },
  );

  test("the default browser path is Debian's", () => {
    expect(decideTool("chromium", null, {})).toMatchObject({
      skip: expect.stringContaining("no executable at /usr/bin/chromium"),
    });
  });
});
