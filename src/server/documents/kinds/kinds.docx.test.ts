/**
 * Every document kind against the formatting rules of NĐ 30/2020 (rules.md §5) and, for the party
 * report, HD 36-HD/VPTW: page, margins, font, the header elements and their sizes, the number,
 * the motto, NFC text, the signature block, "Nơi nhận", page numbers from page 2, repeated table
 * headers. Read back from the DOCX XML.
 */
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCapitals } from '../../../domain/document-format.js';
import { balancedLines } from '../frame.js';
import {
  defaultFont,
  type OpenedDocx,
  openDocx,
  type Para,
  paragraphsOf,
  type Run,
  rowsOf,
  sectionOf,
  textOf,
  twipsToMm,
} from '../testing/docx-xml.js';
import { SAMPLES } from '../testing/samples.js';
import { DOCUMENT_KINDS, getKind } from './index.js';

const runsOfAll = (paras: Para[]) => paras.flatMap((p) => p.runs);
const runWithText = (runs: Run[], text: string) => runs.find((r) => r.text === text);
/** The signature block comes last: the last run with this text. */
const lastRunWithText = (runs: Run[], text: string) => runs.findLast((r) => r.text === text);

describe('DOCUMENT_KINDS', () => {
  it('lists the kinds by their stored code', () => {
    expect(Object.keys(DOCUMENT_KINDS).sort()).toEqual(
      ['minutes', 'party_report', 'plan', 'report', 'review_form', 'table', 'vote_count'].sort(),
    );
    for (const [code, k] of Object.entries(DOCUMENT_KINDS)) expect(k.kind).toBe(code);
  });

  it.each([
    ['plan', 'Kế hoạch', 'KH', 'state'],
    ['minutes', 'Biên bản', 'BB', 'state'],
    ['vote_count', 'Biên bản kiểm phiếu', 'BB', 'state'],
    ['table', 'Danh sách / Bảng tổng hợp', null, 'state'],
    ['report', 'Báo cáo', 'BC', 'state'],
    ['party_report', 'Báo cáo (Đảng)', 'BC', 'party'],
    // The form decides its frame (review-form.docx.test.ts).
    ['review_form', 'Bản kiểm điểm', null, 'state'],
  ])('%s: %s, %s, %s frame', (kind, label, typeCode, frame) => {
    const k = getKind(kind);
    expect(k).toMatchObject({ kind, label, typeCode, frame });
  });

  it('getKind is undefined for an unknown or inherited name', () => {
    expect(getKind('memo')).toBeUndefined();
    expect(getKind('toString')).toBeUndefined();
  });

  it('every kind has a sample (a self-review form has its own checks: no number, no "Nơi nhận")', () => {
    expect(new Set(SAMPLES.map((s) => s.kind))).toEqual(
      new Set(Object.keys(DOCUMENT_KINDS).filter((k) => k !== 'review_form')),
    );
  });
});

