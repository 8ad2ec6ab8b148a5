/**
 * Deadline reminders (plan 4.5): the sweep, in-app notifications, and e-mail through a real SMTP
 * server on loopback. The clock is pinned to 03/11/2024: the 25/10 and 28/10 unit steps are overdue,
 * the 05/11 unit meeting, unit dossier and Office report are due in two days.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openDatabase } from '../../db/connect.js';
import { auditEntries, emailOutbox, notifications, people, reminders } from '../../db/schema/index.js';
import { smtpMailer } from '../../mail/mailer.js';
import { buildWorld, login } from '../../test/factories.js';
import { createTestApp, TEST_DB, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type TestSmtp } from '../../test/smtp.js';
import { deliverEmails } from './deliver.js';
import { sweepReminders } from './sweep.js';

let t: TestApp;
let smtp: TestSmtp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let cycleId: string;
let steps: { id: string; code: string }[];
const stepId = (code: string) => steps.find((s) => s.code === code)?.id as string;
const mailer = () => smtpMailer(smtp.url, 'BinhXet <no-reply@binhxet.local>');

const OVERDUE_UNIT_STEPS = 5; // góp ý, tự kiểm điểm, kiểm điểm 3 năm, báo cáo tập thể (25/10), số liệu (28/10)
const SOON_UNIT_STEPS = 2; // họp đơn vị, hồ sơ đơn vị (05/11)
const SOON_AGENCY_STEPS = 1; // báo cáo Văn phòng (05/11)
const REMINDERS = 2 * (OVERDUE_UNIT_STEPS + SOON_UNIT_STEPS) + SOON_AGENCY_STEPS;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ clockToday: '2024-11-03', mailer: mailer() });
  w = await buildWorld(t.app, t.db);
  // The people behind the accounts get addresses; the staff member's must never receive a reminder.
  for (const [person, email] of [
    [w.people.headPerson, 'truong@example.vn'],
    [w.people.secretaryPerson, 'thuky@example.vn'],
    [w.people.staffPerson, 'vien@example.vn'],
  ] as const) {
    await t.db.update(people).set({ email }).where(eq(people.id, person.id));
  }
  cycleId = (
    await t.app.inject({
      method: 'POST',
      url: '/api/cycles',
      payload: { year: 2024 },
      headers: { cookie: w.cookies.secretary },
    })
  ).json().id;
  await t.app.inject({
    method: 'POST',
    url: `/api/cycles/${cycleId}/start`,
    payload: { version: 1 },
    headers: { cookie: w.cookies.secretary },
  });
  steps = (
    await t.app.inject({
      method: 'GET',
      url: `/api/cycles/${cycleId}`,
      headers: { cookie: w.cookies.secretary },
    })
  ).json().steps;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const sweepNow = (cookie: string) =>
  t.app.inject({ method: 'POST', url: '/api/reminders/sweep', headers: { cookie } });
const inbox = async (cookie: string, unread = false) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/notifications${unread ? '?unread=1' : ''}`,
      headers: { cookie },
    })
  ).json();

describe('the reminder sweep', () => {
  it('reminds the unit head of his unit’s steps and the secretary of agency steps, in-app and by e-mail', async () => {
    const res = await sweepNow(w.cookies.secretary);
    expect(res.statusCode).toBe(200);
    // The HCQT unit has no head: its reminders go to the cycle secretary.
    expect(res.json()).toEqual({
      reminders: REMINDERS,
      notifications: REMINDERS,
      emails: REMINDERS,
      sent: REMINDERS,
      failed: 0,
    });

    const head = await inbox(w.cookies.head);
    expect(head.unread).toBe(OVERDUE_UNIT_STEPS + SOON_UNIT_STEPS);
    const titles = head.items.map((n: { title: string }) => n.title);
    expect(titles).toContain(
      'Sắp đến hạn: Họp kiểm điểm, đánh giá tập thể và cá nhân cấp phòng; bình xét Lao động tiên tiến (phiếu kín)',
    );
    expect(titles.filter((x: string) => x.startsWith('Quá hạn: '))).toHaveLength(OVERDUE_UNIT_STEPS);
    const meeting = head.items.find((n: { title: string }) =>
      n.title.startsWith('Sắp đến hạn: Họp kiểm điểm'),
    );
    expect(meeting.body).toContain('Hạn chót 05/11/2024 (còn 2 ngày). Đơn vị: Phòng Tổng hợp.');
    expect(meeting.link).toBe(`/ky-danh-gia/${cycleId}/tien-do`);

    const secretary = await inbox(w.cookies.secretary);
    expect(secretary.unread).toBe(OVERDUE_UNIT_STEPS + SOON_UNIT_STEPS + SOON_AGENCY_STEPS);
    expect(secretary.items.some((n: { body: string }) => n.body.includes('Việc cấp cơ quan.'))).toBe(true);
    expect((await inbox(w.cookies.staff)).items).toEqual([]);

    const to = (address: string) => smtp.received.filter((m) => m.to.includes(address));
    expect(to('truong@example.vn')).toHaveLength(OVERDUE_UNIT_STEPS + SOON_UNIT_STEPS);
    expect(to('thuky@example.vn')).toHaveLength(OVERDUE_UNIT_STEPS + SOON_UNIT_STEPS + SOON_AGENCY_STEPS);
    expect(to('vien@example.vn')).toHaveLength(0);
    const mail = to('truong@example.vn').find((m) => m.subject.includes('Họp kiểm điểm'));
    expect(mail?.subject).toBe(
      '[BinhXet] Sắp đến hạn: Họp kiểm điểm, đánh giá tập thể và cá nhân cấp phòng; bình xét Lao động tiên tiến (phiếu kín)',
    );
    expect(mail?.text).toContain('Hạn chót 05/11/2024');

    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.action, 'reminders.sent'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain(`Gửi ${REMINDERS} nhắc hạn`);
    expect(audit[0]?.summary).toContain('theo yêu cầu của');
  });

  it('is idempotent: a second sweep on the same day sends nothing more', async () => {
    const before = smtp.received.length;
    const res = await sweepNow(w.cookies.secretary);
    expect(res.json()).toMatchObject({ reminders: 0, notifications: 0, emails: 0, sent: 0 });
    expect(smtp.received.length).toBe(before);
    expect(await t.db.select().from(reminders)).toHaveLength(REMINDERS);
  });

  it('reminds again when the deadline passes, but not for steps already done', async () => {
    const done = await t.app.inject({
      method: 'PUT',
      url: `/api/cycles/${cycleId}/steps/${stepId('ho-so-don-vi')}/progress`,
      payload: { unitId: w.units.unit.id, done: true, doneOn: '2024-11-04' },
      headers: { cookie: w.cookies.head },
    });
    expect(done.statusCode).toBe(200);
    const r = await sweepReminders(t.db, { today: '2024-11-06', email: false });
    // Overdue now: the two 05/11 unit steps in HCQT, the meeting in Phòng Tổng hợp, the Office report;
    // due soon: the 08/11 agency vote and leadership review.
    expect(r.reminders).toBe(2 + 1 + 1 + 2);
    const head = await inbox(w.cookies.head, true);
    const overdueMeeting = head.items.filter((n: { title: string }) =>
      n.title.startsWith('Quá hạn: Họp kiểm điểm'),
    );
    expect(overdueMeeting).toHaveLength(1);
    expect(
      head.items.some((n: { title: string }) => n.title.startsWith('Quá hạn: Gửi hồ sơ của đơn vị')),
    ).toBe(false);
  });
});

describe('e-mail delivery', () => {
  it('keeps a refused e-mail in the outbox and delivers it once the server accepts again', async () => {
    smtp.refuse(true);
    // 10/11: the 08/11 agency vote and leadership review are overdue; the secretary is reminded.
    const swept = await sweepReminders(t.db, { today: '2024-11-10', email: true });
    expect(swept.emails).toBeGreaterThan(0);
    const failedRun = await deliverEmails(t.db, mailer());
    expect(failedRun.sent).toBe(0);
    expect(failedRun.failed).toBeGreaterThan(0);
    const waiting = await t.db.select().from(emailOutbox).where(eq(emailOutbox.state, 'pending'));
    expect(waiting.length).toBe(swept.emails);
    expect(waiting[0]?.lastError).toBeTruthy();

    smtp.refuse(false);
    const before = smtp.received.length;
    const retry = await deliverEmails(t.db, mailer());
    expect(retry).toEqual({ sent: swept.emails, failed: 0 });
    expect(smtp.received.length - before).toBe(swept.emails);
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.state, 'pending'))).toEqual([]);
  });
});

describe('notifications', () => {
  it('marks chosen notifications read, ignores other people’s, then marks all read (audited)', async () => {
    const head = await inbox(w.cookies.head, true);
    const secretary = await inbox(w.cookies.secretary, true);
    const read = (cookie: string, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/notifications/read', payload, headers: { cookie } });

    const foreign = await read(w.cookies.head, { ids: [secretary.items[0].id] });
    expect(foreign.json()).toEqual({ marked: 0 });
    expect((await inbox(w.cookies.secretary)).unread).toBe(secretary.unread);

    const one = await read(w.cookies.head, { ids: [head.items[0].id] });
    expect(one.json()).toEqual({ marked: 1 });
    expect((await inbox(w.cookies.head)).unread).toBe(head.unread - 1);

    const all = await read(w.cookies.head, { all: true });
    expect(all.json()).toEqual({ marked: head.unread - 1 });
    expect((await inbox(w.cookies.head)).unread).toBe(0);
    expect((await inbox(w.cookies.head, true)).items).toEqual([]);

    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.action, 'notifications.read'));
    expect(audit.map((a) => a.summary)).toEqual([
      expect.stringContaining('đánh dấu đã đọc 1 thông báo'),
      expect.stringContaining(`đánh dấu đã đọc ${head.unread - 1} thông báo`),
    ]);
  });

  it('refuses a malformed request with field paths and changes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      payload: { ids: ['khong-phai-ma'] },
      headers: { cookie: w.cookies.secretary },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('ids');
    expect((await inbox(w.cookies.secretary)).unread).toBeGreaterThan(0);
  });

  it('lets only the cycle secretary send reminders on demand', async () => {
    expect((await sweepNow(w.cookies.head)).statusCode).toBe(403);
    expect((await sweepNow(w.cookies.staff)).statusCode).toBe(403);
  });
});

describe('two app instances sweeping one database at once', () => {
  it.skipIf(TEST_DB !== 'postgres')('send each reminder exactly once', async () => {
    // A fresh running cycle in a second agency, swept by two apps on separate connection pools.
    const other = await buildWorld(t.app, t.db);
    for (const [person, email] of [
      [other.people.headPerson, 'b-truong@example.vn'],
      [other.people.secretaryPerson, 'b-thuky@example.vn'],
    ] as const) {
      await t.db.update(people).set({ email }).where(eq(people.id, person.id));
    }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/cycles',
      payload: { year: 2024 },
      headers: { cookie: other.cookies.secretary },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/cycles/${created.json().id}/start`,
      payload: { version: 1 },
      headers: { cookie: other.cookies.secretary },
    });

    const second = await openDatabase({ kind: 'postgres', url: t.url as string, poolSize: 5 });
    const config = {
      sessionHours: 12,
      cookieSecure: false,
      logLevel: 'silent',
      demo: false,
      loginRatePerMinute: 10_000,
      clockToday: '2024-11-03',
    };
    const a = await buildApp({ database: t.database, config, logger: false, mailer: mailer() });
    const b = await buildApp({ database: second, config, logger: false, mailer: mailer() });
    try {
      const cookieA = await login(a, other.accounts.secretary.username);
      const cookieB = await login(b, other.accounts.secretary.username);
      const before = smtp.received.length;
      const [ra, rb] = await Promise.all([
        a.inject({ method: 'POST', url: '/api/reminders/sweep', headers: { cookie: cookieA } }),
        b.inject({ method: 'POST', url: '/api/reminders/sweep', headers: { cookie: cookieB } }),
      ]);
      expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
      // Between them the two sweeps created each reminder once, whichever won each row.
      expect(ra.json().reminders + rb.json().reminders).toBe(REMINDERS);
      expect(ra.json().sent + rb.json().sent).toBe(REMINDERS);
      const mails = smtp.received.slice(before);
      expect(mails).toHaveLength(REMINDERS);
      expect(new Set(mails.map((m) => `${m.to.join()}|${m.subject}`)).size).toBe(mails.length);
      const theirs = await t.db
        .select()
        .from(notifications)
        .where(eq(notifications.agencyId, other.agency.id));
      expect(theirs).toHaveLength(REMINDERS);
    } finally {
      await a.close();
      await b.close();
      await second.close();
    }
  });
});
