import { address, cellAddress, columnName } from "../../src/core/grid";

test("cellAddress gives the A1 address of letters and a row number, kept rows and others alike", () => {
  for (const rowNumber of [1, 2, 4096, 4097, 1048576]) {
    for (const columnIndex of [0, 25, 26, 16383]) {
      const letters = columnName(columnIndex);
      const expected = address(rowNumber - 1, columnIndex);
      expect(cellAddress(letters, rowNumber)).toBe(expected);
      expect(cellAddress(letters, rowNumber)).toBe(expected);
    }
  }
  expect(cellAddress("XFD", 1048576)).toBe("XFD1048576");
});
