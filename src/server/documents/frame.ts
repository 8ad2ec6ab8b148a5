/**
 * The one layout frame every generated document uses (Nghị định 30/2020/NĐ-CP, Phụ lục I;
 * rules.md §5): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the
 * header block (parent body upright, issuing body bold with a short rule, "Số: …" under it; the
 * national motto bold with a rule, the italic place-and-date line); type name and subject centred
 * and bold; justified body; signature block(s); "Nơi nhận:"; page numbers centred at the top
 * from page 2. A second variant prints the party header (HD 36-HD/VPTW 2018).
 * Document kinds build only their content and hand it to `buildDocument`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { calendarDate, placeDateLine, toCapitals } from '../../domain/document-format.js';

export const FONT = 'Times New Roman';
/** docx sizes are half-points. */
export const pt = (points: number) => points * 2;

/**
 * Millimetres to twips, rounded. docx's `convertMillimetersToTwip` truncates, which makes A4
 * 11905 × 16837 and a 20 mm margin 19.99 mm; Word's own A4 is 11906 × 16838.
 */
export const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** A4 in twips, and the margins chosen inside the decree's ranges. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: {
    top: mm(20),
    bottom: mm(20),
    left: mm(30),
    right: mm(15),
  },
};

export type Frame = 'state' | 'party';
export type AuthorityPrefix = 'TM.' | 'KT.' | 'TL.' | 'TUQ.';

export interface Signer {
  /** TM. (for a collective), KT. (deputy for the head), TL., TUQ.; with the authority it signs for. */
  prefix?: AuthorityPrefix;
  /** e.g. "CHÁNH VĂN PHÒNG" after "KT."; or "ỦY BAN NHÂN DÂN" after "TM.". */
  onBehalfOf?: string;
  /** The signer's own title, e.g. "PHÓ CHÁNH VĂN PHÒNG", "THƯ KÝ", "CHỦ TỌA". */
  title: string;
  /** An italic line under the title, e.g. "(Ký, ghi rõ họ tên)" on party forms. */
  note?: string;
  /** The name under the space for the signature; empty leaves the space for a handwritten name. */
  fullName: string;
}

export interface DocumentSpec {
  frame?: Frame;
  /** "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" (upright); empty when there is none. */
  parentBody: string;
  /** "VĂN PHÒNG UBND TỈNH" (bold, with a short rule under it). */
  issuingBody: string;
  /** Output of stateNumberText / partyNumberText ("Số: 05/BB-VP"). */
  numberText: string;
  placeName: string;
  /** ISO date of issue; null prints an empty date line for a draft ("ngày    tháng    năm"). */
  date: string | null;
  /** "BIÊN BẢN", "KẾ HOẠCH", … */
  typeName: string;
  /** Trích yếu, e.g. "Họp kiểm điểm, đánh giá, xếp loại năm 2024". */
  subject: string;
  /** An italic line under the subject, before the rule, e.g. a form's "(Dùng cho …)". */
  subjectNote?: string;
  body: (Paragraph | Table)[];
  /** One signer (right), or two (left and right, e.g. THƯ KÝ and CHỦ TỌA on minutes). */
  signers: Signer[];
  /**
   * Several signers stacked in two columns, e.g. the members of a vote-counting committee on the
   * left and its head on the right. Takes the place of `signers` when given; "Nơi nhận" follows.
   */
  signerColumns?: { left: Signer[]; right: Signer[] };
  /** "Nơi nhận" lines without the leading "- " and the final punctuation; "Lưu: VT, HCQT" last. */
  recipients?: string[];
  landscape?: boolean;
  /**
   * A "Phụ lục" after the closing, on a new page (NĐ 30/2020 Phụ lục I mục V): "Phụ lục" and its
   * title bold and centred, then the italic "(Kèm theo … số … ngày …)" line and a short rule.
   */
  appendix?: { title: string; reference?: string; body: (Paragraph | Table)[] };
}

export const textRun = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, bold: opts.bold, italics: opts.italics, size: pt(opts.size ?? 13) });

const centred = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, before: 0 }, children });

