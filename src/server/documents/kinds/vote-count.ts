/**
 * Biên bản kiểm phiếu (BB): the vote-counting committee, members and ballots, agree/disagree per
 * candidate with the percentage of the base (members present, or all members), who passed the
 * threshold, and the committee's signatures (rules.md §3.6, §5.5). The threshold and its base are
 * set per plan (the law fixes none for Lao động tiên tiến; 80% of all members for CSTĐCS).
 *
 * A secret ballot counted by the system (modules/ballots/minutes.ts) adds, all optional: the form of
 * voting, the ballots per form (electronic and paper), the threshold in the ballot's own words, each
 * candidate's blank ballots and result as the exact tally decided it, the people not on the ballot
 * with the reason, and the discrepancies the reconciliation found — noted, not hidden: with
 * discrepancies the counts are printed as they are instead of being refused.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { z } from 'zod';
import { toCapitals } from '../../../domain/document-format.js';
import { bodyParagraph, buildDocument, contentWidth, dataTable, type Signer, textRun } from '../frame.js';
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

const ballotCounts = (form: string) =>
  z.object({
    issued: count(`Số ${form} phát ra`),
    returned: count(`Số ${form} thu về`),
    valid: count(`Số ${form} hợp lệ`),
    invalid: count(`Số ${form} không hợp lệ`),
  });

export const COMMITTEE_NAMES = ['Ban kiểm phiếu', 'Tổ kiểm phiếu'] as const;
export type CommitteeName = (typeof COMMITTEE_NAMES)[number];

/** The head of the committee: "Trưởng ban (kiểm phiếu)" or "Tổ trưởng (tổ kiểm phiếu)". */
export const isCommitteeHead = (role: string) => /^(trưởng ban|tổ trưởng)(\s|$)/i.test(role.trim());

const headWord = (name: CommitteeName) => (name === 'Tổ kiểm phiếu' ? 'Tổ trưởng' : 'Trưởng ban');

