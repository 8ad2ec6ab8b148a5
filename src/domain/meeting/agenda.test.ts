import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEADERSHIP_RANKS, type LeadershipRank } from '../org.js';
import {
  type AgendaMember,
  buildUnitAgenda,
  type ChairCandidate,
  chairFor,
  groupOf,
  itemStatus,
  orderProblem,
  rankInAgenda,
} from './agenda.js';
import type { AgendaItem, AgendaKind, Entry, EntryBody, OpenVoteBody } from './types.js';

// ---- builders -------------------------------------------------------------------------------------

const member = (personId: string, rank: LeadershipRank, fullName = `Người ${personId}`): AgendaMember => ({
  personId,
  fullName,
  rank,
});

const COMMENT: EntryBody = { kind: 'comment', text: 'Ý kiến' };
const NOTE: EntryBody = { kind: 'note', text: 'Ghi chú' };
const RESPONSE: EntryBody = { kind: 'response', accepts: true, text: 'Tiếp thu' };
const CONCLUSION: EntryBody = {
  kind: 'conclusion',
  strengths: 'Ưu điểm',
  weaknesses: 'Hạn chế',
  text: 'Kết luận',
};
const PROPOSAL: EntryBody = {
  kind: 'proposal',
  level: 'HTTNV',
  quotaBreach: false,
  quotaMessage: null,
  reason: null,
};
const vote = (purpose: OpenVoteBody['purpose'], passed: boolean): EntryBody => ({
  kind: 'open_vote',
  question: 'Biểu quyết',
  agree: passed ? 9 : 2,
  disagree: passed ? 1 : 8,
  abstain: 0,
  presentTotal: 10,
  membersTotal: 10,
  passed,
  purpose,
});
const CHAIR_CHANGE: EntryBody = {
  kind: 'chair_change',
  chairPersonId: 'd1',
  chairName: 'Phó',
  text: 'Đồng chí Phó chủ trì',
};

/** A record writer: each entry gets the next seq and an id e1, e2, … */
function recorder() {
  const entries: Entry[] = [];
  const add = (itemPosition: number | null, body: EntryBody, corrects: string | null = null): Entry => {
    const e: Entry = {
      id: `e${entries.length + 1}`,
      seq: entries.length + 1,
      itemPosition,
      speakerName: null,
      body,
      corrects,
    };
    entries.push(e);
    return e;
  };
  return { entries, add };
}

const item = (kind: AgendaKind, position: number) => ({ kind, position });

// ---- buildUnitAgenda -------------------------------------------------------------------------------

describe('groupOf', () => {
  it.each<[LeadershipRank, string]>([
    ['head', 'head'],
    ['deputy', 'deputy'],
    ['none', 'staff'],
  ])('%s → %s', (rank, group) => {
    expect(groupOf(rank)).toBe(group);
  });
});

