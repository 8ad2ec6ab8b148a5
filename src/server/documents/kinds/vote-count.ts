/**
 * Biên bản kiểm phiếu (BB): the vote-counting committee, members and ballots, agree/disagree per
 * candidate with the percentage of the base (members present, or all members), who passed the
 * threshold, and the committee's signatures (rules.md §3.6, §5.5). The threshold and its base are
 * set per plan (the law fixes none for Lao động tiên tiến; 80% of all members for CSTĐCS).
 */
import type { Paragraph, Table } from 'docx';
import { z } from 'zod';
import { bodyParagraph, buildDocument, contentWidth, dataTable, type Signer } from '../frame.js';
import {
  baseSpec,
  comrade,
  dateTimeText,
  isoDateTime,
  labelled,
  optionalText,
  percentText,
  recipientsSchema,
  text,
  vnNumber,
} from './common.js';
import type { DocumentKind } from './types.js';

const count = (what: string) =>
  z
    .number({ message: `${what} phải là số.` })
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`);

export const voteCountInput = z
  .object({
    subject: text('trích yếu'),
    countedAt: isoDateTime('Thời gian kiểm phiếu'),
    place: text('địa điểm'),
    committee: z
      .array(z.object({ fullName: text('họ và tên'), role: z.enum(['Trưởng ban', 'Thành viên']) }))
      .min(1, 'Vui lòng nhập Ban kiểm phiếu.'),
    membersTotal: count('Tổng số thành viên').min(1, 'Tổng số thành viên phải lớn hơn 0.'),
    membersPresent: count('Số thành viên có mặt').min(1, 'Số thành viên có mặt phải lớn hơn 0.'),
    ballotsIssued: count('Số phiếu phát ra'),
    ballotsReturned: count('Số phiếu thu về'),
    ballotsValid: count('Số phiếu hợp lệ'),
    ballotsInvalid: count('Số phiếu không hợp lệ'),
    /** Percentages are of the members present, or of all members (CSTĐCS: 80% of all members). */
    base: z.enum(['present', 'all']),
    thresholdPercent: z.number().gt(0).max(100),
    /** 'more_than' (default): agree > threshold; 'at_least': agree ≥ threshold. */
    comparison: z.enum(['more_than', 'at_least']).default('more_than'),
    candidates: z
      .array(
        z.object({
          fullName: text('họ và tên'),
          title: optionalText(),
          agree: count('Số phiếu đồng ý'),
          disagree: count('Số phiếu không đồng ý'),
        }),
      )
      .min(1, 'Vui lòng nhập ít nhất một người được bầu chọn.'),
    recipients: recipientsSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (v.committee.filter((c) => c.role === 'Trưởng ban').length !== 1)
      issue(['committee'], 'Ban kiểm phiếu cần đúng một Trưởng ban.');
    if (v.membersPresent > v.membersTotal)
      issue(['membersPresent'], 'Số thành viên có mặt không được lớn hơn tổng số thành viên.');
    if (v.ballotsIssued > v.membersTotal)
      issue(['ballotsIssued'], 'Số phiếu phát ra không được lớn hơn tổng số thành viên.');
    if (v.ballotsReturned > v.ballotsIssued)
      issue(['ballotsReturned'], 'Số phiếu thu về không được lớn hơn số phiếu phát ra.');
    if (v.ballotsValid + v.ballotsInvalid !== v.ballotsReturned)
      issue(['ballotsValid'], 'Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về.');
    v.candidates.forEach((c, i) => {
      if (c.agree + c.disagree > v.ballotsValid)
        issue(
          ['candidates', i, 'agree'],
          `${c.fullName}: số phiếu đồng ý cộng không đồng ý không được lớn hơn số phiếu hợp lệ.`,
        );
    });
  });

export type VoteCountInput = z.output<typeof voteCountInput>;
export type VoteCountInputIn = z.input<typeof voteCountInput>;

export const baseCount = (v: VoteCountInput) => (v.base === 'present' ? v.membersPresent : v.membersTotal);

/** agree > threshold% of the base (or ≥ with 'at_least'); compared in integers where possible. */
export function passes(v: VoteCountInput, agree: number): boolean {
  const lhs = agree * 100;
  const rhs = v.thresholdPercent * baseCount(v);
  return v.comparison === 'at_least' ? lhs >= rhs : lhs > rhs;
}

/** "trên 50% tổng số thành viên có mặt" / "từ 80% tổng số thành viên trở lên". */
export function thresholdText(v: VoteCountInput): string {
  const pct = `${vnNumber(v.thresholdPercent)}%`;
  const base = v.base === 'present' ? 'tổng số thành viên có mặt' : 'tổng số thành viên';
  return v.comparison === 'at_least' ? `từ ${pct} ${base} trở lên` : `trên ${pct} ${base}`;
}

function resultTable(v: VoteCountInput): Table {
  const base = baseCount(v);
  return dataTable(
    [
      { title: 'STT', width: 5, align: 'center' },
      { title: 'Họ và tên', width: 22 },
      { title: 'Chức vụ', width: 18 },
      { title: 'Số phiếu', width: 8, align: 'center', group: 'Đồng ý' },
      { title: 'Tỷ lệ', width: 9, align: 'center', group: 'Đồng ý' },
      { title: 'Số phiếu', width: 8, align: 'center', group: 'Không đồng ý' },
      { title: 'Tỷ lệ', width: 9, align: 'center', group: 'Không đồng ý' },
      { title: 'Kết quả', width: 14, align: 'center' },
    ],
    v.candidates.map((c, i) => [
      String(i + 1),
      c.fullName,
      c.title ?? '',
      String(c.agree),
      percentText(c.agree, base),
      String(c.disagree),
      percentText(c.disagree, base),
      passes(v, c.agree) ? 'Đạt' : 'Không đạt',
    ]),
    contentWidth(false),
  );
}

export function resultsSentence(v: VoteCountInput): string {
  const base = baseCount(v);
  const passed = v.candidates.filter((c) => passes(v, c.agree));
  if (passed.length === 0) return `Không có đồng chí nào có số phiếu đồng ý ${thresholdText(v)}.`;
  const list = passed.map(
    (c) => `${comrade(c.fullName)} (${c.agree}/${base} phiếu, ${percentText(c.agree, base)})`,
  );
  return `Các đồng chí có số phiếu đồng ý ${thresholdText(v)} (${passed.length} người): ${list.join('; ')}.`;
}

export const voteCount: DocumentKind<VoteCountInput> = {
  kind: 'vote_count',
  label: 'Biên bản kiểm phiếu',
  typeCode: 'BB',
  frame: 'state',
  input: voteCountInput,
  subject: (input) => input.subject,
  docx(raw, ctx) {
    const v = voteCountInput.parse(raw);
    const base = baseCount(v);
    const absent = v.membersTotal - v.membersPresent;
    const chief = v.committee.find((c) => c.role === 'Trưởng ban');
    const members = v.committee.filter((c) => c.role !== 'Trưởng ban');
    const body: (Paragraph | Table)[] = [
      labelled('Thời gian', `${dateTimeText(v.countedAt)}.`),
      labelled('Địa điểm', `${v.place}.`),
      labelled('Ban kiểm phiếu gồm', ''),
      ...v.committee.map((c, i) =>
        bodyParagraph(
          `${i + 1}. ${comrade(c.fullName)} - ${c.role}${i === v.committee.length - 1 ? '.' : ';'}`,
        ),
      ),
      bodyParagraph('Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:'),
      bodyParagraph(
        `1. Tổng số thành viên: ${v.membersTotal} người; có mặt: ${v.membersPresent} người; vắng: ${absent} người.`,
      ),
      bodyParagraph(
        `2. Số phiếu phát ra: ${v.ballotsIssued} phiếu; số phiếu thu về: ${v.ballotsReturned} phiếu; ` +
          `số phiếu hợp lệ: ${v.ballotsValid} phiếu; số phiếu không hợp lệ: ${v.ballotsInvalid} phiếu.`,
      ),
      bodyParagraph(
        `3. Kết quả kiểm phiếu (tỷ lệ tính trên ${v.base === 'present' ? 'tổng số thành viên có mặt' : 'tổng số thành viên'} là ${base} người):`,
      ),
      resultTable(v),
      bodyParagraph('', { indent: false }),
      bodyParagraph(`4. Kết quả: ${resultsSentence(v)}`),
      bodyParagraph('Ban kiểm phiếu thống nhất kết quả trên và cùng ký tên vào biên bản./.'),
    ];
    const sign =
      (title: string) =>
      (c: { fullName: string }): Signer => ({ title, fullName: c.fullName });
    return buildDocument(
      baseSpec(ctx, {
        typeName: 'BIÊN BẢN KIỂM PHIẾU',
        subject: v.subject,
        body,
        signers: [],
        signerColumns: {
          left: members.map(sign('THÀNH VIÊN')),
          right: chief ? [sign('TRƯỞNG BAN')(chief)] : [],
        },
        recipients: v.recipients,
      }),
    );
  },
};
