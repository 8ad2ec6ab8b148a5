/**
 * Reconciling a ballot's counts before the result is announced (issue 6 §3; peers.md §2.6: "tokens
 * issued = present voters ≥ ballots cast"). Every token the server signs is recorded against a
 * member as "has had a token" (never which token), so tokens issued equals members marked; a member
 * may take a token and not cast it, so ballots cast may be fewer, never more. Paper: papers collected
 * cannot exceed papers handed out (rules.md §5.5). A count that does not reconcile may mean a
 * falsified vote, which Luật Thực hiện dân chủ ở cơ sở 2022 Điều 9 prohibits (rules.md §4.1, §8.5).
 */

export interface ReconcileInput {
  /** Blind signatures the server issued. */
  tokensIssued: number;
  /** Members recorded as having had a token. */
  votersMarkedVoted: number;
  /** Electronic ballots cast (distinct valid tokens). */
  ballotsCast: number;
  paperIssued?: number | undefined;
  paperReturned?: number | undefined;
  /** Members present; when given, tokens plus papers issued cannot exceed it. */
  presentTotal?: number | undefined;
}

export interface ReconcileResult {
  ok: boolean;
  problems: string[];
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

export function reconcile(input: ReconcileInput): ReconcileResult {
  const { tokensIssued, votersMarkedVoted, ballotsCast, paperIssued, paperReturned, presentTotal } = input;
  const named: [string, unknown][] = [
    ['Số mã bỏ phiếu đã cấp', tokensIssued],
    ['Số thành viên đã nhận mã', votersMarkedVoted],
    ['Số phiếu điện tử đã bỏ', ballotsCast],
  ];
  if (paperIssued !== undefined) named.push(['Số phiếu giấy phát ra', paperIssued]);
  if (paperReturned !== undefined) named.push(['Số phiếu giấy thu vào', paperReturned]);
  if (presentTotal !== undefined) named.push(['Số thành viên có mặt', presentTotal]);
  const problems = named
    .filter(([, n]) => !isCount(n))
    .map(([label, n]) => `${label} phải là số nguyên không âm (đang là ${String(n)}).`);

  // One token per member who asked, recorded as "had a token" (issue 6 §3).
  if (isCount(tokensIssued) && isCount(votersMarkedVoted) && tokensIssued !== votersMarkedVoted) {
    problems.push(
      `Số mã bỏ phiếu đã cấp (${tokensIssued}) khác số thành viên được ghi nhận đã nhận mã (${votersMarkedVoted}).`,
    );
  }
  // Never more ballots than tokens (issue 6 §3).
  if (isCount(tokensIssued) && isCount(ballotsCast) && ballotsCast > tokensIssued) {
    problems.push(
      `Số phiếu điện tử đã bỏ (${ballotsCast}) nhiều hơn số mã bỏ phiếu đã cấp (${tokensIssued}).`,
    );
  }
  // Paper: collected ≤ handed out (rules.md §5.5).
  if (paperReturned !== undefined && paperIssued === undefined) {
    problems.push('Có số phiếu giấy thu vào nhưng chưa nhập số phiếu giấy phát ra.');
  }
  if (isCount(paperIssued) && isCount(paperReturned) && paperReturned > paperIssued) {
    problems.push(
      `Số phiếu giấy thu vào (${paperReturned}) nhiều hơn số phiếu giấy phát ra (${paperIssued}).`,
    );
  }
  // Each member present votes once, electronically or on paper.
  if (isCount(presentTotal) && isCount(tokensIssued)) {
    const paper = isCount(paperIssued) ? paperIssued : 0;
    if (tokensIssued + paper > presentTotal) {
      problems.push(
        `Số mã bỏ phiếu đã cấp (${tokensIssued}) cộng số phiếu giấy phát ra (${paper}) nhiều hơn số thành viên có mặt (${presentTotal}).`,
      );
    }
  }
  return { ok: problems.length === 0, problems };
}
