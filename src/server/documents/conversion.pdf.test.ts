/**
 * DOCX → PDF through LibreOffice: page size and count, the 60-attendee minutes (header row repeated,
 * no row lost, page numbers from page 2), a reference image of page 1, the bounded queue, the
 * timeout and a missing LibreOffice. Needs soffice and poppler-utils; no database.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyHeading, bodyParagraph, buildDocument, contentWidth, dataTable } from './frame.js';
import {
  PDF_UNAVAILABLE_MESSAGE,
  PdfConversionError,
  PdfConverter,
  PdfTimeoutError,
  PdfUnavailableError,
  pdfInfo,
  pdfPageCount,
  pdfTextPages,
  pdfToPngPages,
} from './pdf.js';
import { decodePng, meanAbsoluteDifference } from './pdf-png.js';

const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '__reference__');
/** Reference images are rendered at this resolution, in gray: about 10 kB a page. */
const REFERENCE_DPI = 30;
/**
 * Mean absolute gray-level difference (0–255) allowed against a reference image. Measured on the
 * plan at 30 dpi: another date 0.003, one word 0.07, another signer name 0.16, no "Nơi nhận" 0.39,
 * one more empty paragraph (everything below moves a line) 5.7.
 */
const REFERENCE_TOLERANCE = 1;

const AGENCY = {
  parentBody: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  issuingBody: 'Văn phòng UBND tỉnh',
  placeName: 'Quảng Ngãi',
};

const toDocx = (doc: Document) => Packer.toBuffer(doc);