/** A short solid rule under a centred line, made as a bottom border narrowed by indents. */
function rule(cellWidth: number, fraction: number) {
  const indent = Math.round((cellWidth * (1 - fraction)) / 2);
  return new Paragraph({
    spacing: { before: 0, after: 120 },
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function twoColumns(widths: [number, number], left: Paragraph[], right: Paragraph[]) {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    // One row that never splits: a signature block stays whole on one page.
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

/** Width between the margins, in twips. */
export function contentWidth(landscape: boolean) {
  const paper = landscape ? PAGE.height : PAGE.width;
  return paper - PAGE.margin.left - PAGE.margin.right;
}

function dateLine(place: string, iso: string | null) {
  if (iso) return placeDateLine(place, calendarDate(iso));
  const gap = '\u00a0'.repeat(6);
  return `${place ? `${place}, ` : ''}ngày${gap}tháng${gap}năm${gap}`;
}

/**
 * Header names too long for the left column break into two balanced lines at the space nearest
 * the middle ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI"), as offices type them, instead of wrapping
 * a single word onto the second line.
 */
export function balancedLines(text: string, maxChars = 26): string[] {
  // Lines the caller broke on purpose ("ĐẢNG BỘ\nVĂN PHÒNG UBND TỈNH") are kept as they are.
  if (text.includes('\n'))
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  if (text.length <= maxChars) return [text];
  const mid = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** The header block: two borderless columns (Phụ lục I, ô số 1–4). */
function headerBlock(spec: DocumentSpec, width: number): Table {
  const leftWidth = Math.round(width * 0.44);
  const rightWidth = width - leftWidth;
  const party = spec.frame === 'party';
  const left: Paragraph[] = [];
  for (const line of spec.parentBody ? balancedLines(toCapitals(spec.parentBody)) : []) {
    left.push(centred([textRun(line, { size: 12 })]));
  }
  for (const line of balancedLines(toCapitals(spec.issuingBody))) {
    left.push(centred([textRun(line, { bold: true, size: 12 })]));
  }
  left.push(party ? centred([textRun('*', { size: 13 })], 60) : rule(leftWidth, 0.4));
  // Documents without a number (lists, self-review forms) have no "Số" line at all.
  if (spec.numberText) left.push(centred([textRun(spec.numberText, { size: 13 })]));
  const right: Paragraph[] = party
    ? [
        centred([
          new TextRun({
            text: 'ĐẢNG CỘNG SẢN VIỆT NAM',
            font: FONT,
            bold: true,
            size: pt(15),
            underline: {},
          }),
        ]),
        new Paragraph({
          spacing: { before: 240 },
          alignment: AlignmentType.RIGHT,
          children: [textRun(dateLine(spec.placeName, spec.date), { italics: true, size: 14 })],
        }),
      ]
    : [
        centred([textRun('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })]),
        centred([textRun('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })]),
        rule(rightWidth, 0.6),
        centred([textRun(dateLine(spec.placeName, spec.date), { italics: true, size: 14 })]),
      ];
  return twoColumns([leftWidth, rightWidth], left, right);
}

function titleBlock(spec: DocumentSpec, width: number): Paragraph[] {
  return [
    centred([textRun(spec.typeName, { bold: true, size: 14 })], 0),
    centred([textRun(spec.subject, { bold: true, size: 14 })], 0),
    ...(spec.subjectNote ? [centred([textRun(spec.subjectNote, { italics: true, size: 14 })], 0)] : []),
    rule(width, 0.25),
  ];
}

/**
 * Party documents write the authority prefixes with a slash (HD 36-HD/VPTW 2018): T/M, K/T, T/L,
 * T/UQ [R: rules.md §5.4 only says the party has its own rules].
 */
const PARTY_PREFIX: Record<AuthorityPrefix, string> = {
  'TM.': 'T/M',
  'KT.': 'K/T',
  'TL.': 'T/L',
  'TUQ.': 'T/UQ',
};

function signerParagraphs(s: Signer, frame: Frame = 'state'): Paragraph[] {
  const lines: Paragraph[] = [];
  if (s.prefix) {
    const prefix = frame === 'party' ? PARTY_PREFIX[s.prefix] : s.prefix;
    lines.push(
      centred([textRun(`${prefix} ${toCapitals(s.onBehalfOf ?? '')}`.trim(), { bold: true, size: 14 })]),
    );
  }
  lines.push(centred([textRun(toCapitals(s.title), { bold: true, size: 14 })]));
  if (s.note) lines.push(centred([textRun(s.note, { italics: true, size: 14 })]));
  // Room for the handwritten signature and the seal.
  for (let i = 0; i < 4; i++) lines.push(centred([textRun('', { size: 14 })]));
  lines.push(centred([textRun(s.fullName, { bold: true, size: 14 })]));
  return lines;
}

/**
 * A signature block inside the body, e.g. the person's signature before the parts their manager
 * and the competent authority fill (NĐ 90/2020 Mẫu số 02, 03): the signer on the right half.
 */
export function signatureTable(signer: Signer, frame: Frame = 'state', landscape = false): Table {
  const width = contentWidth(landscape);
  const half = Math.round(width / 2);
  return twoColumns([half, width - half], [new Paragraph({})], signerParagraphs(signer, frame));
}

/** "Nơi nhận:" bold italic 12 pt; lines 11 pt starting with "-", ending ";" and the last "." */
export function recipientsBlock(recipients: string[]): Paragraph[] {
  const out = [
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: [textRun('Nơi nhận:', { bold: true, italics: true, size: 12 })],
    }),
  ];
  recipients.forEach((r, i) => {
    const end = i === recipients.length - 1 ? '.' : ';';
    out.push(new Paragraph({ spacing: { after: 0 }, children: [textRun(`- ${r}${end}`, { size: 11 })] }));
  });
  return out;
}

function closingBlock(spec: DocumentSpec, width: number): (Paragraph | Table)[] {
  const half = Math.round(width / 2);
  const recipients = spec.recipients?.length ? recipientsBlock(spec.recipients) : [];
  const sign = (s: Signer) => signerParagraphs(s, spec.frame);
  if (spec.signerColumns) {
    // Each signer after the first in a column gets a blank line of separation.
    const column = (signers: Signer[]) =>
      signers.flatMap((s, i) => (i === 0 ? sign(s) : [centred([textRun('', { size: 14 })]), ...sign(s)]));
    const left = column(spec.signerColumns.left);
    const right = column(spec.signerColumns.right);
    return [
      twoColumns(
        [half, width - half],
        left.length ? left : [new Paragraph({})],
        right.length ? right : [new Paragraph({})],
      ),
      ...recipients,
    ];
  }
  const [first, second] = spec.signers;
  if (!first) return recipients;
  if (!second) {
    return [
      twoColumns([half, width - half], recipients.length ? recipients : [new Paragraph({})], sign(first)),
    ];
  }
  return [twoColumns([half, width - half], sign(first), sign(second)), ...recipients];
}

/** A centred line, e.g. the italic "(Kèm theo …)" under an appendix title. */
export function centredLine(text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return centred([textRun(text, { size: 14, ...opts })]);
}

function appendixBlock(
  appendix: NonNullable<DocumentSpec['appendix']>,
  width: number,
): (Paragraph | Table)[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [textRun('Phụ lục', { bold: true, size: 14 })],
    }),
    centredLine(toCapitals(appendix.title), { bold: true }),
    ...(appendix.reference ? [centredLine(appendix.reference, { italics: true })] : []),
    rule(width, 0.25),
    ...appendix.body,
  ];
}

/** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, 13 pt, line spacing 1.2. */
export function bodyParagraph(
  text: string | ParagraphChild[],
  opts: { bold?: boolean; italics?: boolean; indent?: boolean; keepNext?: boolean } = {},
) {
  const children =
    typeof text === 'string' ? [textRun(text, { bold: opts.bold, italics: opts.italics, size: 14 })] : text;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    indent: opts.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { after: 120, line: 288 },
    children,
  });
}

/** A bold heading inside the body ("I. MỤC ĐÍCH, YÊU CẦU"). */
export function bodyHeading(text: string) {
  return bodyParagraph(text, { bold: true });
}

/** Build the whole document: header block, title, body, closing, page numbers from page 2. */
export function buildDocument(spec: DocumentSpec): Document {
  const landscape = spec.landscape ?? false;
  const width = contentWidth(landscape);
  return new Document({
    creator: 'BinhXet',
    lastModifiedBy: 'BinhXet',
    title: `${spec.typeName} ${spec.subject}`.trim(),
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              ...PAGE.margin,
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          // Page numbers: centred in the top margin, not on the first page (NĐ 30 Phụ lục I).
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
              }),
            ],
          }),
        },
        children: [
          headerBlock(spec, width),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...titleBlock(spec, width),
          ...spec.body,
          // Kept with the signature block: body paragraphs marked keep-with-next pull it along.
          new Paragraph({ spacing: { after: 120 }, keepNext: true, children: [] }),
          ...closingBlock(spec, width),
          ...(spec.appendix ? appendixBlock(spec.appendix, width) : []),
        ],
      },
    ],
  });
}

