import { describe, expect, it } from 'vitest';
import { DEADLINE_STATES } from '../../../domain/cycle.js';
import {
  addDays,
  canMarkProgress,
  cellDescription,
  cellDetail,
  cellText,
  countDescription,
  countText,
  daysBetween,
  deadlineText,
  dueHint,
  LEGEND_STATES,
  legendLabel,
  overdueText,
  STATE_COLORS,
  shortDeadlineText,
  shortStepTitle,
  stateColors,
} from './format.js';

const one = (deadline: string | null, deadlineEnd: string | null = null) => ({ deadline, deadlineEnd });

describe('days', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2024-10-25', '2024-11-04')).toBe(10);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-11-04', '2024-10-25')).toBe(-10);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('deadlineText', () => {
  it.each([
    [one('2024-11-05'), '05/11/2024'],
    [one('2024-12-12', '2024-12-15'), '12/12 – 15/12/2024'],
    [one('2024-12-30', '2025-01-02'), '30/12/2024 – 02/01/2025'],
    [one(null), 'Không có hạn'],
  ])('%j → %s', (s, text) => {
    expect(deadlineText(s)).toBe(text);
  });
  it('has a short form for column titles', () => {
    expect(shortDeadlineText(one('2024-10-25'))).toBe('25/10');
    expect(shortDeadlineText(one('2024-12-12', '2024-12-15'))).toBe('12/12–15/12');
    expect(shortDeadlineText(one(null))).toBe('Không có hạn');
  });
});

describe('overdueText', () => {
  it('counts the days after the due day', () => {
    expect(overdueText(one('2024-10-25'), '2024-11-04')).toBe('Quá hạn 10 ngày');
    expect(overdueText(one('2024-10-25'), '2024-10-26')).toBe('Quá hạn 1 ngày');
  });
  it('counts from the end of a range', () => {
    expect(overdueText(one('2024-12-12', '2024-12-15'), '2024-12-16')).toBe('Quá hạn 1 ngày');
    expect(overdueText(one('2024-12-12', '2024-12-15'), '2024-12-14')).toBeNull();
  });
  it('is null on or before the due day and without a deadline', () => {
    expect(overdueText(one('2024-11-04'), '2024-11-04')).toBeNull();
    expect(overdueText(one(null), '2024-11-04')).toBeNull();
  });
});

describe('dueHint', () => {
  it('tells how late or how near', () => {
    expect(dueHint({ ...one('2024-10-25'), state: 'overdue' }, '2024-11-04')).toBe('Quá hạn 10 ngày');
    expect(dueHint({ ...one('2024-11-05'), state: 'due_soon' }, '2024-11-04')).toBe('Còn 1 ngày');
    expect(dueHint({ ...one('2024-11-04'), state: 'due_soon' }, '2024-11-04')).toBe('Hạn chót hôm nay');
    expect(dueHint({ ...one('2024-11-20'), state: 'not_started' }, '2024-11-04')).toBeNull();
  });
});

describe('state colours', () => {
  it('gives every state its own fill, bar and tag colour', () => {
    const fills = new Set(DEADLINE_STATES.map((s) => stateColors(s).background));
    expect(fills.size).toBe(DEADLINE_STATES.length);
    const solids = new Set(LEGEND_STATES.map((s) => STATE_COLORS[s].solid));
    expect(solids.size).toBe(LEGEND_STATES.length);
  });
  it('maps states to the agreed colours', () => {
    expect(stateColors('done').tag).toBe('green');
    expect(stateColors('done_late').tag).toBe('lime');
    expect(stateColors('due_soon').tag).toBe('orange');
    expect(stateColors('overdue').tag).toBe('red');
    expect(stateColors('not_started').tag).toBe('default');
    expect(stateColors('overdue').text).toBe('#ffffff');
  });
  it('labels the legend', () => {
    expect(LEGEND_STATES.map(legendLabel)).toEqual([
      'Đã xong',
      'Xong muộn',
      'Sắp đến hạn (≤ 3 ngày)',
      'Quá hạn',
      'Chưa đến hạn',
    ]);
  });
});

