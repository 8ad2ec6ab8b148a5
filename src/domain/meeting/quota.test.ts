import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { ART } from '../rules/articles.js';
import { settingValues } from '../rules/settings.js';
import { LEVELS, type Level } from '../rules/types.js';
import { levelFor, meetingQuota, proposalQuota, type QuotaMember } from './quota.js';

const CC = 'Công chức không giữ chức vụ';
const LD = 'Lãnh đạo, quản lý';

let n = 0;
const qm = (
  similarGroup: string,
  selfProposed: Level | null,
  proposed: Level | null = null,
  personId = `p${++n}`,
): QuotaMember => ({ personId, similarGroup, proposed, selfProposed });
const many = (count: number, group: string, self: Level | null, proposed: Level | null = null) =>
  Array.from({ length: count }, () => qm(group, self, proposed));

const CAP_ARTICLE: Record<Regime, string> = {
  '2024': `${ART.quota}; ${ART.qd124Cap}`,
  '2025': `${ART.quota}; ${ART.qd366Cap}`,
  '2026': ART.nd335Cap,
};

describe('the settings the meeting quota relies on', () => {
  // rules.md §1.4.6: 20% of the final HTTNV count, rounded down, a warning — for every regime.
  it.each(REGIMES)('%s: 20%% of HTTNV (not HTTNV + HTXSNV), floored, warning only', (regime) => {
    expect(settingValues(regime)).toMatchObject({
      quotaPct: 20,
      quotaBase: 'HTTNV',
      quotaRounding: 'floor',
      quotaBlocking: false,
    });
  });
});

describe('levelFor: the meeting’s proposal, else the self-proposal', () => {
  it.each<[Level | null, Level | null, Level | null]>([
    ['HTXSNV', 'HTNV', 'HTNV'],
    ['HTTNV', null, 'HTTNV'],
    [null, 'KHTNV', 'KHTNV'],
    [null, null, null],
  ])('self %s, proposed %s → %s', (self, proposed, level) => {
    expect(levelFor(qm(CC, self, proposed))).toBe(level);
  });
});