export interface DataColumn {
  title: string;
  /** Relative width; the columns share `totalWidth` in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /**
   * A heading shared by consecutive columns ("Đồng ý" over "Số phiếu" and "Tỷ lệ"): the header
   * then takes two rows, the group title spanning its columns and the other titles spanning both rows.
   */
  group?: string;
}

/** Default left + right cell margins of a Word table (108 twips each), plus a little slack. */
const CELL_PADDING = 2 * 108 + 40;

/**
 * Approximate width in twips of a word (or a line) in 12 pt Times New Roman: capitals and digits are wider than
 * small letters, bold a little wider still. Good enough to keep "STT" or "25/10/2024" on one line.
 */
export function wordWidth(word: string, bold = false): number {
  let em = 0;
  for (const ch of word.normalize('NFC')) {
    if (ch === ' ') em += 0.25;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else if (/[./,:;()-]/.test(ch)) em += 0.3;
    else if (ch === '%') em += 0.85;
    else if (ch !== ch.toLowerCase()) em += 0.7;
    else em += 0.48;
  }
  return Math.ceil(em * 240 * (bold ? 1.06 : 1));
}

/**
 * Column widths in twips: in proportion to the given widths, but never narrower than the longest
 * word of the column (header in bold, cells), so that no word breaks across lines. When the
 * minima alone exceed the width, all columns shrink in proportion to their minima.
 */
