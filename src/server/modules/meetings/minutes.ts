/**
 * The biên bản of a meeting (NĐ 30/2020 Mẫu 1.9, the document engine's `minutes` kind) built from its
 * record, never typed again: the roster's attendance (members with their presence and absence
 * reasons; the guests who came, with their positions), the chair and the secretary, then the agenda in
 * order — each item a heading and its effective entries (corrections applied: the corrected text only)
 * in the order they were recorded, as sentences — the ballot's counts once it is over, and a closing
 * item with each person's proposed level.
 *
 * Who may have the minutes is who may follow the meeting (`getMeeting` decides); they exist from the
 * start of the meeting. While it runs they are a draft that ends "now"; once locked they end when the
 * meeting ended.
 */
import { VOTE_MODE_LABELS } from '../../../domain/ballot/types.js';
import type { OpenVoteBody, ProposalBody } from '../../../domain/meeting/types.js';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import type { Queryable } from '../../db/connect.js';
import { comrade, vnNumber } from '../../documents/kinds/common.js';
import type { MinutesInputIn } from '../../documents/kinds/minutes.js';
import { AppError } from '../../http/errors.js';
import type { SessionUser } from '../auth/service.js';
import { minutesSubject, vietnamDateTime } from '../ballots/minutes.js';
import { ballotResult } from '../ballots/service.js';
import { getMeeting } from './view.js';

/** Where the documents register keeps a meeting's minutes (source type + the meeting's id). */
export const MEETING_SOURCE = 'meeting';

export const NOT_STARTED_MESSAGE =
  'Cuộc họp chưa bắt đầu: biên bản cuộc họp được lập từ khi cuộc họp bắt đầu.';

/** Heading of the closing item. */
export const LEVELS_SUMMARY_HEADING = 'Tổng hợp mức xếp loại đề xuất';

type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
type ViewEntry = MeetingView['entries'][number];
type MinutesEntry = { speaker?: string; text: string };

export interface MeetingMinutes {
  input: MinutesInputIn;
  meetingId: string;
  /** Locked: the final minutes, kept in the register; otherwise a draft. */
  final: boolean;
  unitId: string | null;
  unitName: string;
  cycleId: string | null;
  year: number | null;
}

/** The text as a sentence: trimmed, ending in one full stop (a question or exclamation kept). */
export function sentence(s: string): string {
  const t = s.trim().replace(/[\s.;,:]+$/, '');
  if (!t) return '';
  return /[?!…]$/.test(t) ? t : `${t}.`;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const typographic = (s: string) => s.replace(/"([^"]+)"/g, '“$1”');
const withoutStop = (s: string) => s.trim().replace(/[\s.;,:]+$/, '');

/** "100%", "66,7%": of the whole, one decimal at most. */
export function shareText(part: number, whole: number): string {
  return whole > 0 ? `${vnNumber(Math.round((part / whole) * 1000) / 10)}%` : '0%';
}

/**
 * "Biểu quyết thông qua báo cáo kiểm điểm tập thể: 5/5 thành viên có mặt đồng ý (100%), 0 không đồng ý,
 * 0 không biểu quyết — thông qua."
 */
export function openVoteText(v: Omit<OpenVoteBody, 'membersTotal'>): string {
  const what =
    v.purpose === 'motion'
      ? `Biểu quyết “${withoutStop(v.question)}”`
      : `Biểu quyết ${lowerFirst(withoutStop(v.question))}`;
  return (
    `${what}: ${v.agree}/${v.presentTotal} thành viên có mặt đồng ý (${shareText(v.agree, v.presentTotal)}), ` +
    `${v.disagree} không đồng ý, ${v.abstain} không biểu quyết — ${v.passed ? 'thông qua' : 'không thông qua'}.`
  );
}

/** The counts part of a quota message: "Đề nghị 2 người … (tối đa 1)". */
function quotaCounts(message: string | null): string | null {
  const m = message ? /^Đề nghị .*?\(tối đa \d+\)/.exec(message) : null;
  return m ? lowerFirst(m[0]) : null;
}

