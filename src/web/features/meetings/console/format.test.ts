import { describe, expect, it } from 'vitest';
import type { MeetingItemView, MeetingView } from '../types.js';
import {
  actingChairText,
  agendaRows,
  checkedInText,
  clockText,
  currentItem,
  entryLines,
  isCorrectable,
  latestOf,
  meetingTimeText,
  presenceText,
  previousVersions,
  responsesOf,
  startsAtIso,
  vnDayAndTime,
  voteCountProblem,
} from './format.js';

const item = (position: number, over: Partial<MeetingItemView> = {}): MeetingItemView => ({
  position,
  kind: 'person',
  title: `Nội dung ${position}`,
  subject: null,
  group: null,
  done: false,
  missing: [],
  reviews: [],
  ...over,
});

describe('times', () => {
  it('shows the meeting time in Vietnam, whatever the offset given', () => {
    expect(meetingTimeText('2024-11-04T01:00:00.000Z')).toBe('08:00 ngày 04/11/2024');
    expect(meetingTimeText('2024-11-04T23:30:00+07:00')).toBe('23:30 ngày 04/11/2024');
    expect(clockText('2024-11-04T02:05:00.000Z')).toBe('09:05');
    expect(meetingTimeText('không phải ngày')).toBe('không phải ngày');
  });

  it('splits an instant into the day and the time in Vietnam, and back', () => {
    expect(vnDayAndTime('2024-11-04T17:30:00.000Z')).toEqual({ day: '2024-11-05', time: '00:30' });
    expect(vnDayAndTime('x')).toBeNull();
    const back = vnDayAndTime('2024-11-05T01:05:00.000Z');
    expect(back && new Date(startsAtIso(back.day, back.time) as string).toISOString()).toBe(
      '2024-11-05T01:05:00.000Z',
    );
  });

  it('builds the start instant from a day and a time in UTC+7', () => {
    expect(startsAtIso('2024-11-05', '08:00')).toBe('2024-11-05T08:00:00+07:00');
    expect(startsAtIso('2024-11-05', null)).toBeNull();
    expect(startsAtIso(null, '08:00')).toBeNull();
    expect(startsAtIso('05/11/2024', '08:00')).toBeNull();
    expect(startsAtIso('2024-11-05', '8h')).toBeNull();
  });
});

describe('roll call', () => {
  it('counts the members present, and the guests apart', () => {
    const a = (role: 'member' | 'guest', present: boolean) => ({ role, present });
    expect(presenceText([a('member', true), a('member', false), a('member', true)])).toBe(
      'Có mặt 2/3 thành viên',
    );
    expect(presenceText([a('member', true), a('guest', false), a('guest', true)])).toBe(
      'Có mặt 1/1 thành viên · khách mời 1/2',
    );
  });

  it('says how someone was marked present', () => {
    expect(checkedInText({ present: true, checkedInBy: 'self' })).toBe('tự điểm danh bằng QR');
    expect(checkedInText({ present: true, checkedInBy: 'secretary' })).toBe('thư ký điểm danh');
    expect(checkedInText({ present: false, checkedInBy: null })).toBeNull();
  });
});

describe('actingChairText', () => {
  const head = { personId: 'h', fullName: 'Võ Văn Dũng' };
  const deputy = { personId: 'd', fullName: 'Hoàng Thị Minh Châu' };
  const items = [item(2, { subject: head, group: 'head' }), item(3, { subject: deputy, group: 'deputy' })];

  it('names the deputy chairing the head’s review', () => {
    expect(actingChairText({ chair: head, actingChair: deputy, items })).toBe(
      'Đang chủ trì: đồng chí Hoàng Thị Minh Châu (cấp phó, chủ trì phần kiểm điểm người đứng đầu)',
    );
  });

  it('is silent while the chair chairs', () => {
    expect(actingChairText({ chair: head, actingChair: head, items })).toBeNull();
    expect(actingChairText({ chair: head, actingChair: null, items })).toBeNull();
  });

  it('names the chair when the chair is not the unit head', () => {
    const chair = { personId: 'c', fullName: 'Lê Văn Tâm' };
    expect(actingChairText({ chair, actingChair: deputy, items })).toBe(
      'Đang chủ trì: đồng chí Hoàng Thị Minh Châu (cấp phó, chủ trì phần kiểm điểm đồng chí Lê Văn Tâm)',
    );
  });
});

