/**
 * Pieces shared by the document kinds: zod fields that normalise text to NFC, the signer and
 * recipients of the frame, times ("08 giờ 00"), percentages ("66,7%"), inline emphasis in body
 * text, and the numbered sections of plans and reports.
 */
import type { Paragraph, ParagraphChild, Table } from 'docx';
import { z } from 'zod';
import { calendarDate, documentDate } from '../../../domain/document-format.js';
import { normalizeText } from '../../../domain/text.js';
import {
  type AuthorityPrefix,
  bodyHeading,
  bodyParagraph,
  type DocumentSpec,
  type Signer,
  textRun,
} from '../frame.js';
import type { RenderContext } from './types.js';

/** Required text, cleaned up (NFC, no invisible characters, single spaces). */
export const text = (what = 'nội dung') =>
  z
    .string()
    .transform(normalizeText)
    .pipe(z.string().min(1, `Vui lòng nhập ${what}.`));

/** Optional text; blank becomes undefined. */
export const optionalText = () =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : normalizeText(s) || undefined));

/** A list of paragraphs; blank ones are dropped. */
export const paragraphs = () =>
  z
    .array(z.string())
    .default([])
    .transform((list) => list.map(normalizeText).filter((s) => s !== ''));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

function validDay(y: number, m: number, d: number) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return Boolean(m && validDay(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** ISO date `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = (what = 'ngày') =>
  z.string().refine(isIsoDate, { message: `${what} phải có dạng YYYY-MM-DD và là ngày có thật.` });

/** Local date and time `YYYY-MM-DDTHH:mm` (seconds allowed and ignored). */
export const isoDateTime = (what = 'thời gian') =>
  z.string().refine(
    (s) => {
      const m = ISO_DATE_TIME.exec(s);
      return Boolean(
        m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60,
      );
    },
    { message: `${what} phải có dạng YYYY-MM-DDTHH:mm.` },
  );

/** "08 giờ 00" from `YYYY-MM-DDTHH:mm`. */
export const timeText = (isoDateTime: string) => {
  const [, time = ''] = isoDateTime.split('T');
  const [h = '00', m = '00'] = time.split(':');
  return `${h.padStart(2, '0')} giờ ${m.padStart(2, '0')}`;
};

/** "ngày 05 tháng 11 năm 2024" from `YYYY-MM-DD…`. */
export const dayText = (iso: string) => documentDate(calendarDate(iso.slice(0, 10)));

/** "08 giờ 00, ngày 05 tháng 11 năm 2024". */
export const dateTimeText = (isoDateTime: string) => `${timeText(isoDateTime)}, ${dayText(isoDateTime)}`;

/** Vietnamese number: "." for thousands, "," for decimals ("1.234,5"). */
export const vnNumber = (n: number, fractionDigits?: number) =>
  new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 20,
    useGrouping: true,
  }).format(n);

/** "66,7%": one decimal, Vietnamese decimal comma. */
export const percentText = (part: number, whole: number) =>
  whole > 0 ? `${vnNumber(Math.round((part / whole) * 1000) / 10, 1)}%` : '';

const PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.'] as const satisfies readonly AuthorityPrefix[];

export const signerSchema = z.object({
  prefix: z.enum(PREFIXES).optional(),
  onBehalfOf: optionalText(),
  title: text('chức vụ người ký'),
  fullName: text('họ và tên người ký'),
});

/**
 * "Nơi nhận" lines. The last line of the decree's list is the archive ("Lưu: VT, HCQT"); when
 * the list has none, "Lưu: VT" is added.
 */
export const recipientsSchema = z
  .array(z.string())
  .transform((list) => list.map(cleanRecipient).filter((s) => s !== ''));

/** Users often type the leading "-" and the trailing ";" themselves; the frame adds them. */
function cleanRecipient(s: string) {
  return normalizeText(s)
    .replace(/^[-–•+]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}

export function withArchive(recipients: string[] | undefined): string[] | undefined {
  if (!recipients || recipients.length === 0) return recipients;
  const rest = recipients.filter((r) => !/^Lưu\b/i.test(r));
  const archive = recipients.find((r) => /^Lưu\b/i.test(r)) ?? 'Lưu: VT';
  return [...rest, archive];
}

/** The frame's spec from the render context; kinds add their content. */
export function baseSpec(
  ctx: RenderContext,
  fields: Pick<DocumentSpec, 'typeName' | 'subject' | 'body' | 'signers'> & Partial<DocumentSpec>,
): DocumentSpec {
  return {
    parentBody: ctx.agency.parentBodyName,
    issuingBody: ctx.agency.issuingBodyName,
    numberText: ctx.numberText,
    placeName: ctx.agency.placeName,
    date: ctx.date,
    ...fields,
    recipients: withArchive(fields.recipients),
  };
}

export const toSigner = (s: z.output<typeof signerSchema>): Signer => ({
  prefix: s.prefix,
  onBehalfOf: s.onBehalfOf,
  title: s.title,
  fullName: s.fullName,
});

/**
 * Body text with light emphasis, as plans are typed: `**bold**` and `*italic*` (nesting one in
 * the other works: `**Mẫu 01** (*gửi kèm*)`). A lone asterisk is printed as it is.
 */
export function richRuns(
  s: string,
  base: { bold?: boolean; italics?: boolean; size?: number } = {},
): ParagraphChild[] {
  const size = base.size ?? 14;
  const out: ParagraphChild[] = [];
  const re = /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) out.push(textRun(s.slice(last, m.index), { ...base, size }));
    if (m[1] !== undefined) out.push(...richRuns(m[1], { ...base, size, bold: true }));
    else out.push(textRun(m[2] ?? '', { ...base, size, italics: true }));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(textRun(s.slice(last), { ...base, size }));
  return out;
}

/** The same text without the emphasis marks (for checks and plain-text uses). */
export const plainText = (s: string) =>
  s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*([^*\s](?:[^*]*[^*\s])?)\*/g, '$1');

export const richParagraph = (s: string) => bodyParagraph(richRuns(s));

const subsectionSchema = z.object({ heading: text('tiêu đề mục'), paragraphs: paragraphs() });

/** "I. MỤC ĐÍCH, YÊU CẦU" with paragraphs, then "1. Mục đích" with paragraphs, … */
export const sectionSchema = z.object({
  heading: text('tiêu đề phần'),
  paragraphs: paragraphs(),
  subsections: z.array(subsectionSchema).default([]),
});

export type Section = z.output<typeof sectionSchema>;

export function sectionsBody(sections: Section[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const s of sections) {
    out.push(bodyHeading(plainText(s.heading)));
    for (const p of s.paragraphs) out.push(richParagraph(p));
    for (const sub of s.subsections) {
      out.push(bodyParagraph(richRuns(sub.heading, { bold: true })));
      for (const p of sub.paragraphs) out.push(richParagraph(p));
    }
  }
  return out;
}

/** A label in bold followed by plain text: "Địa điểm: Phòng họp số 1". */
export const labelled = (label: string, value: string | ParagraphChild[]) =>
  bodyParagraph([
    textRun(`${label}:${value === '' ? '' : ' '}`, { bold: true, size: 14 }),
    ...(typeof value === 'string' ? (value ? [textRun(value, { size: 14 })] : []) : value),
  ]);

/** "Đồng chí Nguyễn Văn A", unless the text already says how to address the person. */
export function comrade(name: string) {
  return /^(đồng chí|đ\/c|ông|bà|anh|chị)\s/i.test(name) ? name : `Đồng chí ${name}`;
}
