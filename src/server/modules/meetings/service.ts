/**
 * The unit review meeting (issue 6 §1–2, plan II.2.b–c) on the meeting engine: prepare (agenda from
 * the unit's people in the enforced order, roster with the invited guests, invitations), the roll call
 * (by the secretary or by the member's QR code), the agenda in order with the chair handed to a deputy
 * while the head is reviewed, the append-only record (comments, conclusions, proposed levels checked
 * against the rules engine and the quota, the person's answer, open votes, corrections), the ballot,
 * and the end: the minutes approved, the meeting locked. Each use case is one transaction with its
 * audit entry.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { tallyOpen } from '../../../domain/ballot/tally.js';
import { defaultThreshold } from '../../../domain/ballot/threshold.js';
import type { Threshold, VoteMode } from '../../../domain/ballot/types.js';
import { todayInVietnam } from '../../../domain/dates.js';
import {
  buildUnitAgenda,
  chairFor,
  itemStatus,
  orderProblem,
  rankInAgenda,
} from '../../../domain/meeting/agenda.js';
import { proposalQuota } from '../../../domain/meeting/quota.js';
import { correctionProblem, effectiveEntries } from '../../../domain/meeting/record.js';
import type { EntryBody, OpenVoteBody } from '../../../domain/meeting/types.js';
import { LEVEL_LABELS, type Level } from '../../../domain/rules/types.js';
import type { Db, Tx } from '../../db/connect.js';
import {
  accounts,
  cycles,
  meetingAttendees,
  meetingEntries,
  meetingItems,
  meetings,
  notifications,
  people,
} from '../../db/schema/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { createBallotIn } from '../ballots/service.js';
import { cycleAndUnit } from '../cycles/lookup.js';
import { recordStepDone } from '../cycles/progress.js';
import { recipientsOf, responsibleFor } from '../reminders/sweep.js';
import { proposedLevelProblem, reopenAfterMeeting } from '../reviews/service.js';
import { mayPrepare, mayRun } from './access.js';
import { checkInCodeValid } from './check-in-code.js';
import { ballotFinished, loadMeeting, loadRecord, type MeetingRow, toEntry } from './load.js';
import { quotaMembers } from './quota.js';

const invalid = (path: string, message: string) => new AppError('validation', message, [{ path, message }]);
const conflict = (message: string) => new AppError('conflict', message);

export interface MeetingPrep {
  startsAt: string;
  place: string;
  secretaryPersonId: string;
  chairPersonId?: string;
  deputyChairPersonId?: string | null;
  guestPersonIds?: string[];
}

async function personIn(tx: Tx, agencyId: string, id: string, path: string) {
  const p = (
    await tx
      .select()
      .from(people)
      .where(and(eq(people.id, id), eq(people.agencyId, agencyId), eq(people.active, true)))
  )[0];
  if (!p) throw invalid(path, 'Không tìm thấy người này trong danh sách nhân sự.');
  return p;
}

async function withAccounts(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ personId: accounts.personId, id: accounts.id })
    .from(accounts)
    .where(inArray(accounts.personId, personIds));
  return new Map(rows.flatMap((r) => (r.personId ? [[r.personId, r.id] as const] : [])));
}

/** Prepare the unit review meeting of a running cycle: agenda, roster, guests, invitations. */
export async function createUnitMeeting(
  db: Db,
  user: SessionUser,
  input: MeetingPrep & { cycleId: string; unitId: string },
) {
  if (!mayPrepare(user, input.unitId)) throw forbidden();
  return db.transaction(async (tx) => {
    const { cycle, unit } = await cycleAndUnit(tx, user.agencyId, input, { running: true });
    const existing = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(eq(meetings.cycleId, cycle.id), eq(meetings.unitId, unit.id), eq(meetings.kind, 'unit_review')),
      );
    if (existing.length > 0) throw conflict('Đơn vị đã có hội nghị kiểm điểm trong kỳ đánh giá này.');
    const members = await tx
      .select()
      .from(people)
      .where(and(eq(people.unitId, unit.id), eq(people.active, true)))
      .orderBy(asc(people.searchName));
    if (members.length === 0) throw invalid('body.unitId', 'Đơn vị chưa có thành viên nào.');
    const memberIds = new Set(members.map((m) => m.id));
    const head = members.find((m) => m.leadershipRank === 'head');
    const chairId = input.chairPersonId ?? head?.id;
    if (!chairId)
      throw invalid('body.chairPersonId', 'Vui lòng chọn người chủ trì (đơn vị chưa có người đứng đầu).');
    if (!memberIds.has(chairId))
      throw invalid('body.chairPersonId', 'Người chủ trì phải là thành viên của đơn vị.');
    if (!memberIds.has(input.secretaryPersonId))
      throw invalid('body.secretaryPersonId', 'Thư ký phải là thành viên của đơn vị.');
    if (input.secretaryPersonId === chairId)
      throw invalid('body.secretaryPersonId', 'Thư ký và người chủ trì phải là hai người khác nhau.');
    const deputyId = input.deputyChairPersonId ?? null;
    if (deputyId && (!memberIds.has(deputyId) || deputyId === chairId))
      throw invalid('body.deputyChairPersonId', 'Người chủ trì thay phải là thành viên khác của đơn vị.');
    const guests = [];
    for (const [i, id] of [...new Set(input.guestPersonIds ?? [])].entries()) {
      if (memberIds.has(id)) throw invalid(`body.guestPersonIds.${i}`, 'Khách mời không thuộc đơn vị.');
      guests.push(await personIn(tx, user.agencyId, id, `body.guestPersonIds.${i}`));
    }
    const agenda = buildUnitAgenda(
      unit.name,
      members.map((m) => ({ personId: m.id, fullName: m.fullName, rank: m.leadershipRank })),
    );
    const [row] = await tx
      .insert(meetings)
      .values({
        agencyId: user.agencyId,
        cycleId: cycle.id,
        kind: 'unit_review',
        unitId: unit.id,
        title: `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm ${cycle.year} — ${unit.name}`,
        startsAt: new Date(input.startsAt),
        place: input.place.trim(),
        chairPersonId: chairId,
        secretaryPersonId: input.secretaryPersonId,
        deputyChairPersonId: deputyId,
        checkinCode: randomBytes(16).toString('base64url'),
      })
      .returning();
    if (!row) throw new Error('meeting not created');
    const accountOf = await withAccounts(tx, [...memberIds, ...guests.map((g) => g.id)]);
    // The roster in agenda order (head, deputies, staff), then the guests.
    const order = agenda.flatMap((a) => (a.subjectPersonId ? [a.subjectPersonId] : []));
    const byId = new Map([...members, ...guests].map((p) => [p.id, p]));
    const roster = [
      ...order.map((id) => ({ p: byId.get(id), role: 'member' as const })),
      ...guests.map((g) => ({ p: g, role: 'guest' as const })),
    ];
    await tx.insert(meetingAttendees).values(
      roster.flatMap(({ p, role }, i) =>
        p
          ? [
              {
                meetingId: row.id,
                personId: p.id,
                accountId: accountOf.get(p.id) ?? null,
                fullName: p.fullName,
                positionTitle: p.positionTitle,
                role,
                sortOrder: i,
              },
            ]
          : [],
      ),
    );
    await tx.insert(meetingItems).values(agenda.map((a) => ({ meetingId: row.id, ...a })));
    const invited = roster.flatMap(({ p }) =>
      p && accountOf.get(p.id) ? [accountOf.get(p.id) as string] : [],
    );
    if (invited.length > 0) {
      await tx.insert(notifications).values(
        invited.map((accountId) => ({
          agencyId: user.agencyId,
          accountId,
          kind: 'meeting_invitation',
          title: `Giấy mời: ${row.title}`,
          body: `Thời gian: ${vnDateTime(row.startsAt)}; địa điểm: ${row.place}.`,
          link: `/cuoc-hop/${row.id}`,
        })),
      );
    }
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.created',
      entityType: 'meeting',
      entityId: row.id,
      summary: `Chuẩn bị ${row.title}: ${members.length} thành viên, ${guests.length} khách mời, ${agenda.length} nội dung; đã gửi giấy mời.`,
    });
    return row;
  });
}

