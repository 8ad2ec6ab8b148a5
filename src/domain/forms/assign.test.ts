import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { type AssignmentFacts, admittedTooRecently, collectiveFormFor, formsFor } from './assign.js';
import { formDefinition } from './catalogue.js';
import type { FormCode } from './types.js';

const YEAR: Record<Regime, number> = { '2024': 2024, '2025': 2025, '2026': 2026 };
const CATEGORIES = ['cong_chuc', 'vien_chuc', 'nguoi_lao_dong'] as const;
const RANKS = ['head', 'deputy', 'none'] as const;

/** The party form by guide and post (rules.md §2.1: the letters swap between HD 25 and HD 43). */
const PARTY_FORM: Record<Regime, { leader: FormCode; other: FormCode }> = {
  '2024': { leader: 'HD25_02B', other: 'HD25_02A' },
  '2025': { leader: 'HD43_2A', other: 'HD43_2B' },
  '2026': { leader: 'HD43_2A', other: 'HD43_2B' },
};

function facts(o: Partial<AssignmentFacts> = {}): AssignmentFacts {
  return {
    category: 'cong_chuc',
    partyMember: false,
    partyAdmittedOn: null,
    leadershipRank: 'none',
    inLeadershipUnit: false,
    nominee: false,
    ...o,
  };
}

interface Case {
  category: AssignmentFacts['category'];
  party: boolean;
  rank: AssignmentFacts['leadershipRank'];
  nominee: boolean;
  regime: Regime;
  expected: FormCode[];
}

/** Seed mục II.1, written as a table: party form by post; state form by category; nominee forms. */
const CASES: Case[] = REGIMES.flatMap((regime) =>
  CATEGORIES.flatMap((category) =>
    [true, false].flatMap((party) =>
      RANKS.flatMap((rank) =>
        [true, false].map((nominee): Case => {
          const partyCodes: FormCode[] = party
            ? [PARTY_FORM[regime][rank === 'none' ? 'other' : 'leader']]
            : [];
          const stateCodes: FormCode[] = category === 'vien_chuc' ? ['ND90_M03'] : party ? [] : ['VP_M01'];
          const nomineeCodes: FormCode[] = nominee ? ['CV2397_M01', 'CV2397_M02'] : [];
          return {
            category,
            party,
            rank,
            nominee,
            regime,
            expected: [...partyCodes, ...stateCodes, ...nomineeCodes],
          };
        }),
      ),
    ),
  ),
);

describe('formsFor: every combination', () => {
  it('has 108 cases', () => expect(CASES).toHaveLength(108));

  it.each(CASES)(
    '$regime $category party=$party rank=$rank nominee=$nominee → $expected',
    ({ category, party, rank, nominee, regime, expected }) => {
      const { forms } = formsFor(
        facts({
          category,
          partyMember: party,
          partyAdmittedOn: party ? '2010-03-02' : null,
          leadershipRank: rank,
          nominee,
        }),
        regime,
        YEAR[regime],
      );
      expect(forms.map((f) => f.code)).toEqual(expected);
      for (const f of forms) {
        // Each assigned form exists in the regime and the reason cites a rule in Vietnamese.
        expect(formDefinition(regime, f.code)).not.toBeNull();
        expect(f.reason).toMatch(/Mẫu|mẫu/);
        expect(f.reason).toMatch(/Kế hoạch|Hướng dẫn|Nghị định|Công văn|rules\.md/);
      }
    },
  );
});

