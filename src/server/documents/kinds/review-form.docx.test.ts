/**
 * Self-review forms printed through the document engine (issue 5.7), read back from the DOCX XML: a
 * filled party form (HD 25 Mẫu 02B with its point table scored) and a partly filled state form (the
 * Office's Mẫu số 01): page, margins, Times New Roman, NFC, the party or state header without a
 * number, the title, every section heading in print order with the answers under it, dotted lines for
 * what is empty, the remediation and point tables, the checked level, the signature; then the other
 * forms' special parts (prior results, the manager's and authority's parts, a collective's report).
 */
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { formDefinition } from '../../../domain/forms/catalogue.js';
import type { FormCode, FormDefinition } from '../../../domain/forms/types.js';
import { allSections } from '../../../domain/forms/walk.js';
import {
  defaultFont,
  type OpenedDocx,
  openDocx,
  type Para,
  paragraphsOf,
  rowsOf,
  sectionOf,
  textOf,
} from '../testing/docx-xml.js';
import { AGENCY, REVIEW_FORM_PARTY, REVIEW_FORM_STATE } from '../testing/samples.js';
import { getKind } from './index.js';
import {
  CHECKED,
  type ReviewFormInputIn,
  reviewForm,
  reviewFormInput,
  SCORE_TABLE_COLUMNS,
  UNCHECKED,
} from './review-form.js';

const CTX = { agency: AGENCY, numberText: '', date: null };

/** A 2024 form of the catalogue. */
function form(code: FormCode): FormDefinition {
  const def = formDefinition('2024', code);
  if (!def) throw new Error(code);
  return def;
}

interface Rendered {
  docx: OpenedDocx;
  paras: Para[];
  texts: string[];
  text: string;
}

async function render(input: ReviewFormInputIn, ctx = CTX): Promise<Rendered> {
  const docx = await openDocx(await Packer.toBuffer(reviewForm.docx(reviewFormInput.parse(input), ctx)));
  const paras = paragraphsOf(docx.document);
  return { docx, paras, texts: paras.map((p) => p.text), text: textOf(docx.document) };
}

const DOTS = /^…{10,}$/;
const find = (r: Rendered, text: string) => r.paras.find((p) => p.text === text);
const linesAfter = (r: Rendered, text: string, n = 1) => {
  const i = r.texts.indexOf(text);
  expect(i, text).toBeGreaterThanOrEqual(0);
  return r.texts.slice(i + 1, i + 1 + n);
};

/** Each text appears after the previous one. */
function expectInOrder(texts: string[], expected: string[]) {
  let at = 0;
  for (const t of expected) {
    const i = texts.indexOf(t, at);
    expect(i, `“${t}” after position ${at}`).toBeGreaterThanOrEqual(at);
    at = i + 1;
  }
}

/** The printed section headings: all but the personal-details lines (not printed as a heading). */
const printedHeadings = (def: FormDefinition, skip: (key: string) => boolean = () => false) =>
  allSections(def)
    .filter((s) => s.key !== def.sections[0]?.key && !skip(s.key))
    .map((s) => s.heading);

describe('the kind', () => {
  it('is registered as review_form, unnumbered, named after the form, the year and the person', () => {
    expect(getKind('review_form')).toBe(reviewForm);
    expect(reviewForm.typeCode).toBeNull();
    expect(reviewForm.subject(reviewFormInput.parse(REVIEW_FORM_PARTY))).toBe(
      'Bản kiểm điểm cá nhân năm 2024 của Trần Văn Trưởng',
    );
  });

  it('refuses an input without a form or a year', () => {
    expect(reviewFormInput.safeParse({ ...REVIEW_FORM_STATE, definition: undefined }).success).toBe(false);
    expect(reviewFormInput.safeParse({ ...REVIEW_FORM_STATE, year: 'năm nay' }).success).toBe(false);
  });
});