/** "Hội nghị thống nhất đề xuất mức xếp loại: Hoàn thành tốt nhiệm vụ." and, over the quota, why. */
export function proposalText(p: ProposalBody, collective: boolean): string {
  let s = `Hội nghị thống nhất đề xuất mức xếp loại${collective ? ' tập thể' : ''}: ${LEVEL_LABELS[p.level]}.`;
  if (p.quotaBreach) {
    const counts = quotaCounts(p.quotaMessage);
    s += ` Mức đề xuất vượt tỷ lệ cho phép${counts ? `: ${counts}` : ''}.`;
    if (p.reason) s += ` Lý do đề xuất vượt tỷ lệ: ${sentence(p.reason)}`;
  }
  return s;
}

/** One effective entry of the record as a line of the minutes. */
export function entryLine(
  e: Pick<ViewEntry, 'speakerName' | 'body'>,
  subjectName: string | null,
): MinutesEntry | null {
  const b = e.body;
  switch (b.kind) {
    case 'comment':
    case 'note': {
      const text = sentence(b.text);
      if (!text) return null;
      return e.speakerName ? { speaker: e.speakerName, text } : { text };
    }
    case 'chair_change':
      return { text: sentence(b.text) };
    case 'conclusion': {
      const parts = [
        b.strengths && `Ưu điểm: ${withoutStop(b.strengths)}`,
        b.weaknesses && `Hạn chế: ${withoutStop(b.weaknesses)}`,
        b.text && withoutStop(b.text),
      ].filter(Boolean);
      if (parts.length === 0) return null;
      const by = e.speakerName ? ` (đồng chí ${e.speakerName})` : '';
      return { text: `Kết luận của người chủ trì${by} — ${parts.join('; ')}.` };
    }
    case 'proposal':
      return { text: proposalText(b, subjectName === null) };
    case 'response': {
      const who = comrade(e.speakerName ?? subjectName ?? 'được kiểm điểm');
      const said = withoutStop(b.text);
      if (!b.accepts) return { text: `${who} có ý kiến khác với kết luận: ${sentence(said)}` };
      return {
        text: said ? `${who} tiếp thu kết luận, có ý kiến: ${sentence(said)}` : `${who} tiếp thu kết luận.`,
      };
    }
    case 'open_vote':
      return { text: openVoteText(b) };
  }
}

/** The ballot item's lines: the counts per candidate once it is over, or that it is not. */
async function ballotLines(db: Queryable, user: SessionUser, v: MeetingView): Promise<MinutesEntry[]> {
  const b = v.ballot;
  if (!b) return [{ text: 'Chưa tiến hành bỏ phiếu kín.' }];
  if (b.state !== 'closed') return [{ text: 'Bỏ phiếu kín chưa kết thúc.' }];
  if (b.mode !== 'electronic' && !b.paperEntered)
    return [{ text: 'Bỏ phiếu kín đã kết thúc; chưa nhập kết quả kiểm phiếu giấy.' }];
  const { tally } = await ballotResult(db, user, b.id);
  const c = tally.ballots;
  const lines: MinutesEntry[] = [
    {
      text:
        `Hình thức: bỏ phiếu kín bằng ${VOTE_MODE_LABELS[b.mode].toLowerCase()}; ${b.presentTotal}/${b.membersTotal} ` +
        `thành viên có mặt; số phiếu hợp lệ: ${c.valid}; số phiếu không hợp lệ: ${c.invalid}.`,
    },
    { text: `Ngưỡng đạt: số phiếu đồng ý ${lowerFirst(withoutStop(tally.thresholdText))}.` },
    { text: 'Kết quả kiểm phiếu:' },
  ];
  const eligible = tally.perCandidate.filter((r) => r.eligible);
  for (const r of eligible) {
    lines.push({
      text:
        `- ${comrade(r.name)}: ${r.agree}/${tally.base} phiếu đồng ý (${shareText(r.agree, tally.base)}), ` +
        `${r.disagree} phiếu không đồng ý, ${r.blank} phiếu để trống — ${r.passed ? 'đạt' : 'không đạt'}.`,
    });
  }
  const out = tally.perCandidate.filter((r) => !r.eligible);
  if (out.length > 0) {
    lines.push({
      text: `Không đưa vào phiếu bầu (chưa đủ điều kiện theo quy định): ${out.map((r) => comrade(r.name)).join(', ')}.`,
    });
  }
  lines.push({ text: '(Có Biên bản kiểm phiếu kèm theo.)' });
  return lines;
}

