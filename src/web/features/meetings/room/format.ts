/**
 * Pure helpers of the pages shown in the meeting room (the member's phone, the check-in page, the
 * projector): paths, the time and place, my attendance, the current item and its record, whether to
 * offer me the answer to my conclusion, the ballot's progress (how many, never who or how), the
 * proposed levels so far.
 */
import type { EntryBody } from '../../../../domain/meeting/types.js';
import { LEVEL_LABELS, type Level } from '../../../../domain/rules/types.js';
import { formatVnDateTime } from '../../../components/dates.js';
import type { MeetingEntryView, MeetingItemView, MeetingView } from '../types.js';

/** How often the member's phone and the projector ask for the meeting. */
export const MEMBER_POLL_MS = 4_000;
export const PROJECTOR_POLL_MS = 3_000;
/** How long the check-in page shows its success before going on to the member's page. */
export const CHECKED_IN_REDIRECT_MS = 3_000;

const enc = encodeURIComponent;
export const consolePath = (id: string) => `/cuoc-hop/${enc(id)}`;
export const memberPath = (id: string) => `${consolePath(id)}/thanh-vien`;
export const meetingProjectorPath = (id: string) => `${consolePath(id)}/man-hinh`;

/** "08:00 ngày 05/11/2024" (Vietnam time). */
export function meetingTimeText(iso: string): string {
  const dt = formatVnDateTime(iso);
  if (dt === iso) return iso;
  return `${dt.slice(11, 16)} ngày ${dt.slice(0, 10)}`;
}

/** "08:00 ngày 05/11/2024 · Phòng họp tầng 3". */
export const whenWhereText = (m: Pick<MeetingView, 'startsAt' | 'place'>): string =>
  `${meetingTimeText(m.startsAt)} · ${m.place}`;

/** "Có mặt 5/8 thành viên". */
export const attendanceText = (m: Pick<MeetingView, 'presentTotal' | 'membersTotal'>): string =>
  `Có mặt ${m.presentTotal}/${m.membersTotal} thành viên`;

export type MyAttendance = 'present' | 'absent' | 'not_checked_in' | 'not_on_roster';

/** Where I stand on the roll: present, marked absent (with the secretary's reason), not yet, or not invited. */
export function myAttendance(m: Pick<MeetingView, 'me' | 'attendees'>): {
  status: MyAttendance;
  absenceReason: string | null;
} {
  const mine = m.me.attendee;
  if (!mine) return { status: 'not_on_roster', absenceReason: null };
  if (mine.present) return { status: 'present', absenceReason: null };
  const reason = m.attendees.find((a) => a.personId === m.me.personId)?.absenceReason ?? null;
  return { status: reason ? 'absent' : 'not_checked_in', absenceReason: reason };
}

export const MY_ATTENDANCE_LABELS: Record<MyAttendance, string> = {
  present: 'Có mặt',
  absent: 'Vắng mặt',
  not_checked_in: 'Chưa điểm danh',
  not_on_roster: 'Không có tên trong danh sách dự họp',
};

/** The hint under my attendance: how to check in, while it still can be done. */
export function checkInHint(m: Pick<MeetingView, 'me' | 'attendees' | 'state'>): string | null {
  const { status } = myAttendance(m);
  if (m.state === 'locked' || (status !== 'not_checked_in' && status !== 'absent')) return null;
  return 'Hãy quét mã QR trong phòng họp bằng điện thoại, hoặc báo thư ký để điểm danh.';
}

export function currentItem(m: Pick<MeetingView, 'items' | 'currentPosition' | 'state'>) {
  if (m.state !== 'running') return null;
  return m.items.find((i) => i.position === m.currentPosition) ?? null;
}

/** The effective record of one agenda item, in the order things happened. */
export const itemEntries = (m: Pick<MeetingView, 'entries'>, position: number): MeetingEntryView[] =>
  m.entries.filter((e) => e.itemPosition === position);