describe('buildUnitAgenda: collective → head → deputies → staff → ballot → minutes (rules.md §2.3)', () => {
  it('with nobody: the collective report, the ballot and the minutes', () => {
    expect(buildUnitAgenda('Phòng Tổ chức', [])).toEqual<AgendaItem[]>([
      {
        position: 1,
        kind: 'collective_report',
        title: 'Kiểm điểm tập thể Phòng Tổ chức',
        subjectPersonId: null,
        group: null,
      },
      {
        position: 2,
        kind: 'ballot',
        title: 'Bỏ phiếu kín bình xét danh hiệu "Lao động tiên tiến"',
        subjectPersonId: null,
        group: null,
      },
      {
        position: 3,
        kind: 'minutes',
        title: 'Thông qua biên bản hội nghị',
        subjectPersonId: null,
        group: null,
      },
    ]);
  });

  it('orders the head, then the deputies, then the staff, keeping the given order within a group', () => {
    const agenda = buildUnitAgenda('Phòng Kế hoạch', [
      member('s1', 'none', 'Lê Văn Sáu'),
      member('d1', 'deputy', 'Trần Thị Dung'),
      member('s2', 'none', 'Phạm Văn Bảy'),
      member('h', 'head', 'Nguyễn Văn Hải'),
      member('d2', 'deputy', 'Hoàng Văn Đức'),
      member('s3', 'none', 'Vũ Thị Tám'),
    ]);
    expect(agenda.map((i) => [i.position, i.kind, i.subjectPersonId, i.group])).toEqual([
      [1, 'collective_report', null, null],
      [2, 'person', 'h', 'head'],
      [3, 'person', 'd1', 'deputy'],
      [4, 'person', 'd2', 'deputy'],
      [5, 'person', 's1', 'staff'],
      [6, 'person', 's2', 'staff'],
      [7, 'person', 's3', 'staff'],
      [8, 'ballot', null, null],
      [9, 'minutes', null, null],
    ]);
    expect(agenda[1]?.title).toBe('Kiểm điểm đồng chí Nguyễn Văn Hải');
    expect(agenda[6]?.title).toBe('Kiểm điểm đồng chí Vũ Thị Tám');
  });

  it('a unit without a head or deputies starts the people with the staff', () => {
    const agenda = buildUnitAgenda('Tổ', [member('a', 'none'), member('b', 'none')]);
    expect(agenda.map((i) => i.subjectPersonId)).toEqual([null, 'a', 'b', null, null]);
  });

  it('does not change its input', () => {
    const members = [member('s', 'none'), member('h', 'head')];
    const copy = structuredClone(members);
    buildUnitAgenda('Tổ', members);
    expect(members).toEqual(copy);
  });

  const membersArb = fc.uniqueArray(
    fc.record({
      personId: fc.string({ minLength: 1, maxLength: 6 }),
      fullName: fc.string({ maxLength: 12 }),
      rank: fc.constantFrom(...LEADERSHIP_RANKS),
    }),
    { selector: (m) => m.personId, maxLength: 25 },
  );

  it('property: every member exactly once, groups never go backwards, input order kept within a group', () => {
    const rankOrder: Record<string, number> = { head: 0, deputy: 1, staff: 2 };
    fc.assert(
      fc.property(membersArb, (members) => {
        const agenda = buildUnitAgenda('Đơn vị', members);
        expect(agenda).toHaveLength(members.length + 3);
        expect(agenda.map((i) => i.position)).toEqual(agenda.map((_, i) => i + 1));
        expect(agenda[0]?.kind).toBe('collective_report');
        expect(agenda.at(-2)?.kind).toBe('ballot');
        expect(agenda.at(-1)?.kind).toBe('minutes');
        const people = agenda.slice(1, -2);
        expect(people.every((i) => i.kind === 'person')).toBe(true);
        // Each member exactly once.
        expect([...people.map((i) => i.subjectPersonId)].sort()).toEqual(
          members.map((m) => m.personId).sort(),
        );
        const indexOf = new Map(members.map((m, i) => [m.personId, i]));
        for (let k = 1; k < people.length; k++) {
          const a = people[k - 1] as AgendaItem;
          const b = people[k] as AgendaItem;
          const ga = rankOrder[a.group as string] as number;
          const gb = rankOrder[b.group as string] as number;
          expect(gb).toBeGreaterThanOrEqual(ga);
          if (ga === gb)
            expect(indexOf.get(b.subjectPersonId as string)).toBeGreaterThan(
              indexOf.get(a.subjectPersonId as string) as number,
            );
        }
        for (const p of people) {
          const m = members.find((x) => x.personId === p.subjectPersonId) as AgendaMember;
          expect(p.group).toBe(groupOf(m.rank));
          expect(p.title).toBe(`Kiểm điểm đồng chí ${m.fullName}`);
        }
      }),
    );
  });
});

// ---- itemStatus ------------------------------------------------------------------------------------

describe('itemStatus: the collective report needs the approval vote and the chair’s conclusion', () => {
  const report = item('collective_report', 1);
  it.each<[string, EntryBody[], string[]]>([
    ['nothing yet', [], ['biểu quyết thông qua báo cáo', 'kết luận của người chủ trì']],
    [
      'only comments, notes, responses',
      [COMMENT, NOTE, RESPONSE],
      ['biểu quyết thông qua báo cáo', 'kết luận của người chủ trì'],
    ],
    ['only the vote', [vote('report_approval', true)], ['kết luận của người chủ trì']],
    ['only the conclusion', [CONCLUSION], ['biểu quyết thông qua báo cáo']],
    [
      'a vote on a motion is not the approval',
      [vote('motion', true), CONCLUSION],
      ['biểu quyết thông qua báo cáo'],
    ],
    [
      'a minutes vote is not the report’s approval',
      [vote('minutes_approval', true), CONCLUSION],
      ['biểu quyết thông qua báo cáo'],
    ],
    ['vote and conclusion', [vote('report_approval', true), CONCLUSION], []],
    ['conclusion then vote', [CONCLUSION, vote('report_approval', true)], []],
    // Like the minutes, the report needs an approval vote that passed: one that did not is on the
    // record, the report is revised and voted again.
    [
      'a report vote that did not pass does not approve it',
      [vote('report_approval', false), CONCLUSION],
      ['biểu quyết thông qua báo cáo'],
    ],
    [
      'a later vote that passes approves it',
      [vote('report_approval', false), CONCLUSION, vote('report_approval', true)],
      [],
    ],
  ])('%s', (_, bodies, missing) => {
    const r = recorder();
    for (const b of bodies) r.add(1, b);
    expect(itemStatus(report, r.entries, false)).toEqual({ done: missing.length === 0, missing });
  });

  it('entries on other items do not count', () => {
    const r = recorder();
    r.add(2, vote('report_approval', true));
    r.add(null, CONCLUSION);
    r.add(3, CONCLUSION);
    expect(itemStatus(report, r.entries, true).done).toBe(false);
  });
});

