/** Kế hoạch: the seed's 2024 plan reproduced from its input, the optional timeline appendix, validation. */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsOf, rowsOf, sectionOf, textOf } from '../testing/docx-xml.js';
import { contextFor } from '../testing/samples.js';
import { plainText } from './common.js';
import { deadlineText, plan, planInput } from './plan.js';
import { PLAN_2024, PLAN_2024_TIMELINE } from './plan-2024.fixture.js';

async function render(input: unknown, ctx = contextFor('KH')) {
  const docx = await openDocx(await Packer.toBuffer(plan.docx(planInput.parse(input), ctx)));
  return { ...docx, paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

describe('plan: the seed 2024 plan', () => {
  it('has the seed subject and the KH number', async () => {
    const { paras, text } = await render(PLAN_2024);
    expect(text).toContain('Số: 05/KH-VP');
    expect(paras.some((p) => p.text === 'KẾ HOẠCH')).toBe(true);
    expect(paras.some((p) => p.text === PLAN_2024.subject)).toBe(true);
    expect(plan.subject(planInput.parse(PLAN_2024))).toMatch(/^Triển khai việc kiểm điểm tập thể/);
  });

  it('prints every heading and paragraph of the seed, in order, without the emphasis marks', async () => {
    const { paras } = await render(PLAN_2024);
    const texts = paras.map((p) => p.text);
    const expected: string[] = [...(PLAN_2024.preamble ?? [])];
    for (const s of PLAN_2024.sections) {
      expected.push(s.heading, ...(s.paragraphs ?? []));
      for (const sub of s.subsections ?? []) expected.push(sub.heading, ...(sub.paragraphs ?? []));
    }
    let at = 0;
    for (const e of expected.map(plainText)) {
      const i = texts.indexOf(e, at);
      expect(i, e.slice(0, 60)).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    for (const t of texts) expect(t).not.toMatch(/\*\*|\(\*|\*\)/);
  });

  it('has sections I–III in bold, and the deadlines in bold as the seed emphasises them', async () => {
    const { paras } = await render(PLAN_2024);
    for (const h of ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']) {
      const p = paras.find((x) => x.text === h);
      expect(p?.runs.every((r) => r.bold)).toBe(true);
    }
    const runs = paras.flatMap((p) => p.runs);
    for (const d of ['trước ngày 25/10/2024', 'Dự kiến ngày 08/11/2024', 'chậm nhất ngày 28/10/2024']) {
      expect(runs.find((r) => r.text.includes(d))?.bold, d).toBe(true);
    }
    expect(runs.find((r) => r.text === 'qua Phòng Hành chính - Quản trị')?.italic).toBe(true);
    expect(runs.find((r) => r.text === 'Mẫu 12/HDDG')).toMatchObject({ bold: true, italic: false });
  });

  it('body paragraphs are justified with a first-line indent', async () => {
    const { paras } = await render(PLAN_2024);
    const p = paras.find((x) => x.text.startsWith('Thực hiện Công văn số 2397-CV/TU'));
    expect(p?.align).toBe('both');
    expect(p?.xml).toMatch(/<w:ind w:firstLine="720"\/>/);
  });

  it('is signed by CHÁNH VĂN PHÒNG Nguyễn Quốc Việt, with the seed Nơi nhận list', async () => {
    const { paras } = await render(PLAN_2024);
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('CHÁNH VĂN PHÒNG');
    expect(texts).toContain('Nguyễn Quốc Việt');
    const i = texts.indexOf('Nơi nhận:');
    expect(texts.slice(i + 1, i + 8)).toEqual([
      '- Ban Thường vụ Tỉnh ủy (báo cáo);',
      '- CT, PCT UBND tỉnh (báo cáo);',
      '- Ban Tổ chức Tỉnh ủy;',
      '- Sở Nội vụ;',
      '- VPUB: BTVĐU, CVP, PCVP, các phòng, ban, đơn vị, Công đoàn, Đoàn TN;',
      '- Trang TTĐT Văn phòng;',
      '- Lưu: VT, HCQT.',
    ]);
  });

  it('has no appendix without a timeline', async () => {
    const { paras } = await render(PLAN_2024);
    expect(paras.some((p) => p.text === 'Phụ lục')).toBe(false);
    expect(rowsOf((await render(PLAN_2024)).document).some((r) => r.cells[0] === 'STT')).toBe(false);
  });
});

describe('plan: timeline', () => {
  const withTimeline = { ...PLAN_2024, timeline: PLAN_2024_TIMELINE };

  it('goes into a "Phụ lục" on a new page after the signature', async () => {
    const { paras } = await render(withTimeline);
    const i = paras.findIndex((p) => p.text === 'Phụ lục');
    expect(i).toBeGreaterThan(paras.findIndex((p) => p.text === 'Nguyễn Quốc Việt'));
    expect(paras[i]?.pageBreakBefore).toBe(true);
    expect(paras[i + 1]?.text).toBe('MỐC THỜI GIAN THỰC HIỆN');
    expect(paras[i + 2]?.text).toBe('(Kèm theo Kế hoạch số 05/KH-VP ngày 05 tháng 11 năm 2024)');
    expect(paras[i + 2]?.runs[0]?.italic).toBe(true);
  });

  it('is a table STT, Nội dung, Đơn vị thực hiện, Thời hạn, Sản phẩm with a repeated header', async () => {
    const rows = rowsOf((await render(withTimeline)).document).filter((r) => r.cells.length === 5);
    expect(rows[0]?.cells).toEqual(['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời hạn', 'Sản phẩm']);
    expect(rows[0]?.header).toBe(true);
    expect(rows).toHaveLength(PLAN_2024_TIMELINE.rows.length + 1);
    expect(rows[1]?.cells).toEqual([
      '1',
      PLAN_2024_TIMELINE.rows[0]?.step,
      'Các phòng, ban, đơn vị',
      '25/10/2024',
      'Gợi ý kiểm điểm, bản tự kiểm điểm, dự thảo báo cáo',
    ]);
    expect(rows.map((r) => r.cells[3])).toContain('12/12 - 15/12/2024');
    expect(rows.map((r) => r.cells[3])).toContain('Dự kiến 08/11/2024');
  });

  it('a draft refers to the plan with blanks', async () => {
    const { text } = await render(withTimeline, contextFor('KH', 'state', null));
    expect(text).toMatch(/\(Kèm theo Kế hoạch số \u00a0+\/KH-VP ngày\u00a0+tháng\u00a0+năm\u00a0+\)/);
  });

  it('a custom title and an empty output cell', async () => {
    const rows = [{ step: 'Họp Hội đồng', who: 'Hội đồng', deadline: '2024-11-20' }];
    const { paras } = await render({ ...PLAN_2024, timeline: { title: 'Lịch trình', rows } });
    expect(paras.some((p) => p.text === 'LỊCH TRÌNH')).toBe(true);
    const table = rowsOf((await render({ ...PLAN_2024, timeline: { rows } })).document).filter(
      (r) => r.cells.length === 5,
    );
    expect(table[1]?.cells).toEqual(['1', 'Họp Hội đồng', 'Hội đồng', '20/11/2024', '']);
  });

  it.each([
    ['2024-10-25', '25/10/2024'],
    ['2025-01-31', '31/01/2025'],
    ['2024-02-30', '2024-02-30'],
    ['12/12 - 15/12/2024', '12/12 - 15/12/2024'],
    ['Dự kiến 27/12/2024', 'Dự kiến 27/12/2024'],
  ])('deadline %s → %s', (input, shown) => {
    expect(deadlineText(input)).toBe(shown);
  });
});

describe('plan: input', () => {
  it('normalises text to NFC and single spaces', async () => {
    const nfd = {
      ...PLAN_2024,
      subject: 'Kiểm điểm   năm 2024'.normalize('NFD'),
      signer: { title: 'Chánh Văn phòng'.normalize('NFD'), fullName: 'Nguyễn Quốc Việt'.normalize('NFD') },
    };
    const parsed = planInput.parse(nfd);
    expect(parsed.subject).toBe('Kiểm điểm năm 2024');
    expect(parsed.signer.fullName).toBe('Nguyễn Quốc Việt'.normalize('NFC'));
    const { text } = await render(nfd);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Nguyễn Quốc Việt');
  });

  it('adds "Lưu: VT" when the list has no archive line, and moves it last', () => {
    expect(planInput.parse({ ...PLAN_2024, recipients: ['Sở Nội vụ'] }).recipients).toEqual(['Sở Nội vụ']);
    const spec = planInput.parse({ ...PLAN_2024, recipients: ['- Lưu: VT, HCQT.', '- Sở Nội vụ;'] });
    expect(spec.recipients).toEqual(['Lưu: VT, HCQT', 'Sở Nội vụ']);
  });

  it('prints the archive line last even when typed first, and adds one when missing', async () => {
    const a = await render({ ...PLAN_2024, recipients: ['Lưu: VT, HCQT', 'Sở Nội vụ'] });
    expect(a.text).toContain('- Sở Nội vụ;\n- Lưu: VT, HCQT.');
    const b = await render({ ...PLAN_2024, recipients: ['Sở Nội vụ'] });
    expect(b.text).toContain('- Sở Nội vụ;\n- Lưu: VT.');
  });

  it.each([
    [{ subject: '  ' }, 'subject', 'Vui lòng nhập trích yếu.'],
    [{ sections: [] }, 'sections', 'Kế hoạch cần ít nhất một phần.'],
    [
      { signer: { title: 'Chánh Văn phòng', fullName: '' } },
      'signer.fullName',
      'Vui lòng nhập họ và tên người ký.',
    ],
    [{ signer: { prefix: 'XX.', title: 'A', fullName: 'B' } }, 'signer.prefix', undefined],
    [{ timeline: { rows: [] } }, 'timeline.rows', 'Bảng mốc thời gian cần ít nhất một dòng.'],
  ])('rejects %o at %s', (patch, path, message) => {
    const r = planInput.safeParse({ ...PLAN_2024, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(r.error?.issues)).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('portrait A4 whatever the content', async () => {
    const { document } = await render({ ...PLAN_2024, timeline: PLAN_2024_TIMELINE });
    expect(sectionOf(document).pgSz).toMatchObject({ w: '11906', h: '16838' });
  });
});
