/** Danh sách / Bảng tổng hợp: orientation, cell formatting, repeated header, XLSX export, validation. */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsOf, rowsOf, sectionOf, textOf } from '../testing/docx-xml.js';
import { contextFor, TABLE_LANDSCAPE, TABLE_PORTRAIT } from '../testing/samples.js';
import { cellText, fairWidths, isLandscape, type TableInputIn, table, tableInput } from './table.js';

const ctx = contextFor(null);

async function render(input: TableInputIn) {
  const docx = await openDocx(await Packer.toBuffer(table.docx(tableInput.parse(input), ctx)));
  return { ...docx, paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

async function workbook(input: TableInputIn) {
  const xlsx = table.xlsx;
  if (!xlsx) throw new Error('table kind has no xlsx');
  const buffer = await xlsx(tableInput.parse(input), ctx);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // biome-ignore lint/suspicious/noExplicitAny: exceljs' Buffer type predates Node's generic Buffer
  await wb.xlsx.load(buffer as any);
  return wb;
}

const cols = (n: number, width?: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `c${i}`,
    title: `Cột ${i + 1}`,
    type: 'text' as const,
    width,
  }));

describe('isLandscape', () => {
  it.each([
    [cols(5), false],
    [cols(6), false],
    [cols(7), true],
    [cols(3, 30), false],
    [cols(3, 31), true],
    [cols(4, 20), false],
  ])('%# → %s', (columns, landscape) => {
    expect(isLandscape(columns)).toBe(landscape);
  });
});

describe('table: DOCX', () => {
  it('a short table stays portrait, a wide one turns landscape', async () => {
    expect(sectionOf((await render(TABLE_PORTRAIT)).document).pgSz).toEqual({
      w: '11906',
      h: '16838',
      orient: 'portrait',
    });
    expect(sectionOf((await render(TABLE_LANDSCAPE)).document).pgSz).toEqual({
      w: '16838',
      h: '11906',
      orient: 'landscape',
    });
  });

  it('prints the type name from the input, no number', async () => {
    const { paras, text } = await render(TABLE_PORTRAIT);
    expect(paras.find((p) => p.text === 'DANH SÁCH')?.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(text).not.toMatch(/Số: /);
    expect((await render(TABLE_LANDSCAPE)).text).toContain('BẢNG TỔNG HỢP');
  });

  it('repeats the header row; data rows never split; numbers and dates formatted the Vietnamese way', async () => {
    const rows = rowsOf((await render(TABLE_PORTRAIT)).document).filter((r) => r.cells.length === 5);
    expect(rows.map((r) => [r.header, r.cantSplit])).toEqual([
      [true, true],
      [false, true],
      [false, true],
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Số phiếu'],
      ['1', 'Trần Thị Thu Hà', '05/02/1980', 'Trưởng phòng', '3'],
      ['2', 'Lê Minh Đức', '20/11/1992', 'Chuyên viên', '3'],
    ]);
  });

  it('aligns numbers right and dates centred', async () => {
    const rows = rowsOf((await render(TABLE_PORTRAIT)).document).filter((r) => r.cells.length === 5);
    const aligns = paragraphsOf(rows[1]?.xml ?? '').map((p) => p.align);
    expect(aligns).toEqual(['right', 'left', 'center', 'left', 'right']);
  });

  it('the landscape table has all 40 rows with one header row, repeated', async () => {
    const rows = rowsOf((await render(TABLE_LANDSCAPE)).document).filter((r) => r.cells.length === 8);
    expect(rows).toHaveLength(41);
    expect(rows.filter((r) => r.header)).toHaveLength(1);
    expect(rows[1]?.cells.at(-1)).toBe('85,5');
  });

  it('prints the note, the signer and Nơi nhận; a table without signer has none', async () => {
    const { text } = await render(TABLE_PORTRAIT);
    expect(text).toContain('Danh sách gồm 02 người.');
    expect(text).toContain('KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG');
    const bare = await render({
      ...TABLE_PORTRAIT,
      signer: undefined,
      recipients: undefined,
      note: undefined,
    });
    expect(bare.text).not.toContain('CHÁNH VĂN PHÒNG');
    expect(bare.text).not.toContain('Nơi nhận');
  });

  it('an empty table says so', async () => {
    const { text } = await render({ ...TABLE_PORTRAIT, rows: [] });
    expect(text).toContain('(Không có dữ liệu.)');
  });

  it('blank cells stay blank', async () => {
    const rows = rowsOf(
      (await render({ ...TABLE_PORTRAIT, rows: [{ stt: 1, fullName: 'A', birthDate: null, votes: null }] }))
        .document,
    ).filter((r) => r.cells.length === 5);
    expect(rows[1]?.cells).toEqual(['1', 'A', '', '', '']);
  });
});

describe('cellText', () => {
  it.each([
    ['number', 1234.5, '1.234,5'],
    ['number', 1000000, '1.000.000'],
    ['number', 0, '0'],
    ['date', '2024-02-05', '05/02/2024'],
    ['text', 'Hoàn thành', 'Hoàn thành'],
    ['text', 12, '12'],
    ['date', null, ''],
  ] as const)('%s %s → %s', (type, v, text) => {
    expect(cellText(type, v)).toBe(text);
  });
});

describe('fairWidths', () => {
  it('keeps natural widths when they fit', () => {
    expect(fairWidths([100, 200, 300], 1000)).toEqual([100, 200, 300]);
  });
  it('narrow columns keep their width; the wide ones share the rest', () => {
    expect(fairWidths([100, 900, 700, 200], 1000)).toEqual([100, 350, 350, 200]);
  });
  it('sums to the total when capped', () => {
    const w = fairWidths([50, 5000, 80, 3000, 900], 4000);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(4000);
  });
});

describe('table: XLSX', () => {
  it('row 1 is the bold, frozen header in Vietnamese', async () => {
    const wb = await workbook(TABLE_PORTRAIT);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, 'STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Số phiếu']);
    expect(ws.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(3);
  });

  it('stores numbers as numbers and dates as dates shown dd/mm/yyyy', async () => {
    const ws = (await workbook(TABLE_PORTRAIT)).worksheets[0];
    if (!ws) throw new Error('no sheet');
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe('Trần Thị Thu Hà');
    const d = row.getCell(3).value;
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe('1980-02-05T00:00:00.000Z');
    expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(typeof row.getCell(5).value).toBe('number');
  });

  it('fits the column widths to the content, between 8 and 60', async () => {
    const ws = (await workbook(TABLE_LANDSCAPE)).worksheets[0];
    if (!ws) throw new Error('no sheet');
    const widths = ws.columns.map((c) => c.width ?? 0);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(8);
      expect(w).toBeLessThanOrEqual(60);
    }
    // "Hoàn thành xuất sắc nhiệm vụ" is wider than "STT".
    expect(widths[6]).toBeGreaterThan(widths[0] ?? 0);
    expect(widths[6]).toBeGreaterThanOrEqual('Hoàn thành xuất sắc nhiệm vụ'.length);
  });

  it('puts the title in the sheet name (≤ 31 characters, no []:*?/\\) and the workbook title', async () => {
    const wb = await workbook({ ...TABLE_PORTRAIT, subject: 'Kết quả [đợt 1]: xét / duyệt * năm 2024?' });
    const name = wb.worksheets[0]?.name ?? '';
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith('Kết quả đợt 1 xét duyệt')).toBe(true);
    expect(wb.title).toBe('DANH SÁCH Kết quả [đợt 1]: xét / duyệt * năm 2024?');
    expect(wb.creator).toBe('BinhXet');
  });

  it('re-imports: the header is row 1 and every data row follows', async () => {
    const ws = (await workbook(TABLE_LANDSCAPE)).worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.rowCount).toBe(41);
    expect(ws.getRow(41).getCell(1).value).toBe(40);
    expect(ws.getRow(41).getCell(8).value).toBe(94.5);
  });
});

