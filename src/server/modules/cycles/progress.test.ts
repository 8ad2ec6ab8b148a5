/**
 * Progress per unit and "my tasks", with the clock pinned (CLOCK_TODAY) to 07/11/2024: after the
 * 05/11 unit deadlines, before the 08/11 agency vote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildPerson, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let cycleId: string;
let steps: { id: string; code: string }[];
let deputyCookie: string;
const stepId = (code: string) => steps.find((s) => s.code === code)?.id as string;

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-07' });
  w = await buildWorld(t.app, t.db);
  const deputy = await buildPerson(t.db, w.agency.id, w.units.unit.id, {
    fullName: 'Lê Văn Phó',
    leadershipRank: 'deputy',
  });
  deputyCookie = await login(
    t.app,
    (await buildAccount(t.db, w.agency.id, { personId: deputy.id })).username,
  );
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/cycles',
    payload: { year: 2024 },
    headers: { cookie: w.cookies.secretary },
  });
  cycleId = created.json().id;
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
afterAll(() => t.close());

const req = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie } });
const mark = (code: string, cookie: string, body: object) =>
  req('PUT', `/api/cycles/${cycleId}/steps/${stepId(code)}/progress`, cookie, body);

describe('progress matrix', () => {
  it('tracks unit-level steps per unit and agency-level steps once, coloured by the pinned day', async () => {
    const p = (await req('GET', `/api/cycles/${cycleId}/progress`, w.cookies.staff)).json();
    expect(p.today).toBe('2024-11-07');
    expect(p.units.map((u: { name: string }) => u.name).sort()).toEqual([
      'Phòng Hành chính - Quản trị',
      'Phòng Tổng hợp',
    ]);
    const cellsOf = (code: string) => p.cells.filter((c: { stepId: string }) => c.stepId === stepId(code));
    expect(cellsOf('hop-don-vi')).toHaveLength(2);
    expect(cellsOf('hop-don-vi').every((c: { state: string }) => c.state === 'overdue')).toBe(true);
    expect(cellsOf('bieu-quyet-co-quan')).toEqual([
      expect.objectContaining({ unitId: null, state: 'due_soon' }),
    ]);
    expect(cellsOf('hoi-dong-thi-dua')[0].state).toBe('not_started');
    // Self-review cells count the unit's reviews: head, deputy and staff member in Phòng Tổng hợp.
    const selfReviews = cellsOf('tu-kiem-diem').find((c: { unitId: string }) => c.unitId === w.units.unit.id);
    expect(selfReviews.count).toEqual({ done: 0, total: 3 });
    const report = cellsOf('bao-cao-tap-the').find((c: { unitId: string }) => c.unitId === w.units.unit.id);
    expect(report.count).toEqual({ done: 0, total: 1 });
    expect(cellsOf('hop-don-vi')[0].count).toBeUndefined();
  });

  it('lets the unit head and deputy mark their own unit’s steps, not another unit’s or agency steps', async () => {
    const own = await mark('hop-don-vi', w.cookies.head, {
      unitId: w.units.unit.id,
      done: true,
      doneOn: '2024-11-06',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ doneOn: '2024-11-06' });
    expect(
      (
        await mark('ho-so-don-vi', deputyCookie, {
          unitId: w.units.unit.id,
          done: true,
          doneOn: '2024-11-05',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await mark('hop-don-vi', w.cookies.head, { unitId: w.units.hcqt.id, done: true })).statusCode,
    ).toBe(403);
    expect((await mark('bieu-quyet-co-quan', w.cookies.head, { unitId: null, done: true })).statusCode).toBe(
      403,
    );
    expect(
      (await mark('hop-don-vi', w.cookies.staff, { unitId: w.units.unit.id, done: true })).statusCode,
    ).toBe(403);
    const p = (await req('GET', `/api/cycles/${cycleId}/progress`, w.cookies.secretary)).json();
    const cell = p.cells.find(
      (c: { stepId: string; unitId: string }) =>
        c.stepId === stepId('hop-don-vi') && c.unitId === w.units.unit.id,
    );
    expect(cell).toMatchObject({ doneOn: '2024-11-06', state: 'done_late' });
    const dossier = p.cells.find(
      (c: { stepId: string; unitId: string }) =>
        c.stepId === stepId('ho-so-don-vi') && c.unitId === w.units.unit.id,
    );
    expect(dossier.state).toBe('done');
    const summary = p.summary.find((s: { stepId: string }) => s.stepId === stepId('hop-don-vi'));
    expect(summary).toMatchObject({ total: 2, done: 1, overdue: 1 });
    const audit = (
      await req('GET', `/api/audit?entityId=${cycleId}&action=cycle.step_done`, w.cookies.secretary)
    ).json();
    expect(audit.items[1].summary).toContain('ngày 06/11/2024');
  });

  it('validates the unit against the step’s scope and lets the secretary undo a mark', async () => {
    expect((await mark('hop-don-vi', w.cookies.secretary, { unitId: null, done: true })).statusCode).toBe(
      400,
    );
    expect(
      (await mark('bieu-quyet-co-quan', w.cookies.secretary, { unitId: w.units.unit.id, done: true }))
        .statusCode,
    ).toBe(400);
    expect(
      (await mark('hop-don-vi', w.cookies.secretary, { unitId: w.units.unit.id, done: false })).statusCode,
    ).toBe(200);
    const p = (await req('GET', `/api/cycles/${cycleId}/progress`, w.cookies.secretary)).json();
    const cell = p.cells.find(
      (c: { stepId: string; unitId: string }) =>
        c.stepId === stepId('hop-don-vi') && c.unitId === w.units.unit.id,
    );
    expect(cell).toMatchObject({ doneOn: null, state: 'overdue' });
    expect(
      (
        await mark('bieu-quyet-co-quan', w.cookies.secretary, {
          unitId: null,
          done: true,
          doneOn: '2024-11-07',
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('my tasks', () => {
  it('shows a unit head the open steps of his unit, overdue first, which he may mark', async () => {
    const res = (await req('GET', '/api/me/tasks', w.cookies.head)).json();
    expect(res.cycle.title).toBe('Kỳ đánh giá năm 2024');
    expect(res.tasks.length).toBeGreaterThan(0);
    expect(res.tasks.every((task: { unitId: string }) => task.unitId === w.units.unit.id)).toBe(true);
    expect(res.tasks[0]).toMatchObject({ state: 'overdue', canMark: true });
    expect(res.tasks.map((task: { stepId: string }) => task.stepId)).not.toContain(stepId('ho-so-don-vi'));
  });

  it('shows staff their unit’s steps without the right to mark, and the secretary agency steps and late units', async () => {
    const staff = (await req('GET', '/api/me/tasks', w.cookies.staff)).json();
    expect(staff.tasks.length).toBeGreaterThan(0);
    expect(staff.tasks.every((task: { canMark: boolean }) => !task.canMark)).toBe(true);
    const sec = (await req('GET', '/api/me/tasks', w.cookies.secretary)).json();
    const agencyTasks = sec.tasks.filter((task: { unitId: string | null }) => task.unitId === null);
    expect(agencyTasks.length).toBeGreaterThan(0);
    expect(agencyTasks.map((task: { stepId: string }) => task.stepId)).not.toContain(
      stepId('bieu-quyet-co-quan'),
    );
    expect(
      sec.tasks.some(
        (task: { unitName: string; state: string }) =>
          task.unitName === 'Phòng Tổng hợp' && task.state === 'overdue',
      ),
    ).toBe(true);
  });
});
