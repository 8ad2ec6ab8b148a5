import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, givenName, sortByVietnameseName } from './names.js';
import { normalizeText } from './text.js';

const sortNames = (names: string[]) => sortByVietnameseName(names, (n) => n);
const sign = (n: number) => Math.sign(n);

const syllable = fc.constantFrom(
  'An',
  'Ân',
  'Ánh',
  'Anh',
  'Ăn',
  'Bình',
  'Dũng',
  'Duy',
  'Đạt',
  'Đức',
  'Hùng',
  'Hưng',
  'Lê',
  'Nguyễn',
  'Trần',
  'Phạm',
  'Văn',
  'Thị',
  'Ơn',
  'Ô',
  'Yến',
);
const vietName = fc.array(syllable, { minLength: 1, maxLength: 4 }).chain((words) =>
  fc.tuple(fc.constantFrom(' ', '  ', '\u00A0'), fc.boolean()).map(([space, asNfd]) => {
    const s = words.join(space);
    return asNfd ? s.normalize('NFD') : s;
  }),
);

describe('givenName', () => {
  it.each([
    ['Nguyễn Văn An', 'An'],
    ['  Trần   Thị  Bình  ', 'Bình'],
    ['Lê\u00A0Ánh', 'Ánh'],
    ['Hùng', 'Hùng'],
    ['', ''],
    ['   ', ''],
    ['Nguye\u0302\u0303n Văn Hu\u0300ng'.normalize('NFD'), 'Hùng'],
  ])('givenName(%j) = %j', (input, expected) => {
    expect(givenName(input)).toBe(expected);
  });
});

describe('compareVietnameseNames / sortByVietnameseName', () => {
  it('sorts by given name, then family and middle name', () => {
    expect(sortNames(['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn An', 'Phạm Đức Anh'])).toEqual([
      'Lê Văn An',
      'Nguyễn Thị An',
      'Phạm Đức Anh',
      'Trần Văn Bình',
    ]);
  });

  it.each([
    // Tone marks are secondary, letters ă/â are distinct letters after a (vi collator).
    [
      ['Ân', 'Ánh', 'Anh', 'An', 'Ăn'],
      ['An', 'Anh', 'Ánh', 'Ăn', 'Ân'],
    ],
    [
      ['Nguyễn Ân', 'Lê Ánh', 'Trần Anh'],
      ['Trần Anh', 'Lê Ánh', 'Nguyễn Ân'],
    ],
    // Đ is its own letter, after D.
    [
      ['Đức', 'Duy', 'Đạt', 'Dũng'],
      ['Dũng', 'Duy', 'Đạt', 'Đức'],
    ],
    [
      ['Đỗ Văn Đức', 'Dương Thị Dung', 'Đinh Đạt', 'Zô Ét'],
      ['Dương Thị Dung', 'Đinh Đạt', 'Đỗ Văn Đức', 'Zô Ét'],
    ],
    // Same given name: family name decides, with Đ after D there too.
    [
      ['Đặng Văn Hùng', 'Dương Văn Hùng', 'Bùi Hùng'],
      ['Bùi Hùng', 'Dương Văn Hùng', 'Đặng Văn Hùng'],
    ],
    // o ô ơ, u ư order.
    [
      ['Ơn', 'Ôn', 'On', 'Ưng', 'Ung'],
      ['On', 'Ôn', 'Ơn', 'Ung', 'Ưng'],
    ],
    // Single-word and empty names.
    [
      ['Bình', '', 'An'],
      ['', 'An', 'Bình'],
    ],
  ])('sorts %j as %j', (input, expected) => {
    expect(sortNames(input)).toEqual(expected);
  });

  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'.normalize('NFD')],
    ['Nguyễn Văn An', '  Nguyễn   Văn\u00A0An '],
    ['', '   '],
  ])('treats %j and %j as the same name', (a, b) => {
    expect(compareVietnameseNames(a, b)).toBe(0);
  });

  it('returns a new array and leaves the input untouched', () => {
    const input = [{ name: 'Trần Bình' }, { name: 'Lê An' }];
    const copy = [...input];
    const sorted = sortByVietnameseName(input, (p) => p.name);
    expect(sorted).not.toBe(input);
    expect(input).toEqual(copy);
    expect(sorted.map((p) => p.name)).toEqual(['Lê An', 'Trần Bình']);
  });

  it('is stable for equal names', () => {
    const people = [
      { id: 1, name: 'Lê Văn An' },
      { id: 2, name: 'Nguyễn Bình' },
      { id: 3, name: 'Lê  Văn An' },
      { id: 4, name: 'Lê Văn An'.normalize('NFD') },
    ];
    expect(sortByVietnameseName(people, (p) => p.name).map((p) => p.id)).toEqual([1, 3, 4, 2]);
  });

  it('is a consistent total order', () => {
    fc.assert(
      fc.property(vietName, vietName, vietName, (a, b, c) => {
        expect(compareVietnameseNames(a, a)).toBe(0);
        expect(sign(compareVietnameseNames(a, b)) + sign(compareVietnameseNames(b, a))).toBe(0);
        expect(compareVietnameseNames(a, b) === 0).toBe(normalizeText(a) === normalizeText(b));
        if (compareVietnameseNames(a, b) <= 0 && compareVietnameseNames(b, c) <= 0) {
          expect(compareVietnameseNames(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('sorts into a non-decreasing permutation ordered by given name first', () => {
    fc.assert(
      fc.property(fc.array(vietName, { maxLength: 20 }), (names) => {
        const sorted = sortNames(names);
        expect([...sorted].sort()).toEqual([...names].sort());
        const collator = new Intl.Collator('vi');
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as string;
          const cur = sorted[i] as string;
          expect(compareVietnameseNames(prev, cur)).toBeLessThanOrEqual(0);
          expect(collator.compare(givenName(prev), givenName(cur))).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
