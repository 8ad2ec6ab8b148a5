/**
 * The five parts of a unit's dossier (plan II.2.d), read from the records they come from:
 * (1) the minutes of the unit's review meeting, (2) the collective report, (3) the self-reviews,
 * (4) the proposed levels of the individuals and the collective, (5) the emulation summary table
 * (the Lao động tiên tiến ballot). Each part says whether it is complete and, if not, why.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { effectiveEntries } from '../../../domain/meeting/record.js';
import { REVIEW_STATE_LABELS, type ReviewState } from '../../../domain/review.js';
import type { Level } from '../../../domain/rules/types.js';
import type { Queryable } from '../../db/connect.js';
import { ballots, meetings, people, reviews } from '../../db/schema/index.js';
import { ballotFinished, loadRecord, toEntry } from '../meetings/load.js';
import { selfProposedLevels } from '../reviews/proposed-levels.js';

export type PartCode = 'minutes' | 'collective_report' | 'self_reviews' | 'levels' | 'emulation';

export interface DossierPart {
  code: PartCode;
  number: number;
  title: string;
  complete: boolean;
  problems: string[];
  /** Where to read or download it. */
  links: { label: string; href: string }[];
}

const HANDED_IN: ReviewState[] = ['submitted', 'revising', 'final'];

export interface LevelRow {
  personId: string | null;
  fullName: string;
  positionTitle: string;
  selfProposed: Level | null;
  proposed: Level | null;
  quotaBreach: boolean;
  reason: string | null;
}

/** The unit's review meeting of the cycle, if prepared. */
export async function unitMeeting(db: Queryable, cycleId: string, unitId: string) {
  return (
    (
      await db
        .select()
        .from(meetings)
        .where(
          and(eq(meetings.cycleId, cycleId), eq(meetings.unitId, unitId), eq(meetings.kind, 'unit_review')),
        )
    )[0] ?? null
  );
}

/** Part 4: each member's and the collective's proposed level from the meeting's record. */
export async function proposedLevels(db: Queryable, meetingId: string, cycleId: string): Promise<LevelRow[]> {
  const record = await loadRecord(db, meetingId);
  const effective = effectiveEntries(record.entries.map(toEntry));
  const own = await selfProposedLevels(
    db,
    cycleId,
    record.items.flatMap((i) => (i.subjectPersonId ? [i.subjectPersonId] : [])),
  );
  const titles = new Map(record.attendees.map((a) => [a.personId, a.positionTitle]));
  return record.items.flatMap((item) => {
    if (item.kind !== 'person' && item.kind !== 'collective_report') return [];
    const p = effective.filter((e) => e.itemPosition === item.position && e.body.kind === 'proposal').at(-1);
    const body = p?.body.kind === 'proposal' ? p.body : null;
    const personId = item.subjectPersonId;
    const self = personId ? (own.get(personId) ?? null) : null;
    return [
      {
        personId,
        fullName: personId
          ? (record.attendees.find((a) => a.personId === personId)?.fullName ?? '')
          : item.title.replace(/^Kiểm điểm /, ''),
        positionTitle: personId ? (titles.get(personId) ?? '') : 'Tập thể',
        selfProposed: self,
        proposed: body?.level ?? null,
        quotaBreach: body?.quotaBreach ?? false,
        reason: body?.reason ?? null,
      },
    ];
  });
}

