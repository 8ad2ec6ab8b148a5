import type { CycleState, DeadlineState, StepScope } from '../../../domain/cycle.js';
import type { Level } from '../../../domain/rules/types.js';

/** A cycle as GET /api/cycles lists it (only what the progress pages need). */
export interface CycleListItem {
  id: string;
  year: number;
  title: string;
  state: CycleState;
}

export interface CycleListResponse {
  items: CycleListItem[];
  canManage: boolean;
}

export interface ProgressUnit {
  id: string;
  name: string;
  code: string;
}

export interface ProgressStep {
  id: string;
  code: string;
  title: string;
  scope: StepScope;
  responsible: string;
  /** ISO date, or null when the plan fixes none. */
  deadline: string | null;
  /** End of a date range, else null. */
  deadlineEnd: string | null;
}

export interface ProgressCell {
  stepId: string;
  /** null for agency-level steps. */
  unitId: string | null;
  doneOn: string | null;
  state: DeadlineState;
  /** Self-review steps: the unit's reviews handed in, of those due. */
  count?: { done: number; total: number };
  /** The unit dossier step: where the dossier stands. */
  dossier?: 'assembling' | 'submitted' | 'returned' | 'accepted';
}

export interface StepSummary {
  stepId: string;
  total: number;
  done: number;
  overdue: number;
}

/** GET /api/cycles/:id/progress */
export interface ProgressResponse {
  cycle: { id: string; title: string; state: CycleState; year: number };
  /** The agency's "today" (ISO); may be pinned (demo, tests). */
  today: string;
  units: ProgressUnit[];
  steps: ProgressStep[];
  cells: ProgressCell[];
  summary: StepSummary[];
  /** Levels proposed in the handed-in self-reviews, per unit (null: not classified this year). */
  levels: LevelCount[];
}

export interface LevelCount {
  unitId: string;
  level: Level | null;
  count: number;
}

export interface MarkProgressInput {
  stepId: string;
  unitId: string | null;
  done: boolean;
  doneOn?: string;
  note?: string;
}

export interface MarkProgressResult {
  stepId: string;
  unitId: string | null;
  doneOn: string | null;
  state: DeadlineState;
}

export interface Task {
  cycleId: string;
  stepId: string;
  title: string;
  responsible: string;
  unitId: string | null;
  unitName: string | null;
  deadline: string | null;
  deadlineEnd: string | null;
  state: DeadlineState;
  canMark: boolean;
}

/** GET /api/me/tasks */
export interface TasksResponse {
  today: string;
  cycle: { id: string; title: string } | null;
  tasks: Task[];
}
