/** Báo cáo in the state frame and in the party frame (HD 36-HD/VPTW). */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsOf, textOf } from '../testing/docx-xml.js';
import { contextFor, PARTY_REPORT, REPORT } from '../testing/samples.js';
import { partyReport, partyReportInput, report, reportInput } from './report.js';

async function renderState(input: unknown = REPORT) {
  const docx = await openDocx(await Packer.toBuffer(report.docx(reportInput.parse(input), contextFor('BC'))));
  return { paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

async function renderParty(input: unknown = PARTY_REPORT) {
  const docx = await openDocx(
    await Packer.toBuffer(partyReport.docx(partyReportInput.parse(input), contextFor('BC', 'party'))),
  );
  return { paras: paragraphsOf(docx.document), text: textOf(docx.document) };
}

describe('report (state)', () => {
  it('prints the preamble, then sections and subsections in order, with headings in bold', async () => {
    const { paras } = await renderState();
    const texts = paras.map((p) => p.text);
    const order = [
      'BÁO CÁO',
      'Thực hiện Kế hoạch số 05/KH-VP ngày 22/10/2024 của Văn phòng UBND tỉnh, Văn phòng báo cáo kết quả như sau:',
      'I. KẾT QUẢ THỰC HIỆN',
      'Tổng số công chức, viên chức, người lao động được đánh giá: 45 người.',
      '1. Công chức',
      '- Hoàn thành xuất sắc nhiệm vụ: 05 người.',
      '2. Viên chức',
      'II. ĐÁNH GIÁ CHUNG',
    ];
    let at = 0;
    for (const t of order) {
      const i = texts.indexOf(t, at);
      expect(i, t).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    for (const h of ['I. KẾT QUẢ THỰC HIỆN', '1. Công chức']) {
      expect(paras.find((p) => p.text === h)?.runs.every((r) => r.bold)).toBe(true);
    }
    const total = paras.find((p) => p.text.startsWith('Tổng số công chức'));
    expect(total?.runs.find((r) => r.text === '45')?.bold).toBe(true);
  });

  it('has the state header and the KT. signature', async () => {
    const { text } = await renderState();
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 05/BC-VP');
    expect(text).toContain('KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG');
  });

  it('needs at least one section', () => {
    expect(reportInput.safeParse({ ...REPORT, sections: [] }).success).toBe(false);
  });
});

describe('party_report', () => {
  it('has the party header: ĐẢNG CỘNG SẢN VIỆT NAM underlined, a star, "Số 05-BC/ĐU", the date right-aligned', async () => {
    const { paras, text } = await renderParty();
    const title = paras.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(title?.runs[0]?.bold).toBe(true);
    expect(title?.xml).toContain('<w:u w:val="single"/>');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(paras.some((p) => p.text === '*')).toBe(true);
    expect(text).toContain('Số 05-BC/ĐU');
    const date = paras.find((p) => p.text === 'Quảng Ngãi, ngày 05 tháng 11 năm 2024');
    expect(date?.align).toBe('right');
    expect(date?.runs[0]?.italic).toBe(true);
  });

  it('prints the party committee names given in the input instead of the agency', async () => {
    const { text } = await renderParty();
    expect(text).toContain('ĐẢNG BỘ KHỐI');
    expect(text).toContain('ĐẢNG ỦY VĂN');
    expect(text).not.toContain('ỦY BAN NHÂN DÂN');
    const plain = await renderParty({ ...PARTY_REPORT, heading: undefined });
    expect(plain.text).toContain('ỦY BAN NHÂN DÂN');
  });

  it('writes the authority prefix the party way: T/M, K/T', async () => {
    expect((await renderParty()).text).toContain('T/M ĐẢNG ỦY\nBÍ THƯ');
    const kt = await renderParty({
      ...PARTY_REPORT,
      signer: { prefix: 'KT.', onBehalfOf: 'Bí thư', title: 'Phó Bí thư', fullName: 'Lê Văn Tám' },
    });
    expect(kt.text).toContain('K/T BÍ THƯ\nPHÓ BÍ THƯ');
    expect(kt.text).not.toContain('KT.');
  });
});
