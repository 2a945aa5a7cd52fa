// Builds the add-in as `npm run build` does (production, offline), plus the in-memory host
// for the browser, into one folder the tests serve.
import * as path from "node:path";
import webpack from "webpack";
import type { Configuration, Stats } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

function compile(config: Configuration | Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config as Configuration, (error?: Error | null, stats?: Stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

/** The taskpane, commands and worker as shipped, and `fake-office.js` in place of office.js. */
export async function buildForTests(outputPath: string): Promise<void> {
  const loaded = (await import(path.join(ROOT, "webpack.config.js"))) as {
    default: (
      env: Record<string, unknown>,
      options: Record<string, unknown>,
    ) => Promise<Configuration>;
  };
  const makeConfig = loaded.default;
  const addin = await makeConfig({ WEBPACK_BUILD: true, outputPath }, { mode: "production" });
  const fakeHost: Configuration = {
    mode: "production",
    context: ROOT,
    entry: { "fake-office": "./test/support/fake-excel/browser.ts" },
    output: { path: outputPath, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.addin.json", transpileOnly: true },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  await compile({ ...addin, context: ROOT });
  await compile(fakeHost);
}