/** A one-page Kế hoạch with fixed content and date: also the source of the reference image. */
function planSample() {
  return buildDocument({
    ...AGENCY,
    numberText: 'Số: 01/KH-VP',
    date: '2024-10-15',
    typeName: 'KẾ HOẠCH',
    subject: 'Đánh giá, xếp loại chất lượng và bình xét thi đua năm 2024',
    body: [
      bodyHeading('I. MỤC ĐÍCH, YÊU CẦU'),
      bodyParagraph(
        'Đánh giá đúng, khách quan kết quả thực hiện nhiệm vụ của từng công chức, viên chức và người lao động; ' +
          'làm căn cứ để bình xét thi đua, khen thưởng và bố trí, sử dụng cán bộ.',
      ),
      bodyParagraph('Việc đánh giá bảo đảm công khai, dân chủ, đúng thẩm quyền và đúng thời gian quy định.'),
      bodyHeading('II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN'),
      bodyParagraph('1. Cá nhân tự đánh giá, xếp loại theo mẫu và gửi phòng trước ngày 01/11/2024.'),
      bodyParagraph(
        '2. Các phòng tổ chức họp nhận xét, đánh giá và bỏ phiếu kín từ ngày 04/11 đến ngày 08/11/2024.',
      ),
      bodyParagraph('3. Hội đồng thi đua, khen thưởng họp xét và tổng hợp kết quả trước ngày 20/11/2024.'),
      bodyHeading('III. TỔ CHỨC THỰC HIỆN'),
      bodyParagraph(
        'Trưởng các phòng triển khai kế hoạch này đến toàn thể công chức, viên chức; phòng Hành chính - Quản trị ' +
          'theo dõi, tổng hợp và báo cáo Chánh Văn phòng.',
      ),
    ],
    signers: [
      {
        prefix: 'KT.',
        onBehalfOf: 'Chánh Văn phòng',
        title: 'Phó Chánh Văn phòng',
        fullName: 'Nguyễn Văn Minh',
      },
    ],
    recipients: ['Lãnh đạo Văn phòng', 'Các phòng, đơn vị thuộc Văn phòng', 'Lưu: VT, HCQT'],
  });
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Ngọc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Khánh', 'Lan', 'Linh', 'Long'];
const ROLES = [
  'Chuyên viên',
  'Chuyên viên chính',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Kế toán viên',
  'Lái xe',
];
const UNITS = ['Phòng Tổng hợp', 'Phòng Hành chính - Quản trị', 'Phòng Kinh tế', 'Phòng Nội chính'];

/** 60 distinct attendees (surname by i % 10 and middle name by i / 10 make every name unique). */
const ATTENDEES = Array.from({ length: 60 }, (_, i) => ({
  name: `${SURNAMES[i % 10]} ${MIDDLE[Math.floor(i / 10)]} ${GIVEN[i % 12]}`,
  role: ROLES[i % ROLES.length] ?? '',
  unit: UNITS[i % UNITS.length] ?? '',
}));

const LONG_PARAGRAPHS = [
  'Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 11 năm 2024. Địa điểm: Hội trường tầng 3, trụ sở Văn phòng ' +
    'Ủy ban nhân dân tỉnh, số 52 đường Hùng Vương, thành phố Quảng Ngãi.',
  'Chủ trì (chủ tọa): ông Lê Văn Chánh, Chánh Văn phòng. Thư ký (người ghi biên bản): bà Trần Thị Bích, ' +
    'Chuyên viên phòng Hành chính - Quản trị. Thành phần tham dự gồm 60 người theo danh sách dưới đây:',
];
const CONTENT_PARAGRAPHS = [
  'Chủ tọa quán triệt mục đích, yêu cầu của việc đánh giá, xếp loại chất lượng và bình xét thi đua năm 2024; ' +
    'nhấn mạnh việc đánh giá phải căn cứ vào kết quả thực hiện nhiệm vụ được giao, bảo đảm khách quan, công bằng, ' +
    'dân chủ và công khai, không nể nang, né tránh, không hình thức.',
  'Từng công chức, viên chức trình bày bản tự nhận xét, đánh giá của mình trước cuộc họp. Các thành viên dự họp ' +
    'tham gia ý kiến thẳng thắn về ưu điểm, khuyết điểm, hạn chế; ý kiến của từng người được ghi đầy đủ vào biên ' +
    'bản này và người được nhận xét đã tiếp thu, bổ sung bản tự đánh giá.',
  'Cuộc họp thống nhất đề nghị mức xếp loại chất lượng của từng người như phụ lục kèm theo; đồng thời tiến hành ' +
    'bỏ phiếu kín bình xét danh hiệu "Lao động tiên tiến". Ban kiểm phiếu gồm ba người do cuộc họp bầu ra đã ' +
    'kiểm phiếu công khai và công bố kết quả ngay tại cuộc họp.',
  'Kết thúc cuộc họp, thư ký đọc lại toàn văn biên bản; các thành viên dự họp nhất trí thông qua với tỷ lệ ' +
    '100%. Cuộc họp kết thúc lúc 11 giờ 30 phút cùng ngày. Biên bản được lập thành ba bản có giá trị như nhau.',
];

function minutesSample() {
  const width = contentWidth(false);
  return buildDocument({
    ...AGENCY,
    numberText: 'Số: 05/BB-VP',
    date: '2024-11-05',
    typeName: 'BIÊN BẢN',
    subject: 'Họp nhận xét, đánh giá, xếp loại chất lượng và bình xét thi đua năm 2024',
    body: [
      ...LONG_PARAGRAPHS.map((t) => bodyParagraph(t)),
      dataTable(
        [
          { title: 'STT', width: 1.4, align: 'center' },
          { title: 'Họ và tên', width: 5 },
          { title: 'Chức vụ', width: 4 },
          { title: 'Đơn vị', width: 5 },
        ],
        ATTENDEES.map((a, i) => [String(i + 1), a.name, a.role, a.unit]),
        width,
      ),
      bodyHeading('NỘI DUNG CUỘC HỌP'),
      ...CONTENT_PARAGRAPHS.map((t) => bodyParagraph(t)),
    ],
    signers: [
      { title: 'Thư ký', fullName: 'Trần Thị Bích' },
      { title: 'Chủ tọa', fullName: 'Lê Văn Chánh' },
    ],
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How often `phrase` occurs as whole words (a name is not counted inside a longer one). */
const countWords = (text: string, phrase: string) =>
  text
    .normalize('NFC')
    .match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;

const expectA4 = (size: { width: number; height: number } | undefined) => {
  expect(size?.width).toBeCloseTo(595.3, 0);
  expect(size?.height).toBeCloseTo(841.9, 0);
};

/**
 * Live (not zombie) processes whose command line mentions `marker`, e.g. a profile directory, with
 * their process group (one per soffice call) and the user profile they were started with.
 */
async function processesMentioning(marker: string) {
  const found: { pid: number; pgid: number; program: string; profile: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const args = cmdline.split('\0');
      found.push({
        pid: Number(entry),
        pgid: Number(pgrp),
        program: path.basename(args[0] ?? ''),
        profile: args.find((a) => a.startsWith('-env:UserInstallation='))?.slice(22) ?? '',
      });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** A small distinct document for the queue tests. */
const smallDoc = (n: number) =>
  toDocx(
    buildDocument({
      ...AGENCY,
      numberText: `Số: 0${n}/TB-VP`,
      date: `2024-11-0${n}`,
      typeName: 'THÔNG BÁO',
      subject: `Thông báo số ${n}`,
      body: [bodyParagraph(`Nội dung thông báo số ${n}.`)],
      signers: [{ title: 'Chánh Văn phòng', fullName: 'Lê Văn Chánh' }],
    }),
  );

describe('PDF conversion with LibreOffice', () => {
  let tempDir: string;
  let converter: PdfConverter;
  let planPdf: Buffer;
  let minutesPdf: Buffer;

  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'binhxet-pdf-test-'));
    converter = new PdfConverter({ tempDir });
    // Both samples in one soffice call (convertMany), the way a bundle is converted.
    [planPdf = Buffer.alloc(0), minutesPdf = Buffer.alloc(0)] = await converter.convertMany([
      { name: 'ke-hoach.docx', docx: await toDocx(planSample()) },
      { name: 'bien-ban.docx', docx: await toDocx(minutesSample()) },
    ]);
  }, 60_000);

  afterAll(async () => {
    await converter?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it('converts a one-page plan into a one-page A4 PDF in one soffice call with the minutes', async () => {
    expect(planPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageCount(planPdf)).toBe(1);
    const info = await pdfInfo(planPdf);
    expectA4(info.pageSizes[0]);
    expect(converter.stats).toMatchObject({ calls: 1, files: 2, timeouts: 0 });
    // Scratch files are gone; only the profile directory stays for the next call.
    expect((await readdir(tempDir)).filter((f) => f.startsWith('binhxet-pdf-'))).toEqual([]);
  });

  it('lays the 60-attendee minutes over several A4 pages with the header row on each page', async () => {
    const info = await pdfInfo(minutesPdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pageSizes).toHaveLength(info.pages);
    for (const size of info.pageSizes) expectA4(size);

    const pngs = await pdfToPngPages(minutesPdf, 40, { gray: true });
    expect(pngs).toHaveLength(info.pages);
    for (const png of pngs) {
      const img = decodePng(png);
      expect(Math.abs(img.width - (595.3 * 40) / 72)).toBeLessThanOrEqual(1);
      expect(Math.abs(img.height - (841.9 * 40) / 72)).toBeLessThanOrEqual(1);
      expect(img.channels).toBe(1);
    }

    const pages = await pdfTextPages(minutesPdf, { layout: true });
    expect(pages).toHaveLength(info.pages);
    const all = pages.join('\n');
    for (const a of ATTENDEES) expect(countWords(all, a.name), a.name).toBe(1);

    let pagesWithRows = 0;
    pages.forEach((text, i) => {
      const rows = ATTENDEES.filter((a) => countWords(text, a.name) > 0).length;
      if (rows > 0) {
        pagesWithRows++;
        expect(countWords(text, 'Họ và tên'), `header row on page ${i + 1}`).toBe(1);
      }
      const lines = text.split('\n').map((l) => l.trim());
      const first = lines.find((l) => l !== '');
      if (i === 0) {
        expect(first).toMatch(/^ỦY BAN NHÂN DÂN/);
        expect(lines.some((l) => /^\d+$/.test(l))).toBe(false);
      } else {
        expect(first, `page number on page ${i + 1}`).toBe(String(i + 1));
      }
    });
    expect(pagesWithRows).toBeGreaterThanOrEqual(2);
    // The closing paragraph and both signers made it onto the last page.
    expect(all).toContain('Biên bản được lập thành ba bản có giá trị như nhau.');
    expect(pages[pages.length - 1]).toContain('CHỦ TỌA');
  });

  it('renders page 1 of the plan like the reference image', async () => {
    const [png] = await pdfToPngPages(planPdf, REFERENCE_DPI, { gray: true, firstPage: 1, lastPage: 1 });
    if (!png) throw new Error('pdftoppm rendered no page');
    const file = path.join(REFERENCE_DIR, 'plan-page-1.png');
    if (!existsSync(file) || process.env.UPDATE_REFERENCES === '1') {
      await mkdir(REFERENCE_DIR, { recursive: true });
      await writeFile(file, png);
      if (process.env.UPDATE_REFERENCES !== '1') {
        throw new Error(
          `Reference image was missing; created ${file}. Look at it and commit it, then re-run.`,
        );
      }
    }
    const actual = decodePng(png);
    const reference = decodePng(await readFile(file));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const diff = meanAbsoluteDifference(actual, reference);
    if (diff >= REFERENCE_TOLERANCE) {
      const out = path.join(os.tmpdir(), 'plan-page-1.actual.png');
      await writeFile(out, png);
      throw new Error(
        `Page 1 differs from ${file} by ${diff.toFixed(2)} gray levels on average (allowed ` +
          `${REFERENCE_TOLERANCE}); the rendering is in ${out}. If the change is intended, re-run with ` +
          'UPDATE_REFERENCES=1 and commit the new image.',
      );
    }
  });

  it('rejects a batch with a file LibreOffice cannot read, naming that file', async () => {
    const err = await converter
      .convertMany([
        { name: 'thong-bao.docx', docx: await smallDoc(1) },
        { name: 'hong.docx', docx: Buffer.from('PK\x03\x04 không phải tệp DOCX') },
      ])
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(PdfConversionError);
    expect(err).toMatchObject({ fileName: 'hong.docx', detail: 'no PDF for file 2 of 2' });
    expect((err as Error).message).toMatch(/^Không tạo được tệp PDF/);
    expect((await readdir(tempDir)).filter((f) => f.startsWith('binhxet-pdf-'))).toEqual([]);
  }, 30_000);

  it('runs at most `concurrency` soffice processes and queues the rest', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'binhxet-pdf-queue-'));
    const queue = new PdfConverter({ tempDir: own, concurrency: 2 });
    try {
      const root = await queue.profileRoot();
      const docs = await Promise.all([1, 2, 3, 4].map(smallDoc));
      // A soffice call is one process group (oosplash, soffice.bin and any short-lived fork of it).
      let seenCalls = 0;
      let seenQueued = 0;
      let sharedProfile = false;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const procs = await processesMentioning(root);
          const groups = new Set(procs.map((p) => p.pgid));
          seenCalls = Math.max(seenCalls, groups.size);
          for (const profile of new Set(procs.map((p) => p.profile))) {
            if (new Set(procs.filter((p) => p.profile === profile).map((p) => p.pgid)).size > 1)
              sharedProfile = true;
          }
          seenQueued = Math.max(seenQueued, queue.stats.queued);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const started = Date.now();
      const pdfs = await Promise.all(docs.map((d, i) => queue.convert(d, `thong-bao-${i + 1}.docx`)));
      const elapsed = Date.now() - started;
      sampling = false;
      await sampler;

      expect(pdfs).toHaveLength(4);
      for (const pdf of pdfs) expect(await pdfPageCount(pdf)).toBe(1);
      // Each PDF belongs to its own document.
      const texts = await Promise.all(pdfs.map((p) => pdfTextPages(p)));
      for (const [i, t] of texts.entries()) expect(t.join('')).toContain(`Nội dung thông báo số ${i + 1}.`);
      expect(queue.stats).toMatchObject({ calls: 4, files: 4, running: 0, queued: 0, maxConcurrent: 2 });
      expect(seenQueued).toBeGreaterThanOrEqual(1);
      expect(seenCalls).toBeGreaterThanOrEqual(1);
      expect(seenCalls).toBeLessThanOrEqual(2);
      expect(sharedProfile, 'two soffice calls on one profile').toBe(false);
      console.info(`4 conversions with concurrency 2: ${elapsed} ms`);
      // No scratch files left; the two slot profiles are reused, one per slot.
      expect(await readdir(own)).toEqual([path.basename(root)]);
      expect((await readdir(root)).sort()).toEqual(['slot-0', 'slot-1']);
    } finally {
      await queue.close();
      await rm(own, { recursive: true, force: true });
    }
  }, 30_000);

  it('kills a call that runs past its timeout and leaves no soffice process behind', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'binhxet-pdf-timeout-'));
    const docx = await smallDoc(1);
    try {
      // 1 ms kills LibreOffice while it starts; 600 ms once soffice.bin runs (it starts within ~150 ms).
      for (const timeoutMs of [1, 600]) {
        const slow = new PdfConverter({ tempDir: own, timeoutMs, concurrency: 1 });
        const root = await slow.profileRoot();
        const seen = new Set<string>();
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            for (const p of await processesMentioning(root)) seen.add(p.program);
            await new Promise((r) => setTimeout(r, 20));
          }
        })();
        const err = await slow.convert(docx).then(
          () => null,
          (e: unknown) => e,
        );
        sampling = false;
        await sampler;
        expect(err).toBeInstanceOf(PdfTimeoutError);
        expect((err as Error).message).toMatch(/^Chuyển văn bản sang PDF mất quá nhiều thời gian/);
        if (timeoutMs > 1)
          expect([...seen], 'LibreOffice was running when it was killed').toContain('soffice.bin');
        expect(await processesMentioning(root)).toEqual([]);
        expect(slow.stats).toMatchObject({ running: 0, timeouts: 1 });
        await slow.close();
      }
      expect(await readdir(own)).toEqual([]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 20_000);
});

describe('PDF conversion without LibreOffice', () => {
  it('reports itself unavailable and rejects with the install hint', async () => {
    const missing = new PdfConverter({ sofficePath: '/nonexistent/libreoffice/soffice' });
    expect(await missing.available()).toBe(false);
    const err = await missing.convert(Buffer.from('PK')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PdfUnavailableError);
    expect((err as Error).message).toBe(PDF_UNAVAILABLE_MESSAGE);
    expect(PDF_UNAVAILABLE_MESSAGE).toContain('apt-get install libreoffice-writer-nogui fonts-liberation2');
    await missing.close();
  });

  it('finds soffice through SOFFICE_PATH or PATH', async () => {
    const saved = process.env.SOFFICE_PATH;
    try {
      process.env.SOFFICE_PATH = '/nonexistent/soffice';
      expect(await new PdfConverter().available()).toBe(false);
      delete process.env.SOFFICE_PATH;
      const onPath = (process.env.PATH ?? '')
        .split(':')
        .some((d) => d && existsSync(path.join(d, 'soffice')));
      expect(await new PdfConverter().available()).toBe(onPath);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});
