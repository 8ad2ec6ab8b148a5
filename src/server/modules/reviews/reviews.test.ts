/**
 * Self-reviews end to end through the API (issue 5): assignment at the cycle's start and when facts
 * change, the writer's draft with versions, suggestions that block submission until answered, the
 * rules engine's ceiling on the proposed level, submit (late marked) → return → revise → resubmit →
 * reopen after the meeting → finalise, the manager's and authority's scores, access, form editing.
 * The clock is pinned to 26/10/2024: one day after the 25/10 self-review deadline.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition, FormSection } from '../../../domain/forms/types.js';
import { auditEntries, disciplines, people } from '../../db/schema/index.js';
import { buildAccount, buildPerson, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let cycleId: string;
let partyHead: { id: string; cookie: string };
let newcomer: { id: string; cookie: string };
let disciplined: { id: string; cookie: string };

async function personWithAccount(over: Parameters<typeof buildPerson>[3], unitId = w.units.unit.id) {
  const p = await buildPerson(t.db, w.agency.id, unitId, over);
  const a = await buildAccount(t.db, w.agency.id, { personId: p.id });
  return { id: p.id, cookie: await login(t.app, a.username) };
}

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-10-26' });
  w = await buildWorld(t.app, t.db);
  // The unit's head is a party member: he gets the leaders' party form with its point table.
  await t.db
    .update(people)
    .set({ partyMember: true, partyAdmittedOn: '2005-05-19' })
    .where(eq(people.id, w.people.headPerson.id));
  partyHead = { id: w.people.headPerson.id, cookie: w.cookies.head };
  newcomer = await personWithAccount({ fullName: 'Võ Thị Mới' });
  await t.db.update(people).set({ employmentStart: '2024-08-01' }).where(eq(people.id, newcomer.id));
  disciplined = await personWithAccount({ fullName: 'Đặng Văn Kỷ' });
  await t.db.insert(disciplines).values({
    agencyId: w.agency.id,
    personId: disciplined.id,
    system: 'administrative',
    form: 'khien_trach',
    decidedOn: '2024-05-10',
    effectiveFrom: '2024-05-10',
  });
  cycleId = (await api('POST', '/api/cycles', w.cookies.secretary, { year: 2024 })).json().id;
  const started = await api('POST', `/api/cycles/${cycleId}/start`, w.cookies.secretary, { version: 1 });
  expect(started.statusCode).toBe(200);
});
afterAll(() => t.close());

type Review = {
  id: string;
  formCode: string;
  personId: string | null;
  state: string;
};
const mine = async (cookie: string): Promise<Review[]> =>
  (await api('GET', '/api/me/reviews', cookie)).json().items;
const open = async (id: string, cookie: string) => (await api('GET', `/api/reviews/${id}`, cookie)).json();

/** Answers filling every field the person fills: text everywhere, a level where one is asked. */
function fillAll(def: FormDefinition, level = 'HTTNV'): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const walk = (sections: FormSection[]) => {
    for (const s of sections) {
      for (const f of s.fields) {
        if (f.filledBy && f.filledBy !== 'person') continue;
        if (f.type === 'text' || f.type === 'line') answers[f.key] = `Nội dung ${f.label}`.slice(0, 200);
        if (f.type === 'level') answers[f.key] = level;
        if (f.type === 'remediation') answers[f.key] = [];
        if (f.type === 'prior_results') answers[f.key] = [];
      }
      if (s.sections) walk(s.sections);
    }
  };
  walk(def.sections);
  return answers;
}

describe('assignment', () => {
  it('gives each person the forms their facts call for when the cycle starts, and each unit its report', async () => {
    const head = await mine(partyHead.cookie);
    expect(head.map((r) => r.formCode).sort()).toEqual(['HD25_02B', 'TAP_THE_M01']);
    const staff = await mine(w.cookies.staff);
    expect(staff.map((r) => r.formCode)).toEqual(['VP_M01']);
    const all = (await api('GET', `/api/cycles/${cycleId}/reviews`, w.cookies.secretary)).json().items;
    expect(all.filter((r: Review) => r.personId === null)).toHaveLength(2);
    // Ordinary staff see only their own.
    const seen = (await api('GET', `/api/cycles/${cycleId}/reviews`, w.cookies.staff)).json().items;
    expect(seen.map((r: Review) => r.personId)).toEqual([w.people.staffPerson.id]);
  });

  it('re-assigns when a person’s facts change, keeping what they started', async () => {
    const person = (await api('GET', `/api/people/${w.people.staffPerson.id}`, w.cookies.secretary)).json();
    const { id: _id, version, canEdit: _c, leaves: _l, disciplines: _d, transfers: _t, ...rest } = person;
    const updated = await api('PUT', `/api/people/${w.people.staffPerson.id}`, w.cookies.secretary, {
      version,
      person: { ...rest, partyMember: true, partyAdmittedOn: '2015-03-26' },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((await mine(w.cookies.staff)).map((r) => r.formCode)).toEqual(['HD25_02A']);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.action, 'reviews.assigned'));
    expect(audit.at(-1)?.summary).toContain('thêm 1, bỏ 1');
  });
});

