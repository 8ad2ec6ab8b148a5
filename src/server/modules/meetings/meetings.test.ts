/**
 * The unit review meeting through the API, on both databases: preparation (agenda order, roster,
 * invitations), roll call by the secretary and by QR code, the enforced order, the deputy chairing
 * while the head is reviewed, proposals checked against the rules engine and the quota (a breach
 * refused without a reason, told to HCQT with one), the person's answer reopening their review,
 * corrections as new entries (the table refuses UPDATE and DELETE), the ballot prepared from the
 * roll call and run by the meeting's secretary, and the end only once the minutes are approved.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disciplines, notifications, reviews } from '../../db/schema/index.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { meetingApi, meetingPrep, meetingUnit } from './testing.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let u: Awaited<ReturnType<typeof meetingUnit>>;
let api: ReturnType<typeof meetingApi>;
let id: string;
let version: number;

interface View {
  version: number;
  state: string;
  currentPosition: number | null;
  actingChair: { fullName: string } | null;
  items: {
    position: number;
    kind: string;
    title: string;
    done: boolean;
    missing: string[];
    subject: { fullName: string } | null;
  }[];
  entries: {
    id: string;
    body: { kind: string; text?: string; level?: string };
    corrected: boolean;
    speakerName: string | null;
  }[];
  record: { id: string; corrects: string | null }[];
  attendees: { fullName: string; role: string; present: boolean; checkedInBy: string | null }[];
  checkinCode: string | null;
  quota: { groups: { group: string; ok: boolean; allowed: number; HTXSNV: number }[] };
  ballot: { id: string; state: string } | null;
}

const view = async (cookie = w.cookies.head): Promise<View> => {
  const res = await api('GET', `/api/meetings/${id}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  const v = res.json() as View;
  version = v.version;
  return v;
};
const post = (path: string, payload: object, cookie = u.secretary.cookie) =>
  api('POST', `/api/meetings/${id}${path}`, cookie, payload);
const positionOf = (v: View, name: string) =>
  v.items.find((i) => i.subject?.fullName === name)?.position as number;

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-04' });
  w = await buildWorld(t.app, t.db);
  api = meetingApi(t);
  u = await meetingUnit(t, w);
});
afterAll(() => t.close());

describe('preparing the unit meeting', () => {
  it('refuses staff, validates the secretary, and builds the agenda in the enforced order', async () => {
    const base = meetingPrep(w, u);
    expect((await api('POST', '/api/meetings', u.staff.cookie, base)).statusCode).toBe(403);
    const bad = await api('POST', '/api/meetings', w.cookies.head, {
      ...base,
      secretaryPersonId: u.head.personId,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.secretaryPersonId');
    const res = await api('POST', '/api/meetings', w.cookies.head, base);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const v = await view();
    expect(v.items.map((i) => i.kind)).toEqual([
      'collective_report',
      'person',
      'person',
      'person',
      'person',
      'person',
      'person',
      'ballot',
      'minutes',
    ]);
    expect(v.items[1]?.subject?.fullName).toBe('Trần Văn Trưởng');
    expect(v.items[2]?.subject?.fullName).toBe('Đỗ Văn Một');
    expect(v.attendees.filter((a) => a.role === 'guest').map((a) => a.fullName)).toEqual(['Lê Thị Thư Ký']);
    // Everyone with an account is invited.
    const invites = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'meeting_invitation'));
    expect(invites).toHaveLength(7);
    const again = await api('POST', '/api/meetings', w.cookies.head, base);
    expect(again.statusCode).toBe(409);
  });

  it('takes the roll: by the secretary, or by the member with the QR code', async () => {
    expect((await post('/start', { version })).statusCode).toBe(409); // nobody present yet
    for (const m of [u.head, u.deputy, u.secretary, u.staff, u.by('Ngô Văn Ba')]) {
      const r = await post('/attendance', { personId: m.personId, present: true }, w.cookies.head);
      expect(r.statusCode, r.body).toBe(200);
    }
    const absent = await post('/attendance', {
      personId: u.by('Phan Thị Sáu').personId,
      present: false,
      absenceReason: 'Nghỉ phép',
    });
    expect(absent.statusCode).toBe(200);
    const code = (await view()).checkinCode as string;
    expect((await view(u.staff.cookie)).checkinCode).toBeNull();
    const wrong = await post('/check-in', { code: 'sai-ma' }, u.staff.cookie);
    expect(wrong.statusCode).toBe(400);
    const guest = await post('/check-in', { code }, w.cookies.secretary);
    expect(guest.statusCode, guest.body).toBe(200);
    const outsider = await post('/check-in', { code }, w.cookies.admin);
    expect(outsider.statusCode).toBe(403);
    const v = await view();
    expect(v.attendees.find((a) => a.fullName === 'Lê Thị Thư Ký')?.checkedInBy).toBe('self');
    expect(v.attendees.filter((a) => a.role === 'member' && a.present)).toHaveLength(5);
  });
});

describe('running it', () => {
  it('starts, and refuses to take up an item before the ones ahead of it are finished', async () => {
    const started = await post('/start', { version });
    expect(started.statusCode, started.body).toBe(200);
    const v = await view();
    expect(v.currentPosition).toBe(1);
    const jump = await post('/item', { version, position: 3 });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.message).toContain('đúng thứ tự');
  });

  it('records the collective report: comments, the approval vote, the conclusion', async () => {
    const c = await post('/entries', {
      kind: 'comment',
      speakerPersonId: u.staff.personId,
      text: 'Báo cáo đầy đủ.',
    });
    expect(c.statusCode, c.body).toBe(201);
    const noSpeaker = await post('/entries', { kind: 'comment', text: 'Ai nói?' });
    expect(noSpeaker.statusCode).toBe(400);
    const tooMany = await post('/votes', { purpose: 'report_approval', agree: 5, disagree: 1, abstain: 0 });
    expect(tooMany.statusCode).toBe(400);
    const failed = await post('/votes', { purpose: 'report_approval', agree: 2, disagree: 3, abstain: 0 });
    expect(failed.json().body.passed).toBe(false);
    expect((await view()).items[0]?.missing).toContain('biểu quyết thông qua báo cáo');
    const vote = await post('/votes', { purpose: 'report_approval', agree: 5, disagree: 0, abstain: 0 });
    expect(vote.statusCode, vote.body).toBe(201);
    expect(vote.json().body.passed).toBe(true);
    const concl = await post(
      '/entries',
      { kind: 'conclusion', strengths: 'Hoàn thành kế hoạch', weaknesses: 'Còn chậm báo cáo', text: '' },
      w.cookies.head,
    );
    expect(concl.statusCode, concl.body).toBe(201);
    expect((await view()).items[0]?.done).toBe(true);
  });

  it('hands the chair to the deputy while the head is reviewed, and back after', async () => {
    const v0 = await view();
    const go = await post('/item', { version, position: positionOf(v0, 'Trần Văn Trưởng') });
    expect(go.statusCode, go.body).toBe(200);
    const v = await view();
    expect(v.actingChair?.fullName).toBe('Đỗ Văn Một');
    expect(v.entries.at(-1)?.body.kind).toBe('chair_change');
  });

  it('refuses a quota breach without a reason, records it with one and tells HCQT', async () => {
    await post('/entries', {
      kind: 'comment',
      speakerPersonId: u.staff.personId,
      text: 'Đồng chí trưởng phòng gương mẫu.',
    });
    await post('/entries', { kind: 'conclusion', strengths: 'Gương mẫu', weaknesses: 'Chưa có', text: '' });
    // Leaders' group: the head HTXSNV, the deputy HTTNV → 20% of 1 = 0 allowed.
    const refused = await post('/proposals', { level: 'HTXSNV' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('body.reason');
    expect(refused.json().error.message).toContain('vượt');
    const ok = await post('/proposals', { level: 'HTXSNV', reason: 'Đơn vị hoàn thành vượt kế hoạch.' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().body.quotaBreach).toBe(true);
    const second = await post('/proposals', { level: 'HTTNV' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('đính chính');
    const told = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'quota_breach'), eq(notifications.accountId, w.accounts.secretary.id)),
      );
    expect(told).toHaveLength(1);
    expect((await view()).quota.groups.some((g) => !g.ok)).toBe(true);
  });

  it('lets the person accept, which reopens their review for the "tiếp thu" revision', async () => {
    const v = await view();
    const position = positionOf(v, 'Trần Văn Trưởng');
    const other = await post('/responses', { itemPosition: position, accepts: true }, u.staff.cookie);
    expect(other.statusCode).toBe(403);
    const res = await post(
      '/responses',
      { itemPosition: position, accepts: true, text: 'Tiếp thu.' },
      u.head.cookie,
    );
    expect(res.statusCode, res.body).toBe(201);
    const again = await post('/responses', { itemPosition: position, accepts: true }, u.head.cookie);
    expect(again.statusCode).toBe(409);
    const [review] = await t.db.select().from(reviews).where(eq(reviews.personId, u.head.personId));
    expect(review?.state).toBe('revising');
  });

  it('refuses a level above what the record allows', async () => {
    const v = await view();
    const go = await post('/item', { version, position: positionOf(v, 'Đỗ Văn Một') });
    expect(go.statusCode, go.body).toBe(200);
    expect((await view()).actingChair?.fullName).toBe('Trần Văn Trưởng');
    await t.db.insert(disciplines).values({
      agencyId: w.agency.id,
      personId: u.deputy.personId,
      system: 'administrative',
      form: 'khien_trach',
      decidedOn: '2024-05-01',
      effectiveFrom: '2024-05-01',
    });
    const res = await post('/proposals', { level: 'HTTNV' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.level');
    await t.db.delete(disciplines).where(eq(disciplines.personId, u.deputy.personId));
  });

  it('corrects an entry with a new one; the record keeps both and cannot be edited', async () => {
    const c = await post('/entries', {
      kind: 'comment',
      speakerPersonId: u.staff.personId,
      text: 'Đồng chí phó phòng chưa tốt.',
    });
    const wrongId = c.json().id as string;
    const fix = await post('/entries', {
      kind: 'comment',
      speakerPersonId: u.staff.personId,
      text: 'Đồng chí phó phòng hoàn thành tốt.',
      corrects: wrongId,
    });
    expect(fix.statusCode, fix.body).toBe(201);
    const twice = await post('/entries', {
      kind: 'comment',
      speakerPersonId: u.staff.personId,
      text: 'x',
      corrects: wrongId,
    });
    expect(twice.statusCode).toBe(409);
    const v = await view();
    const shown = v.entries.filter((e) => e.body.text?.startsWith('Đồng chí phó phòng'));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.body.text).toBe('Đồng chí phó phòng hoàn thành tốt.');
    expect(shown[0]?.corrected).toBe(true);
    expect(v.record.filter((r) => r.corrects === wrongId)).toHaveLength(1);
    await expect(t.db.execute(sql`update meeting_entries set body = '{}'::jsonb`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from meeting_entries`)).rejects.toThrow();
  });

  it('goes through everyone, prepares the ballot from the roll call, ends only after the minutes pass', async () => {
    let v = await view();
    for (const item of v.items.filter((i) => i.kind === 'person')) {
      if (item.subject?.fullName === 'Trần Văn Trưởng') continue;
      if (v.currentPosition !== item.position) {
        const go = await post('/item', { version, position: item.position });
        expect(go.statusCode, go.body).toBe(200);
      }
      await post('/entries', {
        kind: 'conclusion',
        strengths: 'Tích cực',
        weaknesses: 'Chưa chủ động',
        text: '',
      });
      // The meeting lowers Ngô Văn Ba to HTNV (his self-review proposed HTTNV).
      const p = await post('/proposals', {
        level: item.subject?.fullName === 'Ngô Văn Ba' ? 'HTNV' : 'HTTNV',
      });
      expect(p.statusCode, p.body).toBe(201);
      v = await view();
    }
    const ballotItem = v.items.find((i) => i.kind === 'ballot') as View['items'][number];
    expect((await post('/item', { version, position: ballotItem.position })).statusCode).toBe(200);
    const prepared = await post('/ballot', { mode: 'electronic' });
    expect(prepared.statusCode, prepared.body).toBe(201);
    const ballotId = prepared.json().id as string;
    const ballot = await api('GET', `/api/ballots/${ballotId}`, u.secretary.cookie);
    expect(ballot.json().canManage).toBe(true);
    expect(ballot.json().presentTotal).toBe(5);
    // Eligibility follows the meeting's proposals, not the self-reviews'.
    const candidates = ballot.json().candidates as { name: string; eligible: boolean }[];
    expect(candidates.find((c) => c.name === 'Ngô Văn Ba')?.eligible).toBe(false);
    expect(candidates.find((c) => c.name === 'Phạm Văn Viên')?.eligible).toBe(true);
    // The meeting's secretary (a staff member) runs the ballot.
    const opened = await api('POST', `/api/ballots/${ballotId}/open`, u.secretary.cookie, { version: 1 });
    expect(opened.statusCode, opened.body).toBe(200);
    const closed = await api('POST', `/api/ballots/${ballotId}/close`, u.secretary.cookie, { version: 2 });
    expect(closed.statusCode, closed.body).toBe(200);
    v = await view();
    expect(v.ballot?.state).toBe('closed');
    const minutesItem = v.items.find((i) => i.kind === 'minutes') as View['items'][number];
    expect((await post('/item', { version, position: minutesItem.position })).statusCode).toBe(200);
    v = await view();
    const early = await post('/end', { version });
    expect(early.statusCode).toBe(409);
    const failed = await post('/votes', { purpose: 'minutes_approval', agree: 2, disagree: 3, abstain: 0 });
    expect(failed.json().body.passed).toBe(false);
    expect((await post('/end', { version })).statusCode).toBe(409);
    const passed = await post('/votes', { purpose: 'minutes_approval', agree: 5, disagree: 0, abstain: 0 });
    expect(passed.json().body.passed).toBe(true);
    const ended = await post('/end', { version });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().state).toBe('locked');
    const late = await post('/entries', { kind: 'note', text: 'Sau khi khóa' });
    expect(late.statusCode).toBe(409);
  });
});