describe('itemStatus: a person needs the conclusion and the proposed level', () => {
  const person = item('person', 2);
  it.each<[string, EntryBody[], string[]]>([
    ['nothing yet', [], ['kết luận ưu điểm, hạn chế', 'mức xếp loại đề xuất']],
    [
      'comments and a response',
      [COMMENT, RESPONSE, NOTE],
      ['kết luận ưu điểm, hạn chế', 'mức xếp loại đề xuất'],
    ],
    ['only the conclusion', [CONCLUSION], ['mức xếp loại đề xuất']],
    ['only the proposal', [PROPOSAL], ['kết luận ưu điểm, hạn chế']],
    ['both', [CONCLUSION, PROPOSAL], []],
    ['both, proposal first', [PROPOSAL, CONCLUSION], []],
    [
      'votes do not replace either',
      [vote('motion', true), vote('report_approval', true)],
      ['kết luận ưu điểm, hạn chế', 'mức xếp loại đề xuất'],
    ],
    ['a chair change is not a conclusion', [CHAIR_CHANGE, PROPOSAL], ['kết luận ưu điểm, hạn chế']],
  ])('%s', (_, bodies, missing) => {
    const r = recorder();
    for (const b of bodies) r.add(2, b);
    expect(itemStatus(person, r.entries, true)).toEqual({ done: missing.length === 0, missing });
  });

  it('a corrected conclusion is still a conclusion, and a corrected proposal still a proposal', () => {
    const r = recorder();
    const c = r.add(2, CONCLUSION);
    const p = r.add(2, PROPOSAL);
    // Corrections recorded later; the service stores them with the target's item, but the effective
    // record puts them in the target's place whatever they carry.
    const c2 = r.add(null, { ...CONCLUSION, text: 'Kết luận (đính chính)' }, c.id);
    r.add(7, { ...CONCLUSION, text: 'Kết luận (đính chính lần 2)' }, c2.id);
    r.add(5, { ...PROPOSAL, level: 'HTNV' }, p.id);
    expect(itemStatus(person, r.entries, false)).toEqual({ done: true, missing: [] });
  });

  it('a correction of another item’s entry does not complete this one', () => {
    const r = recorder();
    const other = r.add(3, CONCLUSION);
    r.add(2, PROPOSAL);
    r.add(2, { ...CONCLUSION, text: 'sửa' }, other.id);
    expect(itemStatus(person, r.entries, false).missing).toEqual(['kết luận ưu điểm, hạn chế']);
  });

  it('only the effective record counts: a conclusion replaced by another kind is gone', () => {
    // correctionProblem forbids this; the status still reads the effective record.
    const r = recorder();
    const c = r.add(2, CONCLUSION);
    r.add(2, PROPOSAL);
    r.add(2, COMMENT, c.id);
    expect(itemStatus(person, r.entries, false).missing).toEqual(['kết luận ưu điểm, hạn chế']);
  });
});

describe('itemStatus: the ballot needs to be closed', () => {
  const ballot = item('ballot', 5);
  it('open ballot → missing, whatever the record says', () => {
    const r = recorder();
    r.add(5, CONCLUSION);
    r.add(5, vote('motion', true));
    expect(itemStatus(ballot, r.entries, false)).toEqual({ done: false, missing: ['kết thúc bỏ phiếu kín'] });
  });
  it('closed ballot → done, even with an empty record', () => {
    expect(itemStatus(ballot, [], true)).toEqual({ done: true, missing: [] });
  });
});