export function vnDateTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')} giờ ${get('minute')}, ngày ${get('day')}/${get('month')}/${get('year')}`;
}

/** Time, place, secretary and stand-in chair may change until the meeting starts (guests are invited at preparation). */
export async function updateMeeting(
  db: Db,
  user: SessionUser,
  id: string,
  input: Omit<MeetingPrep, 'chairPersonId' | 'guestPersonIds'> & { version: number },
) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayPrepare(user, m.unitId)) throw forbidden();
    if (m.version !== input.version) throw staleVersion();
    if (m.state !== 'prepared') throw conflict('Cuộc họp đã bắt đầu: không sửa được thông tin chuẩn bị.');
    const { attendees } = await loadRecord(tx, id);
    const members = new Set(attendees.filter((a) => a.role === 'member').map((a) => a.personId));
    if (!members.has(input.secretaryPersonId) || input.secretaryPersonId === m.chairPersonId)
      throw invalid('body.secretaryPersonId', 'Thư ký phải là thành viên của đơn vị, khác người chủ trì.');
    const deputy = input.deputyChairPersonId ?? null;
    if (deputy && (!members.has(deputy) || deputy === m.chairPersonId))
      throw invalid('body.deputyChairPersonId', 'Người chủ trì thay phải là thành viên khác của đơn vị.');
    const [row] = await tx
      .update(meetings)
      .set({
        startsAt: new Date(input.startsAt),
        place: input.place.trim(),
        secretaryPersonId: input.secretaryPersonId,
        deputyChairPersonId: deputy,
        version: m.version + 1,
      })
      .where(eq(meetings.id, id))
      .returning();
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.updated',
      entityType: 'meeting',
      entityId: id,
      summary: `Sửa thông tin chuẩn bị ${m.title}: ${vnDateTime(new Date(input.startsAt))}, ${input.place.trim()}.`,
    });
    return row as MeetingRow;
  });
}

