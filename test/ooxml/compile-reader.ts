// Emits the reader as `tsc -p tsconfig.build.json` would, for what must run as plain Node
// JavaScript: worker threads, and measurements outside jest's module sandbox.
import { join } from "node:path";
import ts from "typescript";

export const ROOT = join(__dirname, "..", "..");

/** Compiles src/xlsx/read-file, read-submissions and read-worker (and what they import) under outDir. */
export function compileReader(outDir: string): void {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.build.json"),
    { outDir, sourceMap: false, incremental: false },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error("tsconfig.build.json unreadable");
  const program = ts.createProgram(
    ["read-file", "read-submissions", "read-worker"].map((name) =>
      join(ROOT, `src/xlsx/${name}.ts`),
    ),
    config.options,
  );
  const { emitSkipped, diagnostics } = program.emit();
  if (emitSkipped) throw new Error(diagnostics.map((d) => String(d.messageText)).join("\n"));
}

/** A build directory under node_modules, so that compiled code finds fflate as dist/ does. */
export function buildDirFor(name: string): string {
  return join(ROOT, "node_modules", ".cache", `aidsheet-${name}-${process.pid}`);
}