describe('agendaRows', () => {
  const items = [
    item(1, { kind: 'collective_report', done: true }),
    item(2, { done: false, missing: ['kết luận ưu điểm, hạn chế', 'mức xếp loại đề xuất'] }),
    item(3, { missing: ['kết luận ưu điểm, hạn chế'] }),
    item(4, { kind: 'minutes', missing: ['biểu quyết thông qua biên bản'] }),
  ];

  it('before the meeting: everything upcoming, no actions', () => {
    const rows = agendaRows({ items, state: 'prepared', currentPosition: null }, true);
    expect(rows.map((r) => r.state)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(rows.every((r) => r.action === null && r.missingText === null)).toBe(true);
  });

  it('while running: the current item with what it lacks, "next" on the following, "back" on finished ones', () => {
    const rows = agendaRows({ items, state: 'running', currentPosition: 2 }, true);
    expect(rows.map((r) => r.state)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(rows[1]?.missingText).toBe('Còn thiếu: kết luận ưu điểm, hạn chế, mức xếp loại đề xuất');
    expect(rows.map((r) => r.action)).toEqual(['back', null, 'next', null]);
  });

  it('offers nothing to those who only follow the meeting', () => {
    const rows = agendaRows({ items, state: 'running', currentPosition: 2 }, false);
    expect(rows.every((r) => r.action === null)).toBe(true);
  });

  it('after going back, an unfinished later item is not reachable from an earlier row', () => {
    const rows = agendaRows({ items, state: 'running', currentPosition: 1 }, true);
    expect(rows.map((r) => r.action)).toEqual([null, 'next', null, null]);
  });

  it('after the end: done or not done, no actions', () => {
    const rows = agendaRows({ items, state: 'locked', currentPosition: 4 }, true);
    expect(rows.map((r) => r.state)).toEqual(['done', 'open', 'open', 'open']);
    expect(rows.every((r) => r.action === null)).toBe(true);
  });

  it('finds the current item only while the meeting runs', () => {
    expect(currentItem({ items, state: 'running', currentPosition: 3 })?.position).toBe(3);
    expect(currentItem({ items, state: 'prepared', currentPosition: null })).toBeNull();
    expect(currentItem({ items, state: 'locked', currentPosition: 4 })).toBeNull();
  });
});

describe('the record in words', () => {
  it('writes each kind of entry', () => {
    expect(entryLines({ kind: 'comment', text: 'Đồng ý với báo cáo.' })).toEqual(['Đồng ý với báo cáo.']);
    expect(
      entryLines({ kind: 'conclusion', strengths: 'Tích cực', weaknesses: '', text: 'Cần cố gắng' }),
    ).toEqual(['Ưu điểm: Tích cực', 'Cần cố gắng']);
    expect(
      entryLines({
        kind: 'proposal',
        level: 'HTXSNV',
        quotaBreach: true,
        quotaMessage: 'Vượt 1 người',
        reason: 'Có sáng kiến',
      }),
    ).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Vượt tỷ lệ: Vượt 1 người', 'Lý do: Có sáng kiến']);
    expect(entryLines({ kind: 'response', accepts: false, text: 'Xin giữ mức cũ' })).toEqual([
      'Có ý kiến khác.',
      'Xin giữ mức cũ',
    ]);
    expect(
      entryLines({
        kind: 'open_vote',
        purpose: 'report_approval',
        question: 'Thông qua báo cáo kiểm điểm tập thể',
        agree: 5,
        disagree: 0,
        abstain: 1,
        presentTotal: 6,
        membersTotal: 8,
        passed: true,
      }),
    ).toEqual([
      'Thông qua báo cáo kiểm điểm tập thể: 5 đồng ý, 0 không đồng ý, 1 không biểu quyết / 6 thành viên có mặt — thông qua',
    ]);
  });

  it('lets comments, conclusions and proposals be corrected, not votes or chair changes', () => {
    expect(isCorrectable({ kind: 'comment', text: 'x' })).toBe(true);
    expect(
      isCorrectable({
        kind: 'proposal',
        level: 'HTNV',
        quotaBreach: false,
        quotaMessage: null,
        reason: null,
      }),
    ).toBe(true);
    expect(isCorrectable({ kind: 'response', accepts: true, text: '' })).toBe(false);
    expect(isCorrectable({ kind: 'chair_change', chairPersonId: 'x', chairName: 'X', text: '' })).toBe(false);
  });

  it('walks back the versions a correction replaced', () => {
    const row = (id: string, corrects: string | null) => ({
      id,
      seq: 0,
      itemPosition: 1,
      speakerName: null,
      speakerPersonId: null,
      body: { kind: 'comment' as const, text: id },
      corrects,
      recordedByName: '',
      recordedAt: '',
    });
    const record = [row('a', null), row('b', 'a'), row('c', 'b'), row('x', null)];
    expect(previousVersions(record, 'c').map((r) => r.id)).toEqual(['b', 'a']);
    expect(previousVersions(record, 'x')).toEqual([]);
  });

  it('finds the answers and the latest entry of a kind on an item', () => {
    const e = (id: string, itemPosition: number, body: MeetingView['entries'][number]['body']) => ({
      id,
      seq: 0,
      itemPosition,
      speakerName: null,
      speakerPersonId: null,
      body,
      corrected: false,
      recordedByName: '',
      recordedAt: '',
    });
    const m = {
      entries: [
        e('1', 2, { kind: 'proposal', level: 'HTTNV', quotaBreach: false, quotaMessage: null, reason: null }),
        e('2', 2, { kind: 'response', accepts: true, text: '' }),
        e('3', 3, { kind: 'proposal', level: 'HTNV', quotaBreach: false, quotaMessage: null, reason: null }),
      ],
    };
    expect(responsesOf(m, 2).map((r) => r.id)).toEqual(['2']);
    expect(latestOf(m, 2, 'proposal')?.body.level).toBe('HTTNV');
    expect(latestOf(m, 4, 'proposal')).toBeUndefined();
  });
});

describe('voteCountProblem', () => {
  it('refuses more opinions than members present', () => {
    expect(voteCountProblem({ agree: 5, disagree: 1, abstain: 1 }, 6)).toBe(
      'Tổng số ý kiến (7) nhiều hơn số thành viên có mặt (6).',
    );
    expect(voteCountProblem({ agree: 5, disagree: null }, 6)).toBeNull();
  });
});