type BodyOf<K extends EntryBody['kind']> = Extract<EntryBody, { kind: K }>;

/** The latest entry of a kind on an item (a later entry supersedes an earlier one). */
export function latestOf<K extends EntryBody['kind']>(
  entries: readonly MeetingEntryView[],
  kind: K,
): (MeetingEntryView & { body: BodyOf<K> }) | null {
  const found = entries.filter((e) => e.body.kind === kind).at(-1);
  return (found as (MeetingEntryView & { body: BodyOf<K> }) | undefined) ?? null;
}

/** The item that reviews me, once it is current or finished (null when there is none yet). */
export function myItem(m: Pick<MeetingView, 'items' | 'currentPosition' | 'me'>): MeetingItemView | null {
  const me = m.me.personId;
  if (!me) return null;
  const item = m.items.find((i) => i.kind === 'person' && i.subject?.personId === me);
  if (!item) return null;
  return item.position === m.currentPosition || item.done ? item : null;
}

export type AnswerState =
  /** Nothing to answer (yet): no conclusion or no proposed level, or not my item. */
  | 'none'
  /** Conclusion and proposed level are in, I have not answered: offer "Tiếp thu" / "Có ý kiến khác". */
  | 'offer'
  /** My answer is in the record. */
  | 'answered'
  /** Conclusion and proposal are in but the meeting is over without my answer. */
  | 'closed';

/** Should the phone offer me the answer buttons for `item`? */
export function answerState(
  m: Pick<MeetingView, 'entries' | 'state' | 'me'>,
  item: Pick<MeetingItemView, 'position' | 'kind' | 'subject'> | null,
): AnswerState {
  if (item?.kind !== 'person' || !m.me.personId || item.subject?.personId !== m.me.personId) return 'none';
  const entries = itemEntries(m, item.position);
  if (entries.some((e) => e.body.kind === 'response')) return 'answered';
  if (!latestOf(entries, 'conclusion') || !latestOf(entries, 'proposal')) return 'none';
  return m.state === 'running' ? 'offer' : 'closed';
}

/** The answer recorded for the item, in words: "Đã tiếp thu kết luận." / "Đã nêu ý kiến khác: …". */
export function answerText(body: BodyOf<'response'>): string {
  return body.accepts ? 'Đã tiếp thu kết luận.' : `Đã nêu ý kiến khác: ${body.text}`;
}

/** "Hoàn thành tốt nhiệm vụ (HTTNV)". */
export const levelText = (level: Level): string => `${LEVEL_LABELS[level]} (${level})`;

/** "Đã bỏ 3/6 phiếu": how many of those present have cast — never who, never how. */
export const ballotCastText = (b: { ballotsCast: number; presentTotal: number }): string =>
  `Đã bỏ ${b.ballotsCast}/${b.presentTotal} phiếu`;

export interface ProposalRow {
  key: string;
  itemPosition: number | null;
  /** The person, or "Tập thể <unit>" for the collective. */
  name: string;
  level: Level;
  quotaBreach: boolean;
  reason: string | null;
}

/** The proposed levels so far: the latest per agenda item, in agenda order. */
export function proposalRows(m: Pick<MeetingView, 'proposals' | 'unit'>): ProposalRow[] {
  const byItem = new Map<string, MeetingView['proposals'][number]>();
  for (const p of m.proposals) byItem.set(String(p.itemPosition), p);
  return [...byItem.entries()]
    .map(([key, p]) => ({
      key,
      itemPosition: p.itemPosition,
      name: p.subject?.fullName ?? `Tập thể ${m.unit?.name ?? 'đơn vị'}`,
      level: p.level,
      quotaBreach: p.quotaBreach,
      reason: p.reason,
    }))
    .sort((a, b) => (a.itemPosition ?? 0) - (b.itemPosition ?? 0));
}

/** A quota group's name as shown ("" is a member not yet put in a group). */
export const groupName = (group: string): string => group.trim() || 'Chưa xếp nhóm';
