import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { DISCIPLINE_FORMS, DISCIPLINE_SYSTEMS, LEAVE_KINDS } from '../org.js';
import type { SettingsOverrides } from './settings.js';
import { checkTitles } from './titles.js';
import {
  atLeast,
  LEVELS,
  type Level,
  type PersonFacts,
  type TitleResult,
  type TitlesInput,
} from './types.js';

const person = (o: Partial<PersonFacts> = {}): PersonFacts => ({
  category: 'cong_chuc',
  leadership: 'none',
  employmentStart: '2010-01-01',
  leaves: [],
  disciplines: [],
  ...o,
});

const input = (o: Partial<TitlesInput> = {}): TitlesInput => ({
  regime: '2024',
  year: 2024,
  person: person(),
  level: 'HTTNV',
  recognisedInitiative: false,
  acceptedResearch: false,
  pendingProceedings: false,
  ...o,
});

const titles = (i: TitlesInput, overrides?: SettingsOverrides) => {
  const [ldtt, cstdcs] = checkTitles(i, overrides).titles as [TitleResult, TitleResult];
  expect(ldtt.title).toBe('LDTT');
  expect(cstdcs.title).toBe('CSTDCS');
  return { ldtt, cstdcs };
};
const codes = (t: TitleResult) => t.reasons.map((r) => r.code);

/** Moves a 2024 date into the row's year (the rows avoid 29/02). */
const shift = (iso: string, regime: Regime) =>
  `${Number(iso.slice(0, 4)) + Number(regime) - 2024}${iso.slice(4)}`;

describe('Lao động tiên tiến (Luật TĐKT 2022 Điều 24; TT 01/2024; NĐ 152/2025 Điều 4)', () => {
  type Row = {
    name: string;
    level: Level | null;
    start?: string;
    leaves?: PersonFacts['leaves'];
    disciplineOn?: string;
    pending?: boolean;
    overrides?: SettingsOverrides;
    eligible: boolean;
    code: string;
  };
  const rows: Row[] = [
    { name: 'HTXSNV', level: 'HTXSNV', eligible: true, code: 'ldtt_eligible' },
    { name: 'HTTNV', level: 'HTTNV', eligible: true, code: 'level_ok' },
    { name: 'HTNV', level: 'HTNV', eligible: false, code: 'level_below_httnv' },
    { name: 'KHTNV', level: 'KHTNV', eligible: false, code: 'level_below_httnv' },
    { name: 'no level', level: null, eligible: false, code: 'no_level' },
    {
      name: 'recruited 01/07: 6 months',
      level: 'HTTNV',
      start: '2024-07-01',
      eligible: true,
      code: 'ldtt_eligible',
    },
    {
      name: 'recruited 02/07: 5 months 30 days',
      level: 'HTTNV',
      start: '2024-07-02',
      eligible: false,
      code: 'newly_recruited',
    },
    {
      name: 'recruited 02/07, not classified either',
      level: 'HTTNV',
      start: '2024-07-02',
      eligible: false,
      code: 'not_classified',
    },
    {
      name: 'pending proceedings',
      level: 'HTXSNV',
      pending: true,
      eligible: false,
      code: 'suspended_pending',
    },
    {
      name: 'pending proceedings, the agency does not suspend',
      level: 'HTXSNV',
      pending: true,
      overrides: { suspendTitlesWhenPending: false },
      eligible: true,
      code: 'ldtt_eligible',
    },
    {
      name: 'sick 4 months: capped at HTNV',
      level: 'HTTNV',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-06-30' }],
      eligible: false,
      code: 'level_above_ceiling',
    },
    {
      name: 'sick 2 months',
      level: 'HTTNV',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-04-30' }],
      eligible: true,
      code: 'ldtt_eligible',
    },
    {
      name: 'maternity 8 months counts',
      level: 'HTTNV',
      leaves: [{ kind: 'maternity', from: '2024-01-01', to: '2024-08-31' }],
      eligible: true,
      code: 'maternity_counts_titles',
    },
    {
      name: 'maternity 8 months, the agency does not count it',
      level: 'HTTNV',
      leaves: [{ kind: 'maternity', from: '2024-01-01', to: '2024-08-31' }],
      overrides: { maternityCountsForTitles: false },
      eligible: false,
      code: 'not_classified',
    },
    {
      name: 'disciplined in the year',
      level: 'HTTNV',
      disciplineOn: '2024-04-01',
      eligible: false,
      code: 'level_above_ceiling',
    },
    {
      name: 'disciplined the year before',
      level: 'HTTNV',
      disciplineOn: '2023-04-01',
      eligible: true,
      code: 'ldtt_eligible',
    },
  ];
  const cases = rows.flatMap((r) => REGIMES.map((regime) => ({ ...r, regime })));
  it.each(cases)('$regime: $name → eligible $eligible', (r) => {
    const { ldtt, cstdcs } = titles(
      input({
        regime: r.regime,
        year: Number(r.regime),
        level: r.level,
        pendingProceedings: r.pending ?? false,
        person: person({
          employmentStart: shift(r.start ?? '2010-01-01', r.regime),
          leaves: (r.leaves ?? []).map((l) => ({
            ...l,
            from: shift(l.from, r.regime),
            to: shift(l.to, r.regime),
          })),
          disciplines: r.disciplineOn
            ? [{ system: 'administrative', form: 'khien_trach', decidedOn: shift(r.disciplineOn, r.regime) }]
            : [],
        }),
      }),
      r.overrides,
    );
    expect(ldtt.eligible).toBe(r.eligible);
    expect(codes(ldtt)).toContain(r.code);
    if (!r.eligible) expect(cstdcs.eligible).toBe(false);
  });

  it('cites the article of each regime for the new-recruit rule and the suspension', () => {
    const a = titles(
      input({ person: person({ employmentStart: '2024-09-01' }), pendingProceedings: true }),
    ).ldtt;
    expect(a.reasons.find((r) => r.code === 'newly_recruited')?.article).toBe('Thông tư 01/2024/TT-BNV');
    expect(a.reasons.find((r) => r.code === 'suspended_pending')?.article).toMatch(
      /^Nghị định 98\/2023\/NĐ-CP/,
    );
    const b = titles(
      input({
        regime: '2025',
        year: 2025,
        person: person({ employmentStart: '2025-09-01' }),
        pendingProceedings: true,
      }),
    ).ldtt;
    expect(b.reasons.find((r) => r.code === 'newly_recruited')?.article).toMatch(
      /^Thông tư 15\/2025\/TT-BNV/,
    );
    expect(b.reasons.find((r) => r.code === 'suspended_pending')?.article).toBe(
      'Điều 4 khoản 4 Nghị định 152/2025/NĐ-CP',
    );
    expect(b.reasons.find((r) => r.code === 'newly_recruited')?.message).toBe(
      'Mới tuyển dụng từ 01/09/2025 (đến 31/12/2025 được 4 tháng), dưới 6 tháng: không xét Lao động tiên tiến.',
    );
  });
});