/** The closing item: each person's proposed level (the latest effective proposal of their item). */
function levelsSummary(v: MeetingView): MinutesEntry[] {
  const latest = new Map<number | null, MeetingView['proposals'][number]>();
  for (const p of v.proposals) latest.set(p.itemPosition, p);
  const lines: MinutesEntry[] = [];
  for (const item of v.items) {
    if (item.kind !== 'person' && item.kind !== 'collective_report') continue;
    const p = latest.get(item.position);
    if (item.kind === 'collective_report' && !p) continue;
    const who = item.subject ? comrade(item.subject.fullName) : `Tập thể ${v.unit?.name ?? 'đơn vị'}`;
    if (!p) {
      lines.push({ text: `- ${who}: chưa đề xuất.` });
      continue;
    }
    const breach = p.quotaBreach
      ? ` (vượt tỷ lệ cho phép${p.reason ? `, lý do: ${withoutStop(p.reason)}` : ''})`
      : '';
    lines.push({ text: `- ${who}: ${LEVEL_LABELS[p.level]}${breach}.` });
  }
  return lines.length > 0 ? lines : [{ text: 'Chưa có mức xếp loại đề xuất.' }];
}

/** A later Vietnam-time minute than `start` for `end` when the meeting took less than a minute. */
function endAfter(start: Date, end: Date): string {
  const s = vietnamDateTime(start);
  const e = vietnamDateTime(end);
  if (e > s) return e;
  return vietnamDateTime(new Date(Math.floor(start.getTime() / 60_000) * 60_000 + 60_000));
}

/** The meeting's biên bản as the `minutes` kind's input, and what the register files it under. */
export async function meetingMinutes(
  db: Queryable,
  user: SessionUser,
  meetingId: string,
  now: Date = new Date(),
): Promise<MeetingMinutes> {
  const v = await getMeeting(db, user, meetingId);
  if (v.state === 'prepared') throw new AppError('conflict', NOT_STARTED_MESSAGE);

  const titleOf = (a: { positionTitle: string; role: string }) =>
    a.positionTitle.trim() || (a.role === 'guest' ? 'Khách mời' : 'Thành viên');
  const attendee = (personId: string | undefined) => v.attendees.find((a) => a.personId === personId);
  const person = (p: { personId: string; fullName: string } | null) => {
    const a = attendee(p?.personId);
    return { fullName: a?.fullName ?? p?.fullName ?? '', title: a ? titleOf(a) : 'Thành viên' };
  };
  const members = v.attendees.filter((a) => a.role === 'member');
  const guests = v.attendees.filter((a) => a.role === 'guest' && a.present);

  const items: MinutesInputIn['items'] = [];
  for (const item of v.items) {
    const subjectName = item.subject?.fullName ?? null;
    const entries = v.entries
      .filter((e) => e.itemPosition === item.position)
      .flatMap((e) => entryLine(e, item.kind === 'person' ? subjectName : null) ?? []);
    if (item.kind === 'ballot') entries.push(...(await ballotLines(db, user, v)));
    items.push({ heading: `${item.position}. ${typographic(item.title)}`, entries });
  }
  // Nothing is recorded outside the agenda today; should it be, it is not lost.
  const loose = v.entries.filter((e) => !v.items.some((i) => i.position === e.itemPosition));
  if (loose.length > 0) {
    items.push({
      heading: `${items.length + 1}. Nội dung khác`,
      entries: loose.flatMap((e) => entryLine(e, null) ?? []),
    });
  }
  items.push({ heading: `${items.length + 1}. ${LEVELS_SUMMARY_HEADING}`, entries: levelsSummary(v) });

  const start = new Date(v.startedAt ?? v.startsAt);
  const end = v.endedAt ? new Date(v.endedAt) : now;
  const unitName = v.unit?.name ?? '';
  const input: MinutesInputIn = {
    subject: unitName ? minutesSubject(v.title, unitName) : typographic(v.title),
    startedAt: vietnamDateTime(start),
    place: v.place,
    chair: person(v.chair),
    secretary: person(v.secretary),
    attendees: members.map((a) => ({
      fullName: a.fullName,
      title: titleOf(a),
      present: a.present,
      absenceReason: a.present ? undefined : (a.absenceReason ?? undefined),
    })),
    guests: guests.map((g) => ({ fullName: g.fullName, title: titleOf(g) })),
    items,
    endedAt: endAfter(start, end),
  };
  return {
    input,
    meetingId: v.id,
    final: v.state === 'locked',
    unitId: v.unit?.id ?? null,
    unitName,
    cycleId: v.cycle?.id ?? null,
    year: v.cycle?.year ?? null,
  };
}
