/** tableToXlsx: the header row, frozen pane, typed cells, fitted widths, safe sheet names. */
import { describe, expect, it } from 'vitest';
import { cellValue, fittedWidths, safeSheetName, type TableColumn, tableToXlsx } from './xlsx.js';

async function load(buffer: Buffer) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // biome-ignore lint/suspicious/noExplicitAny: exceljs' Buffer type predates Node's generic Buffer
  await wb.xlsx.load(buffer as any);
  return wb;
}

const COLUMNS: TableColumn[] = [
  { key: 'order', title: 'STT', type: 'number' },
  { key: 'kind', title: 'Loại văn bản', type: 'text' },
  { key: 'issuedOn', title: 'Ngày ban hành', type: 'date' },
  { key: 'subject', title: 'Trích yếu', type: 'text' },
];

describe('safeSheetName', () => {
  it.each([
    ['Mục lục', 'Mục lục'],
    ['a[b]c:d*e?f/g\\h', 'a b c d e f g h'],
    ['', 'Bảng'],
    ["'quoted'", 'quoted'],
    ['Kết quả đánh giá, xếp loại công chức năm 2024', 'Kết quả đánh giá, xếp loại công'],
  ])('%s → %s', (name, safe) => {
    const s = safeSheetName(name);
    expect(s).toBe(safe);
    expect(s.length).toBeLessThanOrEqual(31);
  });

  it('cuts a name without spaces at 31 characters', () => {
    expect(safeSheetName('x'.repeat(40))).toBe('x'.repeat(31));
  });
});

describe('cellValue', () => {
  it.each([
    [{ key: 'n', title: 'n', type: 'number' }, 12, 12],
    [{ key: 'n', title: 'n', type: 'number' }, '12,5 điểm', '12,5 điểm'],
    [{ key: 'n', title: 'n', type: 'number' }, ' 7 ', 7],
    [{ key: 'd', title: 'd', type: 'date' }, '2024-11-05', new Date(Date.UTC(2024, 10, 5))],
    [{ key: 'd', title: 'd', type: 'date' }, '05/11/2024', new Date(Date.UTC(2024, 10, 5))],
    [
      { key: 'd', title: 'd', type: 'date' },
      new Date(Date.UTC(2024, 10, 5)),
      new Date(Date.UTC(2024, 10, 5)),
    ],
    [{ key: 'd', title: 'd', type: 'date' }, 'Dự kiến', 'Dự kiến'],
    [{ key: 't', title: 't', type: 'text' }, 'Nguye\u0302\u0303n', 'Nguyễn'],
    [{ key: 't', title: 't', type: 'text' }, null, null],
    [{ key: 't', title: 't', type: 'text' }, '', null],
  ] as const)('%o %s', (column, v, out) => {
    expect(cellValue(column as TableColumn, v)).toEqual(out);
  });
});

describe('fittedWidths', () => {
  it('fits header and content, at least 8 and at most 60', () => {
    const widths = fittedWidths(COLUMNS, [
      { order: 1, kind: 'Biên bản', issuedOn: '2024-11-05', subject: 'x'.repeat(200) },
    ]);
    expect(widths[0]).toBe(8);
    expect(widths[1]).toBe('Loại văn bản'.length + 4);
    expect(widths[2]).toBe('Ngày ban hành'.length + 4);
    expect(widths[3]).toBe(60);
  });
  it('uses a given width, clamped', () => {
    expect(fittedWidths([{ key: 'a', title: 'A', type: 'text', width: 100 }], [])).toEqual([60]);
    expect(fittedWidths([{ key: 'a', title: 'A', type: 'text', width: 3 }], [])).toEqual([8]);
  });
});

describe('tableToXlsx', () => {
  it('writes a sheet that re-imports: header in row 1, typed cells below', async () => {
    const buffer = await tableToXlsx({
      sheetName: 'Mục lục',
      columns: COLUMNS,
      rows: [
        { order: 1, kind: 'Kế hoạch', issuedOn: '2024-10-22', subject: 'Kế hoạch năm 2024' },
        { order: 2, kind: 'Biên bản', issuedOn: null, subject: 'Dự thảo' },
      ],
    });
    const wb = await load(buffer);
    const ws = wb.getWorksheet('Mục lục');
    if (!ws) throw new Error('no sheet');
    expect(wb.title).toBe('Mục lục');
    expect(ws.getRow(1).values).toEqual([undefined, 'STT', 'Loại văn bản', 'Ngày ban hành', 'Trích yếu']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(2).getCell(1).value).toBe(1);
    expect(ws.getRow(2).getCell(3).value).toEqual(new Date(Date.UTC(2024, 9, 22)));
    expect(ws.getRow(2).getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getRow(3).getCell(3).value).toBeNull();
    expect(ws.columns.every((c) => (c.width ?? 0) > 0)).toBe(true);
    expect(ws.autoFilter).toBeDefined();
  });

  it('an empty table still has its header', async () => {
    const wb = await load(await tableToXlsx({ sheetName: 'Trống', columns: COLUMNS, rows: [] }));
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(1);
    expect(ws?.getRow(1).getCell(4).value).toBe('Trích yếu');
  });
});
