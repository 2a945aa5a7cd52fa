// Lets a Node script require the project's TypeScript: transpiled on the fly (no type check,
// no build needed first).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export function requireTs(metaUrl) {
  const require = createRequire(metaUrl);
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  return require;
}
