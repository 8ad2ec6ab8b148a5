import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { checkQuota, roundQuota } from './quota.js';
import type { SettingsOverrides } from './settings.js';
import type { QuotaGroupInput } from './types.js';

const one = (regime: Regime, g: Omit<QuotaGroupInput, 'group'>, overrides?: SettingsOverrides) => {
  const r = checkQuota({ regime, groups: [{ group: 'Công chức không giữ chức vụ', ...g }] }, overrides)
    .groups[0];
  if (!r) throw new Error('no group');
  return r;
};

describe('HTXSNV ≤ 20% of HTTNV per similar group (NĐ 90 Điều 2 khoản 6; QĐ 366 Điều 11; NĐ 335/2025)', () => {
  type Row = { HTTNV: number; HTXSNV: number; allowed: number; ok: boolean };
  const rows: Row[] = [
    { HTTNV: 0, HTXSNV: 0, allowed: 0, ok: true },
    { HTTNV: 0, HTXSNV: 1, allowed: 0, ok: false },
    { HTTNV: 4, HTXSNV: 0, allowed: 0, ok: true },
    { HTTNV: 4, HTXSNV: 1, allowed: 0, ok: false },
    { HTTNV: 5, HTXSNV: 1, allowed: 1, ok: true },
    { HTTNV: 9, HTXSNV: 2, allowed: 1, ok: false },
    { HTTNV: 10, HTXSNV: 2, allowed: 2, ok: true },
    { HTTNV: 14, HTXSNV: 3, allowed: 2, ok: false },
    { HTTNV: 15, HTXSNV: 3, allowed: 3, ok: true },
    { HTTNV: 100, HTXSNV: 20, allowed: 20, ok: true },
    { HTTNV: 100, HTXSNV: 21, allowed: 20, ok: false },
  ];
  const cases = rows.flatMap((r) => REGIMES.map((regime) => ({ ...r, regime })));
  it.each(cases)('$regime: $HTXSNV of $HTTNV HTTNV → allowed $allowed, ok $ok', (r) => {
    const g = one(r.regime, { HTTNV: r.HTTNV, HTXSNV: r.HTXSNV });
    expect(g).toMatchObject({ allowed: r.allowed, ok: r.ok, blocking: false });
    expect(g.reasons.map((x) => x.code)).toEqual(['quota_allowed', r.ok ? 'quota_ok' : 'quota_exceeded']);
  });

  it('says the arithmetic and the rounding', () => {
    const g = one('2025', { HTTNV: 9, HTXSNV: 2 });
    expect(g.reasons[0]).toEqual({
      code: 'quota_allowed',
      message:
        'Nhóm "Công chức không giữ chức vụ": 20% của 9 người hoàn thành tốt nhiệm vụ là 1,8, làm tròn xuống: tối đa 1 người hoàn thành xuất sắc nhiệm vụ.',
      article:
        'Điều 2 khoản 6 Nghị định 90/2020/NĐ-CP, bổ sung bởi Nghị định 48/2023/NĐ-CP; Điều 11 Quy định 366-QĐ/TW',
    });
    expect(g.reasons[1]?.message).toMatch(
      /^Đề nghị 2 người hoàn thành xuất sắc nhiệm vụ, vượt 1 người .*cảnh báo/,
    );
  });

  it.each([
    { rounding: 'floor', HTTNV: 8, allowed: 1 },
    { rounding: 'round', HTTNV: 8, allowed: 2 },
    { rounding: 'round', HTTNV: 7, allowed: 1 },
    { rounding: 'ceil', HTTNV: 6, allowed: 2 },
    { rounding: 'ceil', HTTNV: 5, allowed: 1 },
  ] as const)('rounding $rounding: 20% of $HTTNV → $allowed', ({ rounding, HTTNV, allowed }) => {
    const g = one('2024', { HTTNV, HTXSNV: 0 }, { quotaRounding: rounding });
    expect(g.allowed).toBe(allowed);
  });

  it('round half up is exact at .5 (22,5% of 20 = 4,5 → 5)', () => {
    expect(roundQuota((22.5 * 20) / 100, 'round')).toBe(5);
    expect(roundQuota(0.1 * 3 * 10, 'floor')).toBe(3);
  });

  it('the base may include those rated HTXSNV', () => {
    expect(one('2024', { HTTNV: 8, HTXSNV: 2 }).allowed).toBe(1);
    expect(one('2024', { HTTNV: 8, HTXSNV: 2 }, { quotaBase: 'HTTNV_AND_HTXSNV' })).toMatchObject({
      allowed: 2,
      ok: true,
    });
  });

  it('over the cap blocks only when the agency says so', () => {
    expect(one('2024', { HTTNV: 4, HTXSNV: 1 }, { quotaBlocking: true })).toMatchObject({
      ok: false,
      blocking: true,
    });
    expect(one('2024', { HTTNV: 5, HTXSNV: 1 }, { quotaBlocking: true })).toMatchObject({
      ok: true,
      blocking: false,
    });
  });
});