export const voteCountInput = z
  .object({
    subject: text('trích yếu'),
    countedAt: isoDateTime('Thời gian kiểm phiếu'),
    place: text('địa điểm'),
    /** "Hình thức bỏ phiếu", e.g. "Bỏ phiếu kín bằng phiếu điện tử và phiếu giấy". */
    method: optionalText(),
    committeeName: z.enum(COMMITTEE_NAMES).default('Ban kiểm phiếu'),
    /** Roles as written: "Trưởng ban", "Thành viên", "Tổ trưởng tổ kiểm phiếu"…; exactly one head. */
    committee: z
      .array(z.object({ fullName: text('họ và tên'), role: text('nhiệm vụ trong ban kiểm phiếu') }))
      .min(1, 'Vui lòng nhập Ban kiểm phiếu.'),
    membersTotal: count('Tổng số thành viên').min(1, 'Tổng số thành viên phải lớn hơn 0.'),
    membersPresent: count('Số thành viên có mặt').min(1, 'Số thành viên có mặt phải lớn hơn 0.'),
    ballotsIssued: count('Số phiếu phát ra'),
    ballotsReturned: count('Số phiếu thu về'),
    ballotsValid: count('Số phiếu hợp lệ'),
    ballotsInvalid: count('Số phiếu không hợp lệ'),
    /** The same counts per form of ballot; the totals above are their sums. */
    ballotsByForm: z
      .object({
        electronic: ballotCounts('phiếu điện tử').optional(),
        paper: ballotCounts('phiếu giấy').optional(),
      })
      .optional(),
    /** Percentages are of the members present, or of all members (CSTĐCS: 80% of all members). */
    base: z.enum(['present', 'all']),
    thresholdPercent: z.number().gt(0).max(100),
    /** 'more_than' (default): agree > threshold; 'at_least': agree ≥ threshold. */
    comparison: z.enum(['more_than', 'at_least']).default('more_than'),
    /** The threshold in words as the ballot states it ("hơn 50% số thành viên có mặt"); replaces the kind's. */
    thresholdWords: optionalText(),
    candidates: z.array(
      z.object({
        fullName: text('họ và tên'),
        title: optionalText(),
        agree: count('Số phiếu đồng ý'),
        disagree: count('Số phiếu không đồng ý'),
        /** Valid ballots marking the candidate neither way; a column when any candidate has it. */
        blank: count('Số phiếu không ghi ý kiến').optional(),
        /** The result as the tally decided it (exact arithmetic); otherwise computed here. */
        passed: z.boolean().optional(),
      }),
    ),
    /** People not on the ballot, with the reason (not eligible under the rules). */
    notOnBallot: z
      .array(z.object({ fullName: text('họ và tên'), title: optionalText(), reason: text('lý do') }))
      .default([]),
    /** What did not reconcile; printed under the result, and the count checks are then not applied. */
    discrepancies: z.array(text('nội dung chưa khớp')).default([]),
    recipients: recipientsSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (v.committee.filter((c) => isCommitteeHead(c.role)).length !== 1)
      issue(['committee'], `${v.committeeName} cần đúng một ${headWord(v.committeeName)}.`);
    if (v.candidates.length === 0 && v.notOnBallot.length === 0)
      issue(['candidates'], 'Vui lòng nhập ít nhất một người được bầu chọn.');
    if (v.membersPresent > v.membersTotal)
      issue(['membersPresent'], 'Số thành viên có mặt không được lớn hơn tổng số thành viên.');
    // Counts that do not add up are refused, unless the document itself records why they do not.
    if (v.discrepancies.length > 0) return;
    if (v.ballotsIssued > v.membersTotal)
      issue(['ballotsIssued'], 'Số phiếu phát ra không được lớn hơn tổng số thành viên.');
    if (v.ballotsReturned > v.ballotsIssued)
      issue(['ballotsReturned'], 'Số phiếu thu về không được lớn hơn số phiếu phát ra.');
    if (v.ballotsValid + v.ballotsInvalid !== v.ballotsReturned)
      issue(['ballotsValid'], 'Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về.');
    if (v.ballotsByForm) {
      const forms = [v.ballotsByForm.electronic, v.ballotsByForm.paper].filter((f) => f !== undefined);
      const fields = [
        ['issued', 'ballotsIssued', 'phát ra'],
        ['returned', 'ballotsReturned', 'thu về'],
        ['valid', 'ballotsValid', 'hợp lệ'],
        ['invalid', 'ballotsInvalid', 'không hợp lệ'],
      ] as const;
      for (const [field, total, words] of fields) {
        if (forms.reduce((s, f) => s + f[field], 0) !== v[total])
          issue(
            ['ballotsByForm', field],
            `Số phiếu ${words} theo từng hình thức phải cộng lại bằng tổng số.`,
          );
      }
    }
    v.candidates.forEach((c, i) => {
      if (c.agree + c.disagree + (c.blank ?? 0) > v.ballotsValid)
        issue(
          ['candidates', i, 'agree'],
          c.blank === undefined
            ? `${c.fullName}: số phiếu đồng ý cộng không đồng ý không được lớn hơn số phiếu hợp lệ.`
            : `${c.fullName}: số phiếu đồng ý, không đồng ý và không ghi ý kiến cộng lại không được lớn hơn số phiếu hợp lệ.`,
        );
    });
  });

export type VoteCountInput = z.output<typeof voteCountInput>;
export type VoteCountInputIn = z.input<typeof voteCountInput>;

export const baseCount = (v: VoteCountInput) => (v.base === 'present' ? v.membersPresent : v.membersTotal);

const baseWords = (v: VoteCountInput) =>
  v.base === 'present' ? 'tổng số thành viên có mặt' : 'tổng số thành viên';

/** agree > threshold% of the base (or ≥ with 'at_least'); compared in integers where possible. */
export function passes(v: VoteCountInput, agree: number): boolean {
  const lhs = agree * 100;
  const rhs = v.thresholdPercent * baseCount(v);
  return v.comparison === 'at_least' ? lhs >= rhs : lhs > rhs;
}

/** The candidate's result: as the tally decided it when given. */
const passed = (v: VoteCountInput, c: VoteCountInput['candidates'][number]) => c.passed ?? passes(v, c.agree);

