/**
 * The biên bản kiểm phiếu of a closed ballot, through the API, on both databases: a mixed ballot
 * (testing.ts) downloaded as DOCX with a Vietnamese file name and the tally's own figures — members,
 * ballots per form and in total, each candidate's agree, disagree and blank with "Đạt"/"Không đạt", the
 * threshold in words, the person not on the ballot with the reason, the committee signing; stored once
 * in the documents register of the cycle and unit, a new version when the committee changes; 409 before
 * the ballot is closed, 403 to an ordinary member, PDF through LibreOffice, 503 without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { PDF_UNAVAILABLE_MESSAGE, PdfUnavailableError } from '../../documents/pdf.js';
import { openDocx, rowsOf, textOf } from '../../documents/testing/docx-xml.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { minutesSubject } from './minutes.js';
import { ballotApi, closedMixedBallot, openedBallot, type Voter } from './testing.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let api: ReturnType<typeof ballotApi>;
let ballotId: string;
let cycleId: string;
let voters: Voter[];

const minutes = (query = '', cookie = w.cookies.head, id = ballotId) =>
  api('GET', `/api/ballots/${id}/minutes${query}`, cookie);
const opened = async (body: Buffer) => {
  const docx = await openDocx(body);
  return { text: textOf(docx.document), rows: rowsOf(docx.document) };
};

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-04' });
  w = await buildWorld(t.app, t.db);
  api = ballotApi(t);
  ({ ballotId, cycleId, voters } = await closedMixedBallot(t, w));
});
afterAll(() => t.close());

describe('minutesSubject', () => {
  it.each([
    [
      'Bình xét danh hiệu "Lao động tiên tiến" năm 2024 — Phòng Tổng hợp',
      'Bình xét danh hiệu “Lao động tiên tiến” năm 2024 của Phòng Tổng hợp',
    ],
    ['Bình xét Lao động tiên tiến năm 2024', 'Bình xét Lao động tiên tiến năm 2024 của Phòng Tổng hợp'],
    ['Bình xét của Phòng Tổng hợp năm 2024', 'Bình xét của Phòng Tổng hợp năm 2024'],
  ])('%s → %s', (title, subject) => {
    expect(minutesSubject(title, 'Phòng Tổng hợp')).toBe(subject);
  });
});

describe('GET /ballots/:id/minutes', () => {
  it('gives the unit head the minutes as DOCX with the tally’s figures and a Vietnamese file name', async () => {
    const res = await minutes('?format=docx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain('filename="Bien-ban-kiem-phieu-Phong-Tong-hop-2024.docx"');
    const { text, rows } = await opened(res.rawPayload);
    expect(text).toContain(
      'BIÊN BẢN KIỂM PHIẾU\nBình xét danh hiệu “Lao động tiên tiến” năm 2024 của Phòng Tổng hợp',
    );
    expect(text).toContain('Số:');
    expect(text).toContain('Địa điểm: Phòng Tổng hợp, Văn phòng UBND tỉnh Thử nghiệm.');
    expect(text).toContain('Hình thức bỏ phiếu: Bỏ phiếu kín bằng phiếu điện tử và phiếu giấy.');
    // The committee: by default the person who asks, as its head.
    expect(text).toContain('Tổ kiểm phiếu gồm:\n1. Đồng chí Trần Văn Trưởng - Tổ trưởng tổ kiểm phiếu.');
    expect(text).toContain('1. Tổng số thành viên: 6 người; có mặt: 5 người; vắng: 1 người.');
    expect(text).toContain(
      '2. Số phiếu phát ra: 5 phiếu; số phiếu thu về: 5 phiếu; số phiếu hợp lệ: 4 phiếu; số phiếu không hợp lệ: 1 phiếu, cụ thể:',
    );
    const cells = (first: string) => rows.find((r) => r.cells[0] === first)?.cells;
    expect(cells('Phiếu điện tử')).toEqual(['Phiếu điện tử', '3', '3', '3', '0']);
    expect(cells('Phiếu giấy')).toEqual(['Phiếu giấy', '2', '2', '1', '1']);
    expect(cells('Cộng')).toEqual(['Cộng', '5', '5', '4', '1']);
    // The threshold in the ballot's words (domain thresholdText).
    expect(text).toContain('Ngưỡng đạt: số phiếu đồng ý hơn 50% số thành viên có mặt.');
    expect(text).toContain('3. Kết quả kiểm phiếu (tỷ lệ tính trên tổng số thành viên có mặt là 5 người):');
    const candidates = rows.filter((r) => /^\d+$/.test(r.cells[0] ?? '')).map((r) => r.cells);
    expect(candidates).toEqual([
      ['1', 'Đỗ Văn Một', 'Chuyên viên', '2', '40,0%', '2', '0', 'Không đạt'],
      ['2', 'Lê Thị Hai', 'Chuyên viên', '3', '60,0%', '0', '1', 'Đạt'],
      ['3', 'Phạm Văn Viên', 'Chuyên viên', '4', '80,0%', '0', '0', 'Đạt'],
      ['4', 'Phan Thị Sáu', 'Chuyên viên', '2', '40,0%', '1', '1', 'Không đạt'],
      ['5', 'Trần Văn Trưởng', 'Chuyên viên', '3', '60,0%', '1', '0', 'Đạt'],
    ]);
    // The ineligible member is named with the rules engine's reason, not on the ballot.
    expect(text).toMatch(
      /Không đưa vào phiếu bầu \(chưa đủ điều kiện theo quy định\):\n- Đồng chí Ngô Văn Ba, Chuyên viên: .*(Điều|Luật|Nghị định).*\./,
    );
    expect(text).toContain(
      '4. Kết quả: Các đồng chí có số phiếu đồng ý hơn 50% số thành viên có mặt (3 người): ' +
        'Đồng chí Lê Thị Hai (3/5 phiếu, 60,0%); Đồng chí Phạm Văn Viên (4/5 phiếu, 80,0%); ' +
        'Đồng chí Trần Văn Trưởng (3/5 phiếu, 60,0%).',
    );
    // Everything reconciles: no discrepancies section.
    expect(text).not.toContain('chưa khớp');
    expect(text).toContain('Tổ kiểm phiếu thống nhất kết quả trên và cùng ký tên vào biên bản./.');
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[1]?.startsWith('TỔ TRƯỞNG'));
    expect(sign?.cells[1]).toMatch(/^TỔ TRƯỞNG TỔ KIỂM PHIẾU\n[\s\S]*Trần Văn Trưởng$/);
  });

  it('stores the minutes once in the documents register of the cycle and the unit, and serves that copy', async () => {
    const again = await minutes();
    expect(again.statusCode).toBe(200);
    const listed = (
      await api('GET', `/api/documents?sourceType=ballot&sourceId=${ballotId}`, w.cookies.secretary)
    ).json().items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      kind: 'vote_count',
      version: 1,
      unitId: w.units.unit.id,
      cycleId,
      subject: 'Bình xét danh hiệu “Lao động tiên tiến” năm 2024 của Phòng Tổng hợp',
    });
    const stored = await api('GET', `/api/documents/${listed[0].id}?format=docx`, w.cookies.secretary);
    expect(stored.rawPayload.equals(again.rawPayload)).toBe(true);
    // Another manager (the cycle secretary) gets the same copy: the committee named once stays.
    const bySecretary = await minutes('', w.cookies.secretary);
    expect(bySecretary.statusCode, bySecretary.body).toBe(200);
    expect(bySecretary.rawPayload.equals(again.rawPayload)).toBe(true);
  });

  it('takes the committee, place and time given, as a new version of the same document', async () => {
    const q = new URLSearchParams();
    q.append('committee', 'Lê Thị Hai|Tổ trưởng');
    q.append('committee', 'Đỗ Văn Một|Tổ viên');
    q.append('place', 'Phòng họp tầng 3');
    q.append('heldOn', '2024-11-05T10:15');
    const res = await minutes(`?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const { text, rows } = await opened(res.rawPayload);
    expect(text).toContain('Thời gian: 10 giờ 15, ngày 05 tháng 11 năm 2024.');
    expect(text).toContain('Địa điểm: Phòng họp tầng 3.');
    expect(text).toContain(
      'Tổ kiểm phiếu gồm:\n1. Đồng chí Lê Thị Hai - Tổ trưởng;\n2. Đồng chí Đỗ Văn Một - Tổ viên.',
    );
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[1]?.startsWith('TỔ TRƯỞNG'));
    expect(sign?.cells[1]).toMatch(/^TỔ TRƯỞNG\n[\s\S]*Lê Thị Hai$/);
    expect(sign?.cells[0]).toMatch(/^TỔ VIÊN\n[\s\S]*Đỗ Văn Một$/);
    const listed = (
      await api('GET', `/api/documents?sourceType=ballot&sourceId=${ballotId}`, w.cookies.secretary)
    ).json().items;
    expect(listed).toHaveLength(1);
    expect(listed[0].version).toBe(2);
    // Nothing given: the stored minutes as they are.
    const same = await minutes();
    expect(same.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('refuses a committee without exactly one head (400) and format=xls (400)', async () => {
    const none = await minutes('?committee=L%C3%AA%20Th%E1%BB%8B%20Hai%7CTh%C3%A0nh%20vi%C3%AAn');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('Ban kiểm phiếu cần đúng một Trưởng ban.');
    expect((await minutes('?format=xls')).statusCode).toBe(400);
  });

  it('is refused to an ordinary member (403) and to nobody signed in (401)', async () => {
    const res = await minutes('', w.cookies.staff);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: `/api/ballots/${ballotId}/minutes` })).statusCode).toBe(
      401,
    );
  });

  it('answers 409 while the ballot is open', async () => {
    const open = await openedBallot(t, w, cycleId, voters, 'electronic');
    const res = await minutes('', w.cookies.head, open);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Biên bản kiểm phiếu chỉ lập được sau khi kết thúc bỏ phiếu.');
  });

  it('converts to PDF through LibreOffice', async () => {
    const res = await minutes('?format=pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(
      'Bien-ban-kiem-phieu-Phong-Tong-hop-2024.pdf',
    );
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
        clockToday: '2024-11-04',
      },
      logger: false,
      pdf: { convert: () => Promise.reject(new PdfUnavailableError()) },
    });
    try {
      // A ballot whose PDF was never made.
      const get = (format: string) =>
        noPdf.inject({
          method: 'GET',
          url: `/api/ballots/${ballotId}/minutes?format=${format}&place=${encodeURIComponent('Hội trường')}`,
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
