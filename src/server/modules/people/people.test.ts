import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app, t.db);
  const u = w.units.unit.id;
  for (const fullName of [
    'Nguyễn Văn Hùng',
    'Nguyễn Văn Hưng',
    'Lê Văn An',
    'Nguyễn Thị An',
    'Phạm Đức Anh',
    'Trần Văn Bình',
  ]) {
    await buildPerson(t.db, w.agency.id, u, { fullName, partyMember: fullName.includes('An') });
  }
});
afterAll(() => t.close());

const req = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  cookie: string | undefined,
  payload?: object,
) => t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

const names = (body: { items: { fullName: string }[] }) => body.items.map((p) => p.fullName);

function personInput(over: Record<string, unknown> = {}) {
  return {
    staffCode: 'VP900',
    fullName: 'Võ Thị Mới',
    gender: 'female',
    birthDate: '1990-05-20',
    unitId: w.units.unit.id,
    positionTitle: 'Chuyên viên',
    leadershipRank: 'none',
    category: 'cong_chuc',
    partyMember: true,
    partyAdmittedOn: '2015-03-26',
    employmentStart: '2024-08-01',
    evaluationAuthority: 'Chánh Văn phòng',
    email: 'moi.vt@quangngai.gov.vn',
    nomineeParty2025: false,
    standingCommitteeManaged: false,
    ...over,
  };
}

describe('GET /api/people', () => {
  it('finds "Nguyễn Văn Hùng" when typed without diacritics, in any case', async () => {
    const res = await req('GET', `/api/people?q=${encodeURIComponent('NGUYEN van hung')}`, w.cookies.staff);
    expect(res.statusCode).toBe(200);
    expect(names(res.json())).toContain('Nguyễn Văn Hùng');
    const exact = await req('GET', `/api/people?q=${encodeURIComponent('Hùng')}`, w.cookies.staff);
    expect(names(exact.json())).toContain('Nguyễn Văn Hùng');
  });

  it('lists in the official Vietnamese order: given name, then the rest', async () => {
    const res = await req('GET', `/api/people?unitId=${w.units.unit.id}&pageSize=100`, w.cookies.staff);
    const list = names(res.json());
    const pos = (n: string) => list.indexOf(n);
    expect(pos('Lê Văn An')).toBeLessThan(pos('Nguyễn Thị An'));
    expect(pos('Nguyễn Thị An')).toBeLessThan(pos('Phạm Đức Anh'));
    expect(pos('Phạm Đức Anh')).toBeLessThan(pos('Trần Văn Bình'));
    expect(pos('Trần Văn Bình')).toBeLessThan(pos('Nguyễn Văn Hùng'));
  });

  it('filters by unit, category, rank and party membership, and pages', async () => {
    const heads = await req('GET', '/api/people?leadershipRank=head', w.cookies.secretary);
    expect(names(heads.json())).toEqual(['Trần Văn Trưởng']);
    const party = await req(
      'GET',
      `/api/people?partyMember=true&unitId=${w.units.unit.id}`,
      w.cookies.secretary,
    );
    expect(names(party.json()).sort()).toEqual(['Lê Văn An', 'Nguyễn Thị An', 'Phạm Đức Anh'].sort());
    const vc = await req('GET', '/api/people?category=vien_chuc', w.cookies.secretary);
    expect(vc.json().total).toBe(0);
    const page2 = await req('GET', '/api/people?pageSize=3&page=2', w.cookies.secretary);
    expect(page2.json()).toMatchObject({ total: 9, page: 2, pageSize: 3 });
    expect(page2.json().items).toHaveLength(3);
  });

  it('hides party membership from ordinary staff and ignores their party filter', async () => {
    const res = await req('GET', '/api/people?partyMember=true', w.cookies.staff);
    expect(res.json().total).toBe(9);
    expect(res.json().items.every((p: { partyMember: unknown }) => p.partyMember === null)).toBe(true);
    expect(res.json()).toMatchObject({ canEdit: false, canImport: false });
  });

  it('validates the query and needs a session', async () => {
    const bad = await req('GET', '/api/people?page=0&category=khac&unitId=x', w.cookies.staff);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['querystring.category', 'querystring.page', 'querystring.unitId']);
    expect((await req('GET', '/api/people', undefined)).statusCode).toBe(401);
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const res = await req('GET', `/api/people?q=${encodeURIComponent('%_')}`, w.cookies.staff);
    expect(res.json().total).toBe(0);
  });
});

