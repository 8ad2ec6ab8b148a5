import { describe, expect, it } from 'vitest';
import { tallyCandidates } from '../../../domain/ballot/tally.js';
import type { Candidate, PublishedBallot } from '../../../domain/ballot/types.js';
import {
  ballotCountsText,
  baseText,
  castPercent,
  checkReceipt,
  choiceSummary,
  DEFAULT_THRESHOLD_NOTE,
  paperBody,
  paperProblems,
  progressText,
  projectorText,
  publishedFor,
  resultRows,
  resultWarnings,
  rollCallText,
  thresholdFromForm,
  withPresence,
} from './format.js';
import type { BallotView } from './types.js';

const candidates: Candidate[] = [
  { id: 'a', name: 'Nguyễn Văn An', eligible: true },
  { id: 'b', name: 'Trần Thị Bình', eligible: true },
  { id: 'c', name: 'Lê Văn Cường', eligible: false, reason: 'Bị kỷ luật trong năm.' },
];
const R1 = `${'1'.repeat(16)}${'a'.repeat(48)}`;
const R2 = `${'2'.repeat(16)}${'b'.repeat(48)}`;

describe('progress', () => {
  it('says how many, never who or how', () => {
    const b = { presentTotal: 6, tokensIssued: 3, ballotsCast: 2 };
    expect(progressText(b)).toBe('Đã nhận phiếu: 3/6 có mặt · Đã bỏ: 2');
    expect(projectorText(b)).toBe('Đã bỏ phiếu: 2 / 6 có mặt');
    expect(castPercent(b)).toBe(33);
    expect(castPercent({ presentTotal: 0, ballotsCast: 0 })).toBe(0);
    expect(castPercent({ presentTotal: 2, ballotsCast: 3 })).toBe(100);
  });

  it('sums up the roll call, with the members who vote on paper', () => {
    expect(
      rollCallText([
        { present: true, hasAccount: true },
        { present: true, hasAccount: false },
        { present: false, hasAccount: false },
      ]),
    ).toBe('Có mặt 2/3 · 1 người không có tài khoản bỏ phiếu giấy');
    expect(rollCallText([{ present: false, hasAccount: true }])).toBe('Có mặt 0/1');
  });
});

describe('withPresence', () => {
  it('marks one member and recounts those present', () => {
    const b = {
      presentTotal: 1,
      roster: [
        { personId: 'p1', fullName: 'A', present: true, hasAccount: true },
        { personId: 'p2', fullName: 'B', present: false, hasAccount: false },
      ],
    } as BallotView;
    const next = withPresence(b, 'p2', true);
    expect(next.presentTotal).toBe(2);
    expect(next.roster?.map((r) => r.present)).toEqual([true, true]);
    expect(withPresence(next, 'p1', false).presentTotal).toBe(1);
    expect(b.roster?.[1]?.present).toBe(false);
    const noRoster = { roster: null } as BallotView;
    expect(withPresence(noRoster, 'p1', true)).toBe(noRoster);
  });
});

describe('threshold form', () => {
  it('shows the unverified default and sends nothing for it', () => {
    expect(DEFAULT_THRESHOLD_NOTE).toBe(
      'Hơn 50% số thành viên có mặt (mặc định, chưa kiểm chứng — có thể đổi)',
    );
    expect(thresholdFromForm({ custom: false, base: 'members', pct: 80, strict: false })).toEqual({
      threshold: undefined,
      text: 'Hơn 50% số thành viên có mặt',
      problems: [],
    });
  });

  it('sends an override, in words, or says why it cannot', () => {
    expect(thresholdFromForm({ custom: true, base: 'members', pct: 80, strict: false })).toEqual({
      threshold: { base: 'members', pct: 80, strict: false },
      text: 'Từ 80% tổng số thành viên trở lên',
      problems: [],
    });
    expect(thresholdFromForm({ custom: true, base: 'present', pct: null, strict: true }).problems).toEqual([
      'Nhập tỷ lệ phần trăm của ngưỡng.',
    ]);
    const never = thresholdFromForm({ custom: true, base: 'present', pct: 100, strict: true });
    expect(never.problems[0]).toContain('không bao giờ đạt');
    expect(never.text).toBe('');
  });
});