/** The roll call by the secretary (or whoever runs the meeting): present, or absent with a reason. */
export async function markAttendance(
  db: Db,
  user: SessionUser,
  id: string,
  input: { personId: string; present: boolean; absenceReason?: string },
) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.state === 'locked') throw conflict('Cuộc họp đã kết thúc.');
    const [a] = await tx
      .update(meetingAttendees)
      .set({
        present: input.present,
        checkedInBy: input.present ? 'secretary' : null,
        absenceReason: input.present ? null : input.absenceReason?.trim() || null,
      })
      .where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.personId, input.personId)))
      .returning();
    if (!a) throw notFound('người dự họp');
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.attendance',
      entityType: 'meeting',
      entityId: id,
      summary: `Điểm danh: ${a.fullName} ${input.present ? 'có mặt' : `vắng mặt${a.absenceReason ? ` (lý do: ${a.absenceReason})` : ''}`}.`,
    });
    return { personId: a.personId, present: a.present };
  });
}

/** The member checks in with the code of the QR shown in the room. */
export async function selfCheckIn(db: Db, user: SessionUser, id: string, code: string) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (m.state === 'locked') throw conflict('Cuộc họp đã kết thúc.');
    if (!checkInCodeValid(m.checkinCode, code))
      throw invalid(
        'body.code',
        'Mã điểm danh không đúng hoặc đã hết hạn (mã đổi mỗi phút); hãy quét lại mã QR trong phòng họp.',
      );
    const [a] = await tx
      .update(meetingAttendees)
      .set({ present: true, checkedInBy: 'self', absenceReason: null })
      .where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.accountId, user.accountId)))
      .returning();
    if (!a) throw new AppError('forbidden', 'Bạn không có tên trong danh sách dự họp.');
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.checked_in',
      entityType: 'meeting',
      entityId: id,
      summary: `${a.fullName} tự điểm danh bằng mã QR.`,
    });
    return { personId: a.personId, present: true };
  });
}

/** Append one entry to the record (under the meeting's row lock: `seq` is gap-free per meeting). */
async function appendEntry(
  tx: Tx,
  user: SessionUser,
  m: MeetingRow,
  input: {
    itemPosition: number | null;
    body: EntryBody;
    speakerPersonId?: string | null;
    speakerName?: string | null;
    corrects?: string | null;
  },
) {
  const last = (
    await tx
      .select({ seq: max(meetingEntries.seq) })
      .from(meetingEntries)
      .where(eq(meetingEntries.meetingId, m.id))
  )[0]?.seq;
  const [row] = await tx
    .insert(meetingEntries)
    .values({
      meetingId: m.id,
      seq: Number(last ?? 0) + 1,
      itemPosition: input.itemPosition,
      kind: input.body.kind,
      speakerPersonId: input.speakerPersonId ?? null,
      speakerName: input.speakerName ?? null,
      body: input.body,
      correctsEntryId: input.corrects ?? null,
      recordedByAccountId: user.accountId,
      recordedByName: user.displayName,
    })
    .returning();
  if (!row) throw new Error('entry not appended');
  return row;
}

