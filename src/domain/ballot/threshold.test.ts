import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conferenceQuorum,
  conferenceThreshold,
  councilThreshold,
  defaultThreshold,
  MAX_PCT_DENOMINATOR,
  passes,
  pctFraction,
  pctOf,
  pctWords,
  quorumMet,
  thresholdProblems,
  thresholdText,
} from './threshold.js';
import type { Threshold } from './types.js';

const more = (pct: number, base: Threshold['base'] = 'present'): Threshold => ({ base, pct, strict: true });
const atLeast = (pct: number, base: Threshold['base'] = 'present'): Threshold => ({
  base,
  pct,
  strict: false,
});

describe('passes: exact comparison at every boundary (issue 6 §3; rules.md §3.6, §8.4)', () => {
  type Row = { name: string; agree: number; base: number; t: Threshold; pass: boolean };
  const rows: Row[] = [
    // More than 50% of those present (the default): half is not enough.
    { name: '3 of 6, > 50%', agree: 3, base: 6, t: more(50), pass: false },
    { name: '4 of 6, > 50%', agree: 4, base: 6, t: more(50), pass: true },
    { name: '3 of 6, ≥ 50%', agree: 3, base: 6, t: atLeast(50), pass: true },
    { name: '2 of 6, ≥ 50%', agree: 2, base: 6, t: atLeast(50), pass: false },
    { name: '3 of 5, > 50%', agree: 3, base: 5, t: more(50), pass: true },
    { name: '2 of 5, > 50%', agree: 2, base: 5, t: more(50), pass: false },
    { name: '1 of 1, > 50%', agree: 1, base: 1, t: more(50), pass: true },
    { name: '0 of 1, > 50%', agree: 0, base: 1, t: more(50), pass: false },
    // Nobody to count: never passes, whatever the threshold.
    { name: '0 of 0, > 50%', agree: 0, base: 0, t: more(50), pass: false },
    { name: '0 of 0, ≥ 1%', agree: 0, base: 0, t: atLeast(1), pass: false },
    // 70% (rules.md §3.6 example): 7 of 10 at least, 6 of 9 (66,67%) not.
    { name: '7 of 10, ≥ 70%', agree: 7, base: 10, t: atLeast(70), pass: true },
    { name: '7 of 10, > 70%', agree: 7, base: 10, t: more(70), pass: false },
    { name: '6 of 9, ≥ 70%', agree: 6, base: 9, t: atLeast(70), pass: false },
    // Council: ≥ 80% of all members (NĐ 98/2023 Điều 30 khoản 7): ceil(0,8 × 9) = 8.
    { name: '8 of 10, ≥ 80%', agree: 8, base: 10, t: atLeast(80, 'members'), pass: true },
    { name: '7 of 9, ≥ 80%', agree: 7, base: 9, t: atLeast(80, 'members'), pass: false },
    { name: '8 of 9, ≥ 80%', agree: 8, base: 9, t: atLeast(80, 'members'), pass: true },
    // 66.67 is a decimal, not two thirds: 2 of 3 (66,666…%) falls short of it.
    { name: '2 of 3, ≥ 66.67%', agree: 2, base: 3, t: atLeast(66.67), pass: false },
    { name: '6667 of 10000, ≥ 66.67%', agree: 6667, base: 10_000, t: atLeast(66.67), pass: true },
    { name: '6666 of 10000, ≥ 66.67%', agree: 6666, base: 10_000, t: atLeast(66.67), pass: false },
    // Two thirds written 200 / 3 is exact.
    { name: '2 of 3, ≥ 2/3', agree: 2, base: 3, t: atLeast(200 / 3), pass: true },
    { name: '4 of 6, ≥ 2/3', agree: 4, base: 6, t: atLeast(200 / 3), pass: true },
    { name: '6 of 9, ≥ 2/3', agree: 6, base: 9, t: atLeast(200 / 3), pass: true },
    { name: '3 of 5, ≥ 2/3', agree: 3, base: 5, t: atLeast(200 / 3), pass: false },
    { name: '2 of 3, > 2/3', agree: 2, base: 3, t: more(200 / 3), pass: false },
    { name: '200 of 300, > 2/3', agree: 200, base: 300, t: more(200 / 3), pass: false },
    { name: '201 of 300, > 2/3', agree: 201, base: 300, t: more(200 / 3), pass: true },
    // Float noise: 0.58 * 100 is 57.99999999999999 but means 58; "more than 58%" of 50 needs 30.
    { name: '29 of 50, > 0.58×100', agree: 29, base: 50, t: more(0.58 * 100), pass: false },
    { name: '30 of 50, > 0.58×100', agree: 30, base: 50, t: more(0.58 * 100), pass: true },
    { name: '29 of 100, ≥ 0.29×100', agree: 29, base: 100, t: atLeast(0.29 * 100), pass: true },
    // 100%: everyone.
    { name: '6 of 6, ≥ 100%', agree: 6, base: 6, t: atLeast(100), pass: true },
    { name: '5 of 6, ≥ 100%', agree: 5, base: 6, t: atLeast(100), pass: false },
    // Strict 0%: at least one vote.
    { name: '1 of 6, > 0%', agree: 1, base: 6, t: more(0), pass: true },
    { name: '0 of 6, > 0%', agree: 0, base: 6, t: more(0), pass: false },
    // Large rooms stay exact.
    { name: '500001 of 1000000, > 50%', agree: 500_001, base: 1_000_000, t: more(50), pass: true },
    { name: '500000 of 1000000, > 50%', agree: 500_000, base: 1_000_000, t: more(50), pass: false },
  ];
  it.each(rows)('$name → $pass', ({ agree, base, t, pass }) => {
    expect(passes(agree, base, t)).toBe(pass);
  });

  it('the base is what the caller passes: 4 agree pass > 50% of 5 present but not of 9 members', () => {
    expect(passes(4, 5, more(50, 'present'))).toBe(true);
    expect(passes(4, 9, more(50, 'members'))).toBe(false);
  });

  it('refuses invalid counts and thresholds instead of guessing', () => {
    expect(() => passes(-1, 6, more(50))).toThrow(RangeError);
    expect(() => passes(1.5, 6, more(50))).toThrow(RangeError);
    expect(() => passes(1, Number.NaN, more(50))).toThrow(RangeError);
    expect(() => passes(1, 6, more(101))).toThrow(RangeError);
    expect(() => passes(1, 6, more(100))).toThrow(RangeError);
    expect(() => passes(1, 6, atLeast(12.34567))).toThrow(RangeError);
  });

  it('is monotone in agree: more agree votes never turn a pass into a fail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: MAX_PCT_DENOMINATOR }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.constantFrom<Threshold['base']>('present', 'members'),
        (a, extra, base, den, whole, strict, b) => {
          const pct = Math.min(100, whole + (den > 1 ? 1 / den : 0));
          const t: Threshold = { base: b, pct, strict };
          fc.pre(thresholdProblems(t).length === 0);
          if (passes(a, base, t)) expect(passes(a + extra, base, t)).toBe(true);
        },
      ),
    );
  });

  it('agrees with rational arithmetic for any fraction pct = num/den', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (den, numRaw, base, strict) => {
          const num = numRaw % (100 * den);
          const t: Threshold = { base: 'present', pct: num / den, strict };
          fc.pre(thresholdProblems(t).length === 0);
          for (const agree of [0, Math.floor(base / 2), base - 1, base].filter((x) => x >= 0)) {
            const lhs = agree * 100 * den;
            const rhs = num * base;
            expect(passes(agree, base, t)).toBe(strict ? lhs > rhs : lhs >= rhs);
          }
        },
      ),
    );
  });
});

