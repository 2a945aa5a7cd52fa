// package.json lies outside rootDir, so it is read at run time rather than imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = (require("../../package.json") as { version: string }).version;
