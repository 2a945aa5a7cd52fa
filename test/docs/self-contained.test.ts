// The repository documents itself: nothing in it points to a specification outside it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

// Written in pieces so that this file does not match itself.
const OUTSIDE = new RegExp(
  [
    `SPEC${"\\."}md`,
    `shared${" "}folder`,
    `\\.\\./${"shared"}`,
    `work/${"shared"}`,
    `\\bSPEC ${"\\d"}`,
  ].join("|"),
);

// Fixtures are inputs, not text of ours.
const EXEMPT = (file: string) => file.startsWith("test/fixtures/");

test("no tracked file cites a specification outside the repository", () => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((f) => f !== "" && !EXEMPT(f));
  expect(files.length).toBeGreaterThan(100);
  const offending = files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(path.join(ROOT, file), "utf8");
    } catch {
      return []; // listed but absent (deleted in the work tree)
    }
    if (text.includes("\0")) return [];
    return text
      .split("\n")
      .flatMap((line, i) => (OUTSIDE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
  });
  expect(offending).toEqual([]);
  expect(OUTSIDE.test(["see", "SPEC", "9.1"].join(" "))).toBe(true);
});
