/**
 * What a review starts from before its writer types anything: the stored results of the earlier years
 * for the 3-year review (CV 2397 Mẫu 01), and last year's weaknesses with their remedy status for
 * section III (rules.md §7). Applied when a field has no answer yet, so the writer's edits win.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { carriedWeaknesses } from '../../../domain/forms/carry-over.js';
import { threeYearReviewYears } from '../../../domain/forms/catalogue/nominee.js';
import type { FormAnswers, FormDefinition } from '../../../domain/forms/types.js';
import { allFields } from '../../../domain/forms/walk.js';
import type { Queryable } from '../../db/connect.js';
import { cycles, reviews } from '../../db/schema/index.js';
import { priorResultsFor } from '../results/service.js';

type ReviewRow = typeof reviews.$inferSelect;

const STATE_RANK: Record<ReviewRow['state'], number> = {
  final: 0,
  revising: 1,
  submitted: 2,
  returned: 3,
  draft: 4,
};

async function lastYearsAnswers(db: Queryable, review: ReviewRow, year: number): Promise<FormAnswers | null> {
  const rows = await db
    .select({ answers: reviews.answers, state: reviews.state })
    .from(reviews)
    .innerJoin(cycles, eq(cycles.id, reviews.cycleId))
    .where(
      and(
        eq(cycles.agencyId, review.agencyId),
        eq(cycles.year, year - 1),
        review.personId
          ? eq(reviews.personId, review.personId)
          : and(isNull(reviews.personId), eq(reviews.unitId, review.unitId)),
      ),
    );
  const best = rows.sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state])[0];
  return best?.answers ?? null;
}

export async function withPrefill(
  db: Queryable,
  review: ReviewRow,
  def: FormDefinition,
  year: number,
): Promise<FormAnswers> {
  const empty = (type: string) =>
    allFields(def)
      .filter(({ field }) => field.type === type && review.answers[field.key] === undefined)
      .map(({ field }) => field.key);
  const priorKeys = empty('prior_results');
  const remediationKeys = empty('remediation');
  const filled: FormAnswers = {};
  if (priorKeys.length > 0 && review.personId) {
    const prior = await priorResultsFor(db, review.personId, threeYearReviewYears(year));
    for (const k of priorKeys) filled[k] = prior;
  }
  if (remediationKeys.length > 0) {
    const previous = await lastYearsAnswers(db, review, year);
    const carried = previous ? carriedWeaknesses(previous) : [];
    if (carried.length > 0) for (const k of remediationKeys) filled[k] = carried;
  }
  return { ...review.answers, ...filled };
}
