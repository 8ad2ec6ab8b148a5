/**
 * The unit review meeting's agenda and its order (plan II.2.b–c; rules.md §2.3: the collective
 * first, then individuals; the head first, then the deputies and the members). Pure functions.
 */
import type { LeadershipRank } from '../org.js';
import { effectiveEntries } from './record.js';
import type { AgendaItem, Entry, PersonGroup } from './types.js';

export interface AgendaMember {
  personId: string;
  fullName: string;
  rank: LeadershipRank;
}

const GROUP_ORDER: Record<PersonGroup, number> = { head: 0, deputy: 1, staff: 2 };

export function groupOf(rank: LeadershipRank): PersonGroup {
  return rank === 'head' ? 'head' : rank === 'deputy' ? 'deputy' : 'staff';
}

/**
 * Collective report → head → deputies → staff (names in the given order within a group) →
 * the Lao động tiên tiến ballot → reading and approving the minutes.
 */
export function buildUnitAgenda(unitName: string, members: readonly AgendaMember[]): AgendaItem[] {
  const people = members
    .map((m, i) => ({ ...m, group: groupOf(m.rank), i }))
    .sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.i - b.i);
  const items: Omit<AgendaItem, 'position'>[] = [
    {
      kind: 'collective_report',
      title: `Kiểm điểm tập thể ${unitName}`,
      subjectPersonId: null,
      group: null,
    },
    ...people.map((p) => ({
      kind: 'person' as const,
      title: `Kiểm điểm đồng chí ${p.fullName}`,
      subjectPersonId: p.personId,
      group: p.group,
    })),
    {
      kind: 'ballot',
      title: 'Bỏ phiếu kín bình xét danh hiệu "Lao động tiên tiến"',
      subjectPersonId: null,
      group: null,
    },
    { kind: 'minutes', title: 'Thông qua biên bản hội nghị', subjectPersonId: null, group: null },
  ];
  return items.map((it, i) => ({ ...it, position: i + 1 }));
}

/** The rank a member is reviewed as, read back from their agenda item's group. */
export function rankInAgenda(
  items: readonly { subjectPersonId: string | null; group: PersonGroup | null }[],
  personId: string,
): LeadershipRank {
  const g = items.find((i) => i.subjectPersonId === personId)?.group;
  return g === 'head' ? 'head' : g === 'deputy' ? 'deputy' : 'none';
}

export interface ItemStatus {
  done: boolean;
  /** What is still missing, in words, when not done. */
  missing: string[];
}

/**
 * When an item is finished: the collective report needs an approval vote that passed (a report not
 * approved is revised and voted again) and the head's conclusion;
 * a person needs the chair's conclusion and the proposed level; the ballot needs to be closed; the
 * minutes need an approval vote that passed.
 */
export function itemStatus(
  item: Pick<AgendaItem, 'kind' | 'position'>,
  entries: readonly Entry[],
  ballotClosed: boolean,
): ItemStatus {
  const mine = effectiveEntries(entries).filter((e) => e.itemPosition === item.position);
  const has = (k: Entry['body']['kind']) => mine.some((e) => e.body.kind === k);
  const missing: string[] = [];
  if (item.kind === 'collective_report') {
    if (
      !mine.some((e) => e.body.kind === 'open_vote' && e.body.purpose === 'report_approval' && e.body.passed)
    )
      missing.push('biểu quyết thông qua báo cáo');
    if (!has('conclusion')) missing.push('kết luận của người chủ trì');
  } else if (item.kind === 'person') {
    if (!has('conclusion')) missing.push('kết luận ưu điểm, hạn chế');
    if (!has('proposal')) missing.push('mức xếp loại đề xuất');
  } else if (item.kind === 'ballot') {
    if (!ballotClosed) missing.push('kết thúc bỏ phiếu kín');
  } else if (
    !mine.some((e) => e.body.kind === 'open_vote' && e.body.purpose === 'minutes_approval' && e.body.passed)
  ) {
    missing.push('biểu quyết thông qua biên bản');
  }
  return { done: missing.length === 0, missing };
}

/**
 * The order is enforced: an item can be taken up only when every item before it is finished. Going
 * back to a finished item (to correct it) is allowed.
 */
export function orderProblem(
  items: readonly Pick<AgendaItem, 'kind' | 'position' | 'title'>[],
  target: number,
  entries: readonly Entry[],
  ballotClosed: boolean,
): string | null {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  if (!sorted.some((i) => i.position === target)) return 'Không có nội dung này trong chương trình.';
  for (const item of sorted) {
    if (item.position >= target) break;
    const s = itemStatus(item, entries, ballotClosed);
    if (!s.done) {
      return `Chưa xong nội dung "${item.title}" (còn thiếu: ${s.missing.join(', ')}); phải làm theo đúng thứ tự chương trình.`;
    }
  }
  return null;
}

export interface ChairCandidate {
  personId: string;
  fullName: string;
  rank: LeadershipRank;
  present: boolean;
}

/**
 * Who chairs an item: the meeting's chair, except while the chair is the one being reviewed — then
 * the first present deputy (plan II.2.c: "while the head is reviewed a deputy chairs"), or the
 * deputy the meeting named. Null when nobody else can chair.
 */
export function chairFor(
  chairPersonId: string,
  item: Pick<AgendaItem, 'subjectPersonId'> | null,
  members: readonly ChairCandidate[],
  namedDeputyId: string | null = null,
): string | null {
  if (!item || item.subjectPersonId !== chairPersonId) return chairPersonId;
  const named = members.find(
    (m) => m.personId === namedDeputyId && m.present && m.personId !== chairPersonId,
  );
  if (named) return named.personId;
  const deputy = members.find((m) => m.rank === 'deputy' && m.present && m.personId !== chairPersonId);
  return deputy?.personId ?? null;
}