describe('person detail and editing', () => {
  let id: string;

  it('creates a person (audited) and shows them with derived similar-position group', async () => {
    const res = await req('POST', '/api/people', w.cookies.secretary, personInput());
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    const detail = await req('GET', `/api/people/${id}`, w.cookies.secretary);
    expect(detail.json()).toMatchObject({
      fullName: 'Võ Thị Mới',
      similarGroup: 'Công chức không giữ chức vụ',
      partyMember: true,
      partyAdmittedOn: '2015-03-26',
      sensitiveVisible: true,
      canEdit: true,
      version: 1,
    });
    const audit = await req('GET', `/api/audit?entityId=${id}`, w.cookies.secretary);
    expect(audit.json().items[0]).toMatchObject({
      action: 'person.created',
      summary: 'Thêm Võ Thị Mới (VP900).',
    });
  });

  it('refuses staff (403) before looking at the body, and a duplicate staff code (409)', async () => {
    expect((await req('POST', '/api/people', w.cookies.staff, {})).statusCode).toBe(403);
    expect(
      (await req('POST', '/api/people', w.cookies.head, personInput({ staffCode: 'VP901' }))).statusCode,
    ).toBe(403);
    const dup = await req('POST', '/api/people', w.cookies.secretary, personInput());
    expect(dup.statusCode).toBe(409);
    const dupCase = await req(
      'POST',
      '/api/people',
      w.cookies.secretary,
      personInput({ staffCode: 'vp900' }),
    );
    expect(dupCase.statusCode).toBe(409);
  });

  it('validates a person with field paths and Vietnamese messages', async () => {
    const res = await req(
      'POST',
      '/api/people',
      w.cookies.secretary,
      personInput({ fullName: '', birthDate: '1990-02-31', partyMember: false, email: 'khong-phai-email' }),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'body.fullName', message: 'Vui lòng nhập họ và tên.' },
        { path: 'body.birthDate', message: 'Ngày không hợp lệ.' },
        { path: 'body.email', message: 'Email không hợp lệ.' },
      ]),
    );
  });

  it('hides leave, discipline and party facts from a colleague but shows them to the person and their unit head', async () => {
    const self = await buildPerson(t.db, w.agency.id, w.units.unit.id, {
      fullName: 'Đỗ Văn Riêng',
      partyMember: true,
    });
    const asStaff = await req('GET', `/api/people/${self.id}`, w.cookies.staff);
    expect(asStaff.json()).toMatchObject({
      sensitiveVisible: false,
      partyMember: null,
      birthDate: null,
      leaves: [],
    });
    const asHead = await req('GET', `/api/people/${self.id}`, w.cookies.head);
    expect(asHead.json()).toMatchObject({ sensitiveVisible: true, partyMember: true });
    const mine = await req('GET', `/api/people/${w.people.staffPerson.id}`, w.cookies.staff);
    expect(mine.json().sensitiveVisible).toBe(true);
  });

  it('edits with the version read; a second editor with the old version gets 409 and nothing is overwritten', async () => {
    const a = await req('PUT', `/api/people/${id}`, w.cookies.secretary, {
      version: 1,
      person: personInput({ positionTitle: 'Chuyên viên chính' }),
    });
    expect(a.statusCode).toBe(200);
    expect(a.json().version).toBe(2);
    const b = await req('PUT', `/api/people/${id}`, w.cookies.admin, {
      version: 1,
      person: personInput({ positionTitle: 'Văn thư' }),
    });
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('stale_version');
    const detail = await req('GET', `/api/people/${id}`, w.cookies.secretary);
    expect(detail.json().positionTitle).toBe('Chuyên viên chính');
    const audit = await req('GET', `/api/audit?entityId=${id}&action=person.updated`, w.cookies.secretary);
    expect(audit.json().items[0].changes).toEqual({ positionTitle: ['Chuyên viên', 'Chuyên viên chính'] });
  });

  it('adds and removes leave, discipline and transfer records, each audited and bumping the version', async () => {
    const leave = await req('POST', `/api/people/${id}/leaves`, w.cookies.secretary, {
      version: 2,
      value: { kind: 'maternity', from: '2024-04-01', to: '2024-09-30', note: 'Sinh con thứ hai' },
    });
    expect(leave.statusCode).toBe(201);
    expect(leave.json().version).toBe(3);
    const disc = await req('POST', `/api/people/${id}/disciplines`, w.cookies.secretary, {
      version: 3,
      value: {
        system: 'administrative',
        form: 'khien_trach',
        decidedOn: '2024-06-10',
        effectiveFrom: '2024-06-10',
        reason: 'Vi phạm quy chế',
      },
    });
    expect(disc.statusCode).toBe(201);
    const tr = await req('POST', `/api/people/${id}/transfers`, w.cookies.secretary, {
      version: 4,
      value: { previousAgency: 'Sở Nội vụ tỉnh Quảng Ngãi', monthsThere: 18, transferredOn: '2024-06-01' },
    });
    expect(tr.statusCode).toBe(201);
    const detail = (await req('GET', `/api/people/${id}`, w.cookies.secretary)).json();
    expect(detail.leaves).toMatchObject([{ kind: 'maternity', from: '2024-04-01', to: '2024-09-30' }]);
    expect(detail.disciplines).toMatchObject([{ form: 'khien_trach', system: 'administrative' }]);
    expect(detail.transfersIn).toMatchObject([{ monthsThere: 18 }]);
    expect(detail.version).toBe(5);

    const stale = await req(
      'DELETE',
      `/api/people/${id}/leaves/${detail.leaves[0].id}?version=4`,
      w.cookies.secretary,
    );
    expect(stale.statusCode).toBe(409);
    const del = await req(
      'DELETE',
      `/api/people/${id}/leaves/${detail.leaves[0].id}?version=5`,
      w.cookies.secretary,
    );
    expect(del.statusCode).toBe(200);
    const after = (await req('GET', `/api/people/${id}`, w.cookies.secretary)).json();
    expect(after.leaves).toEqual([]);
    const audit = await req('GET', `/api/audit?entityId=${id}`, w.cookies.secretary);
    expect(
      audit
        .json()
        .items.slice(0, 4)
        .map((e: { action: string }) => e.action),
    ).toEqual([
      'person.leave_removed',
      'person.transfer_added',
      'person.discipline_added',
      'person.leave_added',
    ]);
  });

  it('validates history records (dates in order, known forms) and refuses staff', async () => {
    const bad = await req('POST', `/api/people/${id}/leaves`, w.cookies.secretary, {
      version: 6,
      value: { kind: 'sick', from: '2024-05-01', to: '2024-04-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toEqual({
      path: 'body.value.to',
      message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    });
    const form = await req('POST', `/api/people/${id}/disciplines`, w.cookies.secretary, {
      version: 6,
      value: { system: 'party', form: 'phat-tien', decidedOn: '2024-01-01', effectiveFrom: '2024-01-01' },
    });
    expect(form.statusCode).toBe(400);
    const staff = await req('POST', `/api/people/${id}/leaves`, w.cookies.staff, {
      version: 6,
      value: { kind: 'sick', from: '2024-05-01', to: '2024-06-01' },
    });
    expect(staff.statusCode).toBe(403);
    const missing = await req('GET', '/api/people/00000000-0000-4000-8000-000000000000', w.cookies.secretary);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy người này.');
  });
});