/** "trên 50% tổng số thành viên có mặt" / "từ 80% tổng số thành viên trở lên" (or the ballot's words). */
export function thresholdText(v: VoteCountInput): string {
  if (v.thresholdWords) return v.thresholdWords.charAt(0).toLowerCase() + v.thresholdWords.slice(1);
  const pct = `${vnNumber(v.thresholdPercent)}%`;
  return v.comparison === 'at_least' ? `từ ${pct} ${baseWords(v)} trở lên` : `trên ${pct} ${baseWords(v)}`;
}

/**
 * One row per candidate. With blank ballots (a counted secret ballot) the table shows agree with its
 * percentage of the base, and the disagree and blank counts: nine columns do not fit a portrait page,
 * and only the agree share decides the result.
 */
function resultTable(v: VoteCountInput): Table {
  const base = baseCount(v);
  const result = (c: VoteCountInput['candidates'][number]) => (passed(v, c) ? 'Đạt' : 'Không đạt');
  if (v.candidates.some((c) => c.blank !== undefined)) {
    return dataTable(
      [
        { title: 'STT', width: 5, align: 'center' },
        { title: 'Họ và tên', width: 22 },
        { title: 'Chức vụ', width: 17 },
        { title: 'Số phiếu', width: 9, align: 'center', group: 'Đồng ý' },
        { title: 'Tỷ lệ', width: 10, align: 'center', group: 'Đồng ý' },
        { title: 'Không đồng ý', width: 10, align: 'center' },
        { title: 'Không ghi ý kiến', width: 10, align: 'center' },
        { title: 'Kết quả', width: 16, align: 'center' },
      ],
      v.candidates.map((c, i) => [
        String(i + 1),
        c.fullName,
        c.title ?? '',
        String(c.agree),
        percentText(c.agree, base),
        String(c.disagree),
        String(c.blank ?? 0),
        result(c),
      ]),
      contentWidth(false),
    );
  }
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
      result(c),
    ]),
    contentWidth(false),
  );
}

/** Ballots per form: issued, returned, valid, invalid, and the total. */
function formsTable(v: VoteCountInput, forms: NonNullable<VoteCountInput['ballotsByForm']>): Table {
  const row = (label: string, c: { issued: number; returned: number; valid: number; invalid: number }) => [
    label,
    String(c.issued),
    String(c.returned),
    String(c.valid),
    String(c.invalid),
  ];
  const rows: string[][] = [];
  if (forms.electronic) rows.push(row('Phiếu điện tử', forms.electronic));
  if (forms.paper) rows.push(row('Phiếu giấy', forms.paper));
  rows.push(
    row('Cộng', {
      issued: v.ballotsIssued,
      returned: v.ballotsReturned,
      valid: v.ballotsValid,
      invalid: v.ballotsInvalid,
    }),
  );
  return dataTable(
    [
      { title: 'Hình thức', width: 24 },
      { title: 'Phát ra', width: 12, align: 'center' },
      { title: 'Thu về', width: 12, align: 'center' },
      { title: 'Hợp lệ', width: 12, align: 'center' },
      { title: 'Không hợp lệ', width: 14, align: 'center' },
    ],
    rows,
    contentWidth(false),
  );
}

export function resultsSentence(v: VoteCountInput): string {
  const base = baseCount(v);
  const list = v.candidates.filter((c) => passed(v, c));
  if (list.length === 0) return `Không có đồng chí nào có số phiếu đồng ý ${thresholdText(v)}.`;
  const names = list.map(
    (c) => `${comrade(c.fullName)} (${c.agree}/${base} phiếu, ${percentText(c.agree, base)})`,
  );
  return `Các đồng chí có số phiếu đồng ý ${thresholdText(v)} (${list.length} người): ${names.join('; ')}.`;
}

