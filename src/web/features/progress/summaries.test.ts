import { describe, expect, it } from 'vitest';
import { progressView } from './matrix.js';
import { levelTable, overdueItems } from './summaries.js';
import type { ProgressResponse } from './types.js';

const units = [
  { id: 'u1', name: 'Phòng A', code: 'A' },
  { id: 'u2', name: 'Phòng B', code: 'B' },
];
const step = (id: string, scope: 'unit' | 'agency', deadline: string) => ({
  id,
  code: id,
  title: `Bước ${id}`,
  scope,
  responsible: '',
  deadline,
  deadlineEnd: null,
});
const response: Pick<ProgressResponse, 'units' | 'steps' | 'cells'> = {
  units,
  steps: [
    step('s1', 'unit', '2024-10-25'),
    step('s2', 'unit', '2024-11-01'),
    step('s3', 'agency', '2024-10-30'),
  ],
  cells: [
    { stepId: 's1', unitId: 'u1', doneOn: null, state: 'overdue' },
    { stepId: 's1', unitId: 'u2', doneOn: '2024-10-24', state: 'done' },
    { stepId: 's2', unitId: 'u1', doneOn: null, state: 'overdue' },
    { stepId: 's2', unitId: 'u2', doneOn: null, state: 'overdue' },
    { stepId: 's3', unitId: null, doneOn: null, state: 'overdue' },
  ],
};

describe('overdueItems', () => {
  it('lists every overdue unit and agency step, longest overdue first', () => {
    const items = overdueItems(progressView(response), '2024-11-04');
    expect(items.map((i) => [i.unit?.name ?? 'cơ quan', i.step.id, i.daysLate])).toEqual([
      ['Phòng A', 's1', 10],
      ['cơ quan', 's3', 5],
      ['Phòng A', 's2', 3],
      ['Phòng B', 's2', 3],
    ]);
  });
});

describe('levelTable', () => {
  it('counts levels per unit with handed-in reviews, and the agency total', () => {
    const t = levelTable(
      [
        { unitId: 'u1', level: 'HTTNV', count: 5 },
        { unitId: 'u1', level: 'HTXSNV', count: 1 },
        { unitId: 'u1', level: null, count: 1 },
        { unitId: 'u9', level: 'HTNV', count: 2 },
      ],
      units,
    );
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.counts).toEqual({ HTXSNV: 1, HTTNV: 5, HTNV: 0, KHTNV: 0, none: 1 });
    expect(t.sum).toBe(7);
  });
  it('is empty before any review is in', () => {
    expect(levelTable([], units)).toEqual({
      rows: [],
      total: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, none: 0 },
      sum: 0,
    });
  });
});
