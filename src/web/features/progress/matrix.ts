/** The dashboard's data reshaped: unit-level steps as a units × steps matrix, agency-level steps apart. */
import type { ProgressCell, ProgressResponse, ProgressStep, ProgressUnit, StepSummary } from './types.js';

export interface MatrixRow {
  unit: ProgressUnit;
  /** The unit's cell of each unit-level step, by step id. */
  cells: Record<string, ProgressCell>;
  done: number;
  total: number;
  overdue: number;
}

export interface AgencyRow {
  step: ProgressStep;
  cell: ProgressCell;
}

export interface ProgressView {
  unitSteps: ProgressStep[];
  rows: MatrixRow[];
  /** Per unit-level step: how many units are done / overdue. */
  footer: Record<string, StepSummary>;
  /** All unit-level cells together. */
  totals: { done: number; total: number; overdue: number };
  agency: AgencyRow[];
}

const key = (stepId: string, unitId: string | null) => `${stepId}:${unitId ?? ''}`;

export function progressView(p: Pick<ProgressResponse, 'units' | 'steps' | 'cells'>): ProgressView {
  const byKey = new Map(p.cells.map((c) => [key(c.stepId, c.unitId), c] as const));
  const cellOf = (step: ProgressStep, unitId: string | null): ProgressCell =>
    byKey.get(key(step.id, unitId)) ?? { stepId: step.id, unitId, doneOn: null, state: 'not_started' };
  const unitSteps = p.steps.filter((s) => s.scope === 'unit');
  const rows = p.units.map((unit) => {
    const cells: Record<string, ProgressCell> = {};
    for (const s of unitSteps) cells[s.id] = cellOf(s, unit.id);
    const list = Object.values(cells);
    return {
      unit,
      cells,
      done: list.filter((c) => c.doneOn).length,
      total: list.length,
      overdue: list.filter((c) => c.state === 'overdue').length,
    };
  });
  const footer: Record<string, StepSummary> = {};
  for (const s of unitSteps) {
    const list = rows.map((r) => r.cells[s.id]).filter((c): c is ProgressCell => Boolean(c));
    footer[s.id] = {
      stepId: s.id,
      total: list.length,
      done: list.filter((c) => c.doneOn).length,
      overdue: list.filter((c) => c.state === 'overdue').length,
    };
  }
  const totals = rows.reduce(
    (t, r) => ({ done: t.done + r.done, total: t.total + r.total, overdue: t.overdue + r.overdue }),
    { done: 0, total: 0, overdue: 0 },
  );
  const agency = p.steps
    .filter((s) => s.scope === 'agency')
    .map((step) => ({ step, cell: cellOf(step, null) }));
  return { unitSteps, rows, footer, totals, agency };
}
