/** Shapes of the reviews API as the reviewers' overview reads them (src/server/modules/reviews). */
import type { FormCode } from '../../../domain/forms/types.js';
import type { ReviewState } from '../../../domain/review.js';
import type { Level } from '../../../domain/rules/types.js';

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

/** GET /api/reviews/:id and its parts: one definition, shared with the writer's screens. */
export type {
  ReviewCan,
  ReviewDetail,
  ReviewSuggestion,
  ReviewVersion as ReviewVersionEntry,
} from '../reviews/types.js';

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