describe('meetingQuota: HTXSNV ≤ 20% of HTTNV per similar group, counting proposals as they come', () => {
  it('no members → no groups', () => {
    expect(meetingQuota('2025', [])).toEqual({ groups: [] });
  });

  it('counts each member at the meeting’s level, else the self-proposed one', () => {
    const members = [
      qm(CC, 'HTXSNV'), // HTXSNV (self)
      qm(CC, 'HTXSNV', 'HTTNV'), // HTTNV (the meeting lowered it)
      qm(CC, 'HTTNV', 'HTXSNV'), // HTXSNV (the meeting raised it)
      qm(CC, 'HTTNV'), // HTTNV
      qm(CC, null, 'HTTNV'), // HTTNV (no self-review)
      qm(CC, null), // counted as a member only
      qm(CC, 'HTNV'),
      qm(CC, 'KHTNV', null),
    ];
    const [g] = meetingQuota('2025', members).groups;
    expect(g).toMatchObject({
      group: CC,
      HTXSNV: 2,
      HTTNV: 3,
      members: 8,
      allowed: 0,
      ok: false,
      blocking: false,
    });
  });

  it('keeps groups apart and lists them in Vietnamese order (Đ after D)', () => {
    const members = [
      ...many(2, 'Viên chức', 'HTTNV'),
      ...many(5, 'Đa', 'HTTNV'),
      qm('Đa', 'HTXSNV'),
      ...many(1, 'Dz', 'HTXSNV'),
      ...many(3, 'Công chức', 'HTNV'),
    ];
    const r = meetingQuota('2024', members);
    expect(r.groups.map((g) => [g.group, g.HTXSNV, g.HTTNV, g.members, g.allowed, g.ok])).toEqual([
      ['Công chức', 0, 0, 3, 0, true],
      ['Dz', 1, 0, 1, 0, false],
      ['Đa', 1, 5, 6, 1, true],
      ['Viên chức', 0, 2, 2, 0, true],
    ]);
  });

  it('carries the rules engine’s reasons, with the regime’s article', () => {
    for (const regime of REGIMES) {
      const [g] = meetingQuota(regime, [...many(9, CC, 'HTTNV'), ...many(2, CC, 'HTXSNV')]).groups;
      expect(g?.reasons.map((x) => x.code)).toEqual(['quota_allowed', 'quota_exceeded']);
      expect(g?.reasons.every((x) => x.article === CAP_ARTICLE[regime])).toBe(true);
      expect(g?.reasons[0]?.message).toBe(
        `Nhóm "${CC}": 20% của 9 người hoàn thành tốt nhiệm vụ là 1,8, làm tròn xuống: tối đa 1 người hoàn thành xuất sắc nhiệm vụ.`,
      );
    }
  });

  type Row = { HTTNV: number; HTXSNV: number; other: number; allowed: number; ok: boolean };
  const rows: Row[] = [
    { HTTNV: 0, HTXSNV: 0, other: 1, allowed: 0, ok: true },
    { HTTNV: 0, HTXSNV: 1, other: 3, allowed: 0, ok: false },
    { HTTNV: 4, HTXSNV: 1, other: 0, allowed: 0, ok: false },
    { HTTNV: 4, HTXSNV: 1, other: 10, allowed: 0, ok: false }, // HTNV/KHTNV are not in the base
    { HTTNV: 5, HTXSNV: 1, other: 0, allowed: 1, ok: true },
    { HTTNV: 8, HTXSNV: 2, other: 0, allowed: 1, ok: false }, // HTXSNV is not in the base by default
    { HTTNV: 9, HTXSNV: 1, other: 2, allowed: 1, ok: true },
    { HTTNV: 10, HTXSNV: 2, other: 0, allowed: 2, ok: true },
    { HTTNV: 14, HTXSNV: 3, other: 0, allowed: 2, ok: false },
    { HTTNV: 15, HTXSNV: 3, other: 1, allowed: 3, ok: true },
    { HTTNV: 50, HTXSNV: 10, other: 0, allowed: 10, ok: true },
    { HTTNV: 50, HTXSNV: 11, other: 0, allowed: 10, ok: false },
  ];
  const cases = rows.flatMap((r) => REGIMES.map((regime) => ({ ...r, regime })));
  it.each(cases)('$regime: $HTXSNV HTXSNV, $HTTNV HTTNV, $other lower → allowed $allowed, ok $ok', (r) => {
    const members = [
      ...many(r.HTTNV, CC, 'HTTNV'),
      ...many(r.HTXSNV, CC, 'HTXSNV'),
      ...Array.from({ length: r.other }, (_, i) => qm(CC, i % 2 ? 'HTNV' : 'KHTNV')),
    ];
    const [g] = meetingQuota(r.regime, members).groups;
    expect(g).toMatchObject({
      group: CC,
      HTTNV: r.HTTNV,
      HTXSNV: r.HTXSNV,
      members: r.HTTNV + r.HTXSNV + r.other,
      allowed: r.allowed,
      ok: r.ok,
      blocking: false,
    });
  });

  it('passes the agency’s overrides to the rules engine', () => {
    const members = [...many(8, CC, 'HTTNV'), ...many(2, CC, 'HTXSNV')];
    expect(meetingQuota('2025', members).groups[0]).toMatchObject({ allowed: 1, ok: false, blocking: false });
    expect(meetingQuota('2025', members, { quotaBase: 'HTTNV_AND_HTXSNV' }).groups[0]).toMatchObject({
      allowed: 2,
      ok: true,
    });
    expect(meetingQuota('2025', members, { quotaRounding: 'round' }).groups[0]).toMatchObject({
      allowed: 2,
      ok: true,
    });
    expect(meetingQuota('2025', members, { quotaPct: 25 }).groups[0]).toMatchObject({ allowed: 2, ok: true });
    expect(meetingQuota('2025', members, { quotaBlocking: true }).groups[0]).toMatchObject({
      ok: false,
      blocking: true,
    });
  });

  const levelArb = fc.option(fc.constantFrom(...LEVELS));
  const membersArb = fc.array(
    fc.record({
      similarGroup: fc.constantFrom('A', 'B', 'Đ', 'C'),
      proposed: levelArb,
      selfProposed: levelArb,
    }),
    { maxLength: 60 },
  );

  it('property: counts add up and allowed = ⌊20% × HTTNV⌋ in every regime', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIMES), membersArb, (regime, raw) => {
        const members = raw.map((m, i) => ({ ...m, personId: `p${i}` }));
        const { groups } = meetingQuota(regime, members);
        expect(groups.reduce((s, g) => s + g.members, 0)).toBe(members.length);
        expect(new Set(groups.map((g) => g.group)).size).toBe(groups.length);
        for (const g of groups) {
          const mine = members.filter((m) => m.similarGroup === g.group);
          const count = (l: Level) => mine.filter((m) => (m.proposed ?? m.selfProposed) === l).length;
          expect(g.members).toBe(mine.length);
          expect(g.HTXSNV).toBe(count('HTXSNV'));
          expect(g.HTTNV).toBe(count('HTTNV'));
          expect(g.allowed).toBe(Math.floor((20 * g.HTTNV) / 100));
          expect(g.ok).toBe(g.HTXSNV <= g.allowed);
          expect(g.blocking).toBe(false);
        }
      }),
    );
  });
});

