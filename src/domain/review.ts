/**
 * The life cycle of a self-review (issue 5.5): draft (autosaved) → submitted (by the deadline; late is
 * allowed but marked) → returned with comments → revised and resubmitted → after the unit meeting,
 * reopened to take in its conclusions ("tiếp thu") → final and locked.
 */
export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'revising', 'final'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã nộp',
  returned: 'Trả lại để sửa',
  revising: 'Tiếp thu sau cuộc họp',
  final: 'Hoàn tất',
};

export type ReviewEvent = 'save' | 'submit' | 'return' | 'reopen' | 'finalise';

/** Who may cause an event: the writer (the person, or the unit's head for a collective report) or a reviewer. */
export const REVIEW_EVENT_ACTOR: Record<ReviewEvent, 'writer' | 'reviewer'> = {
  save: 'writer',
  submit: 'writer',
  return: 'reviewer',
  reopen: 'reviewer',
  finalise: 'writer',
};

const NEXT: Record<ReviewEvent, Partial<Record<ReviewState, ReviewState>>> = {
  save: { draft: 'draft', returned: 'returned', revising: 'revising' },
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  // After the unit meeting the review is unlocked for the "tiếp thu" revision (plan II.2.c).
  reopen: { submitted: 'revising' },
  // The writer closes the revision; the review is then locked.
  finalise: { revising: 'final' },
};

/** The state an event leads to, or null when the event is not allowed in this state. */
export function nextReviewState(state: ReviewState, event: ReviewEvent): ReviewState | null {
  return NEXT[event][state] ?? null;
}

export function isEditable(state: ReviewState): boolean {
  return nextReviewState(state, 'save') !== null;
}

/** Submitted after the deadline's day (in Vietnam)? Late submissions are accepted but marked. */
export function isLate(deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline;
}
