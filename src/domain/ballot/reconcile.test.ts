import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReconcileInput, reconcile } from './reconcile.js';

describe('reconcile: tokens issued = members who voted ≥ ballots cast (issue 6 §3; peers.md §2.6)', () => {
  const ok = { tokensIssued: 5, votersMarkedVoted: 5, ballotsCast: 5 };
  it.each<[string, ReconcileInput, string[]]>([
    ['everything adds up', ok, []],
    ['a voter took a token and did not cast', { ...ok, ballotsCast: 4 }, []],
    ['nobody voted', { tokensIssued: 0, votersMarkedVoted: 0, ballotsCast: 0 }, []],
    ['with paper, all returned', { ...ok, paperIssued: 1, paperReturned: 1, presentTotal: 6 }, []],
    ['with paper, one kept', { ...ok, paperIssued: 2, paperReturned: 1 }, []],
    [
      'more ballots than tokens',
      { ...ok, ballotsCast: 6 },
      ['Số phiếu điện tử đã bỏ (6) nhiều hơn số mã bỏ phiếu đã cấp (5).'],
    ],
    [
      'tokens and marked members differ',
      { ...ok, votersMarkedVoted: 4 },
      ['Số mã bỏ phiếu đã cấp (5) khác số thành viên được ghi nhận đã nhận mã (4).'],
    ],
    [
      'paper returned above issued',
      { ...ok, paperIssued: 1, paperReturned: 2 },
      ['Số phiếu giấy thu vào (2) nhiều hơn số phiếu giấy phát ra (1).'],
    ],
    [
      'paper returned without issued',
      { ...ok, paperReturned: 1 },
      ['Có số phiếu giấy thu vào nhưng chưa nhập số phiếu giấy phát ra.'],
    ],
    [
      'tokens and papers above those present',
      { ...ok, paperIssued: 2, paperReturned: 2, presentTotal: 6 },
      ['Số mã bỏ phiếu đã cấp (5) cộng số phiếu giấy phát ra (2) nhiều hơn số thành viên có mặt (6).'],
    ],
    [
      'counts that are not counts',
      { tokensIssued: -1, votersMarkedVoted: 1.5, ballotsCast: 0 },
      [
        'Số mã bỏ phiếu đã cấp phải là số nguyên không âm (đang là -1).',
        'Số thành viên đã nhận mã phải là số nguyên không âm (đang là 1.5).',
      ],
    ],
  ])('%s', (_name, input, problems) => {
    expect(reconcile(input)).toEqual({ ok: problems.length === 0, problems });
  });

  it('is never ok when more ballots were cast than tokens issued', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(200),
        fc.option(fc.nat(50), { nil: undefined }),
        fc.option(fc.nat(50), { nil: undefined }),
        fc.option(fc.nat(400), { nil: undefined }),
        (tokens, over, marked, paperIssued, paperReturned, presentTotal) => {
          const r = reconcile({
            tokensIssued: tokens,
            votersMarkedVoted: marked,
            ballotsCast: tokens + over,
            paperIssued,
            paperReturned,
            presentTotal,
          });
          expect(r.ok).toBe(false);
          expect(r.problems).toContain(
            `Số phiếu điện tử đã bỏ (${tokens + over}) nhiều hơn số mã bỏ phiếu đã cấp (${tokens}).`,
          );
        },
      ),
    );
  });

  it('is ok whenever tokens = marked ≥ cast and papers reconcile', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(20), fc.nat(20), (tokens, unused, paper, kept) => {
        const cast = Math.max(0, tokens - unused);
        const r = reconcile({
          tokensIssued: tokens,
          votersMarkedVoted: tokens,
          ballotsCast: cast,
          paperIssued: paper + kept,
          paperReturned: paper,
          presentTotal: tokens + paper + kept,
        });
        expect(r).toEqual({ ok: true, problems: [] });
      }),
    );
  });
});
