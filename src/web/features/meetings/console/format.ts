/**
 * Pure helpers of the meeting pages: paths, times in Vietnam, the roll call's counts, who chairs
 * now, the agenda's states and the one action each item offers, and the record entries in words.
 */
import { ENTRY_KIND_LABELS, type EntryBody } from '../../../../domain/meeting/types.js';
import { LEVEL_LABELS } from '../../../../domain/rules/types.js';
import type { MeetingItemView, MeetingView } from '../types.js';

const enc = encodeURIComponent;
export const meetingPath = (id: string) => `/cuoc-hop/${enc(id)}`;
export const meetingProjectorPath = (id: string) => `${meetingPath(id)}/man-hinh`;
export const memberPagePath = (id: string) => `${meetingPath(id)}/thanh-vien`;
export const reviewPath = (id: string) => `/tu-kiem-diem/${enc(id)}`;
export const createMeetingPath = (cycleId: string, unitId?: string | null) =>
  `/cuoc-hop/moi?cycleId=${enc(cycleId)}${unitId ? `&unitId=${enc(unitId)}` : ''}`;

/** How often the console asks for the meeting. */
export const CONSOLE_POLL_MS = 3_000;

const vnParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(iso: string): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(vnParts.formatToParts(d).map((p) => [p.type, p.value]));
}

/** "08:00 ngày 04/11/2024" in Vietnam time. */
export function meetingTimeText(iso: string): string {
  const p = parts(iso);
  return p ? `${p.hour}:${p.minute} ngày ${p.day}/${p.month}/${p.year}` : iso;
}

/** "08:05" in Vietnam time (when an entry was recorded). */
export function clockText(iso: string): string {
  const p = parts(iso);
  return p ? `${p.hour}:${p.minute}` : '';
}

/** The day (YYYY-MM-DD) and the time (HH:mm) of an instant in Vietnam, for the edit form. */
export function vnDayAndTime(iso: string): { day: string; time: string } | null {
  const p = parts(iso);
  return p ? { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` } : null;
}

/**
 * The instant the create form sends: a calendar day (YYYY-MM-DD) and a time (HH:mm) in Vietnam,
 * which keeps UTC+7 all year. Null when either is missing or malformed.
 */
export function startsAtIso(date: string | null | undefined, time: string | null | undefined): string | null {
  if (!date || !time || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${date}T${time}:00+07:00`;
}

type Attendee = MeetingView['attendees'][number];

/** "Có mặt 6/8 thành viên" (and the guests present, when there are guests). */
export function presenceText(attendees: readonly Pick<Attendee, 'role' | 'present'>[]): string {
  const members = attendees.filter((a) => a.role === 'member');
  const guests = attendees.filter((a) => a.role === 'guest');
  const base = `Có mặt ${members.filter((a) => a.present).length}/${members.length} thành viên`;
  return guests.length > 0
    ? `${base} · khách mời ${guests.filter((a) => a.present).length}/${guests.length}`
    : base;
}

/** How the attendee was marked present. */
export function checkedInText(a: Pick<Attendee, 'present' | 'checkedInBy'>): string | null {
  if (!a.present) return null;
  return a.checkedInBy === 'self' ? 'tự điểm danh bằng QR' : 'thư ký điểm danh';
}

/**
 * "Đang chủ trì: đồng chí X (cấp phó, chủ trì phần kiểm điểm người đứng đầu)" while someone other
 * than the chair chairs the current item; null otherwise.
 */
export function actingChairText(
  m: Pick<MeetingView, 'chair' | 'actingChair' | 'items'>,
  chairIsHead = m.items.some((i) => i.group === 'head' && i.subject?.personId === m.chair?.personId),
): string | null {
  const acting = m.actingChair;
  if (!acting || !m.chair || acting.personId === m.chair.personId) return null;
  const deputy = m.items.some((i) => i.group === 'deputy' && i.subject?.personId === acting.personId);
  const whom = chairIsHead ? 'người đứng đầu' : `đồng chí ${m.chair.fullName}`;
  return `Đang chủ trì: đồng chí ${acting.fullName} (${deputy ? 'cấp phó, ' : ''}chủ trì phần kiểm điểm ${whom})`;
}

export type AgendaState = 'done' | 'current' | 'open' | 'upcoming';
export type AgendaAction = 'next' | 'back' | null;

export interface AgendaRow {
  item: MeetingItemView;
  state: AgendaState;
  /** "Còn thiếu: …" for the current item and an unfinished earlier one. */
  missingText: string | null;
  /** What the console offers on the row: take up the next item, or go back to a finished one. */
  action: AgendaAction;
}

/**
 * The agenda as the console lists it. Before the meeting every item is upcoming; while it runs the
 * item after the current one offers "Chuyển sang" (the server checks the order), and a finished
 * earlier item offers going back to correct it.
 */
export function agendaRows(
  m: Pick<MeetingView, 'items' | 'state' | 'currentPosition'>,
  canRun: boolean,
): AgendaRow[] {
  const current = m.state === 'running' ? m.currentPosition : null;
  return [...m.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      let state: AgendaState;
      if (m.state === 'locked') state = item.done ? 'done' : 'open';
      else if (current === null || item.position > current) state = 'upcoming';
      else if (item.position === current) state = 'current';
      else state = item.done ? 'done' : 'open';
      const missingText =
        (state === 'current' || state === 'open') && item.missing.length > 0
          ? `Còn thiếu: ${item.missing.join(', ')}`
          : null;
      let action: AgendaAction = null;
      if (canRun && current !== null) {
        if (item.position === current + 1) action = 'next';
        else if (item.position < current && item.done) action = 'back';
      }
      return { item, state, missingText, action };
    });
}

