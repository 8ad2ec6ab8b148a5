import { describe, expect, it } from 'vitest';
import {
  isEditable,
  isLate,
  nextReviewState,
  REVIEW_STATES,
  type ReviewEvent,
  type ReviewState,
} from './review.js';

const table: [ReviewState, ReviewEvent, ReviewState | null][] = [
  ['draft', 'save', 'draft'],
  ['draft', 'submit', 'submitted'],
  ['draft', 'return', null],
  ['draft', 'reopen', null],
  ['draft', 'finalise', null],
  ['submitted', 'save', null],
  ['submitted', 'submit', null],
  ['submitted', 'return', 'returned'],
  ['submitted', 'reopen', 'revising'],
  ['submitted', 'finalise', null],
  ['returned', 'save', 'returned'],
  ['returned', 'submit', 'submitted'],
  ['returned', 'return', null],
  ['returned', 'reopen', null],
  ['returned', 'finalise', null],
  ['revising', 'save', 'revising'],
  ['revising', 'submit', null],
  ['revising', 'return', null],
  ['revising', 'reopen', null],
  ['revising', 'finalise', 'final'],
  ['final', 'save', null],
  ['final', 'submit', null],
  ['final', 'return', null],
  ['final', 'reopen', null],
  ['final', 'finalise', null],
];

describe('review life cycle', () => {
  it('covers every state and event', () => {
    expect(table).toHaveLength(REVIEW_STATES.length * 5);
  });
  it.each(table)('%s --%s--> %s', (state, event, next) => {
    expect(nextReviewState(state, event)).toBe(next);
  });
  it('locks a submitted or final review and unlocks a returned or reopened one', () => {
    expect(REVIEW_STATES.filter(isEditable)).toEqual(['draft', 'returned', 'revising']);
  });
  it('marks a submission late only after the deadline day', () => {
    expect(isLate('2024-10-25', '2024-10-25')).toBe(false);
    expect(isLate('2024-10-25', '2024-10-26')).toBe(true);
    expect(isLate(null, '2030-01-01')).toBe(false);
  });
});