describe('itemStatus: the minutes need an approval vote that passed', () => {
  const minutes = item('minutes', 6);
  const missing = ['biểu quyết thông qua biên bản'];
  it.each<[string, EntryBody[], boolean]>([
    ['nothing yet', [], false],
    ['comments only', [COMMENT, NOTE], false],
    ['a vote that failed', [vote('minutes_approval', false)], false],
    ['two votes that failed', [vote('minutes_approval', false), vote('minutes_approval', false)], false],
    [
      'a failed vote, then a passing one',
      [vote('minutes_approval', false), vote('minutes_approval', true)],
      true,
    ],
    ['a passing vote', [vote('minutes_approval', true)], true],
    ['a passing motion is not the approval', [vote('motion', true)], false],
    ['a passing report approval is not the minutes’ approval', [vote('report_approval', true)], false],
    ['a conclusion is not a vote', [CONCLUSION], false],
  ])('%s → done %s', (_, bodies, done) => {
    const r = recorder();
    for (const b of bodies) r.add(6, b);
    expect(itemStatus(minutes, r.entries, true)).toEqual(done ? { done, missing: [] } : { done, missing });
  });

  it('a passing minutes vote on another item does not count', () => {
    const r = recorder();
    r.add(5, vote('minutes_approval', true));
    expect(itemStatus(minutes, r.entries, true).done).toBe(false);
  });

  it('the ballot flag does not stand in for the vote', () => {
    expect(itemStatus(minutes, [], true).done).toBe(false);
  });
});

// ---- orderProblem ----------------------------------------------------------------------------------