describe('formsFor: special cases', () => {
  it('a member of the leadership collective writes the leaders’ form even without a unit rank', () => {
    const f = facts({ partyMember: true, inLeadershipUnit: true });
    expect(formsFor(f, '2024', 2024).forms.map((x) => x.code)).toEqual(['HD25_02B']);
    expect(formsFor(f, '2025', 2025).forms[0]?.code).toBe('HD43_2A');
    expect(formsFor(f, '2025', 2025).forms[0]?.reason).toMatch(/chi bộ trước/);
  });

  it('party members outside the political system use 2C from 2025 and 02A in 2024', () => {
    const f = facts({ partyMember: true, outsidePoliticalSystem: true, leadershipRank: 'head' });
    expect(formsFor(f, '2025', 2025).forms.map((x) => x.code)).toEqual(['HD43_2C']);
    expect(formsFor(f, '2026', 2026).forms.map((x) => x.code)).toEqual(['HD43_2C']);
    expect(formsFor(f, '2024', 2024).forms.map((x) => x.code)).toEqual(['HD25_02A']);
  });

  it('a non-party leader writes Mẫu số 01 with the leaders’ item', () => {
    const { forms } = formsFor(facts({ leadershipRank: 'deputy' }), '2024', 2024);
    expect(forms.map((x) => x.code)).toEqual(['VP_M01']);
    expect(forms[0]?.reason).toMatch(/lãnh đạo, quản lý/);
  });

  it('a viên chức party member writes the party form and Mẫu số 03', () => {
    const { forms } = formsFor(facts({ category: 'vien_chuc', partyMember: true }), '2025', 2025);
    expect(forms.map((x) => x.code)).toEqual(['HD43_2B', 'ND90_M03']);
    expect(forms[1]?.reason).toMatch(/ngoài bản kiểm điểm đảng viên/);
  });

  it('nominee reasons name the three years and the ten-year start', () => {
    const { forms } = formsFor(facts({ partyMember: true, nominee: true }), '2024', 2024);
    expect(forms.find((f) => f.code === 'CV2397_M01')?.reason).toMatch(/2022, 2023, 2024/);
    expect(forms.find((f) => f.code === 'CV2397_M02')?.reason).toMatch(/từ năm 2015/);
  });

  it('the collective form is the same in every regime', () => {
    for (const r of REGIMES) expect(collectiveFormFor(r)).toBe('TAP_THE_M01');
  });
});

describe('party members admitted less than 6 months before the end of the year (rules.md §2.3)', () => {
  it.each([
    ['2024-06-30', 2024, false],
    ['2024-07-01', 2024, true],
    ['2024-12-31', 2024, true],
    ['2024-01-01', 2024, false],
    ['2024-12-15', 2025, false],
    ['2025-07-01', 2025, true],
    ['2025-08-31', 2025, true],
    ['2026-01-10', 2025, true],
    ['không rõ', 2024, false],
  ] as const)('admitted %s, year %i → too recent %s', (admitted, year, expected) => {
    expect(admittedTooRecently(admitted, year)).toBe(expected);
  });

  it('unknown admission date counts as long-standing', () => {
    expect(admittedTooRecently(null, 2024)).toBe(false);
  });

  it('a recently admitted công chức writes Mẫu số 01 and the reason says why', () => {
    const { forms } = formsFor(facts({ partyMember: true, partyAdmittedOn: '2024-07-01' }), '2024', 2024);
    expect(forms.map((f) => f.code)).toEqual(['VP_M01']);
    expect(forms[0]?.reason).toMatch(/01\/07\/2024, chưa đủ 6 tháng tính đến 31\/12\/2024/);
    expect(forms[0]?.reason).toMatch(/không làm bản kiểm điểm đảng viên/);
  });

  it('a recently admitted viên chức writes only Mẫu số 03, with the note', () => {
    const { forms } = formsFor(
      facts({
        category: 'vien_chuc',
        partyMember: true,
        partyAdmittedOn: '2025-09-02',
        leadershipRank: 'head',
      }),
      '2025',
      2025,
    );
    expect(forms.map((f) => f.code)).toEqual(['ND90_M03']);
    expect(forms[0]?.reason).toMatch(/Điều 5 khoản 2\.1 Quy định 366-QĐ\/TW/);
  });

  it('admitted on 30/06 writes the party form that year', () => {
    const { forms } = formsFor(facts({ partyMember: true, partyAdmittedOn: '2024-06-30' }), '2024', 2024);
    expect(forms.map((f) => f.code)).toEqual(['HD25_02A']);
  });
});