/** Start: the first agenda item becomes current. */
export async function startMeeting(db: Db, user: SessionUser, id: string, version: number, now: Date) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.version !== version) throw staleVersion();
    if (m.state !== 'prepared') throw conflict('Cuộc họp đã bắt đầu.');
    const { attendees } = await loadRecord(tx, id);
    if (!attendees.some((a) => a.role === 'member' && a.present))
      throw conflict('Chưa điểm danh thành viên có mặt.');
    const chair = attendees.find((a) => a.personId === m.chairPersonId);
    if (!chair?.present) throw conflict('Người chủ trì chưa có mặt: hãy điểm danh trước khi bắt đầu.');
    const [row] = await tx
      .update(meetings)
      .set({ state: 'running', currentPosition: 1, startedAt: now, version: version + 1 })
      .where(eq(meetings.id, id))
      .returning();
    const present = attendees.filter((a) => a.role === 'member' && a.present).length;
    const members = attendees.filter((a) => a.role === 'member').length;
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.started',
      entityType: 'meeting',
      entityId: id,
      summary: `Bắt đầu ${m.title}: ${present}/${members} thành viên có mặt.`,
    });
    return row as MeetingRow;
  });
}

/**
 * Take up an agenda item, in order (rules.md §2.3). Entering the item of the person who chairs hands
 * the chair to a deputy, and leaving it hands it back; each change is a record entry.
 */
export async function goToItem(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; position: number },
) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.version !== input.version) throw staleVersion();
    if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra.');
    const { attendees, items, entries } = await loadRecord(tx, id);
    const record = entries.map(toEntry);
    const problem = orderProblem(items, input.position, record, await ballotFinished(tx, m.ballotId));
    if (problem) throw conflict(problem);
    const members = attendees
      .filter((a) => a.role === 'member')
      .map((a) => ({
        personId: a.personId,
        fullName: a.fullName,
        present: a.present,
        rank: rankInAgenda(items, a.personId),
      }));
    const from = items.find((i) => i.position === m.currentPosition) ?? null;
    const to = items.find((i) => i.position === input.position) ?? null;
    const chairBefore = chairFor(m.chairPersonId, from, members, m.deputyChairPersonId);
    const chairAfter = chairFor(m.chairPersonId, to, members, m.deputyChairPersonId);
    if (chairAfter === null)
      throw conflict(
        'Không có cấp phó nào có mặt để chủ trì phần kiểm điểm người chủ trì; hãy điểm danh cấp phó.',
      );
    if (chairAfter !== chairBefore) {
      const chair = attendees.find((a) => a.personId === chairAfter);
      const text =
        chairAfter === m.chairPersonId
          ? `Đồng chí ${chair?.fullName} tiếp tục chủ trì hội nghị.`
          : `Đồng chí ${chair?.fullName} chủ trì phần kiểm điểm đồng chí ${attendees.find((a) => a.personId === m.chairPersonId)?.fullName}.`;
      await appendEntry(tx, user, m, {
        itemPosition: input.position,
        body: { kind: 'chair_change', chairPersonId: chairAfter, chairName: chair?.fullName ?? '', text },
      });
    }
    const [row] = await tx
      .update(meetings)
      .set({
        currentPosition: input.position,
        speakerPersonId: to?.subjectPersonId ?? null,
        version: m.version + 1,
      })
      .where(eq(meetings.id, id))
      .returning();
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.item',
      entityType: 'meeting',
      entityId: id,
      summary: `Chuyển sang nội dung ${input.position}: ${to?.title}.`,
    });
    return row as MeetingRow;
  });
}

