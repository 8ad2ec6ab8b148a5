import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, type Regime } from '../cycle.js';
import { CATEGORIES, DISCIPLINE_FORMS, DISCIPLINE_SYSTEMS, LEADERSHIP_RANKS, LEAVE_KINDS } from '../org.js';
import { classify } from './classify.js';
import { dayOf, formatDuration, lengthOf } from './periods.js';
import { ruleSettings, type SettingsOverrides } from './settings.js';
import {
  type ClassifyInput,
  type ClassifyResult,
  type DisciplineFact,
  GENERAL_ASSESSMENTS,
  LEVELS,
  type Level,
  levelRank,
  minLevel,
  type PersonFacts,
  type UnitResults,
} from './types.js';

const person = (o: Partial<PersonFacts> = {}): PersonFacts => ({
  category: 'cong_chuc',
  leadership: 'none',
  employmentStart: '2010-01-01',
  leaves: [],
  disciplines: [],
  ...o,
});

/** A non-leader who meets every HTXSNV criterion in `year` under `regime`. */
const input = (o: Partial<ClassifyInput> = {}): ClassifyInput => ({
  regime: '2024',
  year: 2024,
  person: person(),
  general: 'good',
  findings: { ideologicalDecline: false },
  tasks: { total: 10, onTimeQuality: 10, exceeded: 5, poor: 0 },
  ...o,
});

const unitAll = (o: Partial<UnitResults> = {}): UnitResults => ({
  targetsTotal: 10,
  targetsCompleted: 10,
  targetsExceeded: 5,
  targetsOnTime: 10,
  subUnitLevels: ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV'],
  ...o,
});

const leader = (o: Partial<ClassifyInput> = {}, rank: 'head' | 'deputy' = 'head'): ClassifyInput =>
  input({ person: person({ leadership: rank }), unit: unitAll(), ...o });

const codes = (r: ClassifyResult) => r.reasons.map((x) => x.code);
const yearOf = (regime: Regime) => Number(regime);

describe('periods', () => {
  const len = (from: string, to: string, mode: 'calendar' | 'days' = 'calendar') =>
    formatDuration(lengthOf([{ from: dayOf(from), to: dayOf(to) }], mode, 30));
  it.each([
    ['2024-07-01', '2024-12-31', '6 tháng'],
    ['2024-07-02', '2024-12-31', '5 tháng 30 ngày'],
    ['2024-03-01', '2024-05-31', '3 tháng'],
    ['2024-03-01', '2024-05-30', '2 tháng 30 ngày'],
    // February whole (1 month) plus 31/01.
    ['2024-01-31', '2024-02-29', '1 tháng 1 ngày'],
    ['2024-02-01', '2024-02-29', '1 tháng'],
    // 31/08 + 6 months has no 31/02: the month ends on its last day.
    ['2023-08-31', '2024-02-28', '6 tháng'],
    ['2023-09-01', '2024-02-28', '5 tháng 28 ngày'],
    ['2024-01-01', '2024-12-31', '12 tháng'],
    ['2024-05-10', '2024-05-10', '1 ngày'],
  ])('calendar length %s – %s is %s', (from, to, want) => {
    expect(len(from, to)).toBe(want);
  });
  it.each([
    ['2024-03-01', '2024-05-28', '2 tháng 29 ngày'],
    ['2024-03-01', '2024-05-29', '3 tháng'],
  ])('length in days %s – %s is %s (30 days a month)', (from, to, want) => {
    expect(len(from, to, 'days')).toBe(want);
  });
});

