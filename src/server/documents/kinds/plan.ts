/**
 * Kế hoạch (KH), NĐ 30/2020 Mẫu 1.4 (văn bản có tên loại): the "Thực hiện …" preamble, numbered
 * sections (I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG; III. TỔ CHỨC THỰC HIỆN) and, optionally, a table
 * of the steps with who does them and by when.
 */
import type { Paragraph, Table } from 'docx';
import { z } from 'zod';
import { formatVnDate } from '../../../domain/dates.js';
import { buildDocument, contentWidth, dataTable } from '../frame.js';
import {
  baseSpec,
  dayText,
  isIsoDate,
  optionalText,
  paragraphs,
  recipientsSchema,
  richParagraph,
  sectionSchema,
  sectionsBody,
  signerSchema,
  text,
  toSigner,
} from './common.js';
import type { DocumentKind } from './types.js';

const timelineRow = z.object({
  step: text('nội dung công việc'),
  who: text('đơn vị thực hiện'),
  /** ISO date, or free text such as "12/12 - 15/12/2024" or "Dự kiến ngày 08/11/2024". */
  deadline: text('thời hạn'),
  output: optionalText(),
});

export const planInput = z.object({
  subject: text('trích yếu'),
  preamble: paragraphs(),
  sections: z.array(sectionSchema).min(1, 'Kế hoạch cần ít nhất một phần.'),
  timeline: z
    .object({
      title: optionalText(),
      rows: z.array(timelineRow).min(1, 'Bảng mốc thời gian cần ít nhất một dòng.'),
    })
    .optional(),
  signer: signerSchema,
  recipients: recipientsSchema,
});

export type PlanInput = z.output<typeof planInput>;
/** What callers may pass (before defaults and clean-up). */
export type PlanInputIn = z.input<typeof planInput>;

/** A deadline cell: an ISO date as dd/mm/yyyy, anything else as typed. */
export const deadlineText = (deadline: string) => (isIsoDate(deadline) ? formatVnDate(deadline) : deadline);

export function timelineTable(timeline: NonNullable<PlanInput['timeline']>, landscape = false): Table {
  return dataTable(
    [
      { title: 'STT', width: 5, align: 'center' },
      { title: 'Nội dung', width: 36 },
      { title: 'Đơn vị thực hiện', width: 22 },
      { title: 'Thời hạn', width: 15, align: 'center' },
      { title: 'Sản phẩm', width: 22 },
    ],
    timeline.rows.map((r, i) => [String(i + 1), r.step, r.who, deadlineText(r.deadline), r.output ?? '']),
    contentWidth(landscape),
  );
}

/** "(Kèm theo Kế hoạch số 05/KH-VP ngày 05 tháng 11 năm 2024)"; blanks while a draft. */
export function attachedTo(typeLabel: string, numberText: string, date: string | null) {
  // Not \s or trim(): a draft's number is made of no-break spaces, which must stay.
  const number = numberText.replace(/^Số:? */, '').replace(/ +$/, '');
  const gap = '\u00a0'.repeat(6);
  const day = date ? dayText(date) : `ngày${gap}tháng${gap}năm${gap}`;
  return `(Kèm theo ${typeLabel}${number ? ` số ${number}` : ''} ${day})`;
}

export const plan: DocumentKind<PlanInput> = {
  kind: 'plan',
  label: 'Kế hoạch',
  typeCode: 'KH',
  frame: 'state',
  input: planInput,
  subject: (input) => input.subject,
  docx(raw, ctx) {
    const input = planInput.parse(raw);
    const body: (Paragraph | Table)[] = [
      ...input.preamble.map(richParagraph),
      ...sectionsBody(input.sections),
    ];
    // The timeline goes into a "Phụ lục" after the signature, as plans attach their schedules.
    const appendix = input.timeline && {
      title: input.timeline.title ?? 'Mốc thời gian thực hiện',
      reference: attachedTo('Kế hoạch', ctx.numberText, ctx.date),
      body: [timelineTable(input.timeline)],
    };
    return buildDocument(
      baseSpec(ctx, {
        typeName: 'KẾ HOẠCH',
        subject: input.subject,
        body,
        signers: [toSigner(input.signer)],
        recipients: input.recipients,
        appendix,
      }),
    );
  },
};