describe('pctFraction: reading a percentage as an exact fraction', () => {
  it.each([
    [50, { num: 50, den: 1 }],
    [0, { num: 0, den: 1 }],
    [100, { num: 100, den: 1 }],
    [66.67, { num: 6667, den: 100 }],
    [200 / 3, { num: 200, den: 3 }],
    [0.58 * 100, { num: 58, den: 1 }],
    [12.3456, { num: 7716, den: 625 }],
    [100 / 7, { num: 100, den: 7 }],
  ])('%d → %o', (pct, f) => {
    expect(pctFraction(pct)).toEqual(f);
  });

  it.each([12.34567, -1, Number.NaN, Number.POSITIVE_INFINITY, Math.PI])('%d has no reading', (pct) => {
    expect(pctFraction(pct)).toBeNull();
  });

  it('recovers every fraction with a denominator up to 10 000 from its float', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_PCT_DENOMINATOR }), fc.nat(), (den, n) => {
        const num = n % (100 * den + 1);
        const f = pctFraction(num / den);
        expect(f).not.toBeNull();
        expect((f?.num ?? 0) * den).toBe(num * (f?.den ?? 0));
      }),
    );
  });
});

describe('thresholdText and thresholdProblems', () => {
  it.each<[Threshold, string]>([
    [more(50), 'Hơn 50% số thành viên có mặt'],
    [atLeast(50), 'Từ 50% số thành viên có mặt trở lên'],
    [atLeast(80, 'members'), 'Từ 80% tổng số thành viên trở lên'],
    [atLeast(66.67), 'Từ 66,67% số thành viên có mặt trở lên'],
    [atLeast(200 / 3, 'members'), 'Từ 2/3 tổng số thành viên trở lên'],
    [more(100 / 3), 'Hơn 1/3 số thành viên có mặt'],
    [more(0.58 * 100), 'Hơn 58% số thành viên có mặt'],
    [atLeast(12.5), 'Từ 12,5% số thành viên có mặt trở lên'],
  ])('%o → %s', (t, text) => {
    expect(thresholdText(t)).toBe(text);
  });

  it('pctWords writes decimals the Vietnamese way and thirds as fractions', () => {
    expect(pctWords(70)).toBe('70%');
    expect(pctWords(250 / 3)).toBe('5/6');
    expect(pctWords(33.3333)).toBe('33,3333%');
  });

  it.each<[Threshold, string[]]>([
    [more(50), []],
    [atLeast(100), []],
    [more(0), []],
    [more(100), ['Ngưỡng "hơn 100%" không bao giờ đạt được.']],
    [atLeast(0), ['Ngưỡng "từ 0% trở lên" không cần phiếu đồng ý nào.']],
    [more(-5), ['Tỷ lệ của ngưỡng biểu quyết phải từ 0% đến 100%.']],
    [more(150), ['Tỷ lệ của ngưỡng biểu quyết phải từ 0% đến 100%.']],
    [more(Number.NaN), ['Tỷ lệ của ngưỡng biểu quyết phải từ 0% đến 100%.']],
    [
      more(12.34567),
      ['Tỷ lệ của ngưỡng biểu quyết phải là số có tối đa 4 chữ số thập phân hoặc một phân số như 2/3.'],
    ],
    [
      { base: 'everyone' as Threshold['base'], pct: 50, strict: true },
      ['Căn cứ tính tỷ lệ phải là số thành viên có mặt hoặc tổng số thành viên.'],
    ],
  ])('%o → %o', (t, problems) => {
    expect(thresholdProblems(t)).toEqual(problems);
  });
});

