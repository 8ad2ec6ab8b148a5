import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  classifyRequest,
  defaultFacts,
  fieldOfDetail,
  formatSettingValue,
  placeProblems,
  quotaRequest,
  subUnitLevels,
  titlesLevel,
  titlesRequest,
} from './facts.js';
import type { ClassifyResult, FactsValues } from './types.js';

const d = (iso: string) => dayjs(iso, 'YYYY-MM-DD');

describe('classifyRequest', () => {
  it('sends the defaults as a complete body with ISO dates', () => {
    const { body, missing } = classifyRequest('2024', defaultFacts());
    expect(missing).toEqual([]);
    expect(body).toEqual({
      regime: '2024',
      year: 2024,
      person: {
        category: 'cong_chuc',
        leadership: 'none',
        employmentStart: '2015-09-01',
        leaves: [],
        disciplines: [],
      },
      general: 'good',
      findings: { ideologicalDecline: false },
      tasks: { total: 10, onTimeQuality: 10, exceeded: 6, poor: 0 },
    });
  });

  it('leaves out empty leave rows, remembers which rows were sent, and asks for missing dates', () => {
    const facts: FactsValues = {
      ...defaultFacts(),
      employmentStart: d('2024-08-01'),
      leaves: [
        { kind: 'sick', from: null, to: null },
        { kind: 'maternity', from: d('2024-02-01'), to: d('2024-07-31') },
        { kind: 'other', from: d('2024-09-01'), to: null },
      ],
      disciplines: [
        { system: 'party', form: 'khien_trach', decidedOn: d('2024-05-10') },
        { system: 'administrative', form: 'canh_cao', decidedOn: null },
      ],
    };
    const { body, missing, rows } = classifyRequest('2025', facts);
    expect(body.year).toBe(2025);
    expect(body.person.employmentStart).toBe('2024-08-01');
    expect(body.person.leaves).toEqual([
      { kind: 'maternity', from: '2024-02-01', to: '2024-07-31' },
      { kind: 'other', from: '2024-09-01', to: '' },
    ]);
    expect(body.person.disciplines).toEqual([
      { system: 'party', form: 'khien_trach', decidedOn: '2024-05-10' },
    ]);
    expect(rows).toEqual({ leaves: [1, 2], disciplines: [0] });
    expect(missing.map((m) => m.name)).toEqual([
      ['leaves', 2, 'to'],
      ['disciplines', 1, 'decidedOn'],
    ]);
  });

  it('adds the unit results for a leader (sub-units expanded by level) and points when asked', () => {
    const facts: FactsValues = {
      ...defaultFacts(),
      leadership: 'head',
      unit: {
        targetsTotal: 20,
        targetsCompleted: 18,
        targetsExceeded: 5,
        targetsOnTime: 17,
        subUnits: { HTXSNV: 1, HTTNV: 2, HTNV: null, KHTNV: 0 },
      },
      usePoints: true,
      points: { general: 27.5, results: null },
    };
    const { body, missing } = classifyRequest('2026', facts);
    expect(body.unit).toEqual({
      targetsTotal: 20,
      targetsCompleted: 18,
      targetsExceeded: 5,
      targetsOnTime: 17,
      subUnitLevels: ['HTXSNV', 'HTTNV', 'HTTNV'],
    });
    expect(body.points).toEqual({ general: 27.5, results: 0 });
    expect(missing).toEqual([{ name: ['points', 'results'], message: 'Vui lòng nhập số.' }]);
  });

  it('asks for an employment start and every task count', () => {
    const facts = {
      ...defaultFacts(),
      employmentStart: null,
      tasks: { ...defaultFacts().tasks, total: null },
    };
    expect(classifyRequest('2024', facts).missing.map((m) => m.name)).toEqual([
      ['employmentStart'],
      ['tasks', 'total'],
    ]);
  });
});

describe('subUnitLevels', () => {
  it('expands counts best level first', () => {
    expect(subUnitLevels({ KHTNV: 1, HTXSNV: 2 })).toEqual(['HTXSNV', 'HTXSNV', 'KHTNV']);
    expect(subUnitLevels({})).toEqual([]);
  });
});

