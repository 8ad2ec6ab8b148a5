/**
 * Two views for the leadership: the overdue list (every open step past its deadline, longest first)
 * and the levels proposed so far per unit ("counts per level when known").
 */
import { LEVELS, type Level } from '../../../domain/rules/types.js';
import { daysBetween, dueDate } from './format.js';
import type { ProgressView } from './matrix.js';
import type { LevelCount, ProgressStep, ProgressUnit } from './types.js';

export interface OverdueItem {
  step: ProgressStep;
  unit: ProgressUnit | null;
  due: string;
  daysLate: number;
}

export function overdueItems(view: ProgressView, today: string): OverdueItem[] {
  const items: OverdueItem[] = [];
  for (const row of view.rows) {
    for (const step of view.unitSteps) {
      const cell = row.cells[step.id];
      const due = dueDate(step);
      if (cell?.state === 'overdue' && due)
        items.push({ step, unit: row.unit, due, daysLate: daysBetween(due, today) });
    }
  }
  for (const { step, cell } of view.agency) {
    const due = dueDate(step);
    if (cell.state === 'overdue' && due)
      items.push({ step, unit: null, due, daysLate: daysBetween(due, today) });
  }
  return items.sort(
    (a, b) => b.daysLate - a.daysLate || (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi'),
  );
}

/** Column keys of the level table: the four levels and "not classified". */
export const LEVEL_COLUMNS = [...LEVELS, 'none'] as const;
export type LevelColumn = (typeof LEVEL_COLUMNS)[number];

export interface LevelRow {
  unit: ProgressUnit;
  counts: Record<LevelColumn, number>;
  total: number;
}

const zero = (): Record<LevelColumn, number> => ({ HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, none: 0 });

/** Units that have handed-in reviews, in the dashboard's unit order, plus the agency total. */
export function levelTable(
  levels: readonly LevelCount[],
  units: readonly ProgressUnit[],
): { rows: LevelRow[]; total: LevelRow['counts']; sum: number } {
  const total = zero();
  const rows: LevelRow[] = [];
  for (const unit of units) {
    const counts = zero();
    for (const l of levels) {
      if (l.unitId !== unit.id) continue;
      const col: LevelColumn = (l.level as Level | null) ?? 'none';
      counts[col] += l.count;
      total[col] += l.count;
    }
    const sum = LEVEL_COLUMNS.reduce((n, c) => n + counts[c], 0);
    if (sum > 0) rows.push({ unit, counts, total: sum });
  }
  return { rows, total, sum: LEVEL_COLUMNS.reduce((n, c) => n + total[c], 0) };
}