describe('the writer’s self-review', () => {
  let reviewId: string;
  let version: number;
  let def: FormDefinition;

  it('opens with the form, its point table, the rules engine’s ruling and what is missing', async () => {
    reviewId = (await mine(partyHead.cookie)).find((r) => r.formCode === 'HD25_02B')?.id as string;
    const r = await open(reviewId, partyHead.cookie);
    def = r.definition;
    version = r.review.version;
    expect(r.definition.frame).toBe('party');
    expect(r.definition.scoreTable.groups.length).toBeGreaterThan(0);
    expect(r.ruling).toMatchObject({ evaluated: true, maxLevel: 'HTXSNV' });
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.deadline).toBe('2024-10-25');
    expect(r.late).toBe(true);
    expect(r.can).toMatchObject({ edit: true, submit: true, return: false });
  });

  it('saves drafts as versions and refuses a stale one', async () => {
    const first = await api('PUT', `/api/reviews/${reviewId}`, partyHead.cookie, {
      version,
      answers: {},
      proposedLevel: null,
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await api('PUT', `/api/reviews/${reviewId}`, partyHead.cookie, {
      version,
      answers: {},
      proposedLevel: null,
    });
    expect(stale.statusCode).toBe(409);
    version = first.json().version;
  });

  it('blocks submission until every field is filled and the suggestion is answered', async () => {
    const suggestion = await api('POST', `/api/cycles/${cycleId}/suggestions`, w.cookies.secretary, {
      personId: partyHead.id,
      text: 'Đề nghị làm rõ việc chậm tiến độ báo cáo quý III.',
      deadline: '2024-10-30',
    });
    expect(suggestion.statusCode, suggestion.body).toBe(201);
    const incomplete = await api('POST', `/api/reviews/${reviewId}/submit`, partyHead.cookie, { version });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toMatch(/^Còn \d+ mục chưa điền/);

    const saved = await api('PUT', `/api/reviews/${reviewId}`, partyHead.cookie, {
      version,
      answers: fillAll(def),
      proposedLevel: 'HTTNV',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    version = saved.json().version;
    const unanswered = await api('POST', `/api/reviews/${reviewId}/submit`, partyHead.cookie, { version });
    expect(unanswered.statusCode).toBe(400);

    const s = suggestion.json();
    const answered = await api('POST', `/api/suggestions/${s.id}/answer`, partyHead.cookie, {
      version: s.version,
      answer: 'Do thiếu số liệu của các sở; đã khắc phục từ tháng 10.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const ok = await api('POST', `/api/reviews/${reviewId}/submit`, partyHead.cookie, { version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'submitted', submittedLate: true });
    version = ok.json().version;
  });

  it('is returned with a comment, revised and resubmitted, reopened after the meeting, then final', async () => {
    expect(
      (await api('POST', `/api/reviews/${reviewId}/return`, w.cookies.secretary, { version })).statusCode,
    ).toBe(400);
    const returned = await api('POST', `/api/reviews/${reviewId}/return`, w.cookies.secretary, {
      version,
      comment: 'Bổ sung kết quả thực hiện chỉ tiêu năm.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const r = await open(reviewId, partyHead.cookie);
    expect(r.review).toMatchObject({
      state: 'returned',
      returnComment: 'Bổ sung kết quả thực hiện chỉ tiêu năm.',
    });
    const revised = await api('PUT', `/api/reviews/${reviewId}`, partyHead.cookie, {
      version: r.review.version,
      answers: fillAll(def),
      proposedLevel: 'HTTNV',
    });
    expect(revised.statusCode).toBe(200);
    const resubmitted = await api('POST', `/api/reviews/${reviewId}/submit`, partyHead.cookie, {
      version: revised.json().version,
    });
    expect(resubmitted.json().state).toBe('submitted');
    // While submitted the writer cannot edit.
    const locked = await api('PUT', `/api/reviews/${reviewId}`, partyHead.cookie, {
      version: resubmitted.json().version,
      answers: {},
      proposedLevel: null,
    });
    expect(locked.statusCode).toBe(409);

    const scored = await api('PUT', `/api/reviews/${reviewId}/scores`, w.cookies.secretary, {
      version: resubmitted.json().version,
      column: 'authority',
      scores: {},
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const selfScore = await api('PUT', `/api/reviews/${reviewId}/scores`, partyHead.cookie, {
      version: scored.json().version,
      column: 'manager',
      scores: {},
    });
    expect(selfScore.statusCode).toBe(403);

    const reopened = await api('POST', `/api/reviews/${reviewId}/reopen`, w.cookies.secretary, {
      version: scored.json().version,
    });
    expect(reopened.json().state).toBe('revising');
    const final = await api('POST', `/api/reviews/${reviewId}/finalise`, partyHead.cookie, {
      version: reopened.json().version,
    });
    expect(final.json().state).toBe('final');
    const after = await open(reviewId, partyHead.cookie);
    expect(after.can).toMatchObject({ edit: false, submit: false, finalise: false });
    expect(after.versions.map((v: { event: string }) => v.event)).toEqual([
      'finalise',
      'reopen',
      'score_authority',
      'submit',
      'save',
      'return',
      'submit',
      'save',
      'save',
    ]);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, reviewId));
    expect(audit.map((a) => a.action)).toContain('review.returned');
  });
});

describe('the rules engine’s ceiling', () => {
  it('tells a person hired in August they are not classified this year, and refuses a level', async () => {
    const [review] = await mine(newcomer.cookie);
    const r = await open(review?.id as string, newcomer.cookie);
    expect(r.ruling.evaluated).toBe(false);
    expect(r.ruling.reasons[0].article).toMatch(/Điều/);
    const refused = await api('PUT', `/api/reviews/${r.review.id}`, newcomer.cookie, {
      version: r.review.version,
      answers: {},
      proposedLevel: 'HTNV',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('không xếp loại');
    expect(refused.json().error.details[0].path).toBe('body.proposedLevel');
  });

  it('refuses anything above KHTNV for a person disciplined this year', async () => {
    const [review] = await mine(disciplined.cookie);
    const r = await open(review?.id as string, disciplined.cookie);
    expect(r.ruling.maxLevel).toBe('KHTNV');
    const save = (level: string) =>
      api('PUT', `/api/reviews/${r.review.id}`, disciplined.cookie, {
        version: r.review.version,
        answers: {},
        proposedLevel: level,
      });
    expect((await save('HTNV')).statusCode).toBe(400);
    expect((await save('KHTNV')).statusCode).toBe(200);
  });
});

describe('the ceiling on every level the form asks', () => {
  it('lets a person not classified this year submit without a level', async () => {
    const [review] = await mine(newcomer.cookie);
    const r = await open(review?.id as string, newcomer.cookie);
    const answers = Object.fromEntries(
      Object.entries(fillAll(r.definition)).filter(([, v]) => v !== 'HTTNV'),
    );
    const saved = await api('PUT', `/api/reviews/${r.review.id}`, newcomer.cookie, {
      version: r.review.version,
      answers,
      proposedLevel: null,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await open(r.review.id, newcomer.cookie)).missing).toEqual([]);
    const submitted = await api('POST', `/api/reviews/${r.review.id}/submit`, newcomer.cookie, {
      version: saved.json().version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });

  it('refuses a level written in the form above the ceiling, naming the field', async () => {
    const [review] = await mine(disciplined.cookie);
    const r = await open(review?.id as string, disciplined.cookie);
    const res = await api('PUT', `/api/reviews/${r.review.id}`, disciplined.cookie, {
      version: r.review.version,
      answers: fillAll(r.definition, 'HTTNV'),
      proposedLevel: 'KHTNV',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0].path).toMatch(/^body\.answers\./);
  });
});

describe('access', () => {
  it('keeps a review from other staff and lets the unit head read his unit’s', async () => {
    const [review] = await mine(newcomer.cookie);
    expect((await api('GET', `/api/reviews/${review?.id}`, w.cookies.staff)).statusCode).toBe(403);
    expect((await api('GET', `/api/reviews/${review?.id}`, w.cookies.head)).statusCode).toBe(200);
    const bad = await api('PUT', `/api/reviews/${review?.id}`, newcomer.cookie, {
      version: 1,
      answers: {},
      proposedLevel: 'GIOI',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('proposedLevel');
  });

  it('lets the secretary add a form and waive one, with reasons, audited', async () => {
    const added = await api('POST', `/api/cycles/${cycleId}/reviews`, w.cookies.secretary, {
      personId: newcomer.id,
      formCode: 'CV2397_M01',
      reason: 'Được giới thiệu bổ sung tham gia cấp ủy.',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await mine(newcomer.cookie)).map((r) => r.formCode).sort()).toEqual(['CV2397_M01', 'VP_M01']);
    const again = await api('POST', `/api/cycles/${cycleId}/reviews`, w.cookies.secretary, {
      personId: newcomer.id,
      formCode: 'CV2397_M01',
      reason: 'Lần nữa',
    });
    expect(again.statusCode).toBe(409);
    const waived = await api('POST', `/api/reviews/${added.json().id}/waive`, w.cookies.secretary, {
      version: 1,
      reason: 'Không còn trong danh sách giới thiệu.',
    });
    expect(waived.statusCode).toBe(200);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, added.json().id));
    expect(audit.map((a) => a.action)).toEqual(['review.form_added', 'review.waived']);
  });
});

describe('the cycle’s copy of the forms', () => {
  it('can be adjusted while the cycle is a draft, not once it runs', async () => {
    const draft = (await api('POST', '/api/cycles', w.cookies.secretary, { year: 2025 })).json();
    const forms = (await api('GET', `/api/cycles/${draft.id}/forms`, w.cookies.secretary)).json();
    expect(forms.editable).toBe(true);
    const form = forms.forms.find((f: { code: string }) => f.code === 'HD43_2B');
    const definition = structuredClone(form.definition);
    definition.sections[0].heading = `${definition.sections[0].heading} (đã chỉnh)`;
    const ok = await api('PUT', `/api/cycles/${draft.id}/forms/HD43_2B`, w.cookies.secretary, {
      version: form.version,
      definition,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    if (definition.scoreTable) {
      definition.scoreTable.groups[0].max += 5;
      const bad = await api('PUT', `/api/cycles/${draft.id}/forms/HD43_2B`, w.cookies.secretary, {
        version: form.version + 1,
        definition,
      });
      expect(bad.statusCode).toBe(400);
    }
    const running = (await api('GET', `/api/cycles/${cycleId}/forms`, w.cookies.secretary)).json();
    const f = running.forms[0];
    const refused = await api('PUT', `/api/cycles/${cycleId}/forms/${f.code}`, w.cookies.secretary, {
      version: f.version,
      definition: f.definition,
    });
    expect(refused.statusCode).toBe(409);
  });
});

describe('the next year', () => {
  it('carries last year’s weaknesses into section III and refuses HTXSNV until they are resolved', async () => {
    const cycles = (await api('GET', '/api/cycles', w.cookies.secretary)).json().items;
    const next = cycles.find((c: { year: number }) => c.year === 2025);
    const current = cycles.find((c: { year: number }) => c.year === 2024);
    expect(
      (await api('POST', `/api/cycles/${cycleId}/close`, w.cookies.secretary, { version: current.version }))
        .statusCode,
    ).toBe(200);
    const started = await api('POST', `/api/cycles/${next.id}/start`, w.cookies.secretary, {
      version: next.version,
    });
    expect(started.statusCode, started.body).toBe(200);

    const review = (await mine(partyHead.cookie)).find((r) => r.formCode === 'HD43_2A');
    const r = await open(review?.id as string, partyHead.cookie);
    const carried = r.review.answers.khac_phuc;
    expect(carried).toEqual([{ weakness: 'Nội dung 1. Hạn chế, khuyết điểm', status: 'not_resolved' }]);
    const propose = (items: unknown[]) =>
      api('PUT', `/api/reviews/${r.review.id}`, partyHead.cookie, {
        version: r.review.version,
        answers: { ...r.review.answers, khac_phuc: items },
        proposedLevel: 'HTXSNV',
      });
    const refused = await propose(carried);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Quy định 366-QĐ/TW');
    expect((await propose([{ ...carried[0], status: 'resolved' }])).statusCode).toBe(200);
  });
});
