/** Biên bản (Mẫu 1.9): contents in order, attendance, closing sentence, signers, validation, a property. */
import { Packer } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../domain/text.js';
import { openDocx, paragraphsOf, rowsOf, textOf } from '../testing/docx-xml.js';
import { contextFor, MINUTES } from '../testing/samples.js';
import { attendanceText, closingSentence, type MinutesInputIn, minutes, minutesInput } from './minutes.js';

async function render(input: unknown) {
  const docx = await openDocx(
    await Packer.toBuffer(minutes.docx(minutesInput.parse(input), contextFor('BB'))),
  );
  return { ...docx, paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

describe('minutes: contents of Mẫu 1.9', () => {
  it('prints the parts in the order of the form', async () => {
    const { paras } = await render(MINUTES);
    const texts = paras.map((p) => p.text);
    const order = [
      'BIÊN BẢN',
      'Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 11 năm 2024',
      'Địa điểm: Phòng họp tầng 2, Văn phòng UBND tỉnh',
      'Thành phần tham dự: Tổng số 6 người; có mặt: 4/6; vắng: 2 (Đồng chí Nguyễn Thị Ánh Tuyết, lý do: nghỉ thai sản; Đồng chí Huỳnh Ngọc Ẩn, lý do: ốm, có đơn xin phép).',
      'Khách mời:',
      '- Đồng chí Nguyễn Văn Bình - Phó Chánh Văn phòng UBND tỉnh.',
      'Chủ trì: Đồng chí Trần Thị Thu Hà - Trưởng phòng Hành chính - Quản trị',
      'Thư ký: Đồng chí Lê Minh Đức - Chuyên viên',
      'Nội dung:',
      '1. Kiểm điểm tập thể Phòng Hành chính - Quản trị',
      'Đồng chí Trần Thị Thu Hà: Trình bày dự thảo Báo cáo kiểm điểm tập thể năm 2024 của Phòng, nêu rõ ưu điểm, hạn chế và việc khắc phục các hạn chế của năm 2023.',
      'Đồng chí Phạm Văn Hùng: Đề nghị bổ sung số liệu về công tác văn thư, lưu trữ.',
      'Tập thể biểu quyết thông qua Báo cáo kiểm điểm với 4/4 thành viên có mặt đồng ý.',
      '2. Kiểm điểm, đề xuất mức xếp loại cá nhân',
      'Cuộc họp kết thúc vào 11 giờ 30 cùng ngày.',
      'THƯ KÝ',
      'CHỦ TỌA',
      'Nơi nhận:',
      '- Lưu: VT, HCQT.',
    ];
    let at = 0;
    for (const t of order) {
      const i = texts.indexOf(t, at);
      expect(i, t).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
  });

  it('labels are bold, the values upright; speakers bold', async () => {
    const { paras } = await render(MINUTES);
    const place = paras.find((p) => p.text.startsWith('Địa điểm:'));
    expect(place?.runs.map((r) => [r.text, r.bold])).toEqual([
      ['Địa điểm: ', true],
      ['Phòng họp tầng 2, Văn phòng UBND tỉnh', false],
    ]);
    const said = paras.find((p) => p.text.startsWith('Đồng chí Phạm Văn Hùng:'));
    expect(said?.runs[0]).toMatchObject({ text: 'Đồng chí Phạm Văn Hùng: ', bold: true });
  });

  it('lists the attendees in a table with a repeated header, absentees with their reasons', async () => {
    const rows = rowsOf((await render(MINUTES)).document).filter((r) => r.cells.length === 5);
    expect(rows[0]?.cells).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Tham dự', 'Ghi chú']);
    expect(rows[0]?.header).toBe(true);
    expect(rows.slice(1).every((r) => !r.header && r.cantSplit)).toBe(true);
    expect(rows.slice(1).map((r) => r.cells)).toEqual([
      ['1', 'Trần Thị Thu Hà', 'Trưởng phòng', 'Có mặt', ''],
      ['2', 'Phạm Văn Hùng', 'Phó Trưởng phòng', 'Có mặt', ''],
      ['3', 'Lê Minh Đức', 'Chuyên viên', 'Có mặt', ''],
      ['4', 'Nguyễn Thị Ánh Tuyết', 'Chuyên viên', 'Vắng', 'nghỉ thai sản'],
      ['5', 'Võ Quốc Khánh', 'Nhân viên lái xe', 'Có mặt', ''],
      ['6', 'Huỳnh Ngọc Ẩn', 'Nhân viên bảo vệ', 'Vắng', 'ốm, có đơn xin phép'],
    ]);
  });

  it('THƯ KÝ signs on the left, CHỦ TỌA on the right, in one row', async () => {
    const rows = rowsOf((await render(MINUTES)).document);
    const sign = rows.find((r) => r.cells.length === 2 && r.cells[0]?.startsWith('THƯ KÝ'));
    expect(sign?.cells[0]).toMatch(/^THƯ KÝ\n[\s\S]*Lê Minh Đức$/);
    expect(sign?.cells[1]).toMatch(/^CHỦ TỌA\n[\s\S]*Trần Thị Thu Hà$/);
    expect(sign?.cantSplit).toBe(true);
  });

  it('omits guests and Nơi nhận when there are none', async () => {
    const { text } = await render({ ...MINUTES, guests: [], recipients: undefined });
    expect(text).not.toContain('Khách mời');
    expect(text).not.toContain('Nơi nhận');
  });
});

describe('attendanceText', () => {
  const a = (fullName: string, present: boolean, absenceReason?: string) => ({
    fullName,
    title: 'Chuyên viên',
    present,
    absenceReason,
  });
  it.each([
    [[a('A', true), a('B', true)], 'Tổng số 2 người; có mặt: 2/2; vắng: 0.'],
    [[a('A', true), a('B', false)], 'Tổng số 2 người; có mặt: 1/2; vắng: 1 (Đồng chí B).'],
    [
      [a('A', false, 'công tác'), a('Bà C', false, 'ốm')],
      'Tổng số 2 người; có mặt: 0/2; vắng: 2 (Đồng chí A, lý do: công tác; Bà C, lý do: ốm).',
    ],
  ])('%#', (attendees, text) => {
    expect(attendanceText(attendees)).toBe(text);
  });
});

describe('closingSentence', () => {
  it.each([
    ['2024-11-05T08:00', '2024-11-05T11:30', 'Cuộc họp kết thúc vào 11 giờ 30 cùng ngày.'],
    ['2024-11-05T14:00', '2024-11-05T17:05', 'Cuộc họp kết thúc vào 17 giờ 05 cùng ngày.'],
    ['2024-11-05T14:00', '2024-11-06T08:30', 'Cuộc họp kết thúc vào 08 giờ 30, ngày 06 tháng 11 năm 2024.'],
    ['2025-02-28T14:00', '2025-03-01T09:00', 'Cuộc họp kết thúc vào 09 giờ 00, ngày 01 tháng 3 năm 2025.'],
  ])('%s → %s', (start, end, text) => {
    expect(closingSentence(start, end)).toBe(text);
  });

  it('is printed with the date when the meeting ends another day', async () => {
    const { text } = await render({ ...MINUTES, endedAt: '2024-11-06T08:30' });
    expect(text).toContain('Cuộc họp kết thúc vào 08 giờ 30, ngày 06 tháng 11 năm 2024.');
  });
});

describe('minutes: input', () => {
  it.each([
    [{ startedAt: '2024-11-05 08:00' }, 'startedAt'],
    [{ startedAt: '2024-02-30T08:00' }, 'startedAt'],
    [{ startedAt: '2024-11-05T24:00' }, 'startedAt'],
    [{ endedAt: '2024-11-05T07:59' }, 'endedAt'],
    [{ endedAt: '2024-11-05T08:00' }, 'endedAt'],
    [{ attendees: [] }, 'attendees'],
    [{ items: [] }, 'items'],
    [{ place: '' }, 'place'],
    [{ chair: { fullName: 'A', title: '' } }, 'chair.title'],
  ])('rejects %o at %s', (patch, path) => {
    const r = minutesInput.safeParse({ ...MINUTES, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('explains the end time in Vietnamese', () => {
    const r = minutesInput.safeParse({ ...MINUTES, endedAt: '2024-11-05T07:00' });
    expect(r.error?.issues[0]?.message).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
  });

  it('accepts seconds and ignores them', async () => {
    const { text } = await render({
      ...MINUTES,
      startedAt: '2024-11-05T08:00:00',
      endedAt: '2024-11-05T11:30:45',
    });
    expect(text).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 11 năm 2024');
    expect(text).toContain('Cuộc họp kết thúc vào 11 giờ 30 cùng ngày.');
  });
});

/** Vietnamese letters with every tone mark, lower and upper case, decomposed (NFD) half of the time. */
const LETTERS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
];
const name = fc
  .array(
    fc
      .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 })
      .chain((cs) => fc.boolean().map((cap) => (cap ? cs.join('').toLocaleUpperCase('vi-VN') : cs.join('')))),
    { minLength: 1, maxLength: 4 },
  )
  .chain((words) => fc.constantFrom(' ', '  ', '\u00a0').map((sep) => words.join(sep)))
  .chain((s) => fc.boolean().map((nfd) => (nfd ? s.normalize('NFD') : s)));

const attendee = fc.record({
  fullName: name,
  title: fc.constantFrom('Chuyên viên', 'Trưởng phòng', 'Phó Trưởng phòng', 'Lái xe'),
  present: fc.boolean(),
  absenceReason: fc.option(fc.constantFrom('ốm', 'công tác', 'nghỉ phép'), { nil: undefined }),
});

describe('minutes: property', () => {
  it('any valid input renders a DOCX that contains every attendee name in NFC', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(attendee, { minLength: 1, maxLength: 25 }),
        name,
        async (attendees, chair) => {
          const input: MinutesInputIn = {
            ...MINUTES,
            attendees,
            chair: { fullName: chair, title: 'Chủ tịch' },
          };
          const { document } = await openDocx(
            await Packer.toBuffer(minutes.docx(minutesInput.parse(input), contextFor('BB'))),
          );
          const text = textOf(document);
          expect(text).toBe(text.normalize('NFC'));
          expect(document).toBe(document.normalize('NFC'));
          for (const a of attendees) expect(text).toContain(normalizeText(a.fullName));
          expect(text).toContain(normalizeText(chair));
        },
      ),
      { numRuns: 40 },
    );
  });
});