export const AGENDA_STATE_LABELS: Record<AgendaState, string> = {
  done: 'Đã xong',
  current: 'Đang họp',
  open: 'Chưa xong',
  upcoming: 'Chưa đến',
};

export function currentItem(m: Pick<MeetingView, 'items' | 'currentPosition' | 'state'>) {
  if (m.state !== 'running') return null;
  return m.items.find((i) => i.position === m.currentPosition) ?? null;
}

/** The entry kinds a correction may replace (votes and chair changes are not corrected). */
export const CORRECTABLE_KINDS = ['comment', 'note', 'conclusion', 'proposal'] as const;
export type CorrectableKind = (typeof CORRECTABLE_KINDS)[number];
export const isCorrectable = (body: EntryBody): body is Extract<EntryBody, { kind: CorrectableKind }> =>
  (CORRECTABLE_KINDS as readonly string[]).includes(body.kind);

export const entryKindLabel = (body: EntryBody): string => ENTRY_KIND_LABELS[body.kind];

/** An open vote in one line: "5 đồng ý, 0 không đồng ý, 1 không biểu quyết / 6 có mặt — thông qua". */
export function voteText(b: Extract<EntryBody, { kind: 'open_vote' }>): string {
  return `${b.agree} đồng ý, ${b.disagree} không đồng ý, ${b.abstain} không biểu quyết / ${b.presentTotal} thành viên có mặt — ${b.passed ? 'thông qua' : 'không thông qua'}`;
}

/** What an entry says, as lines of text (a conclusion has its strengths, weaknesses and the rest). */
export function entryLines(body: EntryBody): string[] {
  switch (body.kind) {
    case 'comment':
    case 'note':
      return [body.text];
    case 'conclusion':
      return [
        ...(body.strengths ? [`Ưu điểm: ${body.strengths}`] : []),
        ...(body.weaknesses ? [`Hạn chế: ${body.weaknesses}`] : []),
        ...(body.text ? [body.text] : []),
      ];
    case 'proposal':
      return [
        LEVEL_LABELS[body.level],
        ...(body.quotaBreach
          ? [`Vượt tỷ lệ${body.quotaMessage ? `: ${body.quotaMessage}` : ''}`, `Lý do: ${body.reason ?? ''}`]
          : []),
      ];
    case 'response':
      return [body.accepts ? 'Tiếp thu kết luận.' : 'Có ý kiến khác.', ...(body.text ? [body.text] : [])];
    case 'open_vote':
      return [`${body.question}: ${voteText(body)}`];
    case 'chair_change':
      return [body.text];
  }
}

type RecordRow = MeetingView['record'][number];

/** The earlier versions an effective entry replaced, newest first (the record keeps them all). */
export function previousVersions(record: readonly RecordRow[], entryId: string): RecordRow[] {
  const byId = new Map(record.map((r) => [r.id, r]));
  const out: RecordRow[] = [];
  const seen = new Set<string>([entryId]);
  let cur = byId.get(entryId);
  while (cur?.corrects && !seen.has(cur.corrects)) {
    seen.add(cur.corrects);
    const prev = byId.get(cur.corrects);
    if (!prev) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

/** The person's answers to the conclusion on an item, oldest first. */
export function responsesOf(m: Pick<MeetingView, 'entries'>, position: number) {
  return m.entries.flatMap((e) =>
    e.itemPosition === position && e.body.kind === 'response' ? [{ ...e, body: e.body }] : [],
  );
}

/** The latest effective entry of a kind on an item (e.g. the proposal to correct). */
export function latestOf<K extends EntryBody['kind']>(
  m: Pick<MeetingView, 'entries'>,
  position: number,
  kind: K,
) {
  const found = m.entries.filter((e) => e.itemPosition === position && e.body.kind === kind).at(-1);
  return found as (MeetingView['entries'][number] & { body: Extract<EntryBody, { kind: K }> }) | undefined;
}

/** The open-vote counts typed so far against those present: a problem to show, or null. */
export function voteCountProblem(
  counts: { agree?: number | null; disagree?: number | null; abstain?: number | null },
  presentTotal: number,
): string | null {
  const sum = (counts.agree ?? 0) + (counts.disagree ?? 0) + (counts.abstain ?? 0);
  if (sum > presentTotal) return `Tổng số ý kiến (${sum}) nhiều hơn số thành viên có mặt (${presentTotal}).`;
  return null;
}
