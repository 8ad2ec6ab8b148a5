/** Helpers shared by the kinds: times, numbers, emphasis, recipients, text fields. */
import { describe, expect, it } from 'vitest';
import { bodyParagraph, buildDocument } from '../frame.js';
import { openDocx, paragraphsOf } from '../testing/docx-xml.js';
import {
  comrade,
  dateTimeText,
  isIsoDate,
  plainText,
  recipientsSchema,
  richRuns,
  text,
  timeText,
  vnNumber,
  withArchive,
} from './common.js';

describe('times and dates', () => {
  it.each([
    ['2024-11-05T08:00', '08 giờ 00'],
    ['2024-11-05T13:05', '13 giờ 05'],
    ['2024-11-05T07:30:59', '07 giờ 30'],
  ])('timeText(%s) = %s', (iso, t) => {
    expect(timeText(iso)).toBe(t);
  });

  it('dateTimeText writes the day the decree way', () => {
    expect(dateTimeText('2024-02-05T08:00')).toBe('08 giờ 00, ngày 05 tháng 02 năm 2024');
    expect(dateTimeText('2024-12-31T16:45')).toBe('16 giờ 45, ngày 31 tháng 12 năm 2024');
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['24-01-01', false],
    ['2024-1-1', false],
  ])('isIsoDate(%s) = %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});

describe('vnNumber', () => {
  it.each([
    [1234567, undefined, '1.234.567'],
    [1234.5, undefined, '1.234,5'],
    [66.7, 1, '66,7'],
    [75, 1, '75,0'],
  ])('%d → %s', (n, digits, s) => {
    expect(vnNumber(n, digits)).toBe(s);
  });
});

describe('text fields', () => {
  it('normalise to NFC, drop invisible characters, collapse spaces', () => {
    expect(text().parse(' Nguye\u0302\u0303n\u200b  Văn\u00a0An ')).toBe('Nguyễn Văn An');
  });
  it('reject blank with a Vietnamese message', () => {
    const r = text('họ và tên').safeParse(' \u200b ');
    expect(r.error?.issues[0]?.message).toBe('Vui lòng nhập họ và tên.');
  });
});

describe('recipients', () => {
  it('drop the "-" and the final punctuation users type; blanks removed', () => {
    expect(recipientsSchema.parse(['- Sở Nội vụ;', '  ', '• Lưu: VT, HCQT.'])).toEqual([
      'Sở Nội vụ',
      'Lưu: VT, HCQT',
    ]);
  });
  it('withArchive moves the archive line last and adds "Lưu: VT" when missing', () => {
    expect(withArchive(['Lưu: VT, HCQT', 'Sở Nội vụ'])).toEqual(['Sở Nội vụ', 'Lưu: VT, HCQT']);
    expect(withArchive(['Sở Nội vụ'])).toEqual(['Sở Nội vụ', 'Lưu: VT']);
    expect(withArchive([])).toEqual([]);
    expect(withArchive(undefined)).toBeUndefined();
  });
});

describe('comrade', () => {
  it.each([
    ['Nguyễn Văn An', 'Đồng chí Nguyễn Văn An'],
    ['Đồng chí Lê Văn B', 'Đồng chí Lê Văn B'],
    ['Bà Trần Thị C', 'Bà Trần Thị C'],
    ['Ông Phạm D', 'Ông Phạm D'],
  ])('%s → %s', (name, out) => {
    expect(comrade(name)).toBe(out);
  });
});

describe('emphasis in body text', () => {
  async function runs(s: string) {
    const { document } = await openDocx(
      buildDocument({
        parentBody: '',
        issuingBody: 'X',
        numberText: '',
        placeName: '',
        date: null,
        typeName: 'T',
        subject: 'S',
        body: [bodyParagraph(richRuns(s))],
        signers: [],
      }),
    );
    // The only justified paragraph is the body paragraph.
    return paragraphsOf(document)
      .filter((p) => p.align === 'both')
      .flatMap((p) => p.runs)
      .map((r) => [r.text, r.bold, r.italic]);
  }

  it.each([
    ['plain text', [['plain text', false, false]]],
    [
      'gửi **trước ngày 25/10/2024**.',
      [
        ['gửi ', false, false],
        ['trước ngày 25/10/2024', true, false],
        ['.', false, false],
      ],
    ],
    [
      '**Mẫu 01** (*gửi kèm*)',
      [
        ['Mẫu 01', true, false],
        [' (', false, false],
        ['gửi kèm', false, true],
        [')', false, false],
      ],
    ],
    [
      '**bold (*and italic*)**',
      [
        ['bold (', true, false],
        ['and italic', true, true],
        [')', true, false],
      ],
    ],
    ['3 * 4 = 12, a*', [['3 * 4 = 12, a*', false, false]]],
  ])('%s', async (s, expected) => {
    expect(await runs(s)).toEqual(expected);
  });

  it('plainText drops the marks', () => {
    expect(plainText('**Mẫu 01** (*gửi kèm*), 3 * 4')).toBe('Mẫu 01 (gửi kèm), 3 * 4');
  });
});
