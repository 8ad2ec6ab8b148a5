/**
 * A self-review downloaded as a file to print and sign (issue 5.7), through the API: the writer's
 * party form as DOCX with its current content and a Vietnamese file name; who may not read the review
 * may not download it; a bad format is refused; a collective's report; PDF through LibreOffice, and
 * 503 with the Vietnamese message without it; a final review stored once in the documents register.
 * The clock is pinned to 26/10/2024 (as in reviews.test.ts).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition, FormSection } from '../../../domain/forms/types.js';
import { buildApp } from '../../app.js';
import { people } from '../../db/schema/index.js';
import { PDF_UNAVAILABLE_MESSAGE, PdfUnavailableError } from '../../documents/pdf.js';
import { openDocx, textOf } from '../../documents/testing/docx-xml.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let cycleId: string;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie } });

type Review = { id: string; formCode: string; personId: string | null };
const mine = async (cookie: string): Promise<Review[]> =>
  (await api('GET', '/api/me/reviews', cookie)).json().items;
const reviewOf = async (cookie: string, code: string) =>
  (await mine(cookie)).find((r) => r.formCode === code)?.id as string;
const open = async (id: string, cookie: string) => (await api('GET', `/api/reviews/${id}`, cookie)).json();
const docxText = async (body: Buffer) => textOf((await openDocx(body)).document);

/** Every field the person fills: a text naming the field, the given level where one is asked. */
function fillAll(def: FormDefinition, level = 'HTTNV'): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const walk = (sections: FormSection[]) => {
    for (const s of sections) {
      for (const f of s.fields) {
        if (f.filledBy && f.filledBy !== 'person') continue;
        if (f.type === 'text' || f.type === 'line') answers[f.key] = `Nội dung ${f.label}`.slice(0, 200);
        if (f.type === 'level') answers[f.key] = level;
        if (f.type === 'remediation' || f.type === 'prior_results') answers[f.key] = [];
      }
      if (s.sections) walk(s.sections);
    }
  };
  walk(def.sections);
  return answers;
}

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-10-26' });
  w = await buildWorld(t.app, t.db);
  // The unit's head is a party member: he writes the leaders' party form (HD 25 Mẫu 02B).
  await t.db
    .update(people)
    .set({ partyMember: true, partyAdmittedOn: '2005-05-19' })
    .where(eq(people.id, w.people.headPerson.id));
  cycleId = (await api('POST', '/api/cycles', w.cookies.secretary, { year: 2024 })).json().id;
  const started = await api('POST', `/api/cycles/${cycleId}/start`, w.cookies.secretary, { version: 1 });
  expect(started.statusCode, started.body).toBe(200);
});
afterAll(() => t.close());