describe('orderProblem: an item is taken only when every item before it is done', () => {
  // 1 collective, 2 head, 3 deputy, 4 staff, 5 ballot, 6 minutes
  const agenda = buildUnitAgenda('Phòng Tổ chức', [
    member('s', 'none', 'Lê Văn Sáu'),
    member('d', 'deputy', 'Trần Thị Dung'),
    member('h', 'head', 'Nguyễn Văn Hải'),
  ]);
  const completeReport = (r: ReturnType<typeof recorder>) => {
    r.add(1, vote('report_approval', true));
    r.add(1, CONCLUSION);
  };
  const completePerson = (r: ReturnType<typeof recorder>, position: number) => {
    r.add(position, CONCLUSION);
    r.add(position, PROPOSAL);
  };

  it('the first item is always allowed', () => {
    expect(orderProblem(agenda, 1, [], false)).toBeNull();
  });

  it.each([0, -1, 7, 99, 1.5])('position %s is not on the agenda', (p) => {
    expect(orderProblem(agenda, p, [], false)).toBe('Không có nội dung này trong chương trình.');
  });

  it('an empty agenda has nothing to take', () => {
    expect(orderProblem([], 1, [], true)).toBe('Không có nội dung này trong chương trình.');
  });

  it('names the unfinished item and what it lacks', () => {
    expect(orderProblem(agenda, 2, [], false)).toBe(
      'Chưa xong nội dung "Kiểm điểm tập thể Phòng Tổ chức" (còn thiếu: biểu quyết thông qua báo cáo, kết luận của người chủ trì); phải làm theo đúng thứ tự chương trình.',
    );
    const r = recorder();
    r.add(1, CONCLUSION);
    expect(orderProblem(agenda, 4, r.entries, false)).toBe(
      'Chưa xong nội dung "Kiểm điểm tập thể Phòng Tổ chức" (còn thiếu: biểu quyết thông qua báo cáo); phải làm theo đúng thứ tự chương trình.',
    );
  });

  it('names the first unfinished item, not a later one', () => {
    const r = recorder();
    completeReport(r);
    r.add(2, CONCLUSION);
    expect(orderProblem(agenda, 6, r.entries, false)).toBe(
      'Chưa xong nội dung "Kiểm điểm đồng chí Nguyễn Văn Hải" (còn thiếu: mức xếp loại đề xuất); phải làm theo đúng thứ tự chương trình.',
    );
  });

  it('walks forward as items finish', () => {
    const r = recorder();
    completeReport(r);
    expect(orderProblem(agenda, 2, r.entries, false)).toBeNull();
    expect(orderProblem(agenda, 3, r.entries, false)).toMatch(
      /^Chưa xong nội dung "Kiểm điểm đồng chí Nguyễn Văn Hải"/,
    );
    completePerson(r, 2);
    completePerson(r, 3);
    completePerson(r, 4);
    expect(orderProblem(agenda, 5, r.entries, false)).toBeNull();
    expect(orderProblem(agenda, 6, r.entries, false)).toBe(
      'Chưa xong nội dung "Bỏ phiếu kín bình xét danh hiệu "Lao động tiên tiến"" (còn thiếu: kết thúc bỏ phiếu kín); phải làm theo đúng thứ tự chương trình.',
    );
    expect(orderProblem(agenda, 6, r.entries, true)).toBeNull();
  });

  it('the target itself need not be done, and items after it do not matter', () => {
    const r = recorder();
    completeReport(r);
    // Item 2 unfinished, 3 finished: 2 can be taken.
    completePerson(r, 3);
    expect(orderProblem(agenda, 2, r.entries, false)).toBeNull();
    expect(orderProblem(agenda, 3, r.entries, false)).not.toBeNull();
  });

  it('going back to a finished item is allowed', () => {
    const r = recorder();
    completeReport(r);
    completePerson(r, 2);
    completePerson(r, 3);
    for (const p of [1, 2, 3, 4]) expect(orderProblem(agenda, p, r.entries, false)).toBeNull();
  });

  it('a correction that removes a conclusion (another kind) reopens the order', () => {
    const r = recorder();
    completeReport(r);
    const c = r.add(2, CONCLUSION);
    r.add(2, PROPOSAL);
    expect(orderProblem(agenda, 3, r.entries, false)).toBeNull();
    r.add(2, COMMENT, c.id);
    expect(orderProblem(agenda, 3, r.entries, false)).not.toBeNull();
  });

  it('does not depend on the order the items are given in', () => {
    const r = recorder();
    completeReport(r);
    const shuffled = [agenda[3], agenda[0], agenda[5], agenda[1], agenda[4], agenda[2]] as AgendaItem[];
    expect(orderProblem(shuffled, 2, r.entries, false)).toBeNull();
    expect(orderProblem(shuffled, 3, r.entries, false)).toMatch(/Nguyễn Văn Hải/);
  });

  /** For each item, which of its requirements are on the record. */
  const scenarioArb = fc
    .uniqueArray(
      fc.record({
        personId: fc.string({ minLength: 1, maxLength: 4 }),
        rank: fc.constantFrom(...LEADERSHIP_RANKS),
      }),
      {
        selector: (m) => m.personId,
        maxLength: 8,
      },
    )
    .chain((ms) => {
      const items = buildUnitAgenda(
        'Đơn vị',
        ms.map((m) => member(m.personId, m.rank)),
      );
      return fc.record({
        items: fc.constant(items),
        parts: fc.array(fc.tuple(fc.boolean(), fc.boolean()), {
          minLength: items.length,
          maxLength: items.length,
        }),
        ballotClosed: fc.boolean(),
        noise: fc.boolean(),
      });
    });

  it('property: the allowed positions are exactly 1 .. the first unfinished item', () => {
    fc.assert(
      fc.property(scenarioArb, ({ items, parts, ballotClosed, noise }) => {
        const r = recorder();
        const expectDone: boolean[] = [];
        items.forEach((it, k) => {
          const [a, b] = parts[k] as [boolean, boolean];
          if (noise) r.add(it.position, COMMENT);
          if (it.kind === 'collective_report') {
            if (a) r.add(it.position, vote('report_approval', true));
            if (b) r.add(it.position, CONCLUSION);
            expectDone.push(a && b);
          } else if (it.kind === 'person') {
            if (a) r.add(it.position, CONCLUSION);
            if (b) r.add(it.position, PROPOSAL);
            expectDone.push(a && b);
          } else if (it.kind === 'ballot') {
            expectDone.push(ballotClosed);
          } else {
            if (b) r.add(it.position, vote('minutes_approval', false));
            if (a) r.add(it.position, vote('minutes_approval', true));
            expectDone.push(a);
          }
        });
        items.forEach((it, k) => {
          expect(itemStatus(it, r.entries, ballotClosed).done).toBe(expectDone[k]);
        });
        const firstUnfinished = (() => {
          const k = expectDone.indexOf(false);
          return k === -1 ? items.length + 1 : k + 1;
        })();
        const allowed = items
          .map((it) => it.position)
          .filter((p) => orderProblem(items, p, r.entries, ballotClosed) === null);
        expect(allowed).toEqual(items.map((it) => it.position).filter((p) => p <= firstUnfinished));
        // Position 1 is always allowed, and nothing past the first unfinished item.
        expect(Math.min(...allowed)).toBe(1);
        expect(Math.min(...allowed)).toBeLessThanOrEqual(firstUnfinished + 1);
        expect(Math.max(...allowed)).toBe(Math.min(firstUnfinished, items.length));
      }),
    );
  });
});