describe.each([
  ['party form HD25_02B', REVIEW_FORM_PARTY],
  ['state form VP_M01', REVIEW_FORM_STATE],
])('%s: the page', (_name, input) => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(input);
  });

  it('is A4 portrait with the margins 20/20/30/15 mm, page numbers from page 2', () => {
    const sect = sectionOf(r.docx.document);
    expect(sect.pgSz).toMatchObject({ w: '11906', h: '16838' });
    expect(sect.pgSz.orient ?? 'portrait').toBe('portrait');
    expect(sect.pgMar).toMatchObject({ top: '1134', bottom: '1134', left: '1701', right: '850' });
    expect(sect.titlePg).toBe(true);
  });

  it('prints every run in Times New Roman', () => {
    expect(defaultFont(r.docx.styles)).toBe('Times New Roman');
    const fonts = new Set(r.paras.flatMap((p) => p.runs).map((x) => x.font ?? defaultFont(r.docx.styles)));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('writes all text in NFC', () => {
    expect(r.text.length).toBeGreaterThan(500);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.docx.core).toBe(r.docx.core.normalize('NFC'));
  });

  it('has no number: a self-review has no "Số" line', () => {
    expect(r.texts.some((t) => /^Số\b/.test(t))).toBe(false);
  });
});

describe('party form (HD 25 Mẫu 02B, filled and scored)', () => {
  let r: Rendered;
  const def = REVIEW_FORM_PARTY.definition as FormDefinition;
  beforeAll(async () => {
    r = await render(REVIEW_FORM_PARTY);
  });

  it('has the party header: ĐẢNG BỘ / CHI BỘ on the left, ĐẢNG CỘNG SẢN VIỆT NAM and the date on the right', () => {
    expect(r.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    const party = find(r, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party?.runs[0]?.bold).toBe(true);
    expect(party?.xml).toContain('<w:u w:val="single"/>');
    expectInOrder(r.texts, ['ĐẢNG BỘ', 'VĂN PHÒNG UBND TỈNH', 'CHI BỘ PHÒNG TỔNG HỢP', '*']);
    expect(find(r, 'ĐẢNG BỘ')?.runs[0]?.bold).toBe(false);
    expect(find(r, 'CHI BỘ PHÒNG TỔNG HỢP')?.runs[0]?.bold).toBe(true);
    const date = find(r, 'Quảng Ngãi, ngày 24 tháng 10 năm 2024');
    expect(date?.align).toBe('right');
    expect(date?.runs[0]?.italic).toBe(true);
  });

  it('prints the title, the year and the audience, centred', () => {
    expectInOrder(r.texts, ['BẢN KIỂM ĐIỂM CÁ NHÂN', 'Năm 2024', '(Cá nhân giữ chức lãnh đạo, quản lý)']);
    const title = find(r, 'BẢN KIỂM ĐIỂM CÁ NHÂN');
    expect(title).toMatchObject({ align: 'center' });
    expect(title?.runs[0]).toMatchObject({ bold: true, size: 28 });
    expect(find(r, 'Năm 2024')?.runs[0]?.bold).toBe(true);
    expect(find(r, '(Cá nhân giữ chức lãnh đạo, quản lý)')?.runs[0]?.italic).toBe(true);
  });

  it('fills the personal lines from the answers and the person’s record', () => {
    expectInOrder(r.texts, [
      '- Họ và tên: Trần Văn Trưởng',
      '- Ngày sinh: 05/02/1978',
      '- Chức vụ Đảng: Chi ủy viên',
      '- Chức vụ chính quyền: Trưởng phòng Tổng hợp',
      '- Đơn vị công tác: Phòng Tổng hợp',
      '- Chi bộ: Phòng Tổng hợp',
    ]);
    expect(r.texts).not.toContain('Thông tin cá nhân');
  });

  it('prints every section heading in order, in bold, the answers justified under them', () => {
    const headings = printedHeadings(def);
    expect(headings).toContain('A. NỘI DUNG KIỂM ĐIỂM');
    expectInOrder(r.texts, headings);
    for (const h of headings)
      expect(
        find(r, h)?.runs.every((x) => x.bold),
        h,
      ).toBe(true);
    expectInOrder(r.texts, [
      'I. Ưu điểm, kết quả đạt được',
      def.sections[1]?.sections?.[0]?.fields[0]?.label ?? '',
      'Luôn giữ vững lập trường tư tưởng chính trị, tuyệt đối trung thành với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
      'Có lối sống giản dị, trung thực, đoàn kết; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”.',
      'II. Hạn chế, khuyết điểm và nguyên nhân',
      '1. Hạn chế, khuyết điểm',
      'Có lúc chưa sâu sát trong việc đôn đốc tiến độ các báo cáo định kỳ.',
      'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
      'Tăng cường kiểm tra, đôn đốc; phân công cụ thể từng chuyên viên theo dõi tiến độ.',
    ]);
    expect(find(r, 'Khối lượng công việc lớn, nhiều nhiệm vụ đột xuất.')?.align).toBe('both');
  });

  it('prints a dotted line where nothing was written (V. … tập thể (nếu có))', () => {
    const [a, b] = linesAfter(r, def.sections[1]?.sections?.[4]?.heading ?? '', 2);
    expect(a).toMatch(DOTS);
    expect(b).toMatch(DOTS);
  });

  it('prints last year’s weaknesses as a table with their remedy status', () => {
    const rows = rowsOf(r.docx.document);
    const header = rows.findIndex((x) => x.cells[1] === 'Hạn chế, khuyết điểm');
    expect(rows[header]?.cells).toEqual(['TT', 'Hạn chế, khuyết điểm', 'Kết quả khắc phục', 'Ghi chú']);
    expect(rows[header]?.header).toBe(true);
    expect(rows[header + 1]?.cells).toEqual([
      '1',
      'Chậm tổng hợp báo cáo tháng của các sở',
      'Đã khắc phục',
      '',
    ]);
    expect(rows[header + 2]?.cells).toEqual([
      '2',
      'Chưa cập nhật kịp thời văn bản chỉ đạo lên hệ thống',
      'Đang khắc phục (60%)',
      'Hoàn thành trong quý I/2025',
    ]);
  });

  it('prints each review suggestion with who made it and the answer', () => {
    expectInOrder(r.texts, [
      'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
      '1. Vấn đề được gợi ý (Đảng ủy Văn phòng): Đề nghị làm rõ việc chậm tiến độ báo cáo quý III.',
      'Giải trình: Do thiếu số liệu của các sở; đã khắc phục từ tháng 10.',
    ]);
  });

  it('prints the point table with its columns, the groups’ points and the totals, bordered', () => {
    const rows = rowsOf(r.docx.document);
    const header = rows.findIndex((x) => x.cells[0] === 'TT' && x.cells[1] === 'Tiêu chí');
    expect(rows[header]?.cells).toEqual([...SCORE_TABLE_COLUMNS]);
    expect(rows[header]?.header).toBe(true);
    expect(rows.slice(header + 1, header + 4).map((x) => x.cells)).toEqual([
      ['1', 'Nhóm tiêu chí chung', '30', '27', '26,5', ''],
      ['2', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '70', '60,5', '60', ''],
      ['', 'Tổng điểm', '100', '87,5', '86,5', ''],
    ]);
    // Under the heading that shows it, the last part of the form.
    const i = r.texts.indexOf(def.sections[2]?.sections?.[0]?.heading ?? '');
    expect(i).toBeGreaterThan(r.texts.indexOf('B. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG'));
    // Bordered: the table does not switch off docx's single borders round every cell.
    const table = r.docx.document.split('<w:tbl>').find((t) => t.includes('Tổng điểm')) ?? '';
    expect(table).toContain('<w:tblBorders>');
    expect(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1]).not.toContain('w:val="none"');
  });

  it('checks the level each self-rating gives, and only that one', () => {
    const boxes = r.texts.filter((t) => t.startsWith(CHECKED) || t.startsWith(UNCHECKED));
    expect(boxes).toEqual([
      `${UNCHECKED} Hoàn thành xuất sắc nhiệm vụ`,
      `${CHECKED} Hoàn thành tốt nhiệm vụ`,
      `${UNCHECKED} Hoàn thành nhiệm vụ`,
      `${UNCHECKED} Không hoàn thành nhiệm vụ`,
      `${UNCHECKED} Hoàn thành xuất sắc nhiệm vụ`,
      `${CHECKED} Hoàn thành tốt nhiệm vụ`,
      `${UNCHECKED} Hoàn thành nhiệm vụ`,
      `${UNCHECKED} Không hoàn thành nhiệm vụ`,
    ]);
  });

  it('ends with the signature: NGƯỜI TỰ KIỂM ĐIỂM, (Ký, ghi rõ họ tên), the name in bold', () => {
    const tail = r.texts.slice(-8).filter((t) => t !== '');
    expect(tail).toEqual(['NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)', 'Trần Văn Trưởng']);
    expect(r.paras.findLast((p) => p.text === 'NGƯỜI TỰ KIỂM ĐIỂM')?.runs[0]?.bold).toBe(true);
    expect(r.paras.findLast((p) => p.text === '(Ký, ghi rõ họ tên)')?.runs[0]?.italic).toBe(true);
    expect(r.paras.at(-1)?.runs[0]).toMatchObject({ text: 'Trần Văn Trưởng', bold: true });
  });

  it('prints what was typed in NFD in NFC', async () => {
    const nfd = await render({
      ...REVIEW_FORM_PARTY,
      answers: { ...REVIEW_FORM_PARTY.answers, cam_ket: 'Thực hiện đầy đủ cam kết.'.normalize('NFD') },
      person: { fullName: 'Trần Văn Trưởng'.normalize('NFD'), positionTitle: 'Trưởng phòng' },
    });
    expect(nfd.texts).toContain('Thực hiện đầy đủ cam kết.');
    expect(nfd.texts).toContain('- Họ và tên: Trần Văn Trưởng');
    expect(nfd.text).toBe(nfd.text.normalize('NFC'));
  });

  it('prints a group of several criteria as a subtotal row over its numbered criteria', async () => {
    const split = structuredClone(def);
    const group = split.scoreTable?.groups[0];
    if (!group) throw new Error('no group');
    group.items = [
      { key: 'chinh_tri', label: 'Chính trị tư tưởng', max: 15 },
      { key: 'dao_duc', label: 'Đạo đức, lối sống', max: 15 },
    ];
    const s = await render({
      ...REVIEW_FORM_PARTY,
      definition: split,
      scores: {
        chinh_tri: { self: 14 },
        dao_duc: { self: 13.5, authority: 13 },
        ket_qua_nhiem_vu: { self: 60 },
      },
    });
    const rows = rowsOf(s.docx.document);
    const at = rows.findIndex((x) => x.cells[1] === 'Nhóm tiêu chí chung');
    expect(rows.slice(at, at + 5).map((x) => x.cells)).toEqual([
      ['1', 'Nhóm tiêu chí chung', '30', '27,5', '', '13'],
      ['1.1', 'Chính trị tư tưởng', '15', '14', '', ''],
      ['1.2', 'Đạo đức, lối sống', '15', '13,5', '', '13'],
      ['2', 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', '70', '60', '', ''],
      ['', 'Tổng điểm', '100', '87,5', '', '13'],
    ]);
    expect(rows[at]?.xml).toContain('<w:b/>');
    expect(rows[at + 1]?.xml).not.toContain('<w:b/>');
  });

  it('does not repeat "Chi bộ" when the person wrote it', async () => {
    const cell = await render({
      ...REVIEW_FORM_PARTY,
      answers: { ...REVIEW_FORM_PARTY.answers, chi_bo: 'Chi bộ Phòng Tổng hợp' },
    });
    expect(cell.texts).toContain('CHI BỘ PHÒNG TỔNG HỢP');
  });

  it('prints "Chi bộ …" with dots when the cell is not known', async () => {
    const { chi_bo: _c, ...answers } = REVIEW_FORM_PARTY.answers as Record<string, unknown>;
    const blank = await render({ ...REVIEW_FORM_PARTY, answers });
    expect(blank.texts.find((t) => t.startsWith('CHI BỘ'))).toMatch(/^CHI BỘ …+$/);
    expect(blank.texts.find((t) => t.startsWith('- Chi bộ:'))).toMatch(/^- Chi bộ: …+$/);
  });
});

describe('state form (the Office’s Mẫu số 01, partly filled)', () => {
  let r: Rendered;
  const def = REVIEW_FORM_STATE.definition as FormDefinition;
  beforeAll(async () => {
    r = await render(REVIEW_FORM_STATE);
  });

  it('has the state header with the agency’s names and a date line left blank to fill in', () => {
    expectInOrder(r.texts, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expectInOrder(r.texts, ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'VĂN PHÒNG UBND TỈNH']);
    expect(r.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(r.texts.some((t) => /^Quảng Ngãi, ngày\u00a0+tháng\u00a0+năm/.test(t))).toBe(true);
  });

  it('prints the title, the year and the audience', () => {
    expectInOrder(r.texts, [
      'BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG',
      'Năm 2024',
      '(Dùng cho công chức, người lao động chưa là đảng viên)',
    ]);
  });

  it('prints the section headings in order; the leaders’ part only for a leader', async () => {
    const leadersOnly = (key: string) => key === 'i_lanh_dao';
    expectInOrder(r.texts, printedHeadings(def, leadersOnly));
    expect(r.texts).not.toContain('Phần dành cho người giữ chức vụ lãnh đạo, quản lý');
    const leader = await render({ ...REVIEW_FORM_STATE, leader: true });
    expectInOrder(leader.texts, printedHeadings(def));
  });

  it('prints the answers, and dotted lines under what is empty', () => {
    expect(linesAfter(r, '1. Chính trị tư tưởng')).toEqual([
      'Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    ]);
    for (const empty of [
      '3. Tác phong, lề lối làm việc',
      '4. Ý thức tổ chức kỷ luật',
      '1. Tự nhận xét ưu, nhược điểm',
    ]) {
      const lines = linesAfter(r, empty, 2);
      for (const l of lines) expect(l, empty).toMatch(DOTS);
    }
    expect(r.texts).toContain('- Chức vụ: Chuyên viên');
  });

  it('checks the proposed level in the form’s one level field', () => {
    const boxes = r.texts.filter((t) => t.startsWith(CHECKED) || t.startsWith(UNCHECKED));
    expect(boxes).toEqual([
      `${CHECKED} Hoàn thành xuất sắc nhiệm vụ`,
      `${UNCHECKED} Hoàn thành tốt nhiệm vụ`,
      `${UNCHECKED} Hoàn thành nhiệm vụ`,
      `${UNCHECKED} Không hoàn thành nhiệm vụ`,
    ]);
    expect(r.paras.find((p) => p.text.startsWith(CHECKED))?.runs[1]?.bold).toBe(true);
  });

  it('has no point table and signs without the party note', () => {
    expect(rowsOf(r.docx.document).some((x) => x.cells[1] === 'Tiêu chí')).toBe(false);
    const tail = r.texts.slice(-8).filter((t) => t !== '');
    expect(tail).toEqual(['NGƯỜI TỰ KIỂM ĐIỂM', 'Phạm Văn Viên']);
  });
});

describe('the other forms', () => {
  const person = {
    fullName: 'Lê Thị Hoa',
    positionTitle: 'Phó Chánh Văn phòng',
    unitName: 'Lãnh đạo Văn phòng',
  };

  it('CV 2397 Mẫu 01 prints the prior years as a table (Năm | Mức xếp loại), the years alone when blank', async () => {
    const def = form('CV2397_M01');
    const filled = await render({
      definition: def,
      person,
      year: 2024,
      answers: {
        ket_qua_cac_nam: [
          { year: 2024, level: 'HTTNV' },
          { year: 2022, level: 'HTXSNV' },
          { year: 2023, level: null, note: 'Nghỉ thai sản' },
        ],
      },
    });
    const rows = rowsOf(filled.docx.document);
    const at = rows.findIndex((x) => x.cells[0] === 'Năm');
    expect(rows.slice(at, at + 4).map((x) => x.cells)).toEqual([
      ['Năm', 'Mức xếp loại', 'Ghi chú'],
      ['2022', 'Hoàn thành xuất sắc nhiệm vụ', ''],
      ['2023', 'Không xếp loại', 'Nghỉ thai sản'],
      ['2024', 'Hoàn thành tốt nhiệm vụ', ''],
    ]);
    const blank = rowsOf((await render({ definition: def, person, year: 2024 })).docx.document);
    const b = blank.findIndex((x) => x.cells[0] === 'Năm');
    expect(blank.slice(b + 1, b + 4).map((x) => x.cells)).toEqual([
      ['2022', '', ''],
      ['2023', '', ''],
      ['2024', '', ''],
    ]);
  });

  it('NĐ 90 Mẫu 03: the viên chức signs before the manager’s and the authority’s parts, left dotted', async () => {
    const def = form('ND90_M03');
    const r = await render({ definition: def, person, year: 2024, proposedLevel: 'HTTNV' });
    expectInOrder(r.texts, [
      'II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG',
      `${CHECKED} Hoàn thành tốt nhiệm vụ`,
      'NGƯỜI TỰ KIỂM ĐIỂM',
      'Lê Thị Hoa',
      'III. Ý KIẾN NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP',
      'NGƯỜI QUẢN LÝ TRỰC TIẾP',
      '(Ký, ghi rõ họ tên)',
      def.sections[4]?.heading ?? '',
      'Nhận xét ưu, khuyết điểm',
      'CẤP CÓ THẨM QUYỀN',
    ]);
    expect(
      linesAfter(r, 'III. Ý KIẾN NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP', 3).every((l) => DOTS.test(l)),
    ).toBe(true);
    // The authority's level is theirs to tick: all four boxes empty.
    const authorityBoxes = r.texts
      .slice(r.texts.indexOf('Kết quả đánh giá, xếp loại chất lượng') + 1)
      .slice(0, 4);
    expect(authorityBoxes.every((t) => t.startsWith(UNCHECKED))).toBe(true);
  });

  it('a collective’s report comes from the unit and is signed on its behalf', async () => {
    const def = form('TAP_THE_M01');
    const r = await render({
      definition: def,
      unitName: 'Phòng Tổng hợp',
      year: 2024,
      signer: {
        prefix: 'TM.',
        onBehalfOf: 'Phòng Tổng hợp',
        title: 'Trưởng phòng',
        fullName: 'Trần Văn Trưởng',
      },
      answers: { khac_phuc: [] },
    });
    expectInOrder(r.texts, ['VĂN PHÒNG UBND TỈNH', 'PHÒNG TỔNG HỢP', 'BÁO CÁO KIỂM ĐIỂM TẬP THỂ']);
    expect(r.texts).toContain('Không có hạn chế, khuyết điểm nào phải khắc phục từ kỳ trước.');
    expect(r.texts.slice(-8).filter((t) => t !== '')).toEqual([
      'TM. PHÒNG TỔNG HỢP',
      'TRƯỞNG PHÒNG',
      'Trần Văn Trưởng',
    ]);
    expect(
      reviewForm.subject(reviewFormInput.parse({ definition: def, unitName: 'Phòng Tổng hợp', year: 2024 })),
    ).toBe('Báo cáo kiểm điểm tập thể năm 2024 của Phòng Tổng hợp');
  });
});
