/**
 * A meeting as its consoles, the member's phone and the projector see it: roster, agenda with what
 * each item still lacks, the effective record (corrections applied, the originals kept alongside),
 * who chairs the current item, the quota status, the ballot's progress (never how anyone voted).
 */
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { chairFor, itemStatus, rankInAgenda } from '../../../domain/meeting/agenda.js';
import { levelFor, meetingQuota } from '../../../domain/meeting/quota.js';
import { effectiveEntries } from '../../../domain/meeting/record.js';
import { MEETING_KIND_LABELS, MEETING_STATE_LABELS } from '../../../domain/meeting/types.js';
import type { Queryable } from '../../db/connect.js';
import {
  ballots,
  ballotVoters,
  castBallots,
  cycles,
  meetings,
  people,
  reviews,
  units,
} from '../../db/schema/index.js';
import { forbidden } from '../../http/errors.js';
import type { SessionUser } from '../auth/service.js';
import { mayFollow, mayPrepare, mayRun } from './access.js';
import { currentCheckInCode } from './check-in-code.js';
import { ballotFinished, loadMeeting, loadRecord, toEntry } from './load.js';
import { quotaMembers } from './quota.js';

export async function getMeeting(db: Queryable, user: SessionUser, id: string) {
  const m = await loadMeeting(db, user.agencyId, id);
  const record = await loadRecord(db, id);
  const mine = record.attendees.find((a) => a.accountId === user.accountId) ?? null;
  if (!mayFollow(user, m, mine !== null)) throw forbidden();
  const run = mayRun(user, m);
  const [cycle, unit] = await Promise.all([
    db.select().from(cycles).where(eq(cycles.id, m.cycleId)),
    m.unitId ? db.select().from(units).where(eq(units.id, m.unitId)) : Promise.resolve([]),
  ]);
  const raw = record.entries.map(toEntry);
  const effective = effectiveEntries(raw);
  const finished = await ballotFinished(db, m.ballotId);
  const name = (personId: string | null) =>
    personId ? (record.attendees.find((a) => a.personId === personId)?.fullName ?? null) : null;
  const person = (personId: string | null) =>
    personId ? { personId, fullName: name(personId) ?? '' } : null;
  const members = record.attendees.filter((a) => a.role === 'member');
  const current = record.items.find((i) => i.position === m.currentPosition) ?? null;
  const acting =
    m.state === 'running'
      ? chairFor(
          m.chairPersonId,
          current,
          members.map((a) => ({ ...a, rank: rankInAgenda(record.items, a.personId) })),
          m.deputyChairPersonId,
        )
      : m.chairPersonId;

  // Each person item with the person's reviews (the self-review shown while they are reviewed).
  const subjectIds = record.items.flatMap((i) => (i.subjectPersonId ? [i.subjectPersonId] : []));
  const reviewRows = await db
    .select({
      id: reviews.id,
      personId: reviews.personId,
      formCode: reviews.formCode,
      state: reviews.state,
      proposedLevel: reviews.proposedLevel,
    })
    .from(reviews)
    .where(
      and(
        eq(reviews.cycleId, m.cycleId),
        isNull(reviews.waivedReason),
        m.unitId ? eq(reviews.unitId, m.unitId) : inArray(reviews.personId, subjectIds),
      ),
    );
  const quota = await quotaMembers(db, m, record);
  const cycleRow = cycle[0];
  const items = record.items.map((i) => {
    const status = itemStatus(i, raw, finished);
    const subjectReviews = reviewRows.filter((r) =>
      i.kind === 'person'
        ? r.personId === i.subjectPersonId
        : i.kind === 'collective_report' && r.personId === null,
    );
    return {
      position: i.position,
      kind: i.kind,
      title: i.title,
      subject: person(i.subjectPersonId),
      group: i.group,
      done: status.done,
      missing: status.missing,
      reviews: subjectReviews.map(({ personId: _p, ...r }) => r),
    };
  });
  const proposals = effective.flatMap((e) => {
    if (e.body.kind !== 'proposal') return [];
    const item = record.items.find((i) => i.position === e.itemPosition);
    return [
      {
        itemPosition: e.itemPosition,
        subject: item?.subjectPersonId ? person(item.subjectPersonId) : null,
        level: e.body.level,
        quotaBreach: e.body.quotaBreach,
        quotaMessage: e.body.quotaMessage,
        reason: e.body.reason,
      },
    ];
  });
  return {
    id: m.id,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABELS[m.kind],
    title: m.title,
    cycle: cycleRow ? { id: cycleRow.id, year: cycleRow.year, title: cycleRow.title } : null,
    unit: unit[0] ? { id: unit[0].id, name: unit[0].name } : null,
    startsAt: m.startsAt.toISOString(),
    place: m.place,
    state: m.state,
    stateLabel: MEETING_STATE_LABELS[m.state],
    version: m.version,
    startedAt: m.startedAt?.toISOString() ?? null,
    endedAt: m.endedAt?.toISOString() ?? null,
    chair: person(m.chairPersonId),
    secretary: person(m.secretaryPersonId),
    deputyChair: person(m.deputyChairPersonId),
    actingChair: person(acting),
    currentPosition: m.currentPosition,
    speaker: person(m.speakerPersonId),
    attendees: record.attendees.map((a) => ({
      personId: a.personId,
      fullName: a.fullName,
      positionTitle: a.positionTitle,
      role: a.role,
      present: a.present,
      checkedInBy: a.checkedInBy,
      absenceReason: a.absenceReason,
      hasAccount: a.accountId !== null,
    })),
    membersTotal: members.length,
    presentTotal: members.filter((a) => a.present).length,
    items,
    entries: effective.map((e) => {
      const row = record.entries.find((r) => r.id === e.id);
      return {
        id: e.id,
        seq: e.seq,
        itemPosition: e.itemPosition,
        speakerName: e.speakerName,
        speakerPersonId: row?.speakerPersonId ?? null,
        body: e.body,
        corrected: e.replaces.length > 0,
        recordedByName: row?.recordedByName ?? '',
        recordedAt: row?.createdAt.toISOString() ?? '',
      };
    }),
    /** Every entry as written, originals of corrections included (the record is append-only). */
    record: record.entries.map((r) => ({
      id: r.id,
      seq: r.seq,
      itemPosition: r.itemPosition,
      speakerName: r.speakerName,
      body: r.body,
      corrects: r.correctsEntryId,
      recordedByName: r.recordedByName,
      recordedAt: r.createdAt.toISOString(),
    })),
    proposals,
    quota: cycleRow
      ? {
          groups: meetingQuota(cycleRow.regime, quota).groups.map((g) => ({
            group: g.group,
            members: g.members,
            HTXSNV: g.HTXSNV,
            HTTNV: g.HTTNV,
            allowed: g.allowed,
            ok: g.ok,
            message: g.reasons.map((r) => r.message).join(' '),
          })),
          levels: quota.map((q) => ({
            personId: q.personId,
            similarGroup: q.similarGroup,
            level: levelFor(q),
            fromMeeting: q.proposed !== null,
          })),
        }
      : null,
    ballot: m.ballotId ? await ballotProgress(db, m.ballotId) : null,
    /** The QR's current code (it changes every minute), for those who run the meeting. */
    checkinCode: run && m.state !== 'locked' ? currentCheckInCode(m.checkinCode) : null,
    me: {
      personId: user.personId,
      attendee: mine ? { present: mine.present, role: mine.role } : null,
      canRun: run,
      canPrepare: mayPrepare(user, m.unitId),
    },
  };
}

