import { describe, expect, it } from 'vitest';
import {
  cleanList,
  deadlineText,
  defaultCycleYear,
  dependencyTitles,
  regimeShortLabel,
  sourceCycles,
  stepPatch,
  stepsToReview,
  suggestStepCode,
  vnDateOfInstant,
  weekendName,
} from './format.js';
import type { StepFields } from './types.js';

describe('deadlineText', () => {
  it.each([
    [{ deadline: '2024-11-05', deadlineEnd: null }, '05/11/2024'],
    [{ deadline: '2025-12-12', deadlineEnd: '2025-12-15' }, '12/12 – 15/12/2025'],
    [{ deadline: '2025-12-29', deadlineEnd: '2026-01-02' }, '29/12/2025 – 02/01/2026'],
    [{ deadline: '2025-12-12', deadlineEnd: '2025-12-12' }, '12/12/2025'],
    [{ deadline: null, deadlineEnd: '2025-12-15' }, 'Đến 15/12/2025'],
    [{ deadline: null, deadlineEnd: null }, 'Không ấn định'],
  ])('%j → %s', (step, text) => {
    expect(deadlineText(step)).toBe(text);
  });
});

describe('vnDateOfInstant', () => {
  it('gives the calendar day in Vietnam', () => {
    // 17:30 UTC on 31/12 is already 01/01 in Vietnam (UTC+7).
    expect(vnDateOfInstant('2024-12-31T17:30:00.000Z')).toBe('01/01/2025');
    expect(vnDateOfInstant('2024-11-05T02:00:00.000Z')).toBe('05/11/2024');
  });
  it('gives nothing for no or a bad value', () => {
    expect(vnDateOfInstant(null)).toBe('');
    expect(vnDateOfInstant('x')).toBe('');
  });
});

describe('defaultCycleYear', () => {
  it('is this year when it has no cycle', () => {
    expect(defaultCycleYear([], '2026-11-25')).toBe(2026);
    expect(defaultCycleYear([2024, 2025], '2026-01-01')).toBe(2026);
  });
  it('is the year after the latest otherwise', () => {
    expect(defaultCycleYear([2026, 2024], '2026-11-25')).toBe(2027);
    expect(defaultCycleYear([2026, 2027], '2026-11-25')).toBe(2028);
  });
});

describe('sourceCycles', () => {
  const cycles = [{ year: 2024 }, { year: 2026 }, { year: 2025 }];
  it('keeps earlier years, latest first', () => {
    expect(sourceCycles(cycles, 2026).map((c) => c.year)).toEqual([2025, 2024]);
    expect(sourceCycles(cycles, 2024)).toEqual([]);
    expect(sourceCycles(cycles, null).map((c) => c.year)).toEqual([2026, 2025, 2024]);
  });
});

describe('regimeShortLabel', () => {
  it('names the regime by its year', () => {
    expect(regimeShortLabel('2025')).toBe('Chế độ 2025');
  });
});

describe('dependencyTitles and stepsToReview', () => {
  const steps = [
    { code: 'a', title: 'Bước A', reviewReason: null },
    { code: 'b', title: 'Bước B', reviewReason: 'Thứ Bảy' },
  ];
  it('names the steps depended on', () => {
    expect(dependencyTitles({ dependsOn: ['b', 'a', 'x'] }, steps)).toEqual(['Bước B', 'Bước A', 'x']);
  });
  it('lists the flagged steps', () => {
    expect(stepsToReview(steps).map((s) => s.code)).toEqual(['b']);
  });
});

describe('cleanList', () => {
  it('trims, drops empty and repeated values', () => {
    expect(cleanList([' Biên bản ', '', 'Biên bản', 'Báo  cáo'])).toEqual(['Biên bản', 'Báo cáo']);
  });
});

describe('stepPatch', () => {
  const before: StepFields = {
    title: 'Họp',
    description: '',
    responsible: 'Trưởng phòng',
    participants: '',
    sectionRef: 'II.2',
    scope: 'unit',
    deadline: '2025-11-08',
    deadlineEnd: null,
    outputs: ['Biên bản'],
    dependsOn: ['a'],
  };
  it('sends only what changed (no dates when they did not move)', () => {
    expect(stepPatch(before, { ...before, title: 'Họp đơn vị' })).toEqual({ title: 'Họp đơn vị' });
    expect(stepPatch(before, { ...before })).toEqual({});
  });
  it('compares lists by content', () => {
    expect(stepPatch(before, { ...before, outputs: ['Biên bản'], dependsOn: ['a', 'b'] })).toEqual({
      dependsOn: ['a', 'b'],
    });
  });
  it('sends a moved or cleared date', () => {
    expect(stepPatch(before, { ...before, deadline: '2025-11-07', deadlineEnd: '2025-11-10' })).toEqual({
      deadline: '2025-11-07',
      deadlineEnd: '2025-11-10',
    });
    expect(stepPatch(before, { ...before, deadline: null })).toEqual({ deadline: null });
  });
});

describe('suggestStepCode', () => {
  it('folds the title into a code', () => {
    expect(suggestStepCode('Họp tổng kết năm 2025!', [])).toBe('hop-tong-ket-nam-2025');
    expect(suggestStepCode('Đánh giá', [])).toBe('danh-gia');
  });
  it('stays unique and long enough', () => {
    expect(suggestStepCode('Họp', ['hop', 'hop-2'])).toBe('hop-3');
    expect(suggestStepCode('?', [])).toBe('buoc');
    expect(suggestStepCode('', ['buoc'])).toBe('buoc-2');
  });
  it('is at most 60 characters', () => {
    expect(suggestStepCode('a '.repeat(100), []).length).toBeLessThanOrEqual(60);
  });
});

describe('weekendName', () => {
  it('names Saturday and Sunday only', () => {
    expect(weekendName('2025-10-25')).toBe('Thứ Bảy');
    expect(weekendName('2025-10-26')).toBe('Chủ nhật');
    expect(weekendName('2025-10-27')).toBeNull();
    expect(weekendName(null)).toBeNull();
  });
});
