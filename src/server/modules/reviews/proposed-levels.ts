/** The level each person's reviews this cycle propose (the best, when a party form asks two). */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { LEVELS, type Level } from '../../../domain/rules/types.js';
import type { Queryable } from '../../db/connect.js';
import { reviews } from '../../db/schema/index.js';

export async function selfProposedLevels(
  db: Queryable,
  cycleId: string,
  personIds: readonly string[],
): Promise<Map<string, Level>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: reviews.personId, level: reviews.proposedLevel })
    .from(reviews)
    .where(
      and(
        eq(reviews.cycleId, cycleId),
        inArray(reviews.personId, [...personIds]),
        isNull(reviews.waivedReason),
      ),
    );
  const out = new Map<string, Level>();
  for (const r of rows) {
    if (!r.personId || !r.level) continue;
    const prev = out.get(r.personId);
    // LEVELS runs best first.
    if (!prev || LEVELS.indexOf(r.level) < LEVELS.indexOf(prev)) out.set(r.personId, r.level);
  }
  return out;
}