describe('proposalQuota: proposing HTXSNV over the group’s quota needs a reason (rules.md §1.4.6)', () => {
  it('a person not in the list → no breach, no group', () => {
    expect(proposalQuota('2025', many(3, CC, 'HTXSNV'), 'stranger', 'HTXSNV')).toEqual({
      breach: false,
      group: null,
      message: null,
    });
  });

  it('within the quota → no breach', () => {
    const x = qm(CC, 'HTNV', null, 'x');
    const r = proposalQuota('2025', [...many(5, CC, 'HTTNV'), x], 'x', 'HTXSNV');
    expect(r).toMatchObject({
      breach: false,
      message: null,
      group: { HTXSNV: 1, HTTNV: 5, allowed: 1, ok: true },
    });
  });

  it('pushes the group over → breach, with the count and the article', () => {
    const x = qm(CC, 'HTNV', null, 'x');
    const r = proposalQuota('2025', [...many(5, CC, 'HTTNV'), qm(CC, 'HTXSNV'), x], 'x', 'HTXSNV');
    expect(r.breach).toBe(true);
    expect(r.group).toMatchObject({ HTXSNV: 2, HTTNV: 5, allowed: 1, ok: false });
    expect(r.message).toBe(
      `Đề nghị 2 người hoàn thành xuất sắc nhiệm vụ, vượt 1 người so với tỷ lệ cho phép (tối đa 1): cảnh báo; vui lòng xem lại, hoặc đính kèm quyết định của cấp có thẩm quyền nếu đơn vị có thành tích nổi trội. (${CAP_ARTICLE['2025']})`,
    );
  });

  it('raising one of five HTTNV to HTXSNV shrinks the base to four: over', () => {
    const five = many(5, CC, 'HTTNV');
    const id = five[0]?.personId as string;
    const r = proposalQuota('2024', five, id, 'HTXSNV');
    expect(r).toMatchObject({ breach: true, group: { HTXSNV: 1, HTTNV: 4, allowed: 0 } });
  });

  it('keeps the group over (the person already counted HTXSNV by the self-review) → breach', () => {
    const x = qm(CC, 'HTXSNV', null, 'x');
    const r = proposalQuota('2025', [...many(4, CC, 'HTTNV'), x], 'x', 'HTXSNV');
    expect(r).toMatchObject({ breach: true, group: { HTXSNV: 1, HTTNV: 4, allowed: 0, ok: false } });
  });

  it('proposed again at HTXSNV after the meeting already did → still a breach while over', () => {
    const x = qm(CC, 'HTTNV', 'HTXSNV', 'x');
    expect(proposalQuota('2025', [...many(3, CC, 'HTTNV'), x], 'x', 'HTXSNV').breach).toBe(true);
  });

  it.each<Level>(['HTTNV', 'HTNV', 'KHTNV'])(
    'lowering to %s never breaches, even with the group over',
    (level) => {
      const x = qm(CC, 'HTXSNV', null, 'x');
      const members = [qm(CC, 'HTXSNV'), qm(CC, 'HTXSNV'), qm(CC, 'HTTNV'), x];
      const r = proposalQuota('2025', members, 'x', level);
      expect(r.breach).toBe(false);
      expect(r.message).toBeNull();
      // The group is still reported, with the proposal counted.
      expect(r.group).toMatchObject({ HTXSNV: 2, ok: false });
    },
  );

  it('lowering can bring the group back within the quota', () => {
    const x = qm(CC, 'HTXSNV', null, 'x');
    const r = proposalQuota('2025', [...many(5, CC, 'HTTNV'), qm(CC, 'HTXSNV'), x], 'x', 'HTTNV');
    expect(r).toMatchObject({ breach: false, group: { HTXSNV: 1, HTTNV: 6, allowed: 1, ok: true } });
  });

  it('only the person’s own group counts', () => {
    const x = qm(CC, 'HTNV', null, 'x');
    const members = [...many(3, LD, 'HTXSNV'), ...many(10, CC, 'HTTNV'), x];
    const r = proposalQuota('2025', members, 'x', 'HTXSNV');
    expect(r).toMatchObject({ breach: false, group: { group: CC, HTXSNV: 1, HTTNV: 10, allowed: 2 } });
    // …while proposing someone in the other group is a breach.
    const ld = members[0]?.personId as string;
    expect(proposalQuota('2025', members, ld, 'HTXSNV')).toMatchObject({
      breach: true,
      group: { group: LD },
    });
  });

  it.each(REGIMES)('%s: the message names the regime’s article', (regime) => {
    const x = qm(CC, 'HTTNV', null, 'x');
    const r = proposalQuota(regime, [x], 'x', 'HTXSNV');
    expect(r.breach).toBe(true);
    expect(r.message).toContain(`(${CAP_ARTICLE[regime]})`);
    expect(r.message).toContain(r.group?.reasons.find((x) => x.code === 'quota_exceeded')?.message);
  });

  it('honours the overrides: the base with HTXSNV, and blocking', () => {
    const x = qm(CC, 'HTNV', null, 'x');
    const members = [...many(4, CC, 'HTTNV'), x];
    expect(proposalQuota('2025', members, 'x', 'HTXSNV').breach).toBe(true);
    expect(proposalQuota('2025', members, 'x', 'HTXSNV', { quotaBase: 'HTTNV_AND_HTXSNV' }).breach).toBe(
      false,
    );
    const blocked = proposalQuota('2025', members, 'x', 'HTXSNV', { quotaBlocking: true });
    expect(blocked).toMatchObject({ breach: true, group: { blocking: true } });
    expect(blocked.message).toContain('không thể chốt kết quả');
  });

  it('does not change its input', () => {
    const members = [qm(CC, 'HTTNV', null, 'x'), qm(CC, 'HTXSNV')];
    const copy = structuredClone(members);
    proposalQuota('2025', members, 'x', 'HTXSNV');
    expect(members).toEqual(copy);
  });

  const scenarioArb = fc
    .array(
      fc.record({
        similarGroup: fc.constantFrom('A', 'B'),
        proposed: fc.option(fc.constantFrom(...LEVELS)),
        selfProposed: fc.option(fc.constantFrom(...LEVELS)),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .chain((raw) =>
      fc.record({
        members: fc.constant(raw.map((m, i) => ({ ...m, personId: `p${i}` }))),
        who: fc.nat(raw.length - 1).map((i) => `p${i}`),
        level: fc.constantFrom(...LEVELS),
        regime: fc.constantFrom(...REGIMES),
      }),
    );

  it('property: a level other than HTXSNV never breaches', () => {
    fc.assert(
      fc.property(scenarioArb, ({ members, who, level, regime }) => {
        fc.pre(level !== 'HTXSNV');
        const r = proposalQuota(regime, members, who, level);
        expect(r.breach).toBe(false);
        expect(r.message).toBeNull();
      }),
    );
  });

  it('property: the group is the meeting quota with the proposal counted; breach = HTXSNV and over', () => {
    fc.assert(
      fc.property(scenarioArb, ({ members, who, level, regime }) => {
        const r = proposalQuota(regime, members, who, level);
        const me = members.find((m) => m.personId === who) as QuotaMember;
        const after = members.map((m) => (m.personId === who ? { ...m, proposed: level } : m));
        const expected = meetingQuota(regime, after).groups.find((g) => g.group === me.similarGroup);
        expect(r.group).toEqual(expected);
        expect(r.breach).toBe(level === 'HTXSNV' && !expected?.ok);
        expect(r.message !== null).toBe(r.breach);
        // Proposing HTXSNV never leaves the group with fewer HTXSNV than before.
        if (level === 'HTXSNV') {
          const before = meetingQuota(regime, members).groups.find((g) => g.group === me.similarGroup);
          expect(r.group?.HTXSNV).toBeGreaterThanOrEqual(before?.HTXSNV ?? 0);
        }
      }),
    );
  });
});