describe.each(SAMPLES)('$name ($kind)', (sample) => {
  const kind = getKind(sample.kind);
  if (!kind) throw new Error(sample.kind);
  const party = kind.frame === 'party';
  let docx: OpenedDocx;
  let paras: Para[];
  let runs: Run[];
  let input: unknown;

  beforeAll(async () => {
    input = kind.input.parse(sample.input);
    docx = await openDocx(await Packer.toBuffer(kind.docx(input, sample.ctx)));
    paras = paragraphsOf(docx.document);
    runs = runsOfAll(paras);
  });

  it('is A4, portrait or landscape as the kind decides', () => {
    const { pgSz } = sectionOf(docx.document);
    if (sample.landscape) {
      expect(pgSz).toMatchObject({ w: '16838', h: '11906', orient: 'landscape' });
    } else {
      expect(pgSz).toMatchObject({ w: '11906', h: '16838' });
      expect(pgSz.orient ?? 'portrait').toBe('portrait');
    }
  });

  it('has margins inside the decree ranges: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
    const { pgMar } = sectionOf(docx.document);
    expect(pgMar).toMatchObject({ top: '1134', bottom: '1134', left: '1701', right: '850' });
    const inRange = (twips: string | undefined, lo: number, hi: number) => {
      const mm = twipsToMm(twips ?? 'NaN');
      expect(mm).toBeGreaterThanOrEqual(lo);
      expect(mm).toBeLessThanOrEqual(hi);
    };
    inRange(pgMar.top, 20, 25);
    inRange(pgMar.bottom, 20, 25);
    inRange(pgMar.left, 30, 35);
    inRange(pgMar.right, 15, 20);
  });

  it('prints every run in Times New Roman (its own font or the default style)', () => {
    expect(defaultFont(docx.styles)).toBe('Times New Roman');
    const fonts = new Set(runs.map((r) => r.font ?? defaultFont(docx.styles)));
    expect([...fonts]).toEqual(['Times New Roman']);
    for (const h of docx.headers) {
      for (const r of runsOfAll(paragraphsOf(h.xml)))
        expect(r.font ?? 'Times New Roman').toBe('Times New Roman');
    }
  });

  it('writes all text in NFC', () => {
    const all = textOf(docx.document);
    expect(all.length).toBeGreaterThan(100);
    expect(all).toBe(all.normalize('NFC'));
    expect(docx.core).toBe(docx.core.normalize('NFC'));
  });

  it('prints the header elements with their sizes and styles', () => {
    const heading = (input as { heading?: { parentBody: string; issuingBody: string } }).heading;
    const parentName = heading?.parentBody ?? sample.ctx.agency.parentBodyName;
    const issuingName = heading?.issuingBody ?? sample.ctx.agency.issuingBodyName;
    const parent = balancedLines(toCapitals(parentName));
    expect(parent.length).toBeGreaterThan(0);
    for (const line of parent) {
      const r = runWithText(runs, line);
      expect(r, line).toBeDefined();
      expect(r?.bold, `${line} is upright, not bold`).toBe(false);
      expect(r?.size).toBe(24);
    }
    for (const line of balancedLines(toCapitals(issuingName))) {
      const r = runWithText(runs, line);
      expect(r, line).toBeDefined();
      expect(r?.bold, `${line} is bold`).toBe(true);
    }
    const place = runs.find((r) => r.text.startsWith('Quảng Ngãi, ngày'));
    expect(place?.text).toBe('Quảng Ngãi, ngày 05 tháng 11 năm 2024');
    expect(place).toMatchObject({ italic: true, size: 28 });
    const type = runWithText(runs, sample.typeName);
    expect(type).toMatchObject({ bold: true, size: 28 });
    const subject = runWithText(runs, kind.subject(input));
    expect(subject).toMatchObject({ bold: true, size: 28 });
    if (party) {
      expect(runWithText(runs, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatchObject({ bold: true });
      expect(runWithText(runs, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeUndefined();
    } else {
      expect(runWithText(runs, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, size: 24 });
      // The motto exactly: initial capitals, hyphens with spaces, bold, one size up.
      expect(runWithText(runs, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 26 });
    }
  });

  it('prints the number and symbol in the form of its frame', () => {
    const number = runs.find((r) => /^Số:? [\d\u00a0]/.test(r.text));
    if (kind.typeCode === null) {
      expect(number).toBeUndefined();
      return;
    }
    const n = sample.ctx.numberText;
    expect(number?.text).toBe(n);
    expect(number?.size).toBe(26);
    if (party) expect(n).toMatch(/^Số \d{2}-BC\/ĐU$/);
    else expect(n).toMatch(new RegExp(`^Số: \\d{2}/${kind.typeCode}-VP$`));
  });

  it('prints the signature block: authority and title bold in capitals, the name bold', () => {
    const signer = (input as { signer?: { prefix?: string; title: string; fullName: string } }).signer;
    const expected = signer
      ? [{ title: signer.title.toUpperCase(), fullName: signer.fullName }]
      : sample.kind === 'minutes'
        ? [
            { title: 'THƯ KÝ', fullName: (input as { secretary: { fullName: string } }).secretary.fullName },
            { title: 'CHỦ TỌA', fullName: (input as { chair: { fullName: string } }).chair.fullName },
          ]
        : [{ title: 'TRƯỞNG BAN', fullName: 'Phạm Văn Hùng' }];
    for (const s of expected) {
      const title = lastRunWithText(runs, s.title);
      expect(title, s.title).toMatchObject({ bold: true, size: 28 });
      expect(title?.text).toBe(title?.text.toLocaleUpperCase('vi-VN'));
      expect(lastRunWithText(runs, s.fullName), s.fullName).toMatchObject({ bold: true, size: 28 });
    }
    if (signer?.prefix) {
      const line = runs.find((r) => r.bold && /^(KT\.|TM\.|TL\.|TUQ\.|K\/T|T\/M|T\/L|T\/UQ) /.test(r.text));
      expect(line?.text).toBe(line?.text.toLocaleUpperCase('vi-VN'));
      expect(
        line?.text.startsWith(party ? signer.prefix.replace(/^(\w)(\w+)\.$/, '$1/$2') : signer.prefix),
      ).toBe(true);
    }
  });

  it('prints "Nơi nhận:" bold italic 12 pt, its lines 11 pt, the last "- Lưu: VT…."', () => {
    const i = paras.findIndex((p) => p.text === 'Nơi nhận:');
    expect(i).toBeGreaterThan(0);
    expect(paras[i]?.runs[0]).toMatchObject({ bold: true, italic: true, size: 24 });
    const lines: Para[] = [];
    for (const p of paras.slice(i + 1)) {
      if (!p.text.startsWith('- ')) break;
      lines.push(p);
    }
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) for (const r of l.runs) expect(r.size).toBe(22);
    for (const l of lines.slice(0, -1)) expect(l.text.endsWith(';'), l.text).toBe(true);
    const last = lines.at(-1)?.text ?? '';
    expect(last.startsWith('- Lưu: V')).toBe(true);
    if (!party) expect(last.startsWith('- Lưu: VT')).toBe(true);
    expect(last.endsWith('.')).toBe(true);
  });

  it('numbers pages from page 2: PAGE field in the default header, none on the first, titlePg set', () => {
    const sect = sectionOf(docx.document);
    expect(sect.titlePg).toBe(true);
    const withPage = docx.headers.filter((h) => runsOfAll(paragraphsOf(h.xml)).some((r) => r.pageField));
    expect(withPage).toHaveLength(1);
    expect(docx.headers.length).toBe(2);
    expect(sect.headerRefs.map((h) => h.type).sort()).toEqual(['default', 'first']);
    const pageRun = runsOfAll(paragraphsOf(withPage[0]?.xml ?? '')).find((r) => r.pageField);
    expect(pageRun?.size).toBeGreaterThanOrEqual(26);
    expect(pageRun?.size).toBeLessThanOrEqual(28);
    expect(paragraphsOf(withPage[0]?.xml ?? '')[0]?.align).toBe('center');
  });

  it('repeats the header row of its data tables on every page; rows do not split', () => {
    const rows = rowsOf(docx.document);
    const headerRows = rows.filter((r) => r.cells[0] === 'STT');
    const hasTable =
      ['minutes', 'vote_count', 'table'].includes(sample.kind) || sample.name.includes('moc-thoi-gian');
    expect(headerRows.length > 0).toBe(hasTable);
    for (const r of headerRows) {
      expect(r.header).toBe(true);
      expect(r.cantSplit).toBe(true);
    }
  });

  it('records the title and the creator in the document properties', () => {
    expect(docx.core).toContain(`<dc:title>${sample.typeName} `);
    expect(docx.core).toContain('<dc:creator>BinhXet</dc:creator>');
  });
});

describe('drafts', () => {
  it.each(SAMPLES.filter((s) => s.ctx.numberText))(
    '$name without number or date prints the blanks',
    async (s) => {
      const kind = getKind(s.kind);
      if (!kind) throw new Error(s.kind);
      const ctx = {
        ...s.ctx,
        date: null,
        numberText: s.ctx.numberText.replace(/\d{2}(?=[/-])/, '\u00a0'.repeat(5)),
      };
      const docx = await openDocx(await Packer.toBuffer(kind.docx(kind.input.parse(s.input), ctx)));
      const text = textOf(docx.document);
      expect(text).toMatch(/ngày\u00a0+tháng\u00a0+năm/);
      expect(text).toContain(ctx.numberText);
    },
  );
});
