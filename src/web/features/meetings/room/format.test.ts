import { describe, expect, it } from 'vitest';
import type { EntryBody } from '../../../../domain/meeting/types.js';
import type { MeetingEntryView, MeetingItemView, MeetingView } from '../types.js';
import {
  answerState,
  answerText,
  attendanceText,
  ballotCastText,
  checkInHint,
  currentItem,
  groupName,
  latestOf,
  meetingTimeText,
  memberPath,
  myAttendance,
  myItem,
  proposalRows,
  whenWhereText,
} from './format.js';

const ME = 'p-me';
let seq = 0;
const entry = (itemPosition: number | null, body: EntryBody, speakerName: string | null = null) =>
  ({
    id: `e${++seq}`,
    seq,
    itemPosition,
    speakerName,
    speakerPersonId: null,
    body,
    corrected: false,
    recordedByName: 'Thư ký',
    recordedAt: '2024-11-05T01:00:00.000Z',
  }) satisfies MeetingEntryView;

const item = (position: number, over: Partial<MeetingItemView> = {}): MeetingItemView => ({
  position,
  kind: 'person',
  title: `Nội dung ${position}`,
  subject: null,
  group: 'staff',
  done: false,
  missing: [],
  reviews: [],
  ...over,
});

const myReview = item(3, { subject: { personId: ME, fullName: 'Đinh Thị Bích Ngọc' } });
const conclusion = entry(
  3,
  { kind: 'conclusion', strengths: 'Tốt', weaknesses: 'Chậm', text: '' },
  'Chủ trì',
);
const proposal = entry(3, {
  kind: 'proposal',
  level: 'HTTNV',
  quotaBreach: false,
  quotaMessage: null,
  reason: null,
});

function meeting(over: Partial<MeetingView> = {}): MeetingView {
  return {
    id: 'm1',
    kind: 'unit_review',
    kindLabel: '',
    title: 'Hội nghị',
    cycle: null,
    unit: { id: 'u1', name: 'Phòng Tổng hợp' },
    startsAt: '2024-11-05T01:30:00.000Z',
    place: 'Phòng họp tầng 3',
    state: 'running',
    stateLabel: 'Đang họp',
    version: 1,
    startedAt: null,
    endedAt: null,
    chair: null,
    secretary: null,
    deputyChair: null,
    actingChair: null,
    currentPosition: 3,
    speaker: null,
    attendees: [
      {
        personId: ME,
        fullName: 'Đinh Thị Bích Ngọc',
        positionTitle: 'Chuyên viên',
        role: 'member',
        present: false,
        checkedInBy: null,
        absenceReason: null,
        hasAccount: true,
      },
    ],
    membersTotal: 8,
    presentTotal: 5,
    items: [item(1, { kind: 'collective_report', done: true }), item(2, { done: true }), myReview],
    entries: [],
    record: [],
    proposals: [],
    quota: null,
    ballot: null,
    checkinCode: null,
    me: { personId: ME, attendee: { present: false, role: 'member' }, canRun: false, canPrepare: false },
    ...over,
  };
}

describe('time, place, counts', () => {
  it('shows the start in Vietnam time, dd/mm/yyyy', () => {
    expect(meetingTimeText('2024-11-05T01:30:00.000Z')).toBe('08:30 ngày 05/11/2024');
    expect(meetingTimeText('2024-11-04T17:15:00.000Z')).toBe('00:15 ngày 05/11/2024');
    expect(whenWhereText(meeting())).toBe('08:30 ngày 05/11/2024 · Phòng họp tầng 3');
  });
  it('counts those present and the ballots cast, nothing more', () => {
    expect(attendanceText(meeting())).toBe('Có mặt 5/8 thành viên');
    expect(ballotCastText({ ballotsCast: 3, presentTotal: 6 })).toBe('Đã bỏ 3/6 phiếu');
  });
  it('builds the member path', () => {
    expect(memberPath('a b')).toBe('/cuoc-hop/a%20b/thanh-vien');
  });
});

describe('my attendance', () => {
  it('is not checked in, with the hint, until the meeting is locked', () => {
    expect(myAttendance(meeting()).status).toBe('not_checked_in');
    expect(checkInHint(meeting())).toMatch(/quét mã QR/);
    expect(checkInHint(meeting({ state: 'prepared' }))).not.toBeNull();
    expect(checkInHint(meeting({ state: 'locked' }))).toBeNull();
  });
  it('is present without a hint', () => {
    const m = meeting({ me: { ...meeting().me, attendee: { present: true, role: 'member' } } });
    expect(myAttendance(m).status).toBe('present');
    expect(checkInHint(m)).toBeNull();
  });
  it('is absent with the reason the secretary gave', () => {
    const base = meeting();
    const m = meeting({
      attendees: [{ ...(base.attendees[0] as MeetingView['attendees'][number]), absenceReason: 'Ốm' }],
    });
    expect(myAttendance(m)).toEqual({ status: 'absent', absenceReason: 'Ốm' });
  });
  it('is not on the roster for someone following the meeting', () => {
    const m = meeting({ me: { personId: 'p-x', attendee: null, canRun: false, canPrepare: false } });
    expect(myAttendance(m).status).toBe('not_on_roster');
    expect(checkInHint(m)).toBeNull();
  });
});

