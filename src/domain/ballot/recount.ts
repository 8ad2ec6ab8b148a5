/**
 * Anyone's recount of a closed ballot from the published list (issue 6 §3: "a published list of all
 * ballots lets anyone check theirs is counted and recount the result"; peers.md §2.4, §2.6). The same
 * counting code as the announced result (`tallyCandidates`), plus the checks only the list allows: a
 * receipt appearing twice (a token cast twice) or not shaped like a receipt. Vote integrity: Luật
 * Thực hiện dân chủ ở cơ sở 2022 Điều 9 (rules.md §4.1, §8.5).
 */
import { isReceipt, normalizeReceipt, SHORT_RECEIPT_HEX_LENGTH, shortReceipt } from './receipt.js';
import { tallyCandidates } from './tally.js';
import type { Candidate, PublishedBallot, TallyOptions, TallyResult } from './types.js';

export function recount(
  published: readonly PublishedBallot[],
  candidates: readonly Candidate[],
  options: TallyOptions,
): TallyResult {
  const result = tallyCandidates({
    ...options,
    candidates,
    electronic: published.map((p) => ({ choices: p.choices })),
  });
  const seen = new Map<string, number>();
  let malformed = 0;
  for (const p of published) {
    if (typeof p.receipt !== 'string' || !isReceipt(p.receipt)) malformed++;
    else seen.set(p.receipt, (seen.get(p.receipt) ?? 0) + 1);
  }
  const extra: string[] = [];
  if (malformed > 0) extra.push(`${malformed} dòng trong danh sách công bố có mã biên nhận không hợp lệ.`);
  for (const [receipt, n] of [...seen].filter(([, n]) => n > 1).sort(([a], [b]) => (a < b ? -1 : 1))) {
    extra.push(`Mã biên nhận ${shortReceipt(receipt)} xuất hiện ${n} lần trong danh sách công bố.`);
  }
  return extra.length > 0 ? { ...result, problems: [...result.problems, ...extra] } : result;
}

/**
 * Is the voter's receipt in the published list? Accepts the full receipt or the short one, with or
 * without dashes, any case.
 */
export function findReceipt(
  published: readonly Pick<PublishedBallot, 'receipt'>[],
  receipt: string,
): boolean {
  const wanted = normalizeReceipt(receipt);
  if (wanted === null) return false;
  const short = wanted.length === SHORT_RECEIPT_HEX_LENGTH;
  return published.some((p) => {
    const r = typeof p.receipt === 'string' ? p.receipt.toLowerCase() : '';
    return short ? r.length > SHORT_RECEIPT_HEX_LENGTH && r.startsWith(wanted) : r === wanted;
  });
}
