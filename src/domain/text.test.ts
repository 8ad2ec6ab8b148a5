import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch, normalizeText } from './text.js';

const nfd = (s: string) => s.normalize('NFD');

/** Characters that make normalisation interesting: Vietnamese letters, combining marks, odd spaces, invisibles. */
const trickyChar = fc.constantFrom(
  'a',
  'A',
  'd',
  'Đ',
  'đ',
  'ơ',
  'Ư',
  'ễ',
  'Ậ',
  'e',
  'o',
  '\u0301', // combining acute
  '\u0303', // combining tilde
  '\u0323', // combining dot below
  '\u031B', // combining horn
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00A0', // NBSP
  '\u2003', // em space
  '\u3000', // ideographic space
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // BOM
  '\u00AD', // soft hyphen
  '1',
  '-',
);
const trickyString = fc.string({ unit: trickyChar, maxLength: 30 });
const anyString = fc.oneof(trickyString, fc.string({ unit: 'binary', maxLength: 30 }), fc.string());

describe('normalizeText', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['  Nguyễn   Văn  An  ', 'Nguyễn Văn An'],
    ['a\u00A0\u00A0b', 'a b'],
    ['a\t\tb\r\nc', 'a b c'],
    ['a\u3000b\u2003c', 'a b c'],
    ['\uFEFFMã cán bộ', 'Mã cán bộ'],
    ['Ng\u200Buy\u200Cễn\u200D', 'Nguyễn'],
    ['\u2060Văn\u00AD', 'Văn'],
    [nfd('Nguyễn Thị Ánh'), 'Nguyễn Thị Ánh'],
    ['e\u200B\u0301', 'é'], // the invisible must not block composition
    ['ĐẶNG  \u00A0 ĐỨC', 'ĐẶNG ĐỨC'],
  ])('normalizeText(%j) = %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('produces NFC output for NFD input', () => {
    const out = normalizeText(nfd('Trần Văn Bình'));
    expect(out).toBe('Trần Văn Bình');
    expect(out.length).toBe('Trần Văn Bình'.normalize('NFC').length);
  });

  it('is idempotent, NFC, trimmed, single-spaced and free of invisibles', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeText(s);
        expect(normalizeText(out)).toBe(out);
        expect(out.normalize('NFC')).toBe(out);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s|[\t\n\r\u00A0\u200B-\u200F\u2060\uFEFF\u00AD]/);
      }),
    );
  });

  it('does not depend on the normalisation form of the input', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(normalizeText(s.normalize('NFD'))).toBe(normalizeText(s.normalize('NFC')));
      }),
    );
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Hùng', 'nguyen van hung'],
    ['ĐẶNG THỊ ĐÀO', 'dang thi dao'],
    ['Phạm Đức Anh', 'pham duc anh'],
    ['Trương Ngọc Ánh', 'truong ngoc anh'],
    ['Lê  Thị\u00A0Ơn', 'le thi on'],
    ['  Ưng   Hoàng Phúc ', 'ung hoang phuc'],
    ['Công chức', 'cong chuc'],
    ['Người đứng đầu', 'nguoi dung dau'],
    ['\uFEFFMã cán bộ', 'ma can bo'],
    ['', ''],
    ['abc123', 'abc123'],
  ])('foldVietnamese(%j) = %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
    expect(foldVietnamese(nfd(input))).toBe(expected);
  });

  it('gives the same result for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s.normalize('NFC')));
      }),
    );
  });

  it('is idempotent and leaves no combining marks, đ or upper-case Vietnamese letters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = foldVietnamese(s);
        expect(foldVietnamese(out)).toBe(out);
        expect(out).not.toMatch(/\p{M}|đ|Đ/u);
        expect(out).not.toMatch(/\s\s/);
        expect(out).toBe(out.trim());
      }),
    );
  });

  it('maps any Vietnamese-alphabet text to plain ASCII', () => {
    fc.assert(
      fc.property(trickyString, (s) => {
        expect(foldVietnamese(s)).toMatch(/^[a-z0-9 -]*$/);
      }),
    );
  });
});

describe('matchesSearch', () => {
  const name = 'Nguyễn Văn Hùng';
  it.each([
    [name, '', true],
    [name, '   ', true],
    [name, 'hung', true],
    [name, 'HÙNG', true],
    [name, 'nguyen hung', true],
    [name, 'hung nguyen', true], // token order does not matter
    [name, '  van\u00A0 hu ', true], // partial tokens and odd spaces
    [name, nfd('Văn Hùng'), true],
    [name, 'hưng', true], // diacritic-insensitive on purpose
    [name, 'nam', false],
    [name, 'hung binh', false], // every token must match
    [name, 'hung an', true], // substring match: 'an' occurs in 'van'
    [nfd(name), 'nguyễn', true],
    ['Phòng Tổ chức cán bộ', 'to chuc', true],
    ['Đinh Đức Định', 'dinh duc', true],
    ['', 'a', false],
  ])('matchesSearch(%j, %j) = %s', (haystack, query, expected) => {
    expect(matchesSearch(haystack, query)).toBe(expected);
  });

  it('matches itself, the empty query and each of its own words', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(matchesSearch(s, s)).toBe(true);
        expect(matchesSearch(s, '')).toBe(true);
        for (const word of normalizeText(s).split(' ')) expect(matchesSearch(s, word)).toBe(true);
      }),
    );
  });

  it('matches regardless of case and diacritics of either side', () => {
    fc.assert(
      fc.property(trickyString, trickyString, (a, b) => {
        const haystack = `${a} ${b}`;
        expect(matchesSearch(haystack, foldVietnamese(b))).toBe(true);
        expect(matchesSearch(foldVietnamese(haystack), b.toUpperCase())).toBe(true);
      }),
    );
  });
});
