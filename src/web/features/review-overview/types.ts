/** Shapes of the reviews API as the reviewers' overview reads them (src/server/modules/reviews). */
import type { CycleState, Regime } from '../../../domain/cycle.js';
import type { FormAnswers, FormCode, FormDefinition, Scores } from '../../../domain/forms/types.js';
import type { ReviewState } from '../../../domain/review.js';
import type { ClassifyResult, Level } from '../../../domain/rules/types.js';

/** One row of GET /api/cycles/:id/reviews. */
export interface ReviewListItem {
  id: string;
  /** null: the collective's report of the unit. */
  personId: string | null;
  personName: string | null;
  positionTitle: string | null;
  unitId: string;
  unitName: string;
  formCode: FormCode;
  formLabel: string;
  state: ReviewState;
  submittedAt: string | null;
  submittedLate: boolean;
  proposedLevel: Level | null;
  /** Set when the secretary waived the form: it is then not required. */
  waivedReason: string | null;
  assignment: 'auto' | 'manual';
}

export interface ReviewListResponse {
  items: ReviewListItem[];
}

export interface ReviewSuggestion {
  id: string;
  personId: string | null;
  unitId: string;
  fromName: string;
  text: string;
  deadline: string | null;
  answer: string | null;
  answeredAt: string | null;
  version: number;
  createdAt: string;
}

export interface ReviewVersionEntry {
  version: number;
  event: string;
  state: ReviewState;
  note: string | null;
  byName: string;
  at: string;
}

export interface ReviewCan {
  edit: boolean;
  submit: boolean;
  return: boolean;
  reopen: boolean;
  finalise: boolean;
  scoreManager: boolean;
  scoreAuthority: boolean;
}

/** GET /api/reviews/:id */
export interface ReviewDetail {
  review: {
    id: string;
    formCode: FormCode;
    formLabel: string;
    state: ReviewState;
    stateLabel: string;
    answers: FormAnswers;
    scores: Scores;
    proposedLevel: Level | null;
    submittedAt: string | null;
    submittedLate: boolean;
    returnComment: string | null;
    assignedReason: string;
    waivedReason: string | null;
    version: number;
  };
  definition: FormDefinition;
  cycle: { id: string; title: string; year: number; regime: Regime; state: CycleState };
  person: { id: string; fullName: string; positionTitle: string } | null;
  unit: { id: string; name: string } | null;
  deadline: string | null;
  late: boolean;
  ruling: ClassifyResult | null;
  suggestions: ReviewSuggestion[];
  missing: { key: string; label: string; sectionHeading: string }[];
  versions: ReviewVersionEntry[];
  can: ReviewCan;
}

/** A person for "Giao thêm biểu mẫu" (GET /api/people). */
export interface PersonOption {
  id: string;
  fullName: string;
  unitName: string;
  positionTitle: string;
}

export interface PeopleResponse {
  items: PersonOption[];
  total: number;
}
