/**
 * Báo cáo (BC), NĐ 30/2020 Mẫu 1.4: numbered sections with paragraphs and subsections. The same
 * renderer prints a party report (`party_report`) in the party frame (HD 36-HD/VPTW 2018):
 * "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/ĐU", T/M, K/T prefixes.
 */
import { z } from 'zod';
import { buildDocument } from '../frame.js';
import {
  baseSpec,
  paragraphs,
  recipientsSchema,
  richParagraph,
  sectionSchema,
  sectionsBody,
  signerSchema,
  text,
  toSigner,
} from './common.js';
import type { DocumentKind, RenderContext } from './types.js';

export const reportInput = z.object({
  subject: text('trích yếu'),
  /** Opening paragraphs before the first section ("Thực hiện …", "Căn cứ …"); optional. */
  preamble: paragraphs(),
  sections: z.array(sectionSchema).min(1, 'Báo cáo cần ít nhất một phần.'),
  signer: signerSchema,
  recipients: recipientsSchema,
});

export type ReportInput = z.output<typeof reportInput>;
export type ReportInputIn = z.input<typeof reportInput>;

/**
 * A party report may print the party committee's names in the header ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN
 * TỈNH" / "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH") instead of the agency's.
 */
export const partyReportInput = reportInput.extend({
  heading: z
    .object({
      parentBody: z.string().transform((s) => s.normalize('NFC').trim()),
      issuingBody: text('tên cấp ủy'),
    })
    .optional(),
});

export type PartyReportInput = z.output<typeof partyReportInput>;
export type PartyReportInputIn = z.input<typeof partyReportInput>;

function renderReport(r: PartyReportInput, ctx: RenderContext, frame: 'state' | 'party') {
  return buildDocument(
    baseSpec(ctx, {
      frame,
      ...(r.heading ? { parentBody: r.heading.parentBody, issuingBody: r.heading.issuingBody } : {}),
      typeName: 'BÁO CÁO',
      subject: r.subject,
      body: [...r.preamble.map(richParagraph), ...sectionsBody(r.sections)],
      signers: [toSigner(r.signer)],
      recipients: r.recipients,
    }),
  );
}

export const report: DocumentKind<ReportInput> = {
  kind: 'report',
  label: 'Báo cáo',
  typeCode: 'BC',
  frame: 'state',
  input: reportInput,
  subject: (input) => input.subject,
  docx: (raw, ctx) => renderReport(reportInput.parse(raw), ctx, 'state'),
};

export const partyReport: DocumentKind<PartyReportInput> = {
  kind: 'party_report',
  label: 'Báo cáo (Đảng)',
  typeCode: 'BC',
  frame: 'party',
  input: partyReportInput,
  subject: (input) => input.subject,
  docx: (raw, ctx) => renderReport(partyReportInput.parse(raw), ctx, 'party'),
};
