/**
 * The biên bản of the unit meeting through the API, on both databases: 409 before the meeting starts and
 * 403 to a member of another unit; while it runs a draft rendered afresh (not stored, "du-thao" in the
 * file name); once locked the final minutes with the record's attendance, guests, comments with their
 * speakers, the chair change, conclusions, proposed levels (the quota breach with its reason), answers,
 * vote results, the ballot's counts and the levels summary — the corrected text only — stored once in
 * the documents register of the cycle and unit and served identically again; the PDF through LibreOffice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfTextPages } from '../../documents/pdf.js';
import { openDocx, rowsOf, textOf } from '../../documents/testing/docx-xml.js';
import { buildAccount, buildPerson, buildWorld, login } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { NOT_STARTED_MESSAGE, openVoteText, sentence, shareText } from './minutes.js';
import {
  endedUnitMeeting,
  meetingApi,
  meetingUnit,
  preparedUnitMeeting,
  startedUnitMeeting,
} from './testing.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let u: Awaited<ReturnType<typeof meetingUnit>>;
let api: ReturnType<typeof meetingApi>;
let id: string;
let outsider: string;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const minutes = (query = '', cookie = w.cookies.head) =>
  api('GET', `/api/meetings/${id}/minutes${query}`, cookie);
const opened = async (body: Buffer) => {
  const docx = await openDocx(body);
  return { text: textOf(docx.document), rows: rowsOf(docx.document) };
};
const register = async () =>
  (await api('GET', `/api/documents?sourceType=meeting&sourceId=${id}`, w.cookies.secretary)).json().items;

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-04' });
  w = await buildWorld(t.app, t.db);
  api = meetingApi(t);
  u = await meetingUnit(t, w);
  const p = await buildPerson(t.db, w.agency.id, w.units.hcqt.id, { fullName: 'Vũ Thị Ngoài' });
  outsider = await login(t.app, (await buildAccount(t.db, w.agency.id, { personId: p.id })).username);
  id = await preparedUnitMeeting(t, w, u);
});
afterAll(() => t.close());

describe('sentences of the record', () => {
  it('ends a sentence with one full stop and gives shares without a needless decimal', () => {
    expect(sentence('Báo cáo đầy đủ')).toBe('Báo cáo đầy đủ.');
    expect(sentence('Báo cáo đầy đủ.; ')).toBe('Báo cáo đầy đủ.');
    expect(sentence('Có ý kiến gì không?')).toBe('Có ý kiến gì không?');
    expect(shareText(5, 5)).toBe('100%');
    expect(shareText(2, 3)).toBe('66,7%');
  });

  it('reads an open vote', () => {
    expect(
      openVoteText({
        purpose: 'report_approval',
        question: 'Thông qua báo cáo kiểm điểm tập thể',
        agree: 4,
        disagree: 1,
        abstain: 0,
        presentTotal: 5,
        passed: true,
      }),
    ).toBe(
      'Biểu quyết thông qua báo cáo kiểm điểm tập thể: 4/5 thành viên có mặt đồng ý (80%), 1 không đồng ý, 0 không biểu quyết — thông qua.',
    );
  });
});

describe('GET /meetings/:id/minutes', () => {
  it('answers 409 before the meeting starts, 403 to a member of another unit, 400 to format=xls', async () => {
    const early = await minutes();
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(NOT_STARTED_MESSAGE);
    const other = await minutes('', outsider);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
    expect((await minutes('?format=xls')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/meetings/${id}/minutes` })).statusCode).toBe(401);
  });

  it('gives a member a draft while the meeting runs, rendered afresh each time and never stored', async () => {
    await startedUnitMeeting(t, w, u, id);
    const res = await minutes('', u.staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(String(res.headers['content-disposition'])).toContain(
      'filename="Bien-ban-hoi-nghi-Phong-Tong-hop-2024-du-thao.docx"',
    );
    const { text } = await opened(res.rawPayload);
    expect(text).toContain('1. Kiểm điểm tập thể Phòng Tổng hợp\nĐồng chí Phạm Văn Viên: Báo cáo đầy đủ.');
    expect(text).toContain('2. Kiểm điểm đồng chí Trần Văn Trưởng\n3. Kiểm điểm đồng chí Đỗ Văn Một');
    expect(text).toContain(
      'Bỏ phiếu kín bình xét danh hiệu “Lao động tiên tiến”\nChưa tiến hành bỏ phiếu kín.',
    );
    expect(text).toMatch(/Tổng hợp mức xếp loại đề xuất\n- Đồng chí Trần Văn Trưởng: chưa đề xuất\./);
    expect(await register()).toHaveLength(0);
    // What is recorded next is in the next download.
    const note = await api('POST', `/api/meetings/${id}/entries`, u.secretary.cookie, {
      kind: 'note',
      text: 'Tập thể thống nhất hoàn thiện báo cáo',
    });
    expect(note.statusCode, note.body).toBe(201);
    const again = await opened((await minutes('', u.staff.cookie)).rawPayload);
    expect(again.text).toContain('Tập thể thống nhất hoàn thiện báo cáo.');
    const pdf = await minutes('?format=pdf', u.staff.cookie);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain(
      'Bien-ban-hoi-nghi-Phong-Tong-hop-2024-du-thao.pdf',
    );
    expect((await pdfTextPages(pdf.rawPayload)).join('\n')).toContain(
      'Tập thể thống nhất hoàn thiện báo cáo.',
    );
    expect(await register()).toHaveLength(0);
  });

  it('gives the final minutes from the record once the meeting is locked', async () => {
    await endedUnitMeeting(t, w, u, id);
    const res = await minutes('?format=docx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(String(res.headers['content-disposition'])).toContain(
      'filename="Bien-ban-hoi-nghi-Phong-Tong-hop-2024.docx"',
    );
    const { text, rows } = await opened(res.rawPayload);
    // Heading, time, place.
    expect(text).toContain(
      'BIÊN BẢN\nHội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 của Phòng Tổng hợp',
    );
    expect(text).toContain('Địa điểm: Phòng họp số 2');
    // Attendance: the members with their presence, the absentee with the reason; the guest apart.
    expect(text).toContain(
      'Thành phần tham dự: Tổng số 6 người; có mặt: 5/6; vắng: 1 (Đồng chí Phan Thị Sáu, lý do: Nghỉ phép).',
    );
    const attendance = rows.filter((r) => r.cells.length === 5).slice(1);
    expect(attendance.map((r) => r.cells)).toEqual([
      ['1', 'Trần Văn Trưởng', 'Chuyên viên', 'Có mặt', ''],
      ['2', 'Đỗ Văn Một', 'Chuyên viên', 'Có mặt', ''],
      ['3', 'Lê Thị Hai', 'Chuyên viên', 'Có mặt', ''],
      ['4', 'Ngô Văn Ba', 'Chuyên viên', 'Có mặt', ''],
      ['5', 'Phạm Văn Viên', 'Chuyên viên', 'Có mặt', ''],
      ['6', 'Phan Thị Sáu', 'Chuyên viên', 'Vắng', 'Nghỉ phép'],
    ]);
    expect(text).toContain('Khách mời:\n- Đồng chí Lê Thị Thư Ký - Chuyên viên.');
    expect(text).toContain('Chủ trì: Đồng chí Trần Văn Trưởng - Chuyên viên');
    expect(text).toContain('Thư ký: Đồng chí Lê Thị Hai - Chuyên viên');
    // The collective report: the comment with its speaker, the vote, the conclusion, the note.
    expect(text).toContain(
      '1. Kiểm điểm tập thể Phòng Tổng hợp\n' +
        'Đồng chí Phạm Văn Viên: Báo cáo đầy đủ.\n' +
        'Biểu quyết thông qua báo cáo kiểm điểm tập thể: 5/5 thành viên có mặt đồng ý (100%), 0 không đồng ý, 0 không biểu quyết — thông qua.\n' +
        'Kết luận của người chủ trì (đồng chí Trần Văn Trưởng) — Ưu điểm: Hoàn thành kế hoạch; Hạn chế: Còn chậm báo cáo.\n' +
        'Tập thể thống nhất hoàn thiện báo cáo.\n',
    );
    // The head's review: chaired by the deputy, the proposal over the quota with its reason, accepted.
    expect(text).toMatch(
      new RegExp(
        '2\\. Kiểm điểm đồng chí Trần Văn Trưởng\n' +
          'Đồng chí Đỗ Văn Một chủ trì phần kiểm điểm đồng chí Trần Văn Trưởng\\.\n' +
          'Đồng chí Phạm Văn Viên: Đồng chí trưởng phòng gương mẫu\\.\n' +
          'Kết luận của người chủ trì \\(đồng chí Đỗ Văn Một\\) — Ưu điểm: Gương mẫu; Hạn chế: Chưa có\\.\n' +
          'Hội nghị thống nhất đề xuất mức xếp loại: Hoàn thành xuất sắc nhiệm vụ\\. ' +
          'Mức đề xuất vượt tỷ lệ cho phép: đề nghị 1 người hoàn thành xuất sắc nhiệm vụ, vượt 1 người so với tỷ lệ cho phép \\(tối đa 0\\)\\. ' +
          'Lý do đề xuất vượt tỷ lệ: Đơn vị hoàn thành vượt kế hoạch\\.\n' +
          'Đồng chí Trần Văn Trưởng tiếp thu kết luận\\.\n',
      ),
    );
    // The deputy's review: the chair handed back, the corrected comment only.
    expect(text).toContain(
      '3. Kiểm điểm đồng chí Đỗ Văn Một\n' +
        'Đồng chí Trần Văn Trưởng tiếp tục chủ trì hội nghị.\n' +
        'Đồng chí Phạm Văn Viên: Đồng chí phó phòng hoàn thành tốt.\n' +
        'Kết luận của người chủ trì (đồng chí Trần Văn Trưởng) — Ưu điểm: Tích cực; Hạn chế: Chưa chủ động.\n' +
        'Hội nghị thống nhất đề xuất mức xếp loại: Hoàn thành tốt nhiệm vụ.\n',
    );
    expect(text).not.toContain('chưa tốt');
    expect(text).toContain(
      'Đồng chí Ngô Văn Ba có ý kiến khác với kết luận: Tôi đã chủ động đề xuất nhiều việc.',
    );
    // The ballot: the counts per candidate from the tally, the biên bản kiểm phiếu attached.
    expect(text).toContain(
      '8. Bỏ phiếu kín bình xét danh hiệu “Lao động tiên tiến”\nHình thức: bỏ phiếu kín bằng phiếu điện tử; 5/6 thành viên có mặt; số phiếu hợp lệ: 3; số phiếu không hợp lệ: 0.',
    );
    expect(text).toContain('Ngưỡng đạt: số phiếu đồng ý hơn 50% số thành viên có mặt.');
    expect(text).toContain(
      '- Đồng chí Trần Văn Trưởng: 3/5 phiếu đồng ý (60%), 0 phiếu không đồng ý, 0 phiếu để trống — đạt.',
    );
    expect(text).toContain(
      '- Đồng chí Đỗ Văn Một: 2/5 phiếu đồng ý (40%), 1 phiếu không đồng ý, 0 phiếu để trống — không đạt.',
    );
    expect(text).toContain('(Có Biên bản kiểm phiếu kèm theo.)');
    // The minutes approved; the levels summary; the end.
    expect(text).toContain(
      '9. Thông qua biên bản hội nghị\nBiểu quyết thông qua biên bản hội nghị: 5/5 thành viên có mặt đồng ý (100%), 0 không đồng ý, 0 không biểu quyết — thông qua.\n',
    );
    expect(text).toContain(
      '10. Tổng hợp mức xếp loại đề xuất\n' +
        '- Đồng chí Trần Văn Trưởng: Hoàn thành xuất sắc nhiệm vụ (vượt tỷ lệ cho phép, lý do: Đơn vị hoàn thành vượt kế hoạch).\n' +
        '- Đồng chí Đỗ Văn Một: Hoàn thành tốt nhiệm vụ.\n',
    );
    expect(text).toMatch(/Cuộc họp kết thúc vào \d\d giờ \d\d/);
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[0]?.startsWith('THƯ KÝ'));
    expect(sign?.cells[0]).toMatch(/^THƯ KÝ\n[\s\S]*Lê Thị Hai$/);
    expect(sign?.cells[1]).toMatch(/^CHỦ TỌA\n[\s\S]*Trần Văn Trưởng$/);
  });

  it('stores the final minutes once in the register of the cycle and unit, and serves that copy', async () => {
    const first = await minutes();
    const listed = await register();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      kind: 'minutes',
      version: 1,
      unitId: w.units.unit.id,
      cycleId: u.cycleId,
      sourceType: 'meeting',
      sourceId: id,
      subject: 'Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 của Phòng Tổng hợp',
    });
    // Another follower, later: the same bytes, still one document.
    const second = await minutes('', u.staff.cookie);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const stored = await api('GET', `/api/documents/${listed[0].id}?format=docx`, w.cookies.secretary);
    expect(stored.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(await register()).toHaveLength(1);
    expect((await minutes('', outsider)).statusCode).toBe(403);
  });

  it('converts to PDF through LibreOffice, once, and the PDF opens', async () => {
    const res = await minutes('?format=pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('Bien-ban-hoi-nghi-Phong-Tong-hop-2024.pdf');
    const info = await pdfInfo(res.rawPayload);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    const pages = (await pdfTextPages(res.rawPayload)).join('\n');
    expect(pages).toContain('BIÊN BẢN');
    expect(pages).toContain('Phan Thị Sáu');
    const again = await minutes('?format=pdf', u.staff.cookie);
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });
});