/** Who is speaking now (shown on the projector). */
export async function setSpeaker(db: Db, user: SessionUser, id: string, personId: string | null) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra.');
    let name = '';
    if (personId) {
      const a = (
        await tx
          .select()
          .from(meetingAttendees)
          .where(and(eq(meetingAttendees.meetingId, id), eq(meetingAttendees.personId, personId)))
      )[0];
      if (!a) throw invalid('body.personId', 'Người phát biểu không có trong danh sách dự họp.');
      name = a.fullName;
    }
    await tx.update(meetings).set({ speakerPersonId: personId }).where(eq(meetings.id, id));
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.speaker',
      entityType: 'meeting',
      entityId: id,
      summary: personId ? `Mời đồng chí ${name} phát biểu.` : 'Kết thúc lượt phát biểu.',
    });
    return { speakerPersonId: personId };
  });
}

interface RecordContext {
  m: MeetingRow;
  record: Awaited<ReturnType<typeof loadRecord>>;
}

/** Lock the meeting, check it runs and the user may record, and resolve the item and a correction. */
async function recordContext(
  tx: Tx,
  user: SessionUser,
  id: string,
  input: { itemPosition?: number | null; corrects?: string | null },
  kind: EntryBody['kind'],
): Promise<RecordContext & { itemPosition: number }> {
  const m = await loadMeeting(tx, user.agencyId, id, true);
  if (!mayRun(user, m)) throw forbidden();
  if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra: biên bản không ghi thêm được.');
  const record = await loadRecord(tx, id);
  if (input.corrects) {
    const problem = correctionProblem(record.entries.map(toEntry), input.corrects, kind);
    if (problem) throw invalid('body.corrects', problem);
    if (record.entries.some((e) => e.correctsEntryId === input.corrects))
      throw conflict('Nội dung này đã được đính chính; hãy tải lại và đính chính bản mới nhất.');
  }
  const target = input.corrects
    ? (record.entries.find((e) => e.id === input.corrects)?.itemPosition ?? null)
    : (input.itemPosition ?? m.currentPosition);
  if (target === null || !record.items.some((i) => i.position === target))
    throw invalid('body.itemPosition', 'Không có nội dung này trong chương trình.');
  if (!input.corrects && target > (m.currentPosition ?? 0))
    throw conflict('Chưa đến nội dung này trong chương trình cuộc họp.');
  return { m, record, itemPosition: target };
}

async function speakerOf(ctx: RecordContext, personId: string | null | undefined) {
  if (!personId) return null;
  const a = ctx.record.attendees.find((x) => x.personId === personId);
  if (!a) throw invalid('body.speakerPersonId', 'Người phát biểu không có trong danh sách dự họp.');
  return a;
}

/** A comment (per speaker), a conclusion or a note on an agenda item — or a correction of one. */
export async function addEntry(
  db: Db,
  user: SessionUser,
  id: string,
  input:
    | {
        kind: 'comment' | 'note';
        text: string;
        speakerPersonId?: string | null;
        itemPosition?: number;
        corrects?: string;
      }
    | {
        kind: 'conclusion';
        strengths: string;
        weaknesses: string;
        text: string;
        itemPosition?: number;
        corrects?: string;
      },
) {
  return db.transaction(async (tx) => {
    const ctx = await recordContext(tx, user, id, input, input.kind);
    const item = ctx.record.items.find((i) => i.position === ctx.itemPosition);
    let speaker = null;
    let body: EntryBody;
    if (input.kind === 'conclusion') {
      if (!input.strengths.trim() && !input.weaknesses.trim() && !input.text.trim())
        throw invalid('body.text', 'Vui lòng ghi nội dung kết luận.');
      const members = ctx.record.attendees
        .filter((a) => a.role === 'member')
        .map((a) => ({ ...a, rank: rankInAgenda(ctx.record.items, a.personId) }));
      const chairId = chairFor(ctx.m.chairPersonId, item ?? null, members, ctx.m.deputyChairPersonId);
      speaker = ctx.record.attendees.find((a) => a.personId === chairId) ?? null;
      body = {
        kind: 'conclusion',
        strengths: input.strengths.trim(),
        weaknesses: input.weaknesses.trim(),
        text: input.text.trim(),
      };
    } else {
      if (!input.text.trim()) throw invalid('body.text', 'Vui lòng ghi nội dung.');
      speaker = await speakerOf(ctx, input.speakerPersonId);
      if (input.kind === 'comment' && !speaker)
        throw invalid('body.speakerPersonId', 'Vui lòng chọn người phát biểu.');
      body = { kind: input.kind, text: input.text.trim() };
    }
    const row = await appendEntry(tx, user, ctx.m, {
      itemPosition: ctx.itemPosition,
      body,
      speakerPersonId: speaker?.personId ?? null,
      speakerName: speaker?.fullName ?? null,
      corrects: input.corrects ?? null,
    });
    await writeAudit(tx, actorOf(user), {
      action: input.corrects ? 'meeting.entry_corrected' : 'meeting.entry',
      entityType: 'meeting',
      entityId: id,
      summary: `${input.corrects ? 'Đính chính' : 'Ghi'} ${input.kind === 'conclusion' ? 'kết luận' : input.kind === 'comment' ? `ý kiến của ${speaker?.fullName}` : 'ghi chú'} — ${item?.title}.`,
    });
    return row;
  });
}