describe('table: input', () => {
  it.each([
    [{ rows: [{ stt: 'một' }] }, 'rows.0.stt', 'Dòng 1, cột STT: "một" không phải số.'],
    [
      { rows: [{ stt: 1, birthDate: '05/02/1980' }] },
      'rows.0.birthDate',
      'Dòng 1, cột Ngày sinh: "05/02/1980" không phải ngày hợp lệ (YYYY-MM-DD).',
    ],
    [{ rows: [{ birthDate: '1980-02-30' }] }, 'rows.0.birthDate', undefined],
    [
      {
        columns: [
          { key: 'a', title: 'A', type: 'text' },
          { key: 'a', title: 'B', type: 'text' },
        ],
      },
      'columns.1.key',
      'Mã cột "a" bị trùng.',
    ],
    [{ columns: [] }, 'columns', 'Bảng cần ít nhất một cột.'],
    [{ typeName: 'BÁO CÁO' }, 'typeName', undefined],
  ])('rejects %o at %s', (patch, path, message) => {
    const r = tableInput.safeParse({ ...TABLE_PORTRAIT, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(r.error?.issues)).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('normalises text cells to NFC and keeps only the declared columns', () => {
    const t = tableInput.parse({
      ...TABLE_PORTRAIT,
      rows: [{ stt: 1, fullName: ' Nguyễn  Văn An '.normalize('NFD'), extra: 'x' }],
    });
    expect(t.rows[0]).toEqual({
      stt: 1,
      fullName: 'Nguyễn Văn An',
      birthDate: null,
      title: null,
      votes: null,
    });
  });
});
