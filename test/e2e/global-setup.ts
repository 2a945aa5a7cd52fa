// One build for every browser test: the taskpane's and the web page's files read it.
import { mkdtempSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import setupTemporaryFolder from "../support/global-setup";
import { buildForTests } from "./build";

export default async function globalSetup(): Promise<void> {
  setupTemporaryFolder();
  if (process.env.AIDSHEET_E2E_DIST) return;
  const dist = mkdtempSync(path.join(os.tmpdir(), "aidsheet-e2e-"));
  await buildForTests(dist);
  // Test files run in workers started after this, with this environment.
  process.env.AIDSHEET_E2E_DIST = dist;
  process.env.AIDSHEET_E2E_BUILT = "1";
}