describe('paper count', () => {
  it('becomes the API body: empty counts are 0, eligible candidates only', () => {
    expect(
      paperBody(
        { issued: 2, returned: 2, valid: 1, invalid: null, agree: { a: 1, c: 5 }, disagree: { b: 1 } },
        candidates,
      ),
    ).toEqual({
      issued: 2,
      returned: 2,
      valid: 1,
      invalid: 0,
      agree: { a: 1, b: 0 },
      disagree: { a: 0, b: 1 },
    });
  });

  it('reports what does not add up', () => {
    const body = paperBody({ issued: 1, returned: 2, valid: 1, invalid: 0, agree: { a: 2 } }, candidates);
    const problems = paperProblems(body, candidates, 1);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'số phiếu hợp lệ (1) cộng số phiếu không hợp lệ (0) khác số phiếu thu vào (2)',
        ),
        expect.stringContaining('số phiếu thu vào (2) nhiều hơn số phiếu phát ra (1)'),
        expect.stringContaining('Nguyễn Văn An có 2 phiếu'),
      ]),
    );
    expect(paperProblems(paperBody({ issued: 1, returned: 1, valid: 1 }, candidates), candidates, 6)).toEqual(
      [],
    );
  });
});

describe('result', () => {
  const published: PublishedBallot[] = [
    { receipt: R1, choices: { a: 'agree', b: 'disagree' } },
    { receipt: R2, choices: { a: 'agree' } },
  ];
  const tally = tallyCandidates({
    candidates,
    electronic: published,
    paper: { issued: 1, returned: 1, valid: 1, invalid: 0, agree: { a: 1, b: 1 }, disagree: {} },
    mode: 'mixed',
    threshold: { base: 'present', pct: 50, strict: true },
    membersTotal: 4,
    presentTotal: 3,
  });

  it('gives one row per candidate with the verdict', () => {
    const rows = resultRows(tally);
    expect(rows.map((r) => [r.name, r.agree, r.disagree, r.blank, r.pctText, r.verdict])).toEqual([
      ['Nguyễn Văn An', 3, 0, 0, '100%', 'passed'],
      ['Trần Thị Bình', 1, 1, 1, '33,33%', 'failed'],
      ['Lê Văn Cường', 0, 0, 3, '0%', 'ineligible'],
    ]);
  });

  it('states the base, the threshold and the ballots counted', () => {
    expect(baseText(tally, { base: 'present', pct: 50, strict: true })).toBe(
      'Căn cứ tính tỷ lệ: 3 (số thành viên có mặt). Ngưỡng: Hơn 50% số thành viên có mặt.',
    );
    expect(ballotCountsText(tally, 'mixed')).toBe(
      'Phiếu điện tử: 2 · Phiếu giấy hợp lệ: 1, không hợp lệ: 0 · Tổng số phiếu: 3',
    );
    expect(ballotCountsText(tally, 'electronic')).toBe('Phiếu điện tử: 2 · Tổng số phiếu: 3');
  });

  it('joins the warnings of the count and the reconciliation without repeats', () => {
    expect(
      resultWarnings({ tally: { problems: ['x', 'y'] }, reconciliation: { problems: ['y', 'z'] } }),
    ).toEqual(['x', 'y', 'z']);
  });

  it('reads a published ballot in words', () => {
    expect(choiceSummary({ b: 'disagree', a: 'agree', c: 'agree' }, candidates)).toEqual({
      agree: ['Nguyễn Văn An', 'Lê Văn Cường'],
      disagree: ['Trần Thị Bình'],
    });
  });

  it('checks a receipt, full or short, with or without dashes', () => {
    expect(checkReceipt(published, '')).toBe('empty');
    expect(checkReceipt(published, 'xyz')).toBe('invalid');
    expect(checkReceipt(published, '1111-1111-1111-1111')).toBe('found');
    expect(checkReceipt(published, R2.toUpperCase())).toBe('found');
    expect(checkReceipt(published, '3333-1111-1111-1111')).toBe('missing');
    expect(publishedFor(published, R2)?.choices).toEqual({ a: 'agree' });
    expect(publishedFor(published, R2.replace('2', '3'))).toBeNull();
  });
});