describe('pctOf: share of the base, half up to 2 decimals, exact', () => {
  it.each([
    [2, 3, 66.67],
    [1, 3, 33.33],
    [4, 6, 66.67],
    [5, 6, 83.33],
    [1, 6, 16.67],
    [1, 8, 12.5],
    [1, 32, 3.13],
    [1, 200, 0.5],
    [1, 20_000, 0.01],
    [1, 20_001, 0],
    [6, 6, 100],
    [0, 6, 0],
    [0, 0, 0],
  ])('%i/%i → %d', (part, base, pct) => {
    expect(pctOf(part, base)).toBe(pct);
  });
});

describe('settings: every default says where it comes from', () => {
  it('the LĐTT ballot: more than 50% of members present, an unverified configurable default (issue 6)', () => {
    const s = defaultThreshold();
    expect(s.value).toEqual({ base: 'present', pct: 50, strict: true });
    expect(s.verified).toBe(false);
    expect(s.source).toContain('Không có tỷ lệ chung toàn quốc');
    expect(s.source).toContain('hơn 50% số thành viên có mặt');
    expect(thresholdText(s.value)).toBe('Hơn 50% số thành viên có mặt');
  });

  it('the council: ≥ 80% of members, verified for 2024 (NĐ 98/2023 Điều 30 khoản 7), default after', () => {
    expect(councilThreshold('2024')).toMatchObject({
      value: { base: 'members', pct: 80, strict: false },
      verified: true,
    });
    expect(councilThreshold('2024').source).toContain('Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP');
    expect(councilThreshold('2025').verified).toBe(false);
    expect(councilThreshold('2026').source).toContain('Nghị định 152/2025/NĐ-CP');
  });

  it('the staff conference: > 50% of attendees; quorum ≥ 2/3 of the roster (rules.md §4.4, §8.4)', () => {
    expect(conferenceThreshold().value).toEqual({ base: 'present', pct: 50, strict: true });
    const q = conferenceQuorum().value;
    expect(quorumMet(6, 9, q)).toBe(true);
    expect(quorumMet(5, 9, q)).toBe(false);
    expect(quorumMet(5, 8, q)).toBe(false);
    expect(quorumMet(6, 8, q)).toBe(true);
    expect(quorumMet(67, 100, q)).toBe(true);
    expect(quorumMet(66, 100, q)).toBe(false);
  });
});
