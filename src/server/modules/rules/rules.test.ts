import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, payload: payload as object });

const person = {
  category: 'cong_chuc',
  leadership: 'none',
  employmentStart: '2015-09-01',
  leaves: [{ kind: 'sick', from: '2024-03-04', to: '2024-06-28' }],
  disciplines: [],
};
const classifyBody = {
  regime: '2024',
  year: 2024,
  person,
  general: 'good',
  findings: { ideologicalDecline: false },
  tasks: { total: 12, onTimeQuality: 12, exceeded: 7, poor: 0 },
};
const titlesBody = {
  regime: '2025',
  year: 2025,
  person: { ...person, leaves: [] },
  level: 'HTTNV',
  recognisedInitiative: true,
  acceptedResearch: false,
  pendingProceedings: false,
};

describe('rules API (public: pure computation on the caller’s facts)', () => {
  it('classifies without a session: a 3–6 month leave caps the level at HTNV', async () => {
    const res = await post('/api/rules/classify', classifyBody);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ evaluated: true, maxLevel: 'HTNV', level: 'HTNV' });
    expect(body.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['leave_cap_htnv', 'criteria_met', 'capped']),
    );
    expect(body.reasons[0]).toEqual({
      code: 'leave_cap_htnv',
      message:
        'Nghỉ 3 tháng 25 ngày trong năm (nghỉ ốm từ 04/03/2024 đến 28/06/2024), từ 3 tháng đến dưới 6 tháng: vẫn đánh giá nhưng không xếp mức Hoàn thành tốt nhiệm vụ trở lên; tối đa Hoàn thành nhiệm vụ.',
      article: 'Điều 2 khoản 3 Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
    });
  });

  it('answers "not classified" with null levels', async () => {
    const res = await post('/api/rules/classify', {
      ...classifyBody,
      person: { ...person, employmentStart: '2024-08-01', leaves: [] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ evaluated: false, maxLevel: null, level: null });
  });

  it('checks the quota per group', async () => {
    const res = await post('/api/rules/quota', {
      regime: '2025',
      groups: [
        { group: 'Công chức không giữ chức vụ', HTXSNV: 3, HTTNV: 14 },
        { group: 'Công chức lãnh đạo, quản lý', HTXSNV: 2, HTTNV: 8, exceptionApproved: true },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .groups.map((g: { group: string; allowed: number; ok: boolean }) => [g.group, g.allowed, g.ok]),
    ).toEqual([
      ['Công chức không giữ chức vụ', 2, false],
      ['Công chức lãnh đạo, quản lý', 2, true],
    ]);
  });

  it('checks the titles', async () => {
    const res = await post('/api/rules/titles', titlesBody);
    expect(res.statusCode).toBe(200);
    expect(res.json().titles.map((x: { title: string; eligible: boolean }) => [x.title, x.eligible])).toEqual(
      [
        ['LDTT', true],
        ['CSTDCS', true],
      ],
    );
  });

  it('lists the settings of a regime with their verified flags', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/rules/settings?regime=2025' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.regime).toBe('2025');
    const byKey = Object.fromEntries(body.settings.map((s: { key: string }) => [s.key, s]));
    expect(byKey.quotaPct).toMatchObject({ value: 20, verified: true });
    expect(byKey.quotaExceptionMaxPct).toMatchObject({ value: 25, verified: true });
    expect(byKey.quotaRounding).toMatchObject({ value: 'floor', verified: false });
    expect(byKey.pointBands.verified).toBe(false);
    const bad = await t.app.inject({ method: 'GET', url: '/api/rules/settings?regime=2023' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.regime');
  });
});

describe('malformed facts answer 400 with field paths, never 500', () => {
  type Row = { name: string; url: string; body: unknown; paths: string[] };
  const rows: Row[] = [
    {
      name: 'an impossible date',
      url: '/api/rules/classify',
      body: { ...classifyBody, person: { ...person, employmentStart: '2024-02-30' } },
      paths: ['body.person.employmentStart'],
    },
    {
      name: 'a date in another format',
      url: '/api/rules/titles',
      body: { ...titlesBody, person: { ...person, employmentStart: '01/09/2015' } },
      paths: ['body.person.employmentStart'],
    },
    {
      name: 'a leave ending before it starts',
      url: '/api/rules/classify',
      body: {
        ...classifyBody,
        person: { ...person, leaves: [{ kind: 'sick', from: '2024-05-01', to: '2024-04-30' }] },
      },
      paths: ['body.person.leaves.0.to'],
    },
    {
      name: 'unknown enums',
      url: '/api/rules/classify',
      body: {
        ...classifyBody,
        regime: '2023',
        general: 'xuat_sac',
        person: {
          ...person,
          category: 'hop_dong',
          disciplines: [{ system: 'party', form: 'khai_tru', decidedOn: '2024-01-01' }],
        },
      },
      paths: ['body.regime', 'body.general', 'body.person.category', 'body.person.disciplines.0.form'],
    },
    {
      name: 'a missing person',
      url: '/api/rules/classify',
      body: { ...classifyBody, person: undefined },
      paths: ['body.person'],
    },
    {
      name: 'a missing person (titles)',
      url: '/api/rules/titles',
      body: { ...titlesBody, person: undefined },
      paths: ['body.person'],
    },
    {
      name: 'negative and fractional counts',
      url: '/api/rules/classify',
      body: { ...classifyBody, tasks: { total: 10, onTimeQuality: -1, exceeded: 2.5, poor: 0 } },
      paths: ['body.tasks.onTimeQuality', 'body.tasks.exceeded'],
    },
    {
      name: 'onTimeQuality above total',
      url: '/api/rules/classify',
      body: { ...classifyBody, tasks: { total: 10, onTimeQuality: 11, exceeded: 0, poor: 0 } },
      paths: ['body.tasks.onTimeQuality'],
    },
    {
      name: 'on time plus poor above total',
      url: '/api/rules/classify',
      body: { ...classifyBody, tasks: { total: 10, onTimeQuality: 8, exceeded: 0, poor: 3 } },
      paths: ['body.tasks.poor'],
    },
    {
      name: 'a leader without unit results',
      url: '/api/rules/classify',
      body: { ...classifyBody, person: { ...person, leadership: 'deputy' } },
      paths: ['body.unit'],
    },
    {
      name: 'unit counts that do not add up',
      url: '/api/rules/classify',
      body: {
        ...classifyBody,
        person: { ...person, leadership: 'head' },
        unit: {
          targetsTotal: 5,
          targetsCompleted: 6,
          targetsExceeded: 7,
          targetsOnTime: 7,
          subUnitLevels: [],
        },
      },
      paths: ['body.unit.targetsCompleted', 'body.unit.targetsExceeded', 'body.unit.targetsOnTime'],
    },
    {
      name: 'an unknown sub-unit level',
      url: '/api/rules/classify',
      body: {
        ...classifyBody,
        person: { ...person, leadership: 'head' },
        unit: {
          targetsTotal: 5,
          targetsCompleted: 5,
          targetsExceeded: 0,
          targetsOnTime: 5,
          subUnitLevels: ['TOT'],
        },
      },
      paths: ['body.unit.subUnitLevels.0'],
    },
    {
      name: 'points above the 2026 maximum',
      url: '/api/rules/classify',
      body: { ...classifyBody, regime: '2026', year: 2026, points: { general: 31, results: 71 } },
      paths: ['body.points.general', 'body.points.results'],
    },
    {
      name: 'a discipline taking effect before its decision',
      url: '/api/rules/classify',
      body: {
        ...classifyBody,
        person: {
          ...person,
          disciplines: [
            { system: 'party', form: 'canh_cao', decidedOn: '2024-05-02', effectiveFrom: '2024-05-01' },
          ],
        },
      },
      paths: ['body.person.disciplines.0.effectiveFrom'],
    },
    {
      name: 'quota: unknown regime, empty group name, negative and fractional counts',
      url: '/api/rules/quota',
      body: { regime: 'A', groups: [{ group: ' ', HTXSNV: -1, HTTNV: 1.5 }] },
      paths: ['body.regime', 'body.groups.0.group', 'body.groups.0.HTXSNV', 'body.groups.0.HTTNV'],
    },
    {
      name: 'quota: no groups',
      url: '/api/rules/quota',
      body: { regime: '2024', groups: [] },
      paths: ['body.groups'],
    },
    {
      name: 'titles: unknown level and a missing flag',
      url: '/api/rules/titles',
      body: { ...titlesBody, level: 'XUAT_SAC', pendingProceedings: undefined },
      paths: ['body.level', 'body.pendingProceedings'],
    },
  ];

  it.each(rows)('$name', async (r) => {
    const res = await post(r.url, r.body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(r.paths));
    for (const d of error.details) expect(d.message).toMatch(/[À-ỹ]/);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/rules/classify',
      payload: '{"regime":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('lists the endpoints under "Quy tắc xếp loại" with examples that the API accepts', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of ['/api/rules/classify', '/api/rules/quota', '/api/rules/titles']) {
      const op = doc.paths[path]?.post;
      expect(op, path).toBeDefined();
      expect(op.tags).toEqual(['Quy tắc xếp loại']);
      expect(op.summary.length).toBeGreaterThan(10);
      expect(op.description.length).toBeGreaterThan(10);
      const media = op.requestBody.content['application/json'];
      const examples: unknown[] = media.examples
        ? Object.values(media.examples).map((e) => (e as { value: unknown }).value)
        : [media.example];
      expect(examples.length, path).toBeGreaterThan(0);
      for (const example of examples) {
        expect(example, path).toBeDefined();
        const res = await post(path, example);
        expect(res.statusCode, `${path} ${res.body}`).toBe(200);
      }
    }
    expect(doc.paths['/api/rules/settings']?.get?.tags).toEqual(['Quy tắc xếp loại']);
  });
});
