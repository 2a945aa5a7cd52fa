// The system programs some tests drive: skipped with one line when missing, fatal where required.
import { relative } from "node:path";
import { decideTool, locateTool } from "./locate-tool";
import type { ToolName } from "./locate-tool";

/**
 * The tool for the tests of this file, with `test` and `describe` to declare them: skipped,
 * after one line on stderr, when it is missing; the file fails when every tool is required.
 */
export function useTool(name: ToolName): { path: string; test: jest.It; describe: jest.Describe } {
  const decision = decideTool(name, locateTool(name), process.env);
  if ("fail" in decision) throw new Error(decision.fail);
  if ("skip" in decision) {
    const file = relative(process.cwd(), expect.getState().testPath ?? "");
    process.stderr.write(`${file}: ${decision.skip}\n`);
    return { path: "", test: test.skip, describe: describe.skip };
  }
  return { path: decision.run, test, describe };
}
