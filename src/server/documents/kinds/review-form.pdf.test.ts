/**
 * Self-review forms through LibreOffice (issue 5.7): the filled party form and the partly filled
 * state form convert, in one soffice call, into A4 PDFs whose text has the header, the title, the
 * answers, the check boxes, the point table's total and, on the last page, the signature.
 * Needs soffice and poppler-utils; no database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfConverter, pdfInfo, pdfTextPages } from '../pdf.js';
import { AGENCY, REVIEW_FORM_PARTY, REVIEW_FORM_STATE } from '../testing/samples.js';
import { CHECKED, reviewForm, reviewFormInput } from './review-form.js';

const CTX = { agency: AGENCY, numberText: '', date: null };
const docx = async (input: unknown) =>
  Buffer.from(await Packer.toBuffer(reviewForm.docx(reviewFormInput.parse(input), CTX)));
/** pdftotext keeps the words; collapse the layout's runs of spaces. */
const flat = (s: string) => s.normalize('NFC').replace(/[ \t]+/g, ' ');

describe('self-review forms as PDF', () => {
  let tempDir: string;
  let converter: PdfConverter;
  let party: Buffer;
  let state: Buffer;

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'binhxet-review-form-pdf-'));
    converter = new PdfConverter({ tempDir });
    [party = Buffer.alloc(0), state = Buffer.alloc(0)] = await converter.convertMany([
      { name: 'Ban-kiem-diem-Tran-Van-Truong-2024.docx', docx: await docx(REVIEW_FORM_PARTY) },
      { name: 'Ban-kiem-diem-Pham-Van-Vien-2024.docx', docx: await docx(REVIEW_FORM_STATE) },
    ]);
  }, 60_000);

  afterAll(async () => {
    await converter?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it('prints the party form on A4 pages: header, title, answers, boxes, total, signature last', async () => {
    const info = await pdfInfo(party);
    expect(info.pages).toBeGreaterThan(0);
    for (const size of info.pageSizes) {
      expect(size.width).toBeCloseTo(595.3, 0);
      expect(size.height).toBeCloseTo(841.9, 0);
    }
    const pages = (await pdfTextPages(party, { layout: true })).map(flat);
    const all = pages.join('\n');
    expect(pages[0]).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(pages[0]).toContain('CHI BỘ PHÒNG TỔNG HỢP');
    expect(pages[0]).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN');
    expect(pages[0]).toContain('Quảng Ngãi, ngày 24 tháng 10 năm 2024');
    expect(all).toContain('Chậm tổng hợp báo cáo tháng của các sở');
    expect(all).toContain(`${CHECKED} Hoàn thành tốt nhiệm vụ`);
    expect(all).toMatch(/Tổng điểm 100 87,5 86,5/);
    const last = pages.at(-1) ?? '';
    expect(last).toContain('NGƯỜI TỰ KIỂM ĐIỂM');
    expect(last).toContain('Trần Văn Trưởng');
  });

  it('prints the state form with the national motto and the proposed level checked', async () => {
    expect(await pdfInfo(state).then((i) => i.pages)).toBeGreaterThan(0);
    const all = (await pdfTextPages(state, { layout: true })).map(flat).join('\n');
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(all).toContain(`${CHECKED} Hoàn thành xuất sắc nhiệm vụ`);
    expect(all).toContain('……………');
  });
});
