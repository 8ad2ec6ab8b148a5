/**
 * The frame's generic parts added for the kinds: exact A4 and margins in twips, column widths
 * that keep words whole, grouped table headers, signers in columns, the appendix, party prefixes.
 */
import { describe, expect, it } from 'vitest';
import {
  balancedLines,
  buildDocument,
  contentWidth,
  type DocumentSpec,
  dataTable,
  fitColumnWidths,
  mm,
  PAGE,
  wordWidth,
} from './frame.js';
import { openDocx, paragraphsOf, rowsOf, textOf } from './testing/docx-xml.js';

const SPEC: DocumentSpec = {
  parentBody: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  issuingBody: 'Văn phòng UBND tỉnh',
  numberText: 'Số: 01/BB-VP',
  placeName: 'Quảng Ngãi',
  date: '2024-11-05',
  typeName: 'BIÊN BẢN',
  subject: 'Thử',
  body: [],
  signers: [],
};

describe('page', () => {
  it('is Word’s A4 (11906 × 16838) with margins 20/20/30/15 mm rounded to the twip', () => {
    expect(PAGE).toEqual({
      width: 11906,
      height: 16838,
      margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
    });
    expect(mm(25.4)).toBe(1440);
    expect(contentWidth(false)).toBe(11906 - 1701 - 850);
    expect(contentWidth(true)).toBe(16838 - 1701 - 850);
  });
});

describe('balancedLines', () => {
  it('breaks a long name near the middle, but keeps the lines a caller broke on purpose', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI']);
    expect(balancedLines('ĐẢNG BỘ\nVĂN PHÒNG UBND TỈNH')).toEqual(['ĐẢNG BỘ', 'VĂN PHÒNG UBND TỈNH']);
  });
});

describe('a document without a number', () => {
  it('has no "Số" line in its header', async () => {
    const { document } = await openDocx(buildDocument({ ...SPEC, numberText: '' }));
    expect(paragraphsOf(document).some((p) => p.text.startsWith('Số'))).toBe(false);
  });
});

describe('fitColumnWidths', () => {
  const total = contentWidth(false);
  it('is proportional when every word fits', () => {
    const w = fitColumnWidths(
      [
        { title: 'A', width: 1 },
        { title: 'B', width: 3 },
      ],
      [['x', 'y']],
      total,
    );
    expect(w[1]).toBeGreaterThan(2.9 * (w[0] ?? 0));
    expect((w[0] ?? 0) + (w[1] ?? 0)).toBeLessThanOrEqual(total);
  });
  it('widens a narrow column to its longest word ("STT", a date)', () => {
    const cols = [
      { title: 'STT', width: 1 },
      { title: 'Nội dung', width: 60 },
      { title: 'Thời hạn', width: 2 },
    ];
    const w = fitColumnWidths(cols, [['1', 'Gửi hồ sơ', '25/10/2024']], total);
    expect(w[0]).toBeGreaterThanOrEqual(wordWidth('STT', true) + 216);
    expect(w[2]).toBeGreaterThanOrEqual(wordWidth('25/10/2024') + 216);
    expect(w.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(total);
  });
  it('counts "%" as wide as it prints (0.83 em in Times New Roman): "40,0%" stays on one line', () => {
    // Digits 0.5 em, comma 0.25 em, percent sign 0.83 em: 2.58 em = 620 twips at 12 pt.
    expect(wordWidth('40,0%')).toBeGreaterThanOrEqual(620);
    expect(wordWidth('40,0%') - wordWidth('40,0')).toBeGreaterThanOrEqual(200);
  });
  it('shrinks in proportion to the minima when they do not fit', () => {
    const cols = Array.from({ length: 12 }, () => ({ title: 'Đánh-giá-xếp-loại', width: 1 }));
    const w = fitColumnWidths(cols, [], total);
    expect(w.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(total);
    expect(new Set(w).size).toBe(1);
  });
});

describe('dataTable with grouped columns', () => {
  it('writes two header rows, both repeated, the group spanning its columns', async () => {
    const table = dataTable(
      [
        { title: 'STT', width: 1 },
        { title: 'Số phiếu', width: 1, group: 'Đồng ý' },
        { title: 'Tỷ lệ', width: 1, group: 'Đồng ý' },
      ],
      [['1', '3', '75,0%']],
      contentWidth(false),
    );
    const { document } = await openDocx(buildDocument({ ...SPEC, body: [table] }));
    const rows = rowsOf(document).filter((r) => r.header);
    expect(rows.map((r) => r.cells)).toEqual([
      ['STT', 'Đồng ý'],
      ['', 'Số phiếu', 'Tỷ lệ'],
    ]);
    expect(rows[0]?.xml).toContain('<w:gridSpan w:val="2"/>');
  });
});

describe('closing', () => {
  it('stacks signers in two columns, then Nơi nhận', async () => {
    const { document } = await openDocx(
      buildDocument({
        ...SPEC,
        signerColumns: {
          left: [
            { title: 'Thành viên', fullName: 'A' },
            { title: 'Thành viên', fullName: 'B' },
          ],
          right: [{ title: 'Trưởng ban', fullName: 'C' }],
        },
        recipients: ['Lưu: VT'],
      }),
    );
    const row = rowsOf(document).find((r) => r.cells[1]?.startsWith('TRƯỞNG BAN'));
    expect(row?.cells[0]).toMatch(/^THÀNH VIÊN\n[\s\S]*\nA\n\nTHÀNH VIÊN\n[\s\S]*\nB$/);
    expect(row?.cantSplit).toBe(true);
    expect(textOf(document).endsWith('Nơi nhận:\n- Lưu: VT.')).toBe(true);
  });

  it.each([
    ['state', 'TM.', 'TM. ỦY BAN NHÂN DÂN'],
    ['party', 'TM.', 'T/M ỦY BAN NHÂN DÂN'],
    ['party', 'KT.', 'K/T ỦY BAN NHÂN DÂN'],
    ['party', 'TL.', 'T/L ỦY BAN NHÂN DÂN'],
    ['party', 'TUQ.', 'T/UQ ỦY BAN NHÂN DÂN'],
  ] as const)('%s frame prints %s as %s', async (frame, prefix, line) => {
    const { document } = await openDocx(
      buildDocument({
        ...SPEC,
        frame,
        signers: [{ prefix, onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', fullName: 'A' }],
      }),
    );
    expect(textOf(document)).toContain(`${line}\nCHỦ TỊCH`);
  });
});

describe('appendix', () => {
  it('starts on a new page: "Phụ lục", the title in capitals, the italic reference, then its body', async () => {
    const table = dataTable([{ title: 'STT', width: 1 }], [['1']], contentWidth(false));
    const { document } = await openDocx(
      buildDocument({
        ...SPEC,
        signers: [{ title: 'Chánh Văn phòng', fullName: 'A' }],
        appendix: { title: 'Mốc thời gian', reference: '(Kèm theo Kế hoạch số 01/KH-VP)', body: [table] },
      }),
    );
    const paras = paragraphsOf(document);
    const i = paras.findIndex((p) => p.text === 'Phụ lục');
    expect(paras[i]?.pageBreakBefore).toBe(true);
    expect(paras[i]?.runs[0]?.bold).toBe(true);
    expect(paras[i + 1]?.text).toBe('MỐC THỜI GIAN');
    expect(paras[i + 2]).toMatchObject({ text: '(Kèm theo Kế hoạch số 01/KH-VP)', align: 'center' });
    expect(paras[i + 2]?.runs[0]?.italic).toBe(true);
    expect(rowsOf(document).at(-1)?.cells).toEqual(['1']);
  });
});
