/** Shapes of the self-review API (GET /api/me/reviews, GET/PUT /api/reviews/:id, suggestions). */
import type { Regime } from '../../../domain/cycle.js';
import type { MissingAnswer } from '../../../domain/forms/answers.js';
import type { SuggestedLevel } from '../../../domain/forms/scoring.js';
import type { FormAnswers, FormCode, FormDefinition, Scores } from '../../../domain/forms/types.js';
import type { ReviewState } from '../../../domain/review.js';
import type { ClassifyResult, Level } from '../../../domain/rules/types.js';

/** One review the user writes, as GET /api/me/reviews lists it. */
export interface MyReviewItem {
  id: string;
  personId: string | null;
  personName: string | null;
  unitName: string;
  formCode: FormCode;
  formLabel: string;
  state: ReviewState;
  submittedAt: string | null;
  submittedLate: boolean;
  proposedLevel: Level | null;
  waivedReason: string | null;
}

export interface MyReviewsResponse {
  cycle: { id: string; title: string; year: number } | null;
  items: MyReviewItem[];
  /** The self-review step's deadline (ISO date); absent when no cycle runs. */
  deadline?: string | null;
}

export interface ReviewSuggestion {
  id: string;
  /** The person addressed; null when addressed to the collective (unitId). */
  personId: string | null;
  unitId: string;
  createdAt: string;
  text: string;
  fromName: string;
  deadline: string | null;
  answer: string | null;
  answeredAt: string | null;
  version: number;
}

/** One stored version of a review (newest first in the response). */
export interface ReviewVersion {
  version: number;
  /** save, submit, return, reopen, finalise, score_manager, score_authority. */
  event: string;
  state: ReviewState;
  note: string | null;
  byName: string;
  at: string;
}

export type Ruling = ClassifyResult;

export interface ReviewCan {
  edit: boolean;
  submit: boolean;
  return: boolean;
  reopen: boolean;
  finalise: boolean;
  scoreManager: boolean;
  scoreAuthority: boolean;
}

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
    assignedReason: string | null;
    waivedReason: string | null;
    version: number;
  };
  definition: FormDefinition;
  cycle: { id: string; title: string; year: number; regime: Regime; state: string };
  person: { id: string; fullName: string; positionTitle: string | null; birthDate?: string | null } | null;
  /** The writer holds a leadership post: the form's leaders-only sections apply. */
  leader?: boolean;
  unit: { id: string; name: string } | null;
  deadline: string | null;
  late: boolean;
  /** The rules engine's verdict on the person's record; null for a collective's report. */
  ruling: Ruling | null;
  suggestions: ReviewSuggestion[];
  missing: MissingAnswer[];
  scoreSuggestion: SuggestedLevel | null;
  versions: ReviewVersion[];
  can: ReviewCan;
}

/** The body of PUT /api/reviews/:id. */
export interface SaveReviewBody {
  version: number;
  answers: FormAnswers;
  selfScores?: Record<string, number>;
  proposedLevel: Level | null;
}

export interface SaveReviewResult {
  version: number;
  state: ReviewState;
}

export interface MoveReviewResult {
  version: number;
  state: ReviewState;
  submittedLate: boolean;
}