describe('GET /reviews/:id/document', () => {
  it('gives the writer their party form as DOCX with the current content and a Vietnamese file name', async () => {
    const id = await reviewOf(w.cookies.head, 'HD25_02B');
    const r = await open(id, w.cookies.head);
    const saved = await api('PUT', `/api/reviews/${id}`, w.cookies.head, {
      version: r.review.version,
      answers: { han_che: 'Có lúc chưa sâu sát trong việc đôn đốc tiến độ.', chi_bo: 'Phòng Tổng hợp' },
      selfScores: { tieu_chi_chung: 27, ket_qua_nhiem_vu: 60.5 },
      proposedLevel: 'HTTNV',
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const res = await api('GET', `/api/reviews/${id}/document?format=docx`, w.cookies.head);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain('filename="Ban-kiem-diem-Tran-Van-Truong-2024.docx"');
    expect(disposition).toContain("filename*=UTF-8''Ban-kiem-diem-Tran-Van-Truong-2024.docx");
    const text = await docxText(res.rawPayload);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('CHI BỘ PHÒNG TỔNG HỢP');
    expect(text).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2024\n(Cá nhân giữ chức lãnh đạo, quản lý)');
    expect(text).toContain('- Họ và tên: Trần Văn Trưởng');
    expect(text).toContain('- Ngày sinh: 15/03/1985');
    expect(text).toContain('Có lúc chưa sâu sát trong việc đôn đốc tiến độ.');
    expect(text).toContain('Tổng điểm\n100\n87,5');
    expect(text).toContain('NGƯỜI TỰ KIỂM ĐIỂM\n(Ký, ghi rõ họ tên)');
    // Not final: rendered on request, nothing stored in the register.
    const stored = await api('GET', `/api/documents?sourceType=review&sourceId=${id}`, w.cookies.secretary);
    expect(stored.json().items).toEqual([]);
  });

  it('is DOCX when no format is asked for', async () => {
    const id = await reviewOf(w.cookies.staff, 'VP_M01');
    const res = await api('GET', `/api/reviews/${id}/document`, w.cookies.staff);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('Ban-kiem-diem-Pham-Van-Vien-2024.docx');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
  });

  it('is refused to another staff member (403), lets the unit head read his unit’s, refuses format=xls (400)', async () => {
    const id = await reviewOf(w.cookies.head, 'HD25_02B');
    const other = await api('GET', `/api/reviews/${id}/document?format=docx`, w.cookies.staff);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
    const staffReview = await reviewOf(w.cookies.staff, 'VP_M01');
    expect((await api('GET', `/api/reviews/${staffReview}/document`, w.cookies.head)).statusCode).toBe(200);
    const bad = await api('GET', `/api/reviews/${id}/document?format=xls`, w.cookies.head);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation');
    const none = await t.app.inject({ method: 'GET', url: `/api/reviews/${id}/document` });
    expect(none.statusCode).toBe(401);
  });

  it('gives the unit’s collective report, signed by its head on the unit’s behalf', async () => {
    const id = await reviewOf(w.cookies.head, 'TAP_THE_M01');
    const res = await api('GET', `/api/reviews/${id}/document`, w.cookies.head);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain(
      'Bao-cao-kiem-diem-tap-the-Phong-Tong-hop-2024.docx',
    );
    const text = await docxText(res.rawPayload);
    expect(text).toContain('BÁO CÁO KIỂM ĐIỂM TẬP THỂ');
    expect(text).toMatch(/TM\. PHÒNG TỔNG HỢP\nCHUYÊN VIÊN\n[\s\S]*Trần Văn Trưởng$/);
  });

  it('converts to PDF through LibreOffice', async () => {
    const id = await reviewOf(w.cookies.head, 'HD25_02B');
    const res = await api('GET', `/api/reviews/${id}/document?format=pdf`, w.cookies.head);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('Ban-kiem-diem-Tran-Van-Truong-2024.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 503 with the Vietnamese message when LibreOffice is missing; DOCX still works', async () => {
    const noPdf = await buildApp({
      database: t.database,
      config: {
        sessionHours: 12,
        cookieSecure: false,
        logLevel: 'silent',
        demo: false,
        loginRatePerMinute: 10_000,
        clockToday: '2024-10-26',
      },
      logger: false,
      pdf: { convert: () => Promise.reject(new PdfUnavailableError()) },
    });
    try {
      const id = await reviewOf(w.cookies.head, 'HD25_02B');
      const get = (format: string) =>
        noPdf.inject({
          method: 'GET',
          url: `/api/reviews/${id}/document?format=${format}`,
          headers: { cookie: w.cookies.head },
        });
      const pdf = await get('pdf');
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json().error.message).toBe(PDF_UNAVAILABLE_MESSAGE);
      expect((await get('docx')).statusCode).toBe(200);
    } finally {
      await noPdf.close();
    }
  });
});

describe('a final review', () => {
  let id: string;

  beforeAll(async () => {
    id = await reviewOf(w.cookies.staff, 'VP_M01');
    const r = await open(id, w.cookies.staff);
    const saved = await api('PUT', `/api/reviews/${id}`, w.cookies.staff, {
      version: r.review.version,
      answers: fillAll(r.definition),
      proposedLevel: 'HTTNV',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await api('POST', `/api/reviews/${id}/submit`, w.cookies.staff, {
      version: saved.json().version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const reopened = await api('POST', `/api/reviews/${id}/reopen`, w.cookies.secretary, {
      version: submitted.json().version,
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const final = await api('POST', `/api/reviews/${id}/finalise`, w.cookies.staff, {
      version: reopened.json().version,
    });
    expect(final.json().state).toBe('final');
  });

  it('is stored once in the documents register as a document of the cycle and the unit, and served from there', async () => {
    const [a, b] = await Promise.all([
      api('GET', `/api/reviews/${id}/document`, w.cookies.staff),
      api('GET', `/api/reviews/${id}/document`, w.cookies.head),
    ]);
    expect(a?.statusCode, a?.body).toBe(200);
    expect(b?.statusCode, b?.body).toBe(200);
    const again = await api('GET', `/api/reviews/${id}/document`, w.cookies.staff);
    expect(again.rawPayload.equals(a?.rawPayload ?? Buffer.alloc(0))).toBe(true);
    const text = await docxText(again.rawPayload);
    expect(text).toContain('Nội dung 1. Chính trị tư tưởng');
    // Dated the day it was submitted.
    expect(text).toMatch(/Quảng Ngãi, ngày \d{2} tháng \d{1,2} năm \d{4}/);

    const listed = (
      await api('GET', `/api/documents?sourceType=review&sourceId=${id}`, w.cookies.secretary)
    ).json().items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      kind: 'review_form',
      cycleId,
      unitId: w.units.unit.id,
      numberText: '',
      subject: 'Bản tự kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 của Phạm Văn Viên',
    });
    // The unit head sees it among his unit's documents.
    const unitDocs = (await api('GET', '/api/documents?kind=review_form', w.cookies.head)).json().items;
    expect(unitDocs.map((d: { id: string }) => d.id)).toContain(listed[0].id);

    const pdf = await api('GET', `/api/reviews/${id}/document?format=pdf`, w.cookies.staff);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const meta = (await api('GET', `/api/documents/${listed[0].id}`, w.cookies.secretary)).json();
    expect(meta.files.map((f: { format: string }) => f.format).sort()).toEqual(['docx', 'pdf']);
  });
});