export async function dossierParts(db: Queryable, cycleId: string, unitId: string): Promise<DossierPart[]> {
  const meeting = await unitMeeting(db, cycleId, unitId);
  const unitReviews = await db
    .select({
      id: reviews.id,
      personId: reviews.personId,
      state: reviews.state,
      fullName: people.fullName,
    })
    .from(reviews)
    .leftJoin(people, eq(people.id, reviews.personId))
    .where(and(eq(reviews.cycleId, cycleId), eq(reviews.unitId, unitId), isNull(reviews.waivedReason)));
  const collective = unitReviews.filter((r) => r.personId === null);
  const personal = unitReviews.filter((r) => r.personId !== null);
  const docLink = (id: string, label: string) => ({ label, href: `/api/reviews/${id}/document?format=docx` });

  // (1) Minutes: the meeting ended with its minutes approved.
  const minutes: DossierPart = {
    code: 'minutes',
    number: 1,
    title: 'Biên bản hội nghị kiểm điểm của đơn vị',
    complete: meeting?.state === 'locked',
    problems: !meeting
      ? ['Đơn vị chưa tổ chức hội nghị kiểm điểm.']
      : meeting.state !== 'locked'
        ? ['Hội nghị chưa kết thúc hoặc biên bản chưa được thông qua.']
        : [],
    links: meeting
      ? [
          { label: 'Biên bản (Word)', href: `/api/meetings/${meeting.id}/minutes?format=docx` },
          { label: 'Biên bản (PDF)', href: `/api/meetings/${meeting.id}/minutes?format=pdf` },
        ]
      : [],
  };

  // (2) The collective report, handed in.
  const collectiveProblems = collective.length === 0 ? ['Chưa có báo cáo kiểm điểm tập thể.'] : [];
  for (const r of collective)
    if (!HANDED_IN.includes(r.state))
      collectiveProblems.push(
        `Báo cáo kiểm điểm tập thể đang ở trạng thái "${REVIEW_STATE_LABELS[r.state]}".`,
      );
  const collectivePart: DossierPart = {
    code: 'collective_report',
    number: 2,
    title: 'Báo cáo kiểm điểm tập thể',
    complete: collectiveProblems.length === 0,
    problems: collectiveProblems,
    links: collective.map((r) => docLink(r.id, 'Báo cáo (Word)')),
  };

  // (3) Every self-review handed in. Those still being revised after the meeting are named — a remark,
  // not a gap: HCQT may return the dossier for them.
  const notIn = personal.filter((r) => !HANDED_IN.includes(r.state));
  const revising = personal.filter((r) => r.state === 'revising');
  const selfPart: DossierPart = {
    code: 'self_reviews',
    number: 3,
    title: 'Bản tự kiểm điểm của cá nhân',
    complete: notIn.length === 0 && personal.length > 0,
    problems: [
      ...notIn.map((r) => `${r.fullName}: bản tự kiểm điểm "${REVIEW_STATE_LABELS[r.state]}".`),
      ...(revising.length > 0
        ? [`Đang tiếp thu sau hội nghị (chưa hoàn tất): ${revising.map((r) => r.fullName).join(', ')}.`]
        : []),
    ],
    links: personal.map((r) => docLink(r.id, r.fullName ?? '')),
  };

  // (4) Proposed levels, from the meeting.
  const levels = meeting ? await proposedLevels(db, meeting.id, cycleId) : [];
  const missingLevels = levels.filter((l) => l.personId && !l.proposed);
  const levelsPart: DossierPart = {
    code: 'levels',
    number: 4,
    title: 'Danh sách đề xuất mức xếp loại chất lượng cá nhân và tập thể',
    complete: meeting?.state === 'locked' && missingLevels.length === 0,
    problems: [
      ...(meeting?.state !== 'locked' ? ['Chưa có kết quả đề xuất của hội nghị.'] : []),
      ...missingLevels.map((l) => `${l.fullName}: chưa có mức xếp loại đề xuất.`),
      ...(levels.some((l) => !l.personId && !l.proposed)
        ? ['Chưa đề xuất mức xếp loại của tập thể (lưu ý).']
        : []),
    ],
    links: meeting ? documentLinks(cycleId, unitId, 'levels') : [],
  };

  // (5) The emulation summary: the Lao động tiên tiến ballot, closed and counted.
  const ballot = meeting?.ballotId
    ? (await db.select().from(ballots).where(eq(ballots.id, meeting.ballotId)))[0]
    : null;
  const counted = await ballotFinished(db, meeting?.ballotId ?? null);
  const emulation: DossierPart = {
    code: 'emulation',
    number: 5,
    title: 'Bảng tổng hợp kết quả bình xét thi đua',
    complete: counted,
    problems: counted
      ? []
      : [
          ballot
            ? 'Bỏ phiếu kín chưa kết thúc hoặc chưa nhập kết quả phiếu giấy.'
            : 'Chưa bỏ phiếu kín bình xét thi đua.',
        ],
    links: counted
      ? [
          ...documentLinks(cycleId, unitId, 'emulation'),
          ...(ballot
            ? [{ label: 'Biên bản kiểm phiếu (Word)', href: `/api/ballots/${ballot.id}/minutes?format=docx` }]
            : []),
        ]
      : [],
  };
  return [minutes, collectivePart, selfPart, levelsPart, emulation];
}

function documentLinks(cycleId: string, unitId: string, part: 'levels' | 'emulation') {
  const base = `/api/dossiers/document?cycleId=${cycleId}&unitId=${unitId}&part=${part}`;
  return [
    { label: 'Word', href: `${base}&format=docx` },
    { label: 'Excel', href: `${base}&format=xlsx` },
  ];
}
