// An in-memory Excel host following Office.js semantics, for tests of src/addin.
export { FakeExcelHost, FakeRequestContext, FIVE_MB } from "./host";
export type { FakeDialog, FakeExcelOptions, FakeOffice, RequestStats } from "./host";
export { FakeOfficeError, FakeSheet, FakeWorkbook, enterValue, serialOf } from "./model";
export type { FakeCell, FakeChart, FakeValidation } from "./model";
export { workbookFromGrid } from "./from-grid";