// ---- chairFor --------------------------------------------------------------------------------------

describe('chairFor: a deputy chairs the chair’s own review (plan II.2.c)', () => {
  const cand = (personId: string, rank: LeadershipRank, present: boolean): ChairCandidate => ({
    personId,
    fullName: personId,
    rank,
    present,
  });
  const members = [
    cand('h', 'head', true),
    cand('s1', 'none', true),
    cand('d1', 'deputy', false),
    cand('d2', 'deputy', true),
    cand('d3', 'deputy', true),
    cand('s2', 'none', true),
  ];
  const own = { subjectPersonId: 'h' };

  it.each<[string, { subjectPersonId: string | null } | null]>([
    ['no current item', null],
    ['the collective report', { subjectPersonId: null }],
    ['someone else’s review', { subjectPersonId: 'd2' }],
    ['a staff member’s review', { subjectPersonId: 's1' }],
  ])('%s → the chair', (_, it_) => {
    expect(chairFor('h', it_, members)).toBe('h');
    expect(chairFor('h', it_, members, 'd3')).toBe('h');
  });

  it('the chair’s own review, nobody named → the first present deputy (absent ones skipped)', () => {
    expect(chairFor('h', own, members)).toBe('d2');
    expect(chairFor('h', own, members, null)).toBe('d2');
  });

  it('the named deputy, when present', () => {
    expect(chairFor('h', own, members, 'd3')).toBe('d3');
  });

  it('the meeting may name any other member, not only a deputy', () => {
    expect(chairFor('h', own, members, 's2')).toBe('s2');
  });

  it.each<[string, string]>([
    ['absent', 'd1'],
    ['not a member', 'x'],
    ['the chair themself', 'h'],
  ])('the named one is %s → the first present deputy', (_, named) => {
    expect(chairFor('h', own, members, named)).toBe('d2');
  });

  it('no present deputy → null (never the chair)', () => {
    const noDeputy = [cand('h', 'head', true), cand('d1', 'deputy', false), cand('s1', 'none', true)];
    expect(chairFor('h', own, noDeputy)).toBeNull();
    expect(chairFor('h', own, noDeputy, 'd1')).toBeNull();
    expect(chairFor('h', own, [])).toBeNull();
  });

  it('a chair who is a deputy is not picked as their own substitute', () => {
    const ms = [cand('d1', 'deputy', true), cand('d2', 'deputy', true)];
    expect(chairFor('d1', { subjectPersonId: 'd1' }, ms)).toBe('d2');
    expect(chairFor('d1', { subjectPersonId: 'd1' }, [cand('d1', 'deputy', true)])).toBeNull();
  });

  it('property: the chair never chairs their own review; the substitute is present and not the chair', () => {
    const candArb = fc.uniqueArray(
      fc.record({
        personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        fullName: fc.constant('x'),
        rank: fc.constantFrom(...LEADERSHIP_RANKS),
        present: fc.boolean(),
      }),
      { selector: (m) => m.personId, maxLength: 6 },
    );
    const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z');
    fc.assert(
      fc.property(candArb, idArb, fc.option(idArb), fc.option(idArb), (ms, chair, subject, named) => {
        const got = chairFor(chair, { subjectPersonId: subject }, ms, named);
        if (subject !== chair) {
          expect(got).toBe(chair);
          return;
        }
        expect(got).not.toBe(chair);
        const namedOk = ms.find((m) => m.personId === named && m.present && m.personId !== chair);
        const firstDeputy = ms.find((m) => m.rank === 'deputy' && m.present && m.personId !== chair);
        expect(got).toBe(namedOk?.personId ?? firstDeputy?.personId ?? null);
        if (got !== null) {
          const m = ms.find((x) => x.personId === got);
          expect(m?.present).toBe(true);
          if (got !== named) expect(m?.rank).toBe('deputy');
        }
      }),
    );
  });
});

describe('rankInAgenda', () => {
  it('reads each member’s rank back from the agenda built for them, "none" for anyone else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LEADERSHIP_RANKS), { maxLength: 12 }),
        (ranks: LeadershipRank[]) => {
          const members = ranks.map((rank, i) => ({ personId: `p${i}`, fullName: `Người ${i}`, rank }));
          const agenda = buildUnitAgenda('Phòng Thử', members);
          for (const m of members) expect(rankInAgenda(agenda, m.personId)).toBe(m.rank);
          expect(rankInAgenda(agenda, 'not-a-member')).toBe('none');
        },
      ),
    );
  });
});
