// Preloaded (--require) into every measured process: its lifetime, CPU and peak memory at exit.
import { writeFileSync } from "node:fs";

/** What the preload writes to the file named by AIDSHEET_BENCH_USAGE. */
export interface ProcessUsage {
  /** From process start to exit, ms. */
  readonly lifeMs: number;
  /** User + system CPU of all threads, ms. */
  readonly cpuMs: number;
  /** Peak resident set of the process (threads included), MB. */
  readonly peakMb: number;
}

const target = process.env.AIDSHEET_BENCH_USAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const report: ProcessUsage = {
      lifeMs: performance.now(),
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      peakMb: usage.maxRSS / 1024,
    };
    writeFileSync(target, JSON.stringify(report));
  });
}
