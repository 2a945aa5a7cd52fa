import { rmSync } from "node:fs";
import teardownTemporaryFolder from "../support/global-teardown";

export default function globalTeardown(): void {
  const dist = process.env.AIDSHEET_E2E_DIST;
  if (dist && process.env.AIDSHEET_E2E_BUILT === "1")
    rmSync(dist, { recursive: true, force: true });
  teardownTemporaryFolder();
}
