/** XLSX files for import tests, written with exceljs: the first row is the header. */

export async function makeXlsx(rows: unknown[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  rows.forEach((cells, i) => {
    // Row by row at its own number, so an empty array leaves a genuinely blank spreadsheet row.
    const row = ws.getRow(i + 1);
    cells.forEach((v, c) => {
      if (v !== undefined && v !== null) row.getCell(c + 1).value = v as never;
    });
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads the first worksheet back into rows of cell values (row 1 first). */
export async function readXlsx(buf: Buffer): Promise<unknown[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // biome-ignore lint/suspicious/noExplicitAny: exceljs' Buffer type predates Node's generic Buffer
  await wb.xlsx.load(buf as any);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: unknown[][] = [];
  for (let n = 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value);
    out.push(cells);
  }
  return out;
}
