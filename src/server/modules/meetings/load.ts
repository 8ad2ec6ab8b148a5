/** Reading a meeting: the row, its roster, agenda and record, as the domain's types. */
import { and, asc, eq } from 'drizzle-orm';
import type { Entry } from '../../../domain/meeting/types.js';
import type { Queryable } from '../../db/connect.js';
import { ballots, meetingAttendees, meetingEntries, meetingItems, meetings } from '../../db/schema/index.js';
import { notFound } from '../../http/errors.js';

export type MeetingRow = typeof meetings.$inferSelect;
export type EntryRow = typeof meetingEntries.$inferSelect;

export async function loadMeeting(
  db: Queryable,
  agencyId: string,
  id: string,
  lock = false,
): Promise<MeetingRow> {
  const q = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.agencyId, agencyId)));
  const m = (await (lock ? q.for('update') : q))[0];
  if (!m) throw notFound('cuộc họp');
  return m;
}

export function toEntry(r: EntryRow): Entry {
  return {
    id: r.id,
    seq: r.seq,
    itemPosition: r.itemPosition,
    speakerName: r.speakerName,
    body: r.body,
    corrects: r.correctsEntryId,
  };
}

export async function loadRecord(db: Queryable, meetingId: string) {
  const [attendees, items, entries] = await Promise.all([
    db
      .select()
      .from(meetingAttendees)
      .where(eq(meetingAttendees.meetingId, meetingId))
      .orderBy(asc(meetingAttendees.sortOrder)),
    db
      .select()
      .from(meetingItems)
      .where(eq(meetingItems.meetingId, meetingId))
      .orderBy(asc(meetingItems.position)),
    db
      .select()
      .from(meetingEntries)
      .where(eq(meetingEntries.meetingId, meetingId))
      .orderBy(asc(meetingEntries.seq)),
  ]);
  return { attendees, items, entries };
}

/** The ballot item is finished when the ballot is closed and, with paper ballots, the paper count is in. */
export async function ballotFinished(db: Queryable, ballotId: string | null): Promise<boolean> {
  if (!ballotId) return false;
  const b = (await db.select().from(ballots).where(eq(ballots.id, ballotId)))[0];
  return Boolean(b && b.state === 'closed' && (b.mode === 'electronic' || b.paper));
}