describe('Chiến sĩ thi đua cơ sở (Luật TĐKT 2022 Điều 23)', () => {
  type Row = {
    level: Level;
    initiative?: boolean;
    research?: boolean;
    pending?: boolean;
    eligible: boolean;
    code: string;
  };
  const rows: Row[] = [
    { level: 'HTXSNV', eligible: true, code: 'council_vote_required' },
    { level: 'HTTNV', initiative: true, eligible: true, code: 'achievement' },
    { level: 'HTTNV', research: true, eligible: true, code: 'achievement' },
    { level: 'HTTNV', eligible: false, code: 'no_achievement' },
    { level: 'HTNV', initiative: true, research: true, eligible: false, code: 'ldtt_required' },
    { level: 'HTXSNV', pending: true, eligible: false, code: 'ldtt_required' },
  ];
  const cases = rows.flatMap((r) => REGIMES.map((regime) => ({ ...r, regime })));
  it.each(cases)(
    '$regime: $level, initiative $initiative, research $research, pending $pending → $eligible',
    (r) => {
      const { cstdcs } = titles(
        input({
          regime: r.regime,
          year: Number(r.regime),
          level: r.level,
          recognisedInitiative: r.initiative ?? false,
          acceptedResearch: r.research ?? false,
          pendingProceedings: r.pending ?? false,
        }),
      );
      expect(cstdcs.eligible).toBe(r.eligible);
      expect(codes(cstdcs)).toContain(r.code);
      for (const reason of cstdcs.reasons)
        expect(reason.article).toMatch(/Luật Thi đua, khen thưởng 2022|Nghị định/);
    },
  );

  it('an HTXSNV capped by leave is no ground for CSTĐCS', () => {
    const { ldtt, cstdcs } = titles(
      input({
        level: 'HTXSNV',
        person: person({ leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-06-30' }] }),
      }),
    );
    expect(ldtt.eligible).toBe(false);
    expect(codes(cstdcs)).toEqual(['ldtt_required', 'no_achievement']);
  });
});

describe('properties', () => {
  const arb = fc.record({
    regime: fc.constantFrom(...REGIMES),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    recent: fc.boolean(),
    leave: fc.option(
      fc.record({
        kind: fc.constantFrom(...LEAVE_KINDS),
        from: fc.integer({ min: 1, max: 6 }),
        months: fc.integer({ min: 1, max: 6 }),
      }),
      { nil: undefined },
    ),
    discipline: fc.option(
      fc.record({
        system: fc.constantFrom(...DISCIPLINE_SYSTEMS),
        form: fc.constantFrom(...DISCIPLINE_FORMS),
      }),
      { nil: undefined },
    ),
    recognisedInitiative: fc.boolean(),
    acceptedResearch: fc.boolean(),
    pendingProceedings: fc.boolean(),
  });
  const pad = (n: number) => String(n).padStart(2, '0');

  it('CSTĐCS ⇒ LĐTT ⇒ level HTTNV or better; pending ⇒ nothing; every reason cites an article', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const y = Number(a.regime);
        const p = person({
          employmentStart: a.recent ? `${y}-${pad(a.startMonth)}-01` : '2005-03-01',
          leaves: a.leave
            ? [
                {
                  kind: a.leave.kind,
                  from: `${y}-${pad(a.leave.from)}-01`,
                  to: `${y}-${pad(a.leave.from + a.leave.months)}-01`,
                },
              ]
            : [],
          disciplines: a.discipline ? [{ ...a.discipline, decidedOn: `${y}-05-05` }] : [],
        });
        const { ldtt, cstdcs } = titles(
          input({
            regime: a.regime,
            year: y,
            person: p,
            level: a.level,
            recognisedInitiative: a.recognisedInitiative,
            acceptedResearch: a.acceptedResearch,
            pendingProceedings: a.pendingProceedings,
          }),
        );
        if (cstdcs.eligible) expect(ldtt.eligible).toBe(true);
        if (ldtt.eligible) {
          expect(a.level !== null && atLeast(a.level, 'HTTNV')).toBe(true);
          expect(a.pendingProceedings).toBe(false);
        }
        if (a.discipline) expect(ldtt.eligible).toBe(false);
        for (const r of [...ldtt.reasons, ...cstdcs.reasons]) {
          expect(r.article.length).toBeGreaterThan(5);
          expect(r.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