describe('time worked and leave (NĐ 90 Điều 2 khoản 3, NĐ 48/2023)', () => {
  type Row = {
    name: string;
    start?: string;
    leaves?: PersonFacts['leaves'];
    overrides?: SettingsOverrides;
    evaluated: boolean;
    maxLevel: Level | null;
    code: string;
  };
  const rows: Row[] = [
    {
      name: 'started 01/07: exactly 6 months',
      start: '2024-07-01',
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'criteria_met',
    },
    {
      name: 'started 02/07: 5 months 30 days',
      start: '2024-07-02',
      evaluated: false,
      maxLevel: null,
      code: 'not_evaluated_under_6_months',
    },
    {
      name: 'started after the year',
      start: '2025-01-01',
      evaluated: false,
      maxLevel: null,
      code: 'not_evaluated_under_6_months',
    },
    {
      name: 'sick 7 months: worked 5',
      leaves: [{ kind: 'sick', from: '2024-01-01', to: '2024-07-31' }],
      evaluated: false,
      maxLevel: null,
      code: 'not_evaluated_under_6_months',
    },
    {
      name: 'maternity 8 months: still classified',
      leaves: [{ kind: 'maternity', from: '2024-01-01', to: '2024-08-31' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'maternity_counts',
    },
    {
      name: 'maternity all year',
      leaves: [{ kind: 'maternity', from: '2023-10-01', to: '2025-03-31' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'maternity_counts',
    },
    {
      name: 'sick exactly 3 months: capped',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-05-31' }],
      evaluated: true,
      maxLevel: 'HTNV',
      code: 'leave_cap_htnv',
    },
    {
      name: 'sick 2 months 30 days: not capped',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-05-30' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_under_3_months',
    },
    {
      name: 'other leave 5 months 30 days: capped',
      leaves: [{ kind: 'other', from: '2024-03-02', to: '2024-08-31' }],
      evaluated: true,
      maxLevel: 'HTNV',
      code: 'leave_cap_htnv',
    },
    {
      name: 'sick exactly 6 months, worked 6: the text neither excludes nor caps',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-08-31' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_six_months_or_more',
    },
    {
      name: 'two leaves add up: 15 days + 2 months 15 days = 3 months',
      leaves: [
        { kind: 'sick', from: '2024-02-01', to: '2024-02-15' },
        { kind: 'other', from: '2024-04-01', to: '2024-06-15' },
      ],
      evaluated: true,
      maxLevel: 'HTNV',
      code: 'leave_cap_htnv',
    },
    {
      name: 'overlapping leaves count once',
      leaves: [
        { kind: 'sick', from: '2024-03-01', to: '2024-04-30' },
        { kind: 'other', from: '2024-04-01', to: '2024-05-15' },
      ],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_under_3_months',
    },
    {
      name: 'leave outside the year is clipped',
      leaves: [{ kind: 'sick', from: '2023-10-01', to: '2024-01-31' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_under_3_months',
    },
    {
      name: 'days mode: 89 days is under 3 months',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-05-28' }],
      overrides: { durationMode: 'days' },
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_under_3_months',
    },
    {
      name: 'days mode: 90 days is 3 months',
      leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-05-29' }],
      overrides: { durationMode: 'days' },
      evaluated: true,
      maxLevel: 'HTNV',
      code: 'leave_cap_htnv',
    },
    {
      name: 'started 01/05 with 2 months sick: worked 6 months',
      start: '2024-05-01',
      leaves: [{ kind: 'sick', from: '2024-06-01', to: '2024-07-31' }],
      evaluated: true,
      maxLevel: 'HTXSNV',
      code: 'leave_under_3_months',
    },
    {
      name: 'started 02/05 with 2 months sick: worked 5 months 30 days',
      start: '2024-05-02',
      leaves: [{ kind: 'sick', from: '2024-06-01', to: '2024-07-31' }],
      evaluated: false,
      maxLevel: null,
      code: 'not_evaluated_under_6_months',
    },
  ];
  const cases = rows.flatMap((r) => REGIMES.map((regime) => ({ ...r, regime })));
  it.each(cases)('$regime: $name', (r) => {
    const y = yearOf(r.regime);
    const shift = (iso: string) => `${Number(iso.slice(0, 4)) + y - 2024}${iso.slice(4)}`;
    // 2024 is a leap year; the rows' dates do not touch 29/02, so shifting the year keeps them valid.
    const res = classify(
      input({
        regime: r.regime,
        year: y,
        person: person({
          employmentStart: shift(r.start ?? '2010-01-01'),
          leaves: (r.leaves ?? []).map((l) => ({ ...l, from: shift(l.from), to: shift(l.to) })),
        }),
        // 2026 công chức are rated on points.
        points: r.regime === '2026' ? { general: 30, results: 65 } : undefined,
      }),
      r.overrides,
    );
    expect(res.evaluated).toBe(r.evaluated);
    expect(res.maxLevel).toBe(r.maxLevel);
    expect(res.level).toBe(r.maxLevel);
    if (r.code !== 'criteria_met' || r.regime !== '2026') expect(codes(res)).toContain(r.code);
    if (r.regime === '2026' && r.code !== 'criteria_met')
      expect(codes(res)).toContain('assumed_nd90_time_rules');
  });

  it('says the dates in dd/mm/yyyy', () => {
    const res = classify(input({ person: person({ employmentStart: '2024-08-01' }) }));
    expect(res.reasons[0]?.message).toBe(
      'Làm việc dưới 6 tháng trong năm 2024 (từ 01/08/2024, được 5 tháng): không xếp loại, chỉ kiểm điểm thời gian công tác.',
    );
    expect(res.reasons[0]?.article).toBe(
      'Điều 2 khoản 3 Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
    );
  });
});

describe('discipline (NĐ 90 Điều 2 khoản 5, NĐ 48/2023; NĐ 335/2025)', () => {
  const d = (o: Partial<DisciplineFact> = {}): DisciplineFact => ({
    system: 'administrative',
    form: 'khien_trach',
    decidedOn: '2024-05-10',
    ...o,
  });
  type Row = {
    name: string;
    regime?: Regime;
    year?: number;
    discipline: DisciplineFact;
    overrides?: SettingsOverrides;
    khtnv: boolean;
    code: string;
  };
  const rows: Row[] = [
    ...DISCIPLINE_SYSTEMS.flatMap((system) =>
      DISCIPLINE_FORMS.map(
        (form): Row => ({
          name: `${system} ${form} in the year`,
          discipline: d({ system, form }),
          khtnv: true,
          code: 'discipline_in_year',
        }),
      ),
    ),
    {
      name: 'decided on 31/12 of the year before',
      discipline: d({ decidedOn: '2023-12-31' }),
      khtnv: false,
      code: 'discipline_other_year',
    },
    {
      name: 'decided on 31/12 of the year',
      discipline: d({ decidedOn: '2024-12-31', effectiveFrom: '2025-01-05' }),
      khtnv: true,
      code: 'discipline_in_year',
    },
    {
      name: 'effective next year, counted by effective date',
      discipline: d({ decidedOn: '2024-12-31', effectiveFrom: '2025-01-05' }),
      overrides: { disciplineDateBasis: 'effectiveFrom' },
      khtnv: false,
      code: 'discipline_other_year',
    },
    {
      name: 'effective this year though decided last year, counted by effective date',
      discipline: d({ decidedOn: '2023-12-28', effectiveFrom: '2024-01-02' }),
      overrides: { disciplineDateBasis: 'effectiveFrom' },
      khtnv: true,
      code: 'discipline_in_year',
    },
    {
      name: 'violation already rated KHTNV in 2023 (điểm b)',
      discipline: d({ alreadyCounted: { year: 2023, basis: 'khtnv_before_decision' } }),
      khtnv: false,
      code: 'discipline_rated_before_decision',
    },
    {
      name: 'same act, other system, counted in 2023 (điểm c)',
      discipline: d({ system: 'party', alreadyCounted: { year: 2023, basis: 'same_act_other_system' } }),
      khtnv: false,
      code: 'discipline_same_act_counted',
    },
    {
      name: 'same act, this year is the counted one',
      discipline: d({ alreadyCounted: { year: 2024, basis: 'same_act_other_system' } }),
      khtnv: true,
      code: 'discipline_in_year',
    },
    {
      name: 'not duty related still counts under NĐ 90',
      regime: '2025',
      year: 2025,
      discipline: d({ decidedOn: '2025-03-01', dutyRelated: false }),
      khtnv: true,
      code: 'discipline_in_year',
    },
    {
      name: 'not duty related does not count under NĐ 335',
      regime: '2026',
      year: 2026,
      discipline: d({ decidedOn: '2026-03-01', dutyRelated: false }),
      khtnv: false,
      code: 'discipline_not_duty_related',
    },
    {
      name: 'duty related counts under NĐ 335',
      regime: '2026',
      year: 2026,
      discipline: d({ decidedOn: '2026-03-01', dutyRelated: true }),
      khtnv: true,
      code: 'discipline_in_year',
    },
  ];
  it.each(rows)('$name', (r) => {
    const regime = r.regime ?? '2024';
    const res = classify(
      input({
        regime,
        year: r.year ?? 2024,
        person: person({ disciplines: [r.discipline] }),
        points: regime === '2026' ? { general: 30, results: 65 } : undefined,
      }),
      r.overrides,
    );
    expect(res.evaluated).toBe(true);
    expect(res.maxLevel).toBe(r.khtnv ? 'KHTNV' : 'HTXSNV');
    expect(res.level).toBe(r.khtnv ? 'KHTNV' : 'HTXSNV');
    expect(codes(res)).toContain(r.code);
  });

  it('explains the decision in the clerk’s words', () => {
    const res = classify(
      input({ person: person({ disciplines: [d({ system: 'party', form: 'canh_cao' })] }) }),
    );
    const reason = res.reasons.find((x) => x.code === 'discipline_in_year');
    expect(reason).toEqual({
      code: 'discipline_in_year',
      message:
        'Bị kỷ luật cảnh cáo (kỷ luật đảng) theo quyết định ngày 10/05/2024, trong năm đánh giá 2024: xếp loại Không hoàn thành nhiệm vụ.',
      article: 'Điều 2 khoản 5 điểm a Nghị định 90/2020/NĐ-CP, bổ sung bởi Nghị định 48/2023/NĐ-CP',
    });
  });
});

describe('transfers (NĐ 90 Điều 20)', () => {
  it.each([
    { monthsThere: 6, dissolved: false, code: 'transfer_old_unit_comments' },
    { monthsThere: 5, dissolved: false, code: 'transfer_new_unit_evaluates' },
    { monthsThere: 8, dissolved: true, code: 'transfer_old_unit_dissolved' },
  ])(
    '$monthsThere months at the old unit, dissolved $dissolved: $code',
    ({ monthsThere, dissolved, code }) => {
      const res = classify(
        input({
          person: person({
            transfers: [{ transferredOn: '2024-07-01', monthsThere, previousUnitDissolved: dissolved }],
          }),
        }),
      );
      expect(res.level).toBe('HTXSNV');
      expect(codes(res)).toContain(code);
    },
  );

  it('ignores transfers of other years', () => {
    const res = classify(
      input({ person: person({ transfers: [{ transferredOn: '2023-07-01', monthsThere: 9 }] }) }),
    );
    expect(codes(res).some((c) => c.startsWith('transfer_'))).toBe(false);
  });
});

describe('criteria without a leadership post (NĐ 90 Điều 8–11, 12–15)', () => {
  type Row = {
    name: string;
    general?: ClassifyInput['general'];
    tasks: ClassifyInput['tasks'];
    ideologicalDecline?: boolean;
    level: Level;
    code: string;
  };
  const rows: Row[] = [
    {
      name: 'all on time, half exceeded',
      tasks: { total: 10, onTimeQuality: 10, exceeded: 5, poor: 0 },
      level: 'HTXSNV',
      code: 'criteria_met',
    },
    {
      name: 'exceeded exactly 50% (1 of 2)',
      tasks: { total: 2, onTimeQuality: 2, exceeded: 1, poor: 0 },
      level: 'HTXSNV',
      code: 'criteria_met',
    },
    {
      name: 'exceeded 49% (49 of 100)',
      tasks: { total: 100, onTimeQuality: 100, exceeded: 49, poor: 0 },
      level: 'HTTNV',
      code: 'htxsnv_exceeded_share',
    },
    {
      name: 'general only meets',
      general: 'meets',
      tasks: { total: 10, onTimeQuality: 10, exceeded: 10, poor: 0 },
      level: 'HTTNV',
      code: 'htxsnv_general',
    },
    {
      name: '1 task poor of 10',
      tasks: { total: 10, onTimeQuality: 9, exceeded: 9, poor: 1 },
      level: 'HTNV',
      code: 'httnv_on_time',
    },
    {
      name: 'poor exactly 20%',
      tasks: { total: 10, onTimeQuality: 8, exceeded: 0, poor: 2 },
      level: 'HTNV',
      code: 'criteria_met',
    },
    {
      name: 'poor 21% (21 of 100)',
      tasks: { total: 100, onTimeQuality: 79, exceeded: 0, poor: 21 },
      level: 'KHTNV',
      code: 'htnv_poor_share',
    },
    {
      name: 'one task not completed',
      tasks: { total: 10, onTimeQuality: 9, exceeded: 0, poor: 0 },
      level: 'KHTNV',
      code: 'htnv_all_done',
    },
    {
      name: 'not on time exactly 50%: no trigger',
      tasks: { total: 10, onTimeQuality: 5, exceeded: 0, poor: 5 },
      level: 'KHTNV',
      code: 'no_level_met',
    },
    {
      name: 'not on time 60%: trigger (điểm b)',
      tasks: { total: 10, onTimeQuality: 4, exceeded: 0, poor: 6 },
      level: 'KHTNV',
      code: 'khtnv_tasks_not_done',
    },
    {
      name: 'general fails',
      general: 'fails',
      tasks: { total: 10, onTimeQuality: 10, exceeded: 10, poor: 0 },
      level: 'KHTNV',
      code: 'no_level_met',
    },
    {
      name: 'ideological decline (điểm a)',
      ideologicalDecline: true,
      tasks: { total: 10, onTimeQuality: 10, exceeded: 10, poor: 0 },
      level: 'KHTNV',
      code: 'khtnv_ideological_decline',
    },
  ];
  // Công chức from 2026 are rated on points (below); viên chức stay on these criteria by default.
  const combos = [
    ['2024', 'cong_chuc'],
    ['2024', 'vien_chuc'],
    ['2025', 'cong_chuc'],
    ['2025', 'vien_chuc'],
    ['2026', 'vien_chuc'],
  ] as const;
  const cases = rows.flatMap((r) => combos.map(([regime, category]) => ({ ...r, regime, category })));
  it.each(cases)('$regime $category: $name → $level', (r) => {
    const res = classify(
      input({
        regime: r.regime,
        year: yearOf(r.regime),
        person: person({ category: r.category }),
        general: r.general ?? 'good',
        findings: { ideologicalDecline: r.ideologicalDecline ?? false },
        tasks: r.tasks,
        // QĐ 366's remediation gate is on by default from 2025; the facts say all is remedied.
        remediation: { total: 0, resolved: 0 },
      }),
    );
    expect(res.level).toBe(r.level);
    expect(codes(res)).toContain(r.code);
  });

  it.each([
    ['cong_chuc', 'HTXSNV', 'Điều 8 khoản 1 Nghị định 90/2020/NĐ-CP'],
    ['cong_chuc', 'HTNV', 'Điều 10 khoản 1 Nghị định 90/2020/NĐ-CP'],
    ['vien_chuc', 'HTXSNV', 'Điều 12 khoản 1 Nghị định 90/2020/NĐ-CP'],
    ['vien_chuc', 'HTTNV', 'Điều 13 khoản 1 Nghị định 90/2020/NĐ-CP'],
  ] as const)('%s reaching %s cites %s', (category, level, article) => {
    const tasks =
      level === 'HTXSNV'
        ? { total: 4, onTimeQuality: 4, exceeded: 2, poor: 0 }
        : level === 'HTTNV'
          ? { total: 4, onTimeQuality: 4, exceeded: 0, poor: 0 }
          : { total: 5, onTimeQuality: 4, exceeded: 0, poor: 1 };
    const res = classify(input({ person: person({ category }), tasks }));
    expect(res.level).toBe(level);
    expect(res.reasons.find((x) => x.code === 'criteria_met')?.article).toBe(article);
  });

  it('cites điểm b of Điều 11 for the > 50% trigger', () => {
    const res = classify(input({ tasks: { total: 10, onTimeQuality: 4, exceeded: 0, poor: 6 } }));
    expect(res.reasons.find((x) => x.code === 'khtnv_tasks_not_done')?.article).toBe(
      'Điều 11 khoản 1 điểm b Nghị định 90/2020/NĐ-CP',
    );
  });

  it('a breach of party prohibitions is not a KHTNV trigger under NĐ 90', () => {
    const res = classify(input({ findings: { ideologicalDecline: false, breachOfProhibitions: true } }));
    expect(res.level).toBe('HTXSNV');
    expect(codes(res)).toContain('finding_not_applicable');
  });
});

describe('người lao động and viên chức from 2026 (assumed rules)', () => {
  it('người lao động follow công chức by default, and say so', () => {
    const res = classify(input({ person: person({ category: 'nguoi_lao_dong' }) }));
    expect(res.level).toBe('HTXSNV');
    expect(codes(res)[0]).toBe('assumed_nguoi_lao_dong');
    expect(res.reasons.find((x) => x.code === 'criteria_met')?.article).toMatch(/^Điều 8 /);
  });
  it('người lao động may follow viên chức', () => {
    const res = classify(input({ person: person({ category: 'nguoi_lao_dong' }) }), {
      nguoiLaoDongBasis: 'vien_chuc',
    });
    expect(res.reasons.find((x) => x.code === 'criteria_met')?.article).toMatch(/^Điều 12 /);
  });
  it('người lao động in 2026 follow công chức: points', () => {
    const res = classify(
      input({
        regime: '2026',
        year: 2026,
        person: person({ category: 'nguoi_lao_dong' }),
        points: { general: 25, results: 50 },
      }),
    );
    expect(res.level).toBe('HTTNV');
    expect(codes(res)).toEqual(expect.arrayContaining(['assumed_nguoi_lao_dong', 'point_band']));
  });
  it('viên chức in 2026 stay on NĐ 90 criteria by default', () => {
    const res = classify(
      input({
        regime: '2026',
        year: 2026,
        person: person({ category: 'vien_chuc' }),
        remediation: { total: 1, resolved: 1 },
      }),
    );
    expect(res.level).toBe('HTXSNV');
    expect(codes(res)).toContain('assumed_vien_chuc_nd90');
    expect(res.reasons.find((x) => x.code === 'criteria_met')?.article).toMatch(/^Điều 12 /);
  });
  it('viên chức in 2026 may be put on points', () => {
    const res = classify(
      input({
        regime: '2026',
        year: 2026,
        person: person({ category: 'vien_chuc' }),
        points: { general: 20, results: 40 },
      }),
      { vienChucFrom2026: 'nd335' },
    );
    expect(res.level).toBe('HTNV');
    expect(codes(res)).toContain('assumed_vien_chuc_nd335');
  });
});

describe('leaders (NĐ 90 Điều 8–11 khoản 2)', () => {
  type Row = {
    name: string;
    unit?: Partial<UnitResults> | null;
    category?: 'cong_chuc' | 'vien_chuc';
    overrides?: SettingsOverrides;
    subordinateCorruption?: boolean;
    tasks?: ClassifyInput['tasks'];
    level: Level;
    code: string;
  };
  const rows: Row[] = [
    { name: 'everything met', level: 'HTXSNV', code: 'criteria_met' },
    {
      name: 'own tasks need not be exceeded',
      tasks: { total: 10, onTimeQuality: 10, exceeded: 0, poor: 0 },
      level: 'HTXSNV',
      code: 'criteria_met',
    },
    {
      name: 'unit exceeded 49%',
      unit: { targetsTotal: 100, targetsCompleted: 100, targetsExceeded: 49, targetsOnTime: 100 },
      level: 'HTTNV',
      code: 'htxsnv_unit_exceeded_share',
    },
    {
      name: 'sub-units exactly 70% good',
      unit: {
        subUnitLevels: [
          'HTTNV',
          'HTTNV',
          'HTTNV',
          'HTTNV',
          'HTTNV',
          'HTTNV',
          'HTXSNV',
          'HTNV',
          'HTNV',
          'HTNV',
        ],
      },
      level: 'HTXSNV',
      code: 'criteria_met',
    },
    {
      name: 'sub-units 60% good (công chức: no 70% clause for HTTNV)',
      unit: { subUnitLevels: ['HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV'] },
      level: 'HTTNV',
      code: 'htxsnv_sub_units_good_share',
    },
    {
      name: 'sub-units 60% good, viên chức: 70% clause for HTTNV',
      category: 'vien_chuc',
      unit: { subUnitLevels: ['HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV'] },
      level: 'HTNV',
      code: 'httnv_sub_units_good_share',
    },
    {
      name: 'sub-units 60% good, công chức with the 70% clause on',
      overrides: { leaderHttnvSubUnitsGoodCongChuc: true },
      unit: { subUnitLevels: ['HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV'] },
      level: 'HTNV',
      code: 'httnv_sub_units_good_share',
    },
    {
      name: 'one sub-unit KHTNV',
      unit: { subUnitLevels: ['HTXSNV', 'HTXSNV', 'HTXSNV', 'KHTNV'] },
      level: 'HTNV',
      code: 'httnv_sub_units_all_htnv',
    },
    {
      name: 'sub-units 70% at least HTNV',
      unit: {
        subUnitLevels: ['HTNV', 'HTNV', 'HTNV', 'HTNV', 'HTNV', 'HTNV', 'HTNV', 'KHTNV', 'KHTNV', 'KHTNV'],
      },
      level: 'HTNV',
      code: 'criteria_met',
    },
    {
      name: 'sub-units 60% at least HTNV',
      unit: { subUnitLevels: ['HTNV', 'HTNV', 'HTNV', 'KHTNV', 'KHTNV'] },
      level: 'KHTNV',
      code: 'htnv_sub_units_htnv_share',
    },
    { name: 'no sub-units', unit: { subUnitLevels: [] }, level: 'HTXSNV', code: 'no_sub_units' },
    {
      name: 'unit on time exactly 80%',
      unit: { targetsExceeded: 0, targetsOnTime: 8 },
      level: 'HTTNV',
      code: 'htxsnv_unit_exceeded_share',
    },
    {
      name: 'unit on time 79%',
      unit: { targetsTotal: 100, targetsCompleted: 100, targetsExceeded: 0, targetsOnTime: 79 },
      level: 'HTNV',
      code: 'httnv_unit_on_time_share',
    },
    {
      name: 'unit 9 of 10 completed',
      unit: { targetsCompleted: 9, targetsExceeded: 5, targetsOnTime: 9 },
      level: 'HTNV',
      code: 'htxsnv_unit_all_completed',
    },
    {
      name: 'unit 71% completed',
      unit: { targetsTotal: 100, targetsCompleted: 71, targetsExceeded: 0, targetsOnTime: 71 },
      level: 'HTNV',
      code: 'criteria_met',
    },
    {
      name: 'unit exactly 70% completed',
      unit: { targetsCompleted: 7, targetsExceeded: 0, targetsOnTime: 7 },
      level: 'KHTNV',
      code: 'htnv_unit_completed_share',
    },
    {
      name: 'unit exactly 50% completed: no trigger',
      unit: { targetsCompleted: 5, targetsExceeded: 0, targetsOnTime: 5 },
      level: 'KHTNV',
      code: 'no_level_met',
    },
    {
      name: 'unit 49% completed: trigger (điểm c)',
      unit: { targetsTotal: 100, targetsCompleted: 49, targetsExceeded: 0, targetsOnTime: 49 },
      level: 'KHTNV',
      code: 'khtnv_unit_below_half',
    },
    {
      name: 'corruption in a managed unit (điểm d)',
      subordinateCorruption: true,
      level: 'KHTNV',
      code: 'khtnv_subordinate_corruption',
    },
    { name: 'no unit results', unit: null, level: 'KHTNV', code: 'htnv_unit_missing' },
  ];
  const cases = rows.flatMap((r) =>
    (['2024', '2025'] as const).flatMap((regime) =>
      (['head', 'deputy'] as const).map((rank) => ({ ...r, regime, rank })),
    ),
  );
  it.each(cases)('$regime $rank: $name → $level', (r) => {
    const unit = r.unit === null ? undefined : unitAll(r.unit ?? {});
    const res = classify(
      leader(
        {
          regime: r.regime,
          year: yearOf(r.regime),
          person: person({ leadership: r.rank, category: r.category ?? 'cong_chuc' }),
          unit,
          findings: { ideologicalDecline: false, subordinateCorruption: r.subordinateCorruption },
          tasks: r.tasks ?? { total: 10, onTimeQuality: 10, exceeded: 5, poor: 0 },
          remediation: { total: 2, resolved: 2 },
        },
        r.rank,
      ),
      r.overrides,
    );
    expect(res.level).toBe(r.level);
    expect(codes(res)).toContain(r.code);
  });
});

describe('points', () => {
  type Row = { general: number; results: number; level: Level };
  const rows: Row[] = [
    { general: 30, results: 70, level: 'HTXSNV' },
    { general: 30, results: 60, level: 'HTXSNV' },
    { general: 29.9, results: 60.1, level: 'HTXSNV' },
    { general: 30, results: 59.99, level: 'HTTNV' },
    { general: 20, results: 50, level: 'HTTNV' },
    { general: 20, results: 49.99, level: 'HTNV' },
    { general: 20, results: 30, level: 'HTNV' },
    { general: 20, results: 29.99, level: 'KHTNV' },
    { general: 0, results: 0, level: 'KHTNV' },
  ];
  it.each(rows)('2026 công chức: $general + $results → $level (NĐ 335, 90 is in the top band)', (r) => {
    const res = classify(
      input({
        regime: '2026',
        year: 2026,
        points: { general: r.general, results: r.results },
        remediation: { total: 0, resolved: 0 },
      }),
    );
    expect(res.level).toBe(r.level);
    const band = res.reasons.find((x) => x.code === 'point_band');
    expect(band?.article).toBe('Nghị định 335/2025/NĐ-CP');
  });

  it('states the band boundaries in words', () => {
    const res = classify(input({ regime: '2026', year: 2026, points: { general: 25, results: 55 } }));
    expect(res.reasons.find((x) => x.code === 'point_band')?.message).toBe(
      'Tổng điểm 80/100 (tiêu chí chung 25, kết quả thực hiện nhiệm vụ 55): thuộc khung Hoàn thành tốt nhiệm vụ (từ 70 đến dưới 90 điểm).',
    );
  });

  it.each([
    { general: 30, results: 60, level: 'HTTNV' },
    { general: 30, results: 60.5, level: 'HTXSNV' },
    { general: 30, results: 50, level: 'HTNV' },
    { general: 30, results: 50.01, level: 'HTTNV' },
    { general: 20, results: 30, level: 'HTNV' },
    { general: 20, results: 29.5, level: 'KHTNV' },
  ] as const)('exclusive bands (Hải Phòng style > 90 / > 80 / ≥ 50): $general + $results → $level', (r) => {
    const res = classify(
      input({ regime: '2026', year: 2026, points: r, remediation: { total: 0, resolved: 0 } }),
      {
        pointBands: [
          { level: 'HTXSNV', min: 90, inclusive: false },
          { level: 'HTTNV', min: 80, inclusive: false },
          { level: 'HTNV', min: 50, inclusive: true },
        ],
      },
    );
    expect(res.level).toBe(r.level);
  });

  it.each([
    {
      name: 'ideological decline',
      findings: { ideologicalDecline: true },
      code: 'khtnv_ideological_decline',
    },
    {
      name: 'breach of prohibitions',
      findings: { ideologicalDecline: false, breachOfProhibitions: true },
      code: 'khtnv_breach_of_prohibitions',
    },
  ])('2026 trigger despite 100 points: $name', ({ findings, code }) => {
    const res = classify(
      input({ regime: '2026', year: 2026, findings, points: { general: 30, results: 70 } }),
    );
    expect(res.level).toBe('KHTNV');
    expect(codes(res)).toContain(code);
  });

  it('2026 leader: corruption in a managed unit', () => {
    const res = classify(
      leader({
        regime: '2026',
        year: 2026,
        findings: { ideologicalDecline: false, subordinateCorruption: true },
        points: { general: 30, results: 70 },
      }),
    );
    expect(res.level).toBe('KHTNV');
    expect(codes(res)).toContain('khtnv_subordinate_corruption');
  });

  it('2026 công chức without points: NĐ 90 criteria, said to be provisional', () => {
    const res = classify(input({ regime: '2026', year: 2026, remediation: { total: 0, resolved: 0 } }));
    expect(res.level).toBe('HTXSNV');
    expect(codes(res)).toContain('assumed_criteria_without_points');
  });

  it('2025: a point table limits the criteria result', () => {
    const res = classify(
      input({
        regime: '2025',
        year: 2025,
        points: { general: 25, results: 60 },
        remediation: { total: 0, resolved: 0 },
      }),
    );
    expect(res.level).toBe('HTTNV');
    expect(codes(res)).toEqual(expect.arrayContaining(['criteria_met', 'point_band', 'points_limit']));
  });

  it('2025: points never raise the criteria result', () => {
    const res = classify(
      input({
        regime: '2025',
        year: 2025,
        tasks: { total: 10, onTimeQuality: 9, exceeded: 0, poor: 1 },
        points: { general: 30, results: 70 },
      }),
    );
    expect(res.level).toBe('HTNV');
  });

  it('2024: NĐ 90 has no points; they are not used', () => {
    const res = classify(input({ points: { general: 10, results: 10 } }));
    expect(res.level).toBe('HTXSNV');
    expect(codes(res)).toContain('points_not_used');
  });

  it('points above the maximum count up to the maximum', () => {
    const res = classify(input({ regime: '2026', year: 2026, points: { general: 40, results: 55 } }));
    expect(res.level).toBe('HTTNV');
    expect(codes(res)).toContain('points_over_max');
  });
});

describe('remediation of last year’s weaknesses (QĐ 366 Điều 11; rules.md §7)', () => {
  it.each([
    { regime: '2024', remediation: { total: 2, resolved: 1 }, level: 'HTXSNV', code: 'criteria_met' },
    { regime: '2025', remediation: { total: 2, resolved: 1 }, level: 'HTTNV', code: 'htxsnv_remediation' },
    { regime: '2025', remediation: { total: 2, resolved: 2 }, level: 'HTXSNV', code: 'criteria_met' },
    { regime: '2025', remediation: undefined, level: 'HTXSNV', code: 'remediation_not_checked' },
    { regime: '2026', remediation: { total: 3, resolved: 2 }, level: 'HTTNV', code: 'htxsnv_remediation' },
  ] as const)('$regime, $remediation → $level', (r) => {
    const res = classify(
      input({
        regime: r.regime,
        year: yearOf(r.regime),
        remediation: r.remediation,
        points: r.regime === '2026' ? { general: 30, results: 65 } : undefined,
      }),
    );
    expect(res.level).toBe(r.level);
    expect(codes(res)).toContain(r.code);
  });

  it('a leader who fails the remediation gate falls to the HTTNV criteria, not straight to HTTNV', () => {
    const res = classify(
      leader({
        regime: '2025',
        year: 2025,
        unit: unitAll({ targetsOnTime: 7 }),
        remediation: { total: 1, resolved: 0 },
      }),
    );
    expect(res.level).toBe('HTNV');
  });
});

describe('ceiling and result together', () => {
  it('leave caps an HTXSNV result at HTNV and says why', () => {
    const res = classify(
      input({ person: person({ leaves: [{ kind: 'sick', from: '2024-03-01', to: '2024-06-30' }] }) }),
    );
    expect(res).toMatchObject({ evaluated: true, maxLevel: 'HTNV', level: 'HTNV' });
    expect(res.reasons.find((x) => x.code === 'capped')?.message).toBe(
      'Kết quả đạt mức Hoàn thành xuất sắc nhiệm vụ nhưng nghỉ 4 tháng trong năm nên chỉ xếp Hoàn thành nhiệm vụ.',
    );
  });
  it('the regime chosen against the year is said', () => {
    expect(codes(classify(input({ regime: '2025' })))).toContain('regime_differs_from_year');
    expect(codes(classify(input()))).not.toContain('regime_differs_from_year');
  });
});

// ---------------------------------------------------------------- properties

const isoIn = (year: number) =>
  fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10));

const arbInput: fc.Arbitrary<ClassifyInput> = fc
  .record({ regime: fc.constantFrom(...REGIMES), offset: fc.constantFrom(0, 0, 0, -1, 1) })
  .chain(({ regime, offset }) => {
    const year = Number(regime) + offset;
    const date = fc.oneof(isoIn(year), isoIn(year - 1), isoIn(year + 1));
    const leave = fc
      .record({ kind: fc.constantFrom(...LEAVE_KINDS), a: isoIn(year), b: isoIn(year) })
      .map(({ kind, a, b }) => {
        const [from, to] = [a, b].sort() as [string, string];
        return { kind, from, to };
      });
    const discipline = fc.record(
      {
        system: fc.constantFrom(...DISCIPLINE_SYSTEMS),
        form: fc.constantFrom(...DISCIPLINE_FORMS),
        decidedOn: date,
        dutyRelated: fc.boolean(),
      },
      { requiredKeys: ['system', 'form', 'decidedOn'] },
    );
    const tasks = fc.integer({ min: 1, max: 40 }).chain((total) =>
      fc.integer({ min: 0, max: total }).chain((onTimeQuality) =>
        fc.record({
          total: fc.constant(total),
          onTimeQuality: fc.constant(onTimeQuality),
          exceeded: fc.integer({ min: 0, max: total }),
          poor: fc.integer({ min: 0, max: total - onTimeQuality }),
        }),
      ),
    );
    const unit = fc.integer({ min: 1, max: 30 }).chain((targetsTotal) =>
      fc.integer({ min: 0, max: targetsTotal }).chain((targetsCompleted) =>
        fc.record({
          targetsTotal: fc.constant(targetsTotal),
          targetsCompleted: fc.constant(targetsCompleted),
          targetsExceeded: fc.integer({ min: 0, max: targetsCompleted }),
          targetsOnTime: fc.integer({ min: 0, max: targetsCompleted }),
          subUnitLevels: fc.array(fc.constantFrom(...LEVELS), { maxLength: 8 }),
        }),
      ),
    );
    return fc.record(
      {
        regime: fc.constant(regime),
        year: fc.constant(year),
        person: fc.record({
          category: fc.constantFrom(...CATEGORIES),
          leadership: fc.constantFrom(...LEADERSHIP_RANKS),
          employmentStart: fc.oneof(fc.constant('2000-01-01'), isoIn(year), isoIn(year - 1)),
          leaves: fc.array(leave, { maxLength: 3 }),
          disciplines: fc.array(discipline, { maxLength: 2 }),
        }),
        general: fc.constantFrom(...GENERAL_ASSESSMENTS),
        findings: fc.record({
          ideologicalDecline: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
          subordinateCorruption: fc.boolean(),
          breachOfProhibitions: fc.boolean(),
        }),
        tasks,
        unit,
        points: fc.record({
          general: fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
          results: fc.integer({ min: 0, max: 7000 }).map((n) => n / 100),
        }),
        remediation: fc
          .integer({ min: 0, max: 5 })
          .chain((total) =>
            fc.record({ total: fc.constant(total), resolved: fc.integer({ min: 0, max: total }) }),
          ),
      },
      { requiredKeys: ['regime', 'year', 'person', 'general', 'findings', 'tasks'] },
    );
  });

const rank = (l: Level | null) => (l === null ? -1 : levelRank(l));

describe('properties', () => {
  it('level ≤ maxLevel; not evaluated ⇒ level and maxLevel null; every reason cites an article', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const r = classify(i);
        if (!r.evaluated) {
          expect(r.level).toBeNull();
          expect(r.maxLevel).toBeNull();
        } else {
          expect(r.level).not.toBeNull();
          expect(r.maxLevel).not.toBeNull();
          expect(levelRank(r.level as Level)).toBeLessThanOrEqual(levelRank(r.maxLevel as Level));
          expect(r.level).toBe(minLevel(r.level as Level, r.maxLevel as Level));
        }
        for (const reason of r.reasons) {
          expect(reason.code).toMatch(/^[a-z0-9_]+$/);
          expect(reason.message.length).toBeGreaterThan(10);
          expect(reason.article.length).toBeGreaterThan(5);
          expect(reason.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('adding a discipline never raises the level', () => {
    const extra = fc.record({
      system: fc.constantFrom(...DISCIPLINE_SYSTEMS),
      form: fc.constantFrom(...DISCIPLINE_FORMS),
      month: fc.integer({ min: 1, max: 12 }),
      dutyRelated: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbInput, extra, (i, e) => {
        const before = classify(i);
        const d: DisciplineFact = {
          system: e.system,
          form: e.form,
          decidedOn: `${i.year}-${String(e.month).padStart(2, '0')}-15`,
          dutyRelated: e.dutyRelated,
        };
        const after = classify({ ...i, person: { ...i.person, disciplines: [...i.person.disciplines, d] } });
        expect(after.evaluated).toBe(before.evaluated);
        expect(rank(after.level)).toBeLessThanOrEqual(rank(before.level));
        if (after.evaluated && e.dutyRelated !== false) expect(after.level).toBe('KHTNV');
      }),
      { numRuns: 500 },
    );
  });

  it('lowering any task or unit ratio never raises the level', () => {
    const change = fc.record({
      what: fc.constantFrom(
        'onTime',
        'onTimeToPoor',
        'exceeded',
        'targetsCompleted',
        'targetsExceeded',
        'targetsOnTime',
        'subUnit',
        'points',
        'general',
        'remediation',
      ),
      by: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(arbInput, change, (i, c) => {
        const w = structuredClone(i);
        const t = w.tasks;
        const u = w.unit;
        switch (c.what) {
          case 'onTime':
            t.onTimeQuality = Math.max(0, t.onTimeQuality - c.by);
            break;
          case 'onTimeToPoor': {
            const moved = Math.min(c.by, t.onTimeQuality);
            t.onTimeQuality -= moved;
            t.poor += moved;
            break;
          }
          case 'exceeded':
            t.exceeded = Math.max(0, t.exceeded - c.by);
            break;
          case 'targetsCompleted':
            if (u) {
              u.targetsCompleted = Math.max(0, u.targetsCompleted - c.by);
              u.targetsExceeded = Math.min(u.targetsExceeded, u.targetsCompleted);
              u.targetsOnTime = Math.min(u.targetsOnTime, u.targetsCompleted);
            }
            break;
          case 'targetsExceeded':
            if (u) u.targetsExceeded = Math.max(0, u.targetsExceeded - c.by);
            break;
          case 'targetsOnTime':
            if (u) u.targetsOnTime = Math.max(0, u.targetsOnTime - c.by);
            break;
          case 'subUnit':
            if (u && u.subUnitLevels.length > 0) {
              const k = c.by % u.subUnitLevels.length;
              const l = u.subUnitLevels[k] as Level;
              u.subUnitLevels[k] = LEVELS[Math.min(LEVELS.indexOf(l) + 1, 3)] as Level;
            }
            break;
          case 'points':
            if (w.points) w.points.results = Math.max(0, w.points.results - c.by * 3);
            break;
          case 'general':
            w.general = w.general === 'good' ? 'meets' : 'fails';
            break;
          case 'remediation':
            if (w.remediation) w.remediation.resolved = Math.max(0, w.remediation.resolved - c.by);
            break;
        }
        const before = classify(i);
        const after = classify(w);
        expect(after.evaluated).toBe(before.evaluated);
        expect(rank(after.level)).toBeLessThanOrEqual(rank(before.level));
      }),
      { numRuns: 1500 },
    );
  });

  it('settings: every value rules.md does not verify is flagged, in every regime', () => {
    for (const regime of REGIMES) {
      const s = ruleSettings(regime);
      expect(s.durationMode.verified).toBe(false);
      expect(s.quotaRounding.verified).toBe(false);
      expect(s.quotaBase.verified).toBe(false);
      expect(s.nguoiLaoDongBasis.verified).toBe(false);
      expect(s.leaderHttnvSubUnitsGoodCongChuc.verified).toBe(false);
      expect(s.quotaPct).toMatchObject({ value: 20, verified: regime !== '2024' });
      for (const setting of Object.values(s)) expect(setting.source.length).toBeGreaterThan(10);
    }
    expect(ruleSettings('2026').pointBands.verified).toBe(true);
    expect(ruleSettings('2025').pointBands.verified).toBe(false);
    expect(ruleSettings('2024').pointBands.value).toBeNull();
    expect(ruleSettings('2024', { quotaRounding: 'round' }).quotaRounding).toMatchObject({
      value: 'round',
      overridden: true,
    });
  });
});