export function fitColumnWidths(columns: DataColumn[], rows: string[][], totalWidth: number): number[] {
  const longest = (text: string, bold: boolean) =>
    Math.max(0, ...text.split(/\s+/).map((w) => wordWidth(w, bold)));
  const mins = columns.map((c, i) => {
    let m = longest(c.title, true);
    for (const r of rows) m = Math.max(m, longest(r[i] ?? '', false));
    return Math.min(m + CELL_PADDING, Math.round(totalWidth * 0.4));
  });
  const minSum = mins.reduce((s, m) => s + m, 0);
  if (minSum >= totalWidth) return mins.map((m) => Math.floor((m / minSum) * totalWidth));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= columns.length; pass++) {
    const free = totalWidth - [...fixed].reduce((s, i) => s + (mins[i] ?? 0), 0);
    const weight = columns.reduce((s, c, i) => (fixed.has(i) ? s : s + c.width), 0);
    if (weight <= 0) return mins;
    widths = columns.map((c, i) => (fixed.has(i) ? (mins[i] ?? 0) : Math.floor((c.width / weight) * free)));
    const short = widths.flatMap((w, i) => (!fixed.has(i) && w < (mins[i] ?? 0) ? [i] : []));
    if (short.length === 0) break;
    for (const i of short) fixed.add(i);
  }
  return widths;
}

/**
 * A data table for lists and summary tables: header row(s) repeated on every page, rows that do
 * not split across pages, 12 pt text.
 */
export function dataTable(columns: DataColumn[], rows: string[][], totalWidth: number) {
  const widths = fitColumnWidths(columns, rows, totalWidth);
  const align = (a?: string) =>
    a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const cellOf = (
    text: string,
    width: number,
    header: boolean,
    alignment?: string,
    span: { columnSpan?: number; rowSpan?: number } = {},
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      ...span,
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : align(alignment),
          spacing: { before: 40, after: 40 },
          children: [textRun(text, { bold: header, size: 12 })],
        }),
      ],
    });
  const header: TableRow[] = [];
  if (columns.some((c) => c.group)) {
    const top: TableCell[] = [];
    const bottom: TableCell[] = [];
    for (let i = 0; i < columns.length; ) {
      const c = columns[i] as DataColumn;
      if (!c.group) {
        top.push(cellOf(c.title, widths[i] ?? 0, true, undefined, { rowSpan: 2 }));
        i++;
        continue;
      }
      let j = i;
      let w = 0;
      while (j < columns.length && columns[j]?.group === c.group) {
        bottom.push(cellOf(columns[j]?.title ?? '', widths[j] ?? 0, true));
        w += widths[j] ?? 0;
        j++;
      }
      top.push(cellOf(c.group, w, true, undefined, { columnSpan: j - i }));
      i = j;
    }
    header.push(new TableRow({ tableHeader: true, cantSplit: true, children: top }));
    header.push(new TableRow({ tableHeader: true, cantSplit: true, children: bottom }));
  } else {
    header.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cellOf(c.title, widths[i] ?? 0, true)),
      }),
    );
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      ...header,
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((t, i) => cellOf(t, widths[i] ?? 0, false, columns[i]?.align)),
          }),
      ),
    ],
  });
}