describe('the server errors onto the fields', () => {
  it.each([
    ['body.person.employmentStart', ['employmentStart']],
    ['body.person.leaves.1.to', ['leaves', 2, 'to']],
    ['body.person.disciplines.0.decidedOn', ['disciplines', 3, 'decidedOn']],
    ['body.tasks.onTimeQuality', ['tasks', 'onTimeQuality']],
    ['body.unit', ['unit', 'targetsTotal']],
    ['body.unit.targetsExceeded', ['unit', 'targetsExceeded']],
    ['body.points.general', ['points', 'general']],
    ['body.findings.ideologicalDecline', ['ideologicalDecline']],
    ['body.groups.0.HTXSNV', ['groups', 0, 'HTXSNV']],
  ])('%s → %j', (path, name) => {
    expect(fieldOfDetail(path, { leaves: [0, 2], disciplines: [3] })).toEqual(name);
  });

  it.each(['body.year', 'body.regime', 'body.unit.subUnitLevels', 'query.regime', 'body.person'])(
    '%s has no field',
    (path) => {
      expect(fieldOfDetail(path)).toBeNull();
    },
  );

  it('joins several messages for one field and keeps the others apart', () => {
    expect(
      placeProblems(
        [
          { path: 'body.tasks.poor', message: 'Quá tổng.' },
          { path: 'body.tasks.poor', message: 'Không được âm.' },
          { path: 'body.year', message: 'Năm không hợp lệ.' },
        ],
        {},
      ),
    ).toEqual({
      fields: [{ name: ['tasks', 'poor'], message: 'Quá tổng. Không được âm.' }],
      other: ['Năm không hợp lệ.'],
    });
  });
});

describe('quotaRequest', () => {
  it('sends named groups, the exception ratio only when approved', () => {
    const { body, missing, rows } = quotaRequest('2025', {
      groups: [
        { group: ' Chuyên viên ', HTXSNV: 2, HTTNV: 5, exceptionApproved: false, exceptionPct: 30 },
        { group: '', HTXSNV: 1, HTTNV: 1, exceptionApproved: false, exceptionPct: null },
        { group: 'Lãnh đạo', HTXSNV: 1, HTTNV: 3, exceptionApproved: true, exceptionPct: 25 },
      ],
    });
    expect(body).toEqual({
      regime: '2025',
      groups: [
        { group: 'Chuyên viên', HTXSNV: 2, HTTNV: 5 },
        { group: 'Lãnh đạo', HTXSNV: 1, HTTNV: 3, exceptionApproved: true, exceptionPct: 25 },
      ],
    });
    expect(rows).toEqual({ groups: [0, 2] });
    expect(missing).toEqual([{ name: ['groups', 1, 'group'], message: 'Vui lòng nhập tên nhóm.' }]);
  });

  it('needs at least one group', () => {
    expect(quotaRequest('2024', { groups: [] }).missing).toHaveLength(1);
  });
});

describe('titles', () => {
  const classified: ClassifyResult = { evaluated: true, maxLevel: 'HTXSNV', level: 'HTTNV', reasons: [] };
  it('takes the level from the classify tab, a chosen level, or none', () => {
    expect(titlesLevel('auto', classified)).toBe('HTTNV');
    expect(titlesLevel('auto', { ...classified, evaluated: false, level: null })).toBeNull();
    expect(titlesLevel('auto', undefined)).toBeNull();
    expect(titlesLevel('HTXSNV', classified)).toBe('HTXSNV');
    expect(titlesLevel('none', classified)).toBeNull();
  });

  it('uses the person of the facts form', () => {
    const { body } = titlesRequest(
      '2024',
      defaultFacts(),
      { level: 'auto', recognisedInitiative: true, acceptedResearch: false, pendingProceedings: false },
      classified,
    );
    expect(body).toMatchObject({
      regime: '2024',
      year: 2024,
      level: 'HTTNV',
      recognisedInitiative: true,
      person: { employmentStart: '2015-09-01' },
    });
  });
});

describe('formatSettingValue', () => {
  it.each([
    ['notEvaluatedBelowMonths', 6, '6 tháng'],
    ['quotaPct', 20, '20%'],
    ['daysPerMonth', 30, '30 ngày'],
    ['pointMaxGeneral', 30, '30 điểm'],
    ['quotaBlocking', false, 'Không'],
    ['maternityCountsForTitles', true, 'Có'],
    ['quotaExceptionMaxPct', null, 'Không đặt'],
    ['quotaRounding', 'floor', 'Làm tròn xuống'],
    ['disciplineDateBasis', 'decidedOn', 'Ngày quyết định'],
    [
      'pointBands',
      [
        { level: 'HTXSNV', min: 90, inclusive: true },
        { level: 'HTTNV', min: 70.5, inclusive: false },
      ],
      'HTXSNV từ 90 điểm; HTTNV trên 70,5 điểm',
    ],
  ])('%s = %j → %s', (key, value, text) => {
    expect(formatSettingValue(key, value)).toBe(text);
  });
});
