import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiptOf, shortReceipt } from './receipt.js';
import { findReceipt, recount } from './recount.js';
import { tallyCandidates } from './tally.js';
import type { Candidate, Choice, PublishedBallot, TallyOptions, Threshold } from './types.js';

const CANDIDATES: Candidate[] = [
  { id: 'an', name: 'Nguyễn Văn An', eligible: true },
  { id: 'binh', name: 'Trần Thị Bình', eligible: true },
];
const OPTIONS: TallyOptions = {
  mode: 'electronic',
  threshold: { base: 'present', pct: 50, strict: true },
  membersTotal: 6,
  presentTotal: 6,
};
const hex = (n: number) => n.toString(16).padStart(64, '0');

describe('recount: anyone recounts the published list (issue 6 §3; peers.md §2.6)', () => {
  it('gives the announced result', async () => {
    const published: PublishedBallot[] = await Promise.all(
      [
        { an: 'agree', binh: 'agree' },
        { an: 'agree', binh: 'disagree' },
        { an: 'agree' },
        { an: 'agree', binh: 'disagree' },
        { binh: 'agree' },
      ].map(async (choices, i) => ({
        receipt: await receiptOf(new TextEncoder().encode(`token ${i}`)),
        choices: choices as Record<string, Choice>,
      })),
    );
    const r = recount(published, CANDIDATES, OPTIONS);
    expect(r.problems).toEqual([]);
    expect(r.perCandidate.map((c) => [c.id, c.agree, c.disagree, c.blank, c.passed])).toEqual([
      ['an', 4, 0, 1, true],
      ['binh', 2, 2, 1, false],
    ]);
  });

  it('reports a receipt published twice and receipts of the wrong shape', () => {
    const r = recount(
      [
        { receipt: hex(1), choices: { an: 'agree' } },
        { receipt: hex(1), choices: { an: 'agree' } },
        { receipt: 'not a receipt', choices: {} },
        { receipt: hex(0xabc).toUpperCase(), choices: {} },
      ],
      CANDIDATES,
      OPTIONS,
    );
    expect(r.problems).toEqual([
      '2 dòng trong danh sách công bố có mã biên nhận không hợp lệ.',
      `Mã biên nhận ${shortReceipt(hex(1))} xuất hiện 2 lần trong danh sách công bố.`,
    ]);
    expect(r.perCandidate[0]?.agree).toBe(2);
  });

  it('equals the tally of the same ballots, whatever the options and in any order', () => {
    const candidatesArb = fc
      .array(fc.boolean(), { minLength: 1, maxLength: 4 })
      .map((el) => el.map((eligible, i): Candidate => ({ id: `c${i}`, name: `Người ${i}`, eligible })));
    fc.assert(
      fc.property(
        candidatesArb.chain((candidates) =>
          fc.record({
            candidates: fc.constant(candidates),
            choices: fc.array(
              fc
                .array(fc.constantFrom<Choice | null>(null, 'agree', 'disagree'), {
                  minLength: candidates.length,
                  maxLength: candidates.length,
                })
                .map(
                  (marks) =>
                    Object.fromEntries(
                      marks.flatMap((m, i) => (m === null ? [] : [[`c${i}`, m] as const])),
                    ) as Record<string, Choice>,
                ),
              { maxLength: 25 },
            ),
            extra: fc.nat(4),
            base: fc.constantFrom<Threshold['base']>('present', 'members'),
            pct: fc.integer({ min: 1, max: 99 }),
            strict: fc.boolean(),
            seed: fc.nat(),
          }),
        ),
        (s) => {
          const options: TallyOptions = {
            mode: 'electronic',
            threshold: { base: s.base, pct: s.pct, strict: s.strict },
            presentTotal: s.choices.length + s.extra,
            membersTotal: s.choices.length + 2 * s.extra,
          };
          // Published in receipt order, which has nothing to do with casting order.
          const published = s.choices
            .map((choices, i) => ({ receipt: hex(((i + 1) * 2654435761 + s.seed) % 2 ** 32), choices }))
            .sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
          const announced = tallyCandidates({
            ...options,
            candidates: s.candidates,
            electronic: s.choices.map((choices) => ({ choices })),
          });
          expect(recount(published, s.candidates, options)).toEqual(announced);
        },
      ),
    );
  });
});

describe('findReceipt: a voter finds their ballot in the published list', () => {
  const published = [{ receipt: hex(0xabc) }, { receipt: hex(0xdef) }];
  it.each([
    [hex(0xabc), true],
    [hex(0xabc).toUpperCase(), true],
    [hex(0x123), false],
    [shortReceipt(hex(0xdef)), true],
    [shortReceipt(hex(0xdef)).toUpperCase().replaceAll('-', ' '), true],
    ['1111-2222-3333-4444', false],
    ['0000', false],
    ['', false],
  ])('%j → %s', (receipt, found) => {
    expect(findReceipt(published, receipt)).toBe(found);
  });
});
