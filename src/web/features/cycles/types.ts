import type { CycleState, Regime, StepScope } from '../../../domain/cycle.js';

/** A cycle as GET /api/cycles lists it. */
export interface Cycle {
  id: string;
  year: number;
  regime: Regime;
  /** "Kỳ đánh giá năm 2024". */
  title: string;
  state: CycleState;
  planDocumentSeriesId: string | null;
  createdFromCycleId: string | null;
  startedAt: string | null;
  closedAt: string | null;
  version: number;
}

export interface CyclesResponse {
  items: Cycle[];
  canManage: boolean;
}

export interface CycleStep {
  id: string;
  code: string;
  sortOrder: number;
  sectionRef: string;
  title: string;
  description: string;
  responsible: string;
  participants: string;
  scope: StepScope;
  /** ISO date, or null when the plan fixes none. */
  deadline: string | null;
  /** End of a date range, else null. */
  deadlineEnd: string | null;
  outputs: string[];
  /** Codes of the steps this one waits for. */
  dependsOn: string[];
  /** Set when a date moved from last year falls on a day off: 'Thứ Bảy', 'Chủ nhật', 'Ngày nghỉ lễ'. */
  reviewReason: string | null;
  version: number;
}

export interface CycleDetail extends Cycle {
  steps: CycleStep[];
  canManage: boolean;
  /** The server's "today" (ISO, Asia/Ho_Chi_Minh; pinned by CLOCK_TODAY in the demo). */
  today: string;
}

/** The editable fields of a step, as the API takes them. */
export interface StepFields {
  title: string;
  description: string;
  responsible: string;
  participants: string;
  sectionRef: string;
  scope: StepScope;
  deadline: string | null;
  deadlineEnd: string | null;
  outputs: string[];
  dependsOn: string[];
}

export interface NewStep extends StepFields {
  code: string;
}

export interface CreateCycleInput {
  year: number;
  fromCycleId: string | null;
  holidays: string[];
}

export interface CycleMoveResult {
  id: string;
  state: CycleState;
  version: number;
}

export interface PlanDocumentResult {
  documentId: string;
  seriesId: string;
}
