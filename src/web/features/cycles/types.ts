import type { CycleState, Regime, StepDefinition } from '../../../domain/cycle.js';

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

/** A stored step: the domain's step definition plus its row id, order, review flag and version. */
export interface CycleStep extends StepDefinition {
  id: string;
  sortOrder: number;
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
export type StepFields = Omit<StepDefinition, 'code'>;

/** A new step: its code and fields. */
export type NewStep = StepDefinition;

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