describe('the current item and my item', () => {
  it('has a current item only while running', () => {
    expect(currentItem(meeting())?.position).toBe(3);
    expect(currentItem(meeting({ state: 'locked' }))).toBeNull();
  });
  it('finds my review once it is current or done, not before', () => {
    expect(myItem(meeting())?.position).toBe(3);
    expect(myItem(meeting({ currentPosition: 2 }))).toBeNull();
    expect(myItem(meeting({ currentPosition: 4, items: [{ ...myReview, done: true }] }))?.position).toBe(3);
    expect(myItem(meeting({ me: { ...meeting().me, personId: null } }))).toBeNull();
  });
  it('takes the latest entry of a kind', () => {
    const later = entry(3, {
      kind: 'proposal',
      level: 'HTXSNV',
      quotaBreach: true,
      quotaMessage: 'x',
      reason: 'y',
    });
    expect(latestOf([proposal, conclusion, later], 'proposal')?.body.level).toBe('HTXSNV');
    expect(latestOf([conclusion], 'response')).toBeNull();
  });
});

describe('should I offer the answer buttons', () => {
  it('offers them once my item has both the conclusion and the proposed level', () => {
    expect(answerState(meeting({ entries: [conclusion, proposal] }), myReview)).toBe('offer');
  });
  it('waits while the conclusion or the proposal is missing', () => {
    expect(answerState(meeting({ entries: [conclusion] }), myReview)).toBe('none');
    expect(answerState(meeting({ entries: [proposal] }), myReview)).toBe('none');
  });
  it('does not offer them for someone else’s review or the collective report', () => {
    const other = item(3, { subject: { personId: 'p-other', fullName: 'Trần Quang Huy' } });
    expect(answerState(meeting({ entries: [conclusion, proposal] }), other)).toBe('none');
    expect(
      answerState(meeting({ entries: [conclusion, proposal] }), { ...myReview, kind: 'collective_report' }),
    ).toBe('none');
    expect(answerState(meeting(), null)).toBe('none');
  });
  it('shows the answer once one is in the record (given here or by the secretary)', () => {
    const answer = entry(3, { kind: 'response', accepts: false, text: 'Xin xem lại' }, 'Đinh Thị Bích Ngọc');
    const m = meeting({ entries: [conclusion, proposal, answer] });
    expect(answerState(m, myReview)).toBe('answered');
    expect(answerText({ kind: 'response', accepts: false, text: 'Xin xem lại' })).toBe(
      'Đã nêu ý kiến khác: Xin xem lại',
    );
    expect(answerText({ kind: 'response', accepts: true, text: '' })).toBe('Đã tiếp thu kết luận.');
  });
  it('does not offer them once the meeting is locked (the server refuses)', () => {
    expect(answerState(meeting({ state: 'locked', entries: [conclusion, proposal] }), myReview)).toBe(
      'closed',
    );
  });
  it('ignores entries of other items', () => {
    const elsewhere = [
      { ...conclusion, itemPosition: 2 },
      { ...proposal, itemPosition: 2 },
    ];
    expect(answerState(meeting({ entries: elsewhere }), myReview)).toBe('none');
  });
});

describe('proposed levels so far', () => {
  it('keeps the latest per item, in agenda order, the collective by the unit’s name', () => {
    const p = (itemPosition: number | null, level: 'HTXSNV' | 'HTTNV', name: string | null) => ({
      itemPosition,
      subject: name ? { personId: name, fullName: name } : null,
      level,
      quotaBreach: level === 'HTXSNV',
      quotaMessage: null,
      reason: level === 'HTXSNV' ? 'Thành tích nổi trội' : null,
    });
    const rows = proposalRows(
      meeting({
        proposals: [p(3, 'HTTNV', 'Lê Văn Tám'), p(1, 'HTTNV', null), p(3, 'HTXSNV', 'Lê Văn Tám')],
      }),
    );
    expect(rows.map((r) => [r.name, r.level, r.quotaBreach])).toEqual([
      ['Tập thể Phòng Tổng hợp', 'HTTNV', false],
      ['Lê Văn Tám', 'HTXSNV', true],
    ]);
  });
  it('names a group left empty', () => {
    expect(groupName('  ')).toBe('Chưa xếp nhóm');
    expect(groupName('Công chức không giữ chức vụ')).toBe('Công chức không giữ chức vụ');
  });
});
