import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES, VOTE_COUNT } from '../../documents/testing/samples.js';
import { buildAccount, buildPerson, buildUnit, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

async function draftMinutes(unitId: string | null = null) {
  const res = await req('POST', '/api/documents', w.cookies.secretary, {
    kind: 'minutes',
    input: MINUTES,
    unitId,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; seriesId: string; version: number; numberText: string };
}

describe('drafts, issue, versions', () => {
  it('creates a draft without a number, stores its DOCX, and audits it', async () => {
    const d = await draftMinutes();
    expect(d.version).toBe(1);
    expect(d.numberText).toMatch(/^Số: \u00a0+\/BB-VP$/);
    const meta = (await req('GET', `/api/documents/${d.id}`, w.cookies.secretary)).json();
    expect(meta).toMatchObject({ kind: 'minutes', kindLabel: 'Biên bản', state: 'draft', issuedOn: null });
    expect(meta.files.map((f: { format: string }) => f.format)).toEqual(['docx']);
    const docx = await req('GET', `/api/documents/${d.id}?format=docx`, w.cookies.secretary);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(String(docx.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain('BIÊN BẢN');
    const audit = (await req('GET', `/api/audit?entityId=${d.seriesId}`, w.cookies.secretary)).json();
    expect(audit.items[0].action).toBe('document.created');
  });

  it('issues with the next number of the year for its symbol, as a new version; the draft is kept', async () => {
    const a = await draftMinutes();
    const b = await draftMinutes();
    const ia = (
      await req('POST', `/api/documents/${a.id}/issue`, w.cookies.secretary, { date: '2024-11-05' })
    ).json();
    const ib = (
      await req('POST', `/api/documents/${b.id}/issue`, w.cookies.secretary, { date: '2024-11-06' })
    ).json();
    expect(ia).toMatchObject({ version: 2, numberText: 'Số: 01/BB-VP', issuedOn: '2024-11-05' });
    expect(ib.numberText).toBe('Số: 02/BB-VP');
    const xml = await (
      await JSZip.loadAsync(
        (
          await req('GET', `/api/documents/${ia.id}?format=docx`, w.cookies.secretary)
        ).rawPayload,
      )
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain('Số: 01/BB-VP');
    expect(xml).toContain('ngày 05 tháng 11 năm 2024');
    const meta = (await req('GET', `/api/documents/${ia.id}`, w.cookies.secretary)).json();
    expect(meta.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [2, 'issued'],
      [1, 'draft'],
    ]);
    const again = await req('POST', `/api/documents/${a.id}/issue`, w.cookies.secretary, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Số: 01/BB-VP');
    const audit = (
      await req('GET', `/api/audit?entityId=${a.seriesId}&action=document.issued`, w.cookies.secretary)
    ).json();
    expect(audit.items[0].changes).toMatchObject({ number: 1, numberText: 'Số: 01/BB-VP' });
  });

  it('a vote-count minutes is also a BB and continues the same register', async () => {
    const res = await req('POST', '/api/documents', w.cookies.secretary, {
      kind: 'vote_count',
      input: VOTE_COUNT,
    });
    expect(res.statusCode).toBe(201);
    const issued = (
      await req('POST', `/api/documents/${res.json().id}/issue`, w.cookies.secretary, { date: '2024-11-07' })
    ).json();
    expect(issued.numberText).toBe('Số: 03/BB-VP');
  });

  it('gives two concurrent issues of different drafts different numbers', async () => {
    const drafts = await Promise.all([draftMinutes(), draftMinutes(), draftMinutes()]);
    const issued = await Promise.all(
      drafts.map((d) =>
        req('POST', `/api/documents/${d.id}/issue`, w.cookies.secretary, { date: '2025-01-02' }),
      ),
    );
    const numbers = issued.map((r) => r.json().numberText).sort();
    expect(numbers).toEqual(['Số: 01/BB-VP', 'Số: 02/BB-VP', 'Số: 03/BB-VP']);
  });

  it('regenerates as a new version that keeps the number; the old version stays downloadable', async () => {
    const d = await draftMinutes();
    const issued = (
      await req('POST', `/api/documents/${d.id}/issue`, w.cookies.secretary, { date: '2025-02-03' })
    ).json();
    const input = { ...MINUTES, place: 'Hội trường lớn, Văn phòng UBND tỉnh' };
    const regen = await req('POST', `/api/documents/${issued.id}/regenerate`, w.cookies.secretary, { input });
    expect(regen.statusCode).toBe(200);
    expect(regen.json()).toMatchObject({ version: 3, numberText: issued.numberText });
    const v3 = await JSZip.loadAsync(
      (await req('GET', `/api/documents/${regen.json().id}?format=docx`, w.cookies.secretary)).rawPayload,
    );
    expect(await v3.file('word/document.xml')?.async('string')).toContain('Hội trường lớn');
    const v2 = await req('GET', `/api/documents/${issued.id}?format=docx`, w.cookies.secretary);
    expect(v2.statusCode).toBe(200);
    const list = (await req('GET', '/api/documents?kind=minutes', w.cookies.secretary)).json();
    const inList = list.items.filter((i: { seriesId: string }) => i.seriesId === d.seriesId);
    expect(inList).toHaveLength(1);
    expect(inList[0].version).toBe(3);
  });

  it('validates the kind and its input with field paths', async () => {
    const unknown = await req('POST', '/api/documents', w.cookies.secretary, { kind: 'thu-tu', input: {} });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.kind');
    const bad = await req('POST', '/api/documents', w.cookies.secretary, {
      kind: 'vote_count',
      input: { ...VOTE_COUNT, ballotsReturned: 999 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.every((d: { path: string }) => d.path.startsWith('body.input'))).toBe(
      true,
    );
  });
});

describe('the staff list from people records', () => {
  it('makes a Danh sách of a unit in the official name order, with the same table as XLSX', async () => {
    await buildPerson(t.db, w.agency.id, w.units.unit.id, { fullName: 'Lê Văn An' });
    const res = await req('POST', '/api/documents/people-list', w.cookies.secretary, {
      unitId: w.units.unit.id,
    });
    expect(res.statusCode).toBe(201);
    const meta = (await req('GET', `/api/documents/${res.json().id}`, w.cookies.secretary)).json();
    expect(meta.kind).toBe('table');
    expect(meta.numberText).toBe('');
    const xlsx = await req('GET', `/api/documents/${res.json().id}?format=xlsx`, w.cookies.secretary);
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(3).value).toBe('Họ và tên');
    const names = [2, 3, 4].map((r) => ws?.getRow(r).getCell(3).value);
    expect(names).toEqual(['Lê Văn An', 'Trần Văn Trưởng', 'Phạm Văn Viên']);
    expect(typeof ws?.getRow(2).getCell(1).value).toBe('number');
  });

  it('refuses XLSX for a kind without tables', async () => {
    const d = await draftMinutes();
    expect((await req('GET', `/api/documents/${d.id}?format=xlsx`, w.cookies.secretary)).statusCode).toBe(
      404,
    );
  });
});

describe('PDF and bundles', () => {
  it('converts the stored DOCX to PDF on first request and keeps it', async () => {
    const d = await draftMinutes();
    const pdf = await req('GET', `/api/documents/${d.id}?format=pdf`, w.cookies.secretary);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const meta = (await req('GET', `/api/documents/${d.id}`, w.cookies.secretary)).json();
    expect(meta.files.map((f: { format: string }) => f.format).sort()).toEqual(['docx', 'pdf']);
  });

  it('bundles documents as one ZIP with an index sheet', async () => {
    const a = await draftMinutes();
    const list = await req('POST', '/api/documents/people-list', w.cookies.secretary, { unitId: null });
    const res = await req('POST', '/api/documents/bundle', w.cookies.secretary, {
      ids: [a.id, list.json().id],
      name: 'Hồ sơ Phòng Tổng hợp',
      includePdf: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names[0]).toBe('00 Mục lục.xlsx');
    expect(names.some((n) => n.startsWith('01 ') && n.endsWith('.docx'))).toBe(true);
    expect(names.some((n) => n.startsWith('02 ') && n.endsWith('.xlsx'))).toBe(true);
    const missing = await req('POST', '/api/documents/bundle', w.cookies.secretary, {
      ids: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('who may see and make documents', () => {
  it('lets unit heads see their unit’s and agency-level documents only; staff none', async () => {
    const other = await buildUnit(t.db, w.agency.id, { name: 'Phòng Khác', code: 'KHAC' });
    const mine = await draftMinutes(w.units.unit.id);
    const theirs = await draftMinutes(other.id);
    const list = (await req('GET', '/api/documents', w.cookies.head)).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.canCreate).toBe(false);
    expect((await req('GET', `/api/documents/${theirs.id}`, w.cookies.head)).statusCode).toBe(404);
    expect((await req('GET', `/api/documents/${theirs.id}?format=docx`, w.cookies.head)).statusCode).toBe(
      404,
    );
    expect((await req('POST', `/api/documents/${mine.id}/issue`, w.cookies.head, {})).statusCode).toBe(403);
    expect((await req('GET', '/api/documents', w.cookies.staff)).statusCode).toBe(403);
    const leader = await buildPerson(
      t.db,
      w.agency.id,
      (await buildUnit(t.db, w.agency.id, { name: 'Lãnh đạo', code: 'LD', kind: 'leadership' })).id,
    );
    const acc = await buildAccount(t.db, w.agency.id, { personId: leader.id });
    const leaderList = (await req('GET', '/api/documents', await login(t.app, acc.username))).json();
    expect(leaderList.items.map((i: { id: string }) => i.id)).toContain(theirs.id);
  });
});
