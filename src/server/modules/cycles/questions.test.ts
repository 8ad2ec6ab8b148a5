import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildPerson, buildUnit, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let otherHead: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
  const other = await buildUnit(t.db, w.agency.id, { name: 'Phòng Kinh tế', code: 'KT' });
  const p = await buildPerson(t.db, w.agency.id, other.id, {
    fullName: 'Đặng Văn Long',
    leadershipRank: 'head',
  });
  otherHead = await login(t.app, (await buildAccount(t.db, w.agency.id, { personId: p.id })).username);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
const ask = (cookie: string) =>
  req('POST', '/api/questions', cookie, {
    subject: 'Người nghỉ thai sản có bình xét?',
    body: 'Đơn vị có một người nghỉ thai sản 6 tháng; có đưa vào bình xét Lao động tiên tiến không?',
  });

describe('questions to the Chief through HCQT', () => {
  it('needs a running cycle', async () => {
    const res = await ask(w.cookies.head);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Chưa có kỳ đánh giá nào đang diễn ra.');
  });

  it('goes from a unit head to the secretary, is forwarded, answered and published to every unit', async () => {
    const c = await req('POST', '/api/cycles', w.cookies.secretary, { year: 2024 });
    await req('POST', `/api/cycles/${c.json().id}/start`, w.cookies.secretary, { version: 1 });
    expect((await ask(w.cookies.staff)).statusCode).toBe(403);
    const asked = await ask(w.cookies.head);
    expect(asked.statusCode).toBe(201);
    const id = asked.json().id;

    // The other unit does not see it; the asker's unit and the secretary do.
    expect((await req('GET', '/api/questions', otherHead)).json().items).toEqual([]);
    expect((await req('GET', '/api/questions', w.cookies.staff)).json().items).toHaveLength(1);
    const sec = (await req('GET', '/api/questions', w.cookies.secretary)).json();
    expect(sec).toMatchObject({ canAnswer: true });
    expect(sec.items[0]).toMatchObject({
      state: 'open',
      unitName: 'Phòng Tổng hợp',
      askedByName: w.accounts.head.displayName,
    });

    expect(
      (await req('POST', `/api/questions/${id}/forward`, w.cookies.head, { version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (
        await req('POST', `/api/questions/${id}/forward`, w.cookies.secretary, {
          version: 1,
          note: 'Xin ý kiến Chánh Văn phòng',
        })
      ).json().version,
    ).toBe(2);
    expect(
      (await req('POST', `/api/questions/${id}/forward`, w.cookies.secretary, { version: 2 })).statusCode,
    ).toBe(409);
    const stale = await req('POST', `/api/questions/${id}/answer`, w.cookies.secretary, {
      version: 1,
      answer: 'Có.',
      publish: true,
    });
    expect(stale.statusCode).toBe(409);
    const answered = await req('POST', `/api/questions/${id}/answer`, w.cookies.secretary, {
      version: 2,
      answer:
        'Theo NĐ 90/2020 (sửa đổi bởi NĐ 48/2023), thời gian nghỉ thai sản được tính; đơn vị bình xét theo kết quả thời gian làm việc thực tế.',
      publish: true,
    });
    expect(answered.statusCode).toBe(200);
    const seen = (await req('GET', '/api/questions', otherHead)).json().items;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      state: 'answered',
      published: true,
      answeredByName: w.accounts.secretary.displayName,
    });
    const unpublish = await req('POST', `/api/questions/${id}/publish`, w.cookies.secretary, {
      version: 3,
      published: false,
    });
    expect(unpublish.statusCode).toBe(200);
    expect((await req('GET', '/api/questions', otherHead)).json().items).toEqual([]);
    const audit = (await req('GET', `/api/audit?entityId=${id}`, w.cookies.secretary)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'question.unpublished',
      'question.answered',
      'question.forwarded',
      'question.asked',
    ]);
  });

  it('validates the question', async () => {
    const res = await req('POST', '/api/questions', w.cookies.head, { subject: '', body: 'x' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.body', 'body.subject']);
  });
});
