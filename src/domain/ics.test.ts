import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine } from './ics.js';

describe('buildIcs', () => {
  const ics = buildIcs(
    'Hạn chót — Kỳ đánh giá năm 2024',
    [
      {
        uid: 'a@binhxet',
        date: '2024-10-25',
        summary: 'Gửi gợi ý kiểm điểm; bản tự kiểm điểm',
        description: 'Phòng Kinh tế',
      },
      { uid: 'b@binhxet', date: '2024-12-12', endDate: '2024-12-15', summary: 'Hồ sơ khen thưởng' },
      { uid: 'c@binhxet', date: '2024-12-31', summary: 'Cuối năm' },
    ],
    new Date('2024-11-04T01:02:03Z'),
  );

  it('is a VCALENDAR with CRLF lines and all-day events whose DTEND is the day after the last day', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20241025\r\nDTEND;VALUE=DATE:20241026');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241212\r\nDTEND;VALUE=DATE:20241216');
    expect(ics).toContain('DTEND;VALUE=DATE:20250101');
    expect(ics).toContain('DTSTAMP:20241104T010203Z');
    expect(ics.split('BEGIN:VEVENT')).toHaveLength(4);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes commas and semicolons in text', () => {
    expect(ics).toContain('SUMMARY:Gửi gợi ý kiểm điểm\\; bản tự kiểm điểm');
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});

describe('foldIcsLine', () => {
  it('keeps every physical line within 75 octets and unfolds back to the original, never splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldIcsLine(`SUMMARY:${s}`);
        for (const line of folded.split('\r\n'))
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${s}`);
      }),
    );
  });
});
