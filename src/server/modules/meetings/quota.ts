/** The unit's members as the quota check sees them: their group, the meeting's and their own proposal. */
import { inArray } from 'drizzle-orm';
import type { QuotaMember } from '../../../domain/meeting/quota.js';
import { effectiveEntries } from '../../../domain/meeting/record.js';
import type { Queryable } from '../../db/connect.js';
import { people } from '../../db/schema/index.js';
import { selfProposedLevels } from '../reviews/proposed-levels.js';
import { type loadRecord, type MeetingRow, toEntry } from './load.js';

export async function quotaMembers(
  db: Queryable,
  m: Pick<MeetingRow, 'cycleId'>,
  record: Awaited<ReturnType<typeof loadRecord>>,
): Promise<QuotaMember[]> {
  const ids = record.items.flatMap((i) =>
    i.kind === 'person' && i.subjectPersonId ? [i.subjectPersonId] : [],
  );
  if (ids.length === 0) return [];
  const groups = await db
    .select({ id: people.id, similarGroup: people.similarGroup })
    .from(people)
    .where(inArray(people.id, ids));
  const groupOf = new Map(groups.map((g) => [g.id, g.similarGroup]));
  const own = await selfProposedLevels(db, m.cycleId, ids);
  const effective = effectiveEntries(record.entries.map(toEntry));
  return ids.map((personId) => {
    const position = record.items.find((i) => i.subjectPersonId === personId)?.position;
    const proposal = effective
      .filter((e) => e.itemPosition === position && e.body.kind === 'proposal')
      .at(-1);
    return {
      personId,
      similarGroup: groupOf.get(personId) ?? '',
      proposed: proposal?.body.kind === 'proposal' ? proposal.body.level : null,
      selfProposed: own.get(personId) ?? null,
    };
  });
}
