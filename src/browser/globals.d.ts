/** aidsheet's version, set by webpack from package.json. */
declare const AIDSHEET_VERSION: string;
