import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildUnit, buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
  const lead = await buildUnit(t.db, w.agency.id, {
    name: 'Lãnh đạo Văn phòng',
    code: 'LD',
    kind: 'leadership',
  });
  const chief = await buildPerson(t.db, w.agency.id, lead.id, {
    fullName: 'Nguyễn Quốc Việt',
    leadershipRank: 'head',
  });
  await t.db.execute(
    (await import('drizzle-orm'))
      .sql`update people set position_title = 'Chánh Văn phòng' where id = ${chief.id}`,
  );
});
afterAll(() => t.close());

type Step = {
  id: string;
  code: string;
  deadline: string | null;
  deadlineEnd: string | null;
  reviewReason: string | null;
  version: number;
  dependsOn: string[];
  title: string;
};
const req = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  cookie: string | undefined,
  payload?: object,
) => t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
const getCycle = async (id: string) =>
  (await req('GET', `/api/cycles/${id}`, w.cookies.secretary)).json() as {
    state: string;
    version: number;
    regime: string;
    steps: Step[];
  };

let cycle2024: string;

describe('creating the 2024 cycle from the template', () => {
  it('makes a draft with every step of the plan, regime 2024, audited', async () => {
    const res = await req('POST', '/api/cycles', w.cookies.secretary, { year: 2024 });
    expect(res.statusCode).toBe(201);
    cycle2024 = res.json().id;
    const c = await getCycle(cycle2024);
    expect(c).toMatchObject({ state: 'draft', regime: '2024' });
    const by = Object.fromEntries(c.steps.map((s) => [s.code, s]));
    expect(by['tu-kiem-diem']?.deadline).toBe('2024-10-25');
    expect(by['hop-don-vi']?.deadline).toBe('2024-11-05');
    expect(by['ho-so-khen-thuong']).toMatchObject({ deadline: '2024-12-12', deadlineEnd: '2024-12-15' });
    expect(by['ho-so-ban-to-chuc']?.deadline).toBe('2025-01-31');
    expect(by['hoi-dong-thi-dua']?.dependsOn).toContain('tham-van');
    const audit = (await req('GET', `/api/audit?entityId=${cycle2024}`, w.cookies.secretary)).json();
    expect(audit.items[0].action).toBe('cycle.created');
  });

  it('refuses a second cycle for the same year (409) and staff (403)', async () => {
    expect((await req('POST', '/api/cycles', w.cookies.secretary, { year: 2024 })).statusCode).toBe(409);
    expect((await req('POST', '/api/cycles', w.cookies.staff, { year: 2031 })).statusCode).toBe(403);
    expect((await req('POST', '/api/cycles', w.cookies.secretary, { year: 1999 })).statusCode).toBe(400);
  });

  it('lets everyone read the plan but only the secretary edit it', async () => {
    const list = (await req('GET', '/api/cycles', w.cookies.staff)).json();
    expect(list.items.map((c: { year: number }) => c.year)).toContain(2024);
    expect(list.canManage).toBe(false);
    const step = (await getCycle(cycle2024)).steps[0] as Step;
    const res = await req('PATCH', `/api/cycles/${cycle2024}/steps/${step.id}`, w.cookies.staff, {
      version: 1,
      title: 'X',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('editing a draft', () => {
  it('moves a deadline with the version read; a stale edit gets 409', async () => {
    const step = (await getCycle(cycle2024)).steps.find((s) => s.code === 'hop-don-vi') as Step;
    const ok = await req('PATCH', `/api/cycles/${cycle2024}/steps/${step.id}`, w.cookies.secretary, {
      version: step.version,
      deadline: '2024-11-06',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ deadline: '2024-11-06', version: step.version + 1 });
    const stale = await req('PATCH', `/api/cycles/${cycle2024}/steps/${step.id}`, w.cookies.admin, {
      version: step.version,
      deadline: '2024-11-07',
    });
    expect(stale.statusCode).toBe(409);
    const audit = (
      await req('GET', `/api/audit?entityId=${cycle2024}&action=cycle.step_updated`, w.cookies.secretary)
    ).json();
    expect(audit.items[0].changes).toEqual({ deadline: ['2024-11-05', '2024-11-06'] });
  });

  it('refuses a range that ends before it starts, an unknown dependency and a loop', async () => {
    const steps = (await getCycle(cycle2024)).steps;
    const a = steps.find((s) => s.code === 'goi-y') as Step;
    const b = steps.find((s) => s.code === 'hop-don-vi') as Step;
    const range = await req('PATCH', `/api/cycles/${cycle2024}/steps/${a.id}`, w.cookies.secretary, {
      version: a.version,
      deadline: '2024-10-25',
      deadlineEnd: '2024-10-20',
    });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.details[0].path).toBe('body.deadlineEnd');
    const unknown = await req('PATCH', `/api/cycles/${cycle2024}/steps/${a.id}`, w.cookies.secretary, {
      version: a.version,
      dependsOn: ['khong-co'],
    });
    expect(unknown.statusCode).toBe(400);
    const loop = await req('PATCH', `/api/cycles/${cycle2024}/steps/${a.id}`, w.cookies.secretary, {
      version: a.version,
      dependsOn: ['hop-don-vi'],
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.message).toMatch(/vòng tròn/);
    // Nothing changed.
    expect(((await getCycle(cycle2024)).steps.find((s) => s.code === 'goi-y') as Step).dependsOn).toEqual([]);
    expect(b.dependsOn).toContain('goi-y');
  });

  it('adds a step and refuses to remove one that others depend on', async () => {
    const add = await req('POST', `/api/cycles/${cycle2024}/steps`, w.cookies.secretary, {
      code: 'tap-huan',
      title: 'Tập huấn sử dụng phần mềm BinhXet',
      responsible: 'Phòng Hành chính - Quản trị',
      scope: 'agency',
      deadline: '2024-10-20',
    });
    expect(add.statusCode).toBe(201);
    const del = await req('DELETE', `/api/cycles/${cycle2024}/steps/${add.json().id}`, w.cookies.secretary);
    expect(del.statusCode).toBe(200);
    const steps = (await getCycle(cycle2024)).steps;
    const goiY = steps.find((s) => s.code === 'goi-y') as Step;
    const refused = await req('DELETE', `/api/cycles/${cycle2024}/steps/${goiY.id}`, w.cookies.secretary);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('phụ thuộc');
  });
});

describe('plan document, start and close', () => {
  it('generates the Kế hoạch from the steps through the document engine', async () => {
    const res = await req('POST', `/api/cycles/${cycle2024}/plan-document`, w.cookies.secretary, {});
    expect(res.statusCode).toBe(201);
    const docx = await req('GET', `/api/documents/${res.json().documentId}?format=docx`, w.cookies.secretary);
    const xml =
      (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    for (const text of [
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
      'ngày 06 tháng 11 năm 2024',
      'ngày 31 tháng 01 năm 2025',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Quốc Việt',
      'Số: ',
    ]) {
      expect(xml).toContain(text);
    }
    const docs = (await req('GET', `/api/documents?cycleId=${cycle2024}`, w.cookies.secretary)).json();
    expect(docs.items.map((d: { kind: string }) => d.kind)).toEqual(['plan']);
  });

  it('starts the draft (then its steps are locked) and closes it (read-only)', async () => {
    const c = await getCycle(cycle2024);
    const started = await req('POST', `/api/cycles/${cycle2024}/start`, w.cookies.secretary, {
      version: c.version,
    });
    expect(started.statusCode).toBe(200);
    expect(started.json().state).toBe('running');
    const step = (await getCycle(cycle2024)).steps[0] as Step;
    const locked = await req('PATCH', `/api/cycles/${cycle2024}/steps/${step.id}`, w.cookies.secretary, {
      version: step.version,
      title: 'Khác',
    });
    expect(locked.statusCode).toBe(409);
    const again = await req('POST', `/api/cycles/${cycle2024}/start`, w.cookies.secretary, {
      version: started.json().version,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('next year from last year', () => {
  it('creates 2025 from 2024: every date one year later, weekend dates flagged, regime 2025, no records copied', async () => {
    const res = await req('POST', '/api/cycles', w.cookies.secretary, {
      year: 2025,
      fromCycleId: cycle2024,
      holidays: ['2025-11-20'],
    });
    expect(res.statusCode).toBe(201);
    const c = await getCycle(res.json().id);
    expect(c).toMatchObject({ state: 'draft', regime: '2025' });
    const before = Object.fromEntries((await getCycle(cycle2024)).steps.map((s) => [s.code, s]));
    for (const s of c.steps) {
      const old = before[s.code] as Step;
      if (old.deadline) expect(Number(s.deadline?.slice(0, 4))).toBe(Number(old.deadline.slice(0, 4)) + 1);
      expect(s.deadline?.slice(5)).toBe(old.deadline?.slice(5));
    }
    const by = Object.fromEntries(c.steps.map((s) => [s.code, s]));
    expect(by['tu-kiem-diem']).toMatchObject({ deadline: '2025-10-25', reviewReason: 'Thứ Bảy' });
    expect(by['hoi-dong-thi-dua']).toMatchObject({ deadline: '2025-11-20', reviewReason: 'Ngày nghỉ lễ' });
    expect(by['ho-so-ban-to-chuc']).toMatchObject({ deadline: '2026-01-31', reviewReason: 'Thứ Bảy' });
    expect(by['bieu-quyet-co-quan']).toMatchObject({ deadline: '2025-11-08', reviewReason: 'Thứ Bảy' });
    expect(by['hop-don-vi']).toMatchObject({ deadline: '2025-11-06', reviewReason: null });
    const docs = (await req('GET', `/api/documents?cycleId=${res.json().id}`, w.cookies.secretary)).json();
    expect(docs.items).toEqual([]);
    // Moving a flagged date clears its flag.
    const step = by['tu-kiem-diem'] as Step;
    const moved = await req('PATCH', `/api/cycles/${res.json().id}/steps/${step.id}`, w.cookies.secretary, {
      version: step.version,
      deadline: '2025-10-24',
    });
    expect(moved.json().reviewReason).toBeNull();
  });

  it('refuses a source cycle that is not earlier, and a second running cycle', async () => {
    const bad = await req('POST', '/api/cycles', w.cookies.secretary, { year: 2023, fromCycleId: cycle2024 });
    expect(bad.statusCode).toBe(400);
    const c2025 = (
      (await req('GET', '/api/cycles', w.cookies.secretary)).json().items as {
        id: string;
        year: number;
        version: number;
      }[]
    ).find((c) => c.year === 2025);
    const start = await req('POST', `/api/cycles/${c2025?.id}/start`, w.cookies.secretary, {
      version: c2025?.version,
    });
    expect(start.statusCode).toBe(409);
    expect(start.json().error.message).toContain('đang diễn ra');
    const c2024 = await getCycle(cycle2024);
    expect(
      (
        await req('POST', `/api/cycles/${cycle2024}/close`, w.cookies.secretary, { version: c2024.version })
      ).json().state,
    ).toBe('closed');
  });
});
