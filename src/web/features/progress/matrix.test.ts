import { describe, expect, it } from 'vitest';
import { progressView } from './matrix.js';
import type { ProgressResponse } from './types.js';

const p: Pick<ProgressResponse, 'units' | 'steps' | 'cells'> = {
  units: [
    { id: 'u1', name: 'Phòng A', code: 'A' },
    { id: 'u2', name: 'Phòng B', code: 'B' },
  ],
  steps: [
    {
      id: 's1',
      code: 'a',
      title: 'A',
      scope: 'unit',
      responsible: '',
      deadline: '2024-10-25',
      deadlineEnd: null,
    },
    {
      id: 's2',
      code: 'b',
      title: 'B',
      scope: 'agency',
      responsible: '',
      deadline: '2024-11-05',
      deadlineEnd: null,
    },
    {
      id: 's3',
      code: 'c',
      title: 'C',
      scope: 'unit',
      responsible: '',
      deadline: '2024-11-05',
      deadlineEnd: null,
    },
  ],
  cells: [
    { stepId: 's1', unitId: 'u1', doneOn: '2024-10-24', state: 'done' },
    { stepId: 's1', unitId: 'u2', doneOn: null, state: 'overdue' },
    { stepId: 's2', unitId: null, doneOn: null, state: 'due_soon' },
    { stepId: 's3', unitId: 'u1', doneOn: '2024-11-01', state: 'done' },
    { stepId: 's3', unitId: 'u2', doneOn: null, state: 'due_soon' },
  ],
};

describe('progressView', () => {
  const v = progressView(p);
  it('puts unit-level steps in the matrix and agency-level steps apart', () => {
    expect(v.unitSteps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(v.agency.map((a) => [a.step.id, a.cell.state])).toEqual([['s2', 'due_soon']]);
  });
  it('counts per unit and per step', () => {
    expect(v.rows.map((r) => [r.unit.code, r.done, r.total, r.overdue])).toEqual([
      ['A', 2, 2, 0],
      ['B', 0, 2, 1],
    ]);
    expect(v.footer.s1).toEqual({ stepId: 's1', total: 2, done: 1, overdue: 1 });
    expect(v.totals).toEqual({ done: 2, total: 4, overdue: 1 });
  });
  it('fills a missing cell as not started', () => {
    const w = progressView({ ...p, cells: [] });
    expect(w.rows[0]?.cells.s1?.state).toBe('not_started');
  });
});