/**
 * The proposed level of the person (or the collective) under review: checked against what the rules
 * engine allows from their record (refused above the ceiling) and against the quota of their group
 * (rules.md §1.4.6) — over it, a reason is required, recorded, and HCQT is told.
 */
export async function proposeLevel(
  db: Db,
  user: SessionUser,
  id: string,
  input: { level: Level; reason?: string; itemPosition?: number; corrects?: string },
) {
  return db.transaction(async (tx) => {
    const ctx = await recordContext(tx, user, id, input, 'proposal');
    const item = ctx.record.items.find((i) => i.position === ctx.itemPosition);
    if (!item || (item.kind !== 'person' && item.kind !== 'collective_report'))
      throw invalid('body.itemPosition', 'Chỉ đề xuất mức xếp loại khi kiểm điểm tập thể hoặc một người.');
    const cycle = (await tx.select().from(cycles).where(eq(cycles.id, ctx.m.cycleId)))[0];
    if (!cycle) throw notFound('kỳ đánh giá');
    let quota: { breach: boolean; message: string | null } = { breach: false, message: null };
    if (item.subjectPersonId) {
      const problem = await proposedLevelProblem(tx, cycle, item.subjectPersonId, input.level);
      if (problem) throw invalid('body.level', problem);
      const members = await quotaMembers(tx, ctx.m, ctx.record);
      quota = proposalQuota(cycle.regime, members, item.subjectPersonId, input.level);
    }
    if (
      !input.corrects &&
      ctx.record.entries.some((e) => e.itemPosition === ctx.itemPosition && e.kind === 'proposal')
    )
      throw conflict('Đã ghi mức xếp loại đề xuất cho nội dung này; muốn thay đổi, hãy đính chính.');
    const reason = input.reason?.trim() || null;
    if (quota.breach && !reason)
      throw invalid('body.reason', `${quota.message} Vui lòng ghi lý do đề xuất vượt tỷ lệ.`);
    const row = await appendEntry(tx, user, ctx.m, {
      itemPosition: ctx.itemPosition,
      body: {
        kind: 'proposal',
        level: input.level,
        quotaBreach: quota.breach,
        quotaMessage: quota.message,
        reason,
      },
      corrects: input.corrects ?? null,
    });
    const subject = item.subjectPersonId
      ? (ctx.record.attendees.find((a) => a.personId === item.subjectPersonId)?.fullName ?? '')
      : 'tập thể đơn vị';
    if (quota.breach) await tellSecretariesOfBreach(tx, ctx.m, subject, input.level, reason ?? '');
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.level_proposed',
      entityType: 'meeting',
      entityId: id,
      summary:
        `${input.corrects ? 'Đính chính mức' : 'Mức'} xếp loại đề xuất cho ${subject}: ${LEVEL_LABELS[input.level]}` +
        (quota.breach ? ` — vượt tỷ lệ, lý do: ${reason}.` : '.'),
    });
    return row;
  });
}

/** HCQT (the cycle's secretaries) is told of a proposal over the quota, with the unit's reason. */
async function tellSecretariesOfBreach(tx: Tx, m: MeetingRow, subject: string, level: Level, reason: string) {
  const to = responsibleFor(await recipientsOf(tx, m.agencyId), null);
  if (to.length === 0) return;
  await tx.insert(notifications).values(
    to.map((r) => ({
      agencyId: m.agencyId,
      accountId: r.accountId,
      kind: 'quota_breach',
      title: `Đề xuất vượt tỷ lệ: ${subject} — ${LEVEL_LABELS[level]}`,
      body: `${m.title}. Lý do của đơn vị: ${reason}`,
      link: `/cuoc-hop/${m.id}`,
    })),
  );
}