describe('cellText and cellDescription', () => {
  const step = one('2024-10-25');
  it('shows the done day or the state', () => {
    expect(cellText({ state: 'done', doneOn: '2024-10-24' }, step, '2024-11-04')).toBe('24/10');
    expect(cellText({ state: 'done_late', doneOn: '2024-10-29' }, step, '2024-11-04')).toBe('29/10');
    expect(cellText({ state: 'overdue', doneOn: null }, step, '2024-11-04')).toBe('Quá hạn');
    expect(cellText({ state: 'due_soon', doneOn: null }, one('2024-11-05'), '2024-11-04')).toBe('Còn 1 ngày');
    expect(cellText({ state: 'not_started', doneOn: null }, one('2024-11-20'), '2024-11-04')).toBe('—');
  });
  it('explains it in a sentence', () => {
    expect(cellDescription({ state: 'done_late', doneOn: '2024-10-29' }, step, '2024-11-04')).toBe(
      'Xong muộn ngày 29/10/2024 (hạn 25/10/2024).',
    );
    expect(cellDescription({ state: 'overdue', doneOn: null }, step, '2024-11-04')).toBe(
      'Quá hạn 10 ngày (hạn 25/10/2024).',
    );
  });
});

describe('shortStepTitle', () => {
  it('uses the short name of an unchanged template step', () => {
    expect(shortStepTitle({ code: 'tu-kiem-diem', title: 'Cá nhân làm bản tự kiểm điểm theo mẫu' })).toBe(
      'Tự kiểm điểm',
    );
  });
  it('shortens a changed or unknown title at a word', () => {
    expect(shortStepTitle({ code: 'tu-kiem-diem', title: 'Tự kiểm điểm cá nhân' })).toBe(
      'Tự kiểm điểm cá nhân',
    );
    const s = shortStepTitle({
      code: 'x',
      title: 'Họp kiểm điểm, đánh giá tập thể và cá nhân cấp phòng; bình xét Lao động tiên tiến',
    });
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(31);
    expect(s.startsWith('Họp kiểm điểm, đánh giá')).toBe(true);
    expect(shortStepTitle({ code: 'y', title: 'Kiểm điểm (bổ sung)' })).toBe('Kiểm điểm');
  });
});

describe('canMarkProgress', () => {
  const secretary = {
    permissions: ['cycles.view', 'cycles.manage'],
    roles: ['secretary' as const],
    unitId: 'u1',
  };
  const head = { permissions: ['cycles.view'], roles: ['unit_head' as const], unitId: 'u2' };
  const deputy = { permissions: ['cycles.view'], roles: ['unit_deputy' as const], unitId: 'u2' };
  const staff = { permissions: ['cycles.view'], roles: ['staff' as const], unitId: 'u2' };
  const unitStep = { scope: 'unit' as const };
  const agencyStep = { scope: 'agency' as const };
  it('lets the secretary mark any step of a running cycle', () => {
    expect(canMarkProgress(secretary, unitStep, 'u9', 'running')).toBe(true);
    expect(canMarkProgress(secretary, agencyStep, null, 'running')).toBe(true);
    expect(canMarkProgress(secretary, unitStep, 'u9', 'closed')).toBe(false);
  });
  it('lets a unit head or deputy mark only their own unit-level steps', () => {
    expect(canMarkProgress(head, unitStep, 'u2', 'running')).toBe(true);
    expect(canMarkProgress(deputy, unitStep, 'u2', 'running')).toBe(true);
    expect(canMarkProgress(head, unitStep, 'u3', 'running')).toBe(false);
    expect(canMarkProgress(head, agencyStep, null, 'running')).toBe(false);
    expect(canMarkProgress(staff, unitStep, 'u2', 'running')).toBe(false);
    expect(canMarkProgress(head, unitStep, 'u2', 'draft')).toBe(false);
  });
});

describe('self-review counts', () => {
  it('shows handed-in of due reviews, and nothing for other steps', () => {
    expect(countText({ done: 7, total: 9 })).toBe('7/9 bản');
    expect(countDescription({ done: 7, total: 9 })).toBe(' Đã nộp 7/9 bản kiểm điểm.');
    expect(countText(undefined)).toBeNull();
    expect(countDescription(undefined)).toBe('');
  });
});

describe('cellDetail', () => {
  it('shows the review count, else the dossier state, else nothing', () => {
    expect(cellDetail({ count: { done: 2, total: 6 } })).toBe('2/6 bản');
    expect(cellDetail({ dossier: 'returned' })).toBe('Hồ sơ: bị trả lại');
    expect(cellDetail({ dossier: 'accepted' })).toBe('Hồ sơ: đã tiếp nhận');
    expect(cellDetail({})).toBeNull();
  });
});
