// Builds the Excel add-in (taskpane, ribbon commands and their message dialog, file-reading
// worker) as the yo office template does, and the offline web page (index.html, its worker). `npm run build` is offline and needs no certificate;
// `npm run dev-server` serves https://localhost:3000 with office-addin-dev-certs.
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");

const urlDev = "https://localhost:3000/";
// Without ADDIN_BASE_URL the production manifest keeps this placeholder, clearly not a host.
const urlPlaceholder = "https://YOUR-INTRANET-HOST/aidsheet/";

/** The production base URL of the taskpane, with one trailing slash. */
function productionUrl() {
  const base = process.env.ADDIN_BASE_URL;
  return base ? `${base.replace(/\/+$/, "")}/` : urlPlaceholder;
}

const officeCdn = "https://appsforoffice.microsoft.com";

/**
 * Where the add-in's pages load office.js: Microsoft's CDN by default (its guidance wherever
 * the CDN can be reached), or with OFFICE_JS=bundled the copy of @microsoft/office-js that the
 * build puts in dist/office-js/, for an intranet cut off from the internet.
 */
function officeJs() {
  const mode = process.env.OFFICE_JS || "cdn";
  if (mode === "cdn") {
    return { src: `${officeCdn}/lib/1/hosted/office.js`, cspOrigin: ` ${officeCdn}`, copy: [] };
  }
  if (mode !== "bundled") throw new Error(`OFFICE_JS is "cdn" or "bundled", not "${mode}"`);
  const from = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist",
  );
  // office.js loads its host's files (excel-win32-16.01.js, zh-cn/office_strings.js…) beside itself.
  const ignore = ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"];
  return {
    src: "office-js/office.js",
    cspOrigin: "",
    // Microsoft's files as they are: already minified, never through Terser again.
    copy: [{ from, to: "office-js", globOptions: { ignore }, info: { minimized: true } }],
  };
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const office = officeJs();
  const officePage = (name, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      templateParameters: { officeJs: office.src, officeJsCspOrigin: office.cspOrigin },
    });
  const serving = !env.WEBPACK_BUILD && !env.WEBPACK_BUNDLE && env.WEBPACK_SERVE;
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/addin/taskpane/index.tsx",
      commands: "./src/addin/commands/commands.ts",
      message: "./src/addin/message/message.ts",
      "read-worker": "./src/browser/read-worker.ts",
      web: "./src/web/index.tsx",
      "web-worker": "./src/web/web-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath ?? "dist"),
      filename: "[name].js",
      clean: true,
      globalObject: "self",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`'s job; the bundle only needs the code.
            options: { configFile: "tsconfig.addin.json", transpileOnly: true },
          },
        },
      ],
    },
    // Office.js is loaded by the pages' script tag (see officeJs), never part of a bundle.
    externals: { "office-js": "Office" },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ AIDSHEET_VERSION: JSON.stringify(version) }),
      officePage("taskpane", "./src/addin/taskpane/taskpane.html"),
      officePage("commands", "./src/addin/commands/commands.html"),
      officePage("message", "./src/addin/message/message.html"),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/addin/message/message.css", to: "[name][ext]" },
          ...office.copy,
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              const url = productionUrl();
              const origin = url.match(/^https?:\/\/[^/]+/)[0];
              // Full URLs first, then the bare origin of <AppDomain>.
              return content
                .toString()
                .replaceAll(urlDev, url)
                .replaceAll(urlDev.slice(0, -1), origin);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await getHttpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
    },
  };
};