/**
 * The person's answer to the conclusion: accepts it, or states an objection. Given by the person on
 * their phone, or recorded by the secretary. Their handed-in reviews are then unlocked for the
 * "tiếp thu" revision (plan II.2.c).
 */
export async function respondToConclusion(
  db: Db,
  user: SessionUser,
  id: string,
  input: { itemPosition: number; accepts: boolean; text?: string },
) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra.');
    const record = await loadRecord(tx, id);
    const item = record.items.find((i) => i.position === input.itemPosition);
    if (!item?.subjectPersonId) throw invalid('body.itemPosition', 'Nội dung này không kiểm điểm một người.');
    const isSubject = user.personId === item.subjectPersonId;
    if (!isSubject && !mayRun(user, m)) throw forbidden();
    if (record.entries.some((e) => e.itemPosition === item.position && e.kind === 'response'))
      throw conflict('Đã ghi ý kiến của người được kiểm điểm về kết luận này.');
    const status = itemStatus(item, record.entries.map(toEntry), false);
    if (!status.done)
      throw conflict(`Chưa có ${status.missing.join(', ')}: chưa thể tiếp thu hoặc nêu ý kiến.`);
    if (!input.accepts && !input.text?.trim())
      throw invalid('body.text', 'Vui lòng ghi ý kiến không đồng ý với kết luận.');
    const person = record.attendees.find((a) => a.personId === item.subjectPersonId);
    const row = await appendEntry(tx, user, m, {
      itemPosition: item.position,
      body: { kind: 'response', accepts: input.accepts, text: input.text?.trim() ?? '' },
      speakerPersonId: item.subjectPersonId,
      speakerName: person?.fullName ?? null,
    });
    const reopened = await reopenAfterMeeting(
      tx,
      user,
      m.cycleId,
      { personId: item.subjectPersonId },
      m.title,
    );
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.response',
      entityType: 'meeting',
      entityId: id,
      summary: `${person?.fullName} ${input.accepts ? 'tiếp thu kết luận' : `có ý kiến khác: ${input.text?.trim()}`}${isSubject ? '' : ' (thư ký ghi)'}; mở lại ${reopened} bản kiểm điểm để tiếp thu.`,
    });
    return row;
  });
}

/** An open vote (for / against / abstaining) on the collective report, the minutes or a motion. */
export async function recordOpenVote(
  db: Db,
  user: SessionUser,
  id: string,
  input: {
    purpose: OpenVoteBody['purpose'];
    question?: string;
    agree: number;
    disagree: number;
    abstain: number;
    itemPosition?: number;
    threshold?: Threshold;
  },
) {
  return db.transaction(async (tx) => {
    const ctx = await recordContext(tx, user, id, input, 'open_vote');
    const item = ctx.record.items.find((i) => i.position === ctx.itemPosition);
    const expected =
      input.purpose === 'report_approval'
        ? 'collective_report'
        : input.purpose === 'minutes_approval'
          ? 'minutes'
          : null;
    if (expected && item?.kind !== expected)
      throw invalid('body.purpose', 'Biểu quyết này không thuộc nội dung đang họp.');
    const membersTotal = ctx.record.attendees.filter((a) => a.role === 'member').length;
    const presentTotal = ctx.record.attendees.filter((a) => a.role === 'member' && a.present).length;
    const tally = tallyOpen({
      agree: input.agree,
      disagree: input.disagree,
      abstain: input.abstain,
      presentTotal,
      membersTotal,
      threshold: input.threshold ?? defaultThreshold().value,
    });
    if (tally.problems.length > 0) throw invalid('body.agree', tally.problems.join(' '));
    const question =
      input.question?.trim() ||
      (input.purpose === 'report_approval'
        ? 'Thông qua báo cáo kiểm điểm tập thể'
        : input.purpose === 'minutes_approval'
          ? 'Thông qua biên bản hội nghị'
          : '');
    if (!question) throw invalid('body.question', 'Vui lòng ghi nội dung biểu quyết.');
    const row = await appendEntry(tx, user, ctx.m, {
      itemPosition: ctx.itemPosition,
      body: {
        kind: 'open_vote',
        purpose: input.purpose,
        question,
        agree: input.agree,
        disagree: input.disagree,
        abstain: input.abstain,
        presentTotal,
        membersTotal,
        passed: tally.passed,
      },
    });
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.open_vote',
      entityType: 'meeting',
      entityId: id,
      summary: `Biểu quyết "${question}": ${input.agree} đồng ý, ${input.disagree} không đồng ý, ${input.abstain} không biểu quyết trên ${presentTotal} có mặt — ${tally.passed ? 'thông qua' : 'không thông qua'}.`,
    });
    return row;
  });
}