/** How far the ballot has got: never how. */
async function ballotProgress(db: Queryable, ballotId: string) {
  const b = (await db.select().from(ballots).where(eq(ballots.id, ballotId)))[0];
  if (!b) return null;
  const [issued, cast] = await Promise.all([
    db
      .select({ n: count() })
      .from(ballotVoters)
      .where(and(eq(ballotVoters.ballotId, ballotId), eq(ballotVoters.tokenIssued, true))),
    db.select({ n: count() }).from(castBallots).where(eq(castBallots.ballotId, ballotId)),
  ]);
  return {
    id: b.id,
    title: b.title,
    state: b.state,
    mode: b.mode,
    presentTotal: b.presentTotal,
    membersTotal: b.membersTotal,
    tokensIssued: Number(issued[0]?.n ?? 0),
    ballotsCast: Number(cast[0]?.n ?? 0),
    paperEntered: b.paper !== null,
  };
}

/** The meetings of a cycle the user may follow, newest first. */
export async function listMeetings(db: Queryable, user: SessionUser, cycleId: string) {
  const rows = await db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      title: meetings.title,
      unitId: meetings.unitId,
      unitName: units.name,
      startsAt: meetings.startsAt,
      place: meetings.place,
      state: meetings.state,
      chairPersonId: meetings.chairPersonId,
      secretaryPersonId: meetings.secretaryPersonId,
      deputyChairPersonId: meetings.deputyChairPersonId,
      chairName: people.fullName,
    })
    .from(meetings)
    .leftJoin(units, eq(units.id, meetings.unitId))
    .innerJoin(people, eq(people.id, meetings.chairPersonId))
    .where(and(eq(meetings.agencyId, user.agencyId), eq(meetings.cycleId, cycleId)))
    .orderBy(asc(meetings.startsAt));
  return rows
    .filter((r) => mayFollow(user, r, user.unitId !== null && user.unitId === r.unitId))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      unit: r.unitId ? { id: r.unitId, name: r.unitName ?? '' } : null,
      startsAt: r.startsAt.toISOString(),
      place: r.place,
      state: r.state,
      stateLabel: MEETING_STATE_LABELS[r.state],
      chairName: r.chairName,
    }));
}
