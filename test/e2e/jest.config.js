/** End-to-end tests of the taskpane and the web page in headless Chromium: `npm run test:e2e`. */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  // The run's own temporary folder, and one webpack build shared by the taskpane's and the page's tests.
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  // Building the add-in takes a while on two cores; the bound only catches hangs.
  testTimeout: 300_000,
};