describe('exception for outstanding units', () => {
  type Row = {
    regime: Regime;
    HTTNV: number;
    exceptionPct?: number;
    allowed: number;
    code: string;
  };
  const rows: Row[] = [
    { regime: '2025', HTTNV: 4, allowed: 1, code: 'quota_exception' },
    { regime: '2025', HTTNV: 9, allowed: 2, code: 'quota_exception' },
    { regime: '2025', HTTNV: 20, allowed: 5, code: 'quota_exception' },
    { regime: '2025', HTTNV: 20, exceptionPct: 30, allowed: 5, code: 'quota_exception' },
    { regime: '2025', HTTNV: 20, exceptionPct: 22.5, allowed: 4, code: 'quota_exception' },
    { regime: '2025', HTTNV: 20, exceptionPct: 10, allowed: 4, code: 'quota_exception' },
    { regime: '2026', HTTNV: 20, allowed: 5, code: 'quota_exception' },
    { regime: '2024', HTTNV: 20, allowed: 4, code: 'quota_exception_ratio_missing' },
    { regime: '2024', HTTNV: 20, exceptionPct: 30, allowed: 6, code: 'quota_exception' },
  ];
  it.each(rows)('$regime: $HTTNV HTTNV, decided $exceptionPct% → allowed $allowed', (r) => {
    const g = one(r.regime, {
      HTTNV: r.HTTNV,
      HTXSNV: 0,
      exceptionApproved: true,
      exceptionPct: r.exceptionPct,
    });
    expect(g.allowed).toBe(r.allowed);
    expect(g.reasons[0]?.code).toBe(r.code);
  });

  it('cites QĐ 366 for the 25% in 2025', () => {
    const g = one('2025', { HTTNV: 20, HTXSNV: 5, exceptionApproved: true });
    expect(g.reasons[0]?.article).toBe('Điều 11 Quy định 366-QĐ/TW');
    expect(g.ok).toBe(true);
  });

  it('an exception not approved changes nothing', () => {
    expect(one('2025', { HTTNV: 20, HTXSNV: 5, exceptionApproved: false, exceptionPct: 25 })).toMatchObject({
      allowed: 4,
      ok: false,
    });
  });

  it('keeps groups apart and in order', () => {
    const r = checkQuota({
      regime: '2025',
      groups: [
        { group: 'A', HTXSNV: 1, HTTNV: 5 },
        { group: 'B', HTXSNV: 1, HTTNV: 4 },
      ],
    });
    expect(r.groups.map((g) => [g.group, g.allowed, g.ok])).toEqual([
      ['A', 1, true],
      ['B', 0, false],
    ]);
  });
});

describe('properties', () => {
  const group = fc.record(
    {
      group: fc.string({ minLength: 1, maxLength: 10 }),
      HTXSNV: fc.integer({ min: 0, max: 200 }),
      HTTNV: fc.integer({ min: 0, max: 1000 }),
      exceptionApproved: fc.boolean(),
      exceptionPct: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    },
    { requiredKeys: ['group', 'HTXSNV', 'HTTNV'] },
  );

  /** The percentage the regime applies to the group (20%, or the approved exception up to its ceiling). */
  const pctOf = (regime: Regime, g: QuotaGroupInput) => {
    if (!g.exceptionApproved) return 20;
    if (regime === '2024') return Math.max(20, g.exceptionPct ?? 20);
    return Math.max(20, Math.min(g.exceptionPct ?? 25, 25));
  };
  /** The most the regime allows, before rounding. */
  const cap = (regime: Regime, g: QuotaGroupInput) => (pctOf(regime, g) * g.HTTNV) / 100;

  it('allowed never exceeds the cap; ok ⇔ HTXSNV ≤ allowed; allowed grows with HTTNV', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIMES),
        fc.array(group, { minLength: 1, maxLength: 5 }),
        (regime, groups) => {
          const r = checkQuota({ regime, groups });
          expect(r.groups).toHaveLength(groups.length);
          r.groups.forEach((res, i) => {
            const g = groups[i] as QuotaGroupInput;
            expect(res.group).toBe(g.group);
            expect(Number.isInteger(res.allowed)).toBe(true);
            expect(res.allowed).toBeGreaterThanOrEqual(0);
            expect(res.allowed).toBeLessThanOrEqual(cap(regime, g) + 1e-9);
            expect(res.allowed).toBeGreaterThanOrEqual(Math.floor((20 * g.HTTNV) / 100));
            expect(res.ok).toBe(g.HTXSNV <= res.allowed);
            expect(res.blocking).toBe(false);
            const more = checkQuota({ regime, groups: [{ ...g, HTTNV: g.HTTNV + 1 }] }).groups[0];
            expect(more?.allowed).toBeGreaterThanOrEqual(res.allowed);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with any rounding, allowed stays within one of the exact share', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIMES),
        group,
        fc.constantFrom('floor', 'round', 'ceil') as fc.Arbitrary<'floor' | 'round' | 'ceil'>,
        (regime, g, rounding) => {
          const res = checkQuota({ regime, groups: [g] }, { quotaRounding: rounding }).groups[0];
          const exact = cap(regime, g);
          expect(Math.abs((res?.allowed ?? -9) - exact)).toBeLessThan(1);
          expect(res?.ok).toBe(g.HTXSNV <= (res?.allowed ?? -1));
        },
      ),
    );
  });
});