const listEnd = (i: number, n: number) => (i === n - 1 ? '.' : ';');

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
    const chief = v.committee.find((c) => isCommitteeHead(c.role));
    const members = v.committee.filter((c) => c !== chief);
    const forms = v.ballotsByForm && (v.ballotsByForm.electronic || v.ballotsByForm.paper);
    const body: (Paragraph | Table)[] = [
      labelled('Thời gian', `${dateTimeText(v.countedAt)}.`),
      labelled('Địa điểm', `${v.place}.`),
      ...(v.method ? [labelled('Hình thức bỏ phiếu', `${v.method}.`)] : []),
      labelled(`${v.committeeName} gồm`, ''),
      ...v.committee.map((c, i) =>
        bodyParagraph(`${i + 1}. ${comrade(c.fullName)} - ${c.role}${listEnd(i, v.committee.length)}`),
      ),
      bodyParagraph(`${v.committeeName} đã tiến hành kiểm phiếu, kết quả như sau:`),
      bodyParagraph(
        `1. Tổng số thành viên: ${v.membersTotal} người; có mặt: ${v.membersPresent} người; vắng: ${absent} người.`,
      ),
      bodyParagraph(
        `2. Số phiếu phát ra: ${v.ballotsIssued} phiếu; số phiếu thu về: ${v.ballotsReturned} phiếu; ` +
          `số phiếu hợp lệ: ${v.ballotsValid} phiếu; số phiếu không hợp lệ: ${v.ballotsInvalid} phiếu` +
          `${forms ? ', cụ thể:' : '.'}`,
        { keepNext: Boolean(forms) },
      ),
    ];
    if (forms && v.ballotsByForm) {
      body.push(formsTable(v, v.ballotsByForm));
      // A note under the table on what electronic ballots "issued" and "returned" mean.
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: 80, after: 120, line: 288 },
          children: v.ballotsByForm.electronic
            ? [
                textRun(
                  'Ghi chú: phiếu điện tử phát ra là số thành viên có mặt đã nhận phiếu bầu điện tử; phiếu điện tử thu về là số phiếu đã bỏ.',
                  { italics: true, size: 13 },
                ),
              ]
            : [],
        }),
      );
    }
    body.push(
      bodyParagraph(`3. Kết quả kiểm phiếu (tỷ lệ tính trên ${baseWords(v)} là ${base} người):`, {
        keepNext: true,
      }),
    );
    if (v.thresholdWords) {
      body.push(bodyParagraph(`Ngưỡng đạt: số phiếu đồng ý ${thresholdText(v)}.`, { keepNext: true }));
    }
    if (v.candidates.length > 0) body.push(resultTable(v), bodyParagraph('', { indent: false }));
    else body.push(bodyParagraph('Không có người nào đủ điều kiện đưa vào phiếu bầu.'));
    if (v.notOnBallot.length > 0) {
      body.push(
        bodyParagraph('Không đưa vào phiếu bầu (chưa đủ điều kiện theo quy định):', { keepNext: true }),
      );
      body.push(
        ...v.notOnBallot.map((p, i) =>
          bodyParagraph(
            `- ${comrade(p.fullName)}${p.title ? `, ${p.title}` : ''}: ${p.reason.replace(/[.;]$/, '')}${listEnd(i, v.notOnBallot.length)}`,
          ),
        ),
      );
    }
    body.push(bodyParagraph(`4. Kết quả: ${resultsSentence(v)}`));
    if (v.discrepancies.length > 0) {
      body.push(
        bodyParagraph(
          `5. Những điểm chưa khớp khi đối chiếu số liệu, ${v.committeeName.toLowerCase()} kiểm tra lại trước khi công bố kết quả:`,
          { keepNext: true },
        ),
      );
      body.push(
        ...v.discrepancies.map((d, i) =>
          bodyParagraph(`- ${d.replace(/[.;]$/, '')}${listEnd(i, v.discrepancies.length)}`),
        ),
      );
    }
    // The closing sentence stays with the signatures.
    body.push(
      bodyParagraph(`${v.committeeName} thống nhất kết quả trên và cùng ký tên vào biên bản./.`, {
        keepNext: true,
      }),
    );
    const sign = (c: { fullName: string; role: string }): Signer => ({
      title: toCapitals(c.role),
      fullName: c.fullName,
    });
    return buildDocument(
      baseSpec(ctx, {
        typeName: 'BIÊN BẢN KIỂM PHIẾU',
        subject: v.subject,
        body,
        signers: [],
        signerColumns: { left: members.map(sign), right: chief ? [sign(chief)] : [] },
        recipients: v.recipients,
      }),
    );
  },
};