/** Prepare the meeting's secret ballot: the roster present at the meeting is the ballot's roll call. */
export async function prepareMeetingBallot(
  db: Db,
  user: SessionUser,
  id: string,
  input: { mode: VoteMode; threshold?: Threshold },
) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra.');
    if (m.ballotId) throw conflict('Cuộc họp đã chuẩn bị bỏ phiếu kín.');
    if (!m.unitId) throw conflict('Cuộc họp này không có đơn vị.');
    const { attendees, items } = await loadRecord(tx, id);
    const item = items.find((i) => i.kind === 'ballot');
    if (!item || m.currentPosition !== item.position)
      throw conflict('Chưa đến nội dung bỏ phiếu kín trong chương trình cuộc họp.');
    // Eligibility follows the levels the meeting proposed (the self-review's where it proposed none).
    const levels = new Map(
      (await quotaMembers(tx, m, await loadRecord(tx, id))).flatMap((q) => {
        const level = q.proposed ?? q.selfProposed;
        return level ? [[q.personId, level] as const] : [];
      }),
    );
    const ballot = await createBallotIn(tx, user, {
      levels,
      cycleId: m.cycleId,
      unitId: m.unitId,
      mode: input.mode,
      ...(input.threshold ? { threshold: input.threshold } : {}),
      presentPersonIds: attendees.filter((a) => a.role === 'member' && a.present).map((a) => a.personId),
    });
    await tx
      .update(meetings)
      .set({ ballotId: ballot.id, version: m.version + 1 })
      .where(eq(meetings.id, id));
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.ballot_prepared',
      entityType: 'meeting',
      entityId: id,
      summary: `Chuẩn bị bỏ phiếu kín tại ${m.title}.`,
    });
    return ballot;
  });
}

/** End the meeting once every item is finished — the minutes read out and approved — and lock it. */
export async function endMeeting(db: Db, user: SessionUser, id: string, version: number, now: Date) {
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, user.agencyId, id, true);
    if (!mayRun(user, m)) throw forbidden();
    if (m.version !== version) throw staleVersion();
    if (m.state !== 'running') throw conflict('Cuộc họp không đang diễn ra.');
    const { items, entries } = await loadRecord(tx, id);
    const record = entries.map(toEntry);
    const finished = await ballotFinished(tx, m.ballotId);
    const open = items.filter((i) => !itemStatus(i, record, finished).done);
    if (open.length > 0) {
      const first = open[0] as (typeof items)[number];
      throw conflict(
        `Chưa kết thúc được: còn ${open.length} nội dung chưa xong (đầu tiên: "${first.title}" — thiếu ${itemStatus(first, record, finished).missing.join(', ')}).`,
      );
    }
    const [row] = await tx
      .update(meetings)
      .set({ state: 'locked', endedAt: now, speakerPersonId: null, version: version + 1 })
      .where(eq(meetings.id, id))
      .returning();
    if (m.unitId && m.kind === 'unit_review') {
      await recordStepDone(tx, user, {
        cycleId: m.cycleId,
        stepCode: 'hop-don-vi',
        unitId: m.unitId,
        doneOn: todayInVietnam(now),
        note: 'Hội nghị kiểm điểm của đơn vị đã kết thúc, biên bản đã thông qua.',
      });
    }
    await writeAudit(tx, actorOf(user), {
      action: 'meeting.ended',
      entityType: 'meeting',
      entityId: id,
      summary: `Kết thúc ${m.title}; biên bản đã được thông qua và khóa (${effectiveEntries(record).length} nội dung ghi).`,
    });
    return row as MeetingRow;
  });
}
