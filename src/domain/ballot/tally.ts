/**
 * Counting votes. Pure: the same inputs give the same result whatever order the ballots come in.
 *
 * Candidate ballots (Lao động tiên tiến, issue 6 §3; rules.md §3.2, §3.6): each voter marks agree or
 * disagree per candidate; a candidate left unmarked on a valid ballot counts neither way (blank).
 * Only eligible people can be voted on (Luật Thi đua, khen thưởng 2022 Điều 24 khoản 1, via the rules
 * engine): an electronic ballot marking an ineligible or unknown person is invalid as a whole; an
 * ineligible person is never "passed". Mixed mode adds electronic and paper ballots.
 *
 * The percentage is taken of the members present or of all members, per the threshold (rules.md
 * §3.6, §8.4); the vote-count minutes record issued, returned, valid and invalid papers and each
 * candidate's agree and disagree with the percentage (rules.md §5.5). Anything that cannot add up is
 * reported in `problems` (falsifying a vote is prohibited, Luật Thực hiện dân chủ ở cơ sở 2022 Điều 9):
 * a result must not be announced while `problems` is not empty.
 */
import { fmtNumber } from '../rules/format.js';
import { passes, pctOf, thresholdPhrase, thresholdProblems, thresholdText } from './threshold.js';
import {
  type BallotCounts,
  type Candidate,
  type CandidateResult,
  type ElectronicBallot,
  type OpenTallyInput,
  type OpenTallyResult,
  type PaperTally,
  type TallyInput,
  type TallyResult,
  THRESHOLD_BASE_LABELS,
  VOTE_MODES,
} from './types.js';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Problems for counts that are not non-negative integers, named in Vietnamese. */
function countProblems(named: [string, unknown][]): string[] {
  return named
    .filter(([, n]) => !isCount(n))
    .map(([label, n]) => `${label} phải là số nguyên không âm (đang là ${String(n)}).`);
}

/** Checks shared by both tallies: the threshold, members and present. */
function rosterProblems(t: TallyInput['threshold'], membersTotal: number, presentTotal: number): string[] {
  const problems = [
    ...thresholdProblems(t),
    ...countProblems([
      ['Tổng số thành viên', membersTotal],
      ['Số thành viên có mặt', presentTotal],
    ]),
  ];
  if (isCount(membersTotal) && isCount(presentTotal) && presentTotal > membersTotal) {
    problems.push(`Số thành viên có mặt (${presentTotal}) lớn hơn tổng số thành viên (${membersTotal}).`);
  }
  return problems;
}

/**
 * Why an electronic ballot is invalid, or null. Checked in a fixed order (unreadable, unknown ids in
 * code-unit order, then candidates in list order) so the cause depends on the ballot alone.
 */
function ballotDefect(b: ElectronicBallot, byId: ReadonlyMap<string, Candidate>): string | null {
  const choices: unknown = b?.choices;
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices))
    return 'phiếu không đọc được';
  const entries = Object.entries(choices as Record<string, unknown>);
  const unknown = entries
    .map(([id]) => id)
    .filter((id) => !byId.has(id))
    .sort();
  if (unknown[0] !== undefined) return `ghi ý kiến cho mã "${unknown[0]}" không có trong danh sách`;
  for (const [id, c] of byId) {
    if (!Object.hasOwn(choices, id)) continue;
    const value = (choices as Record<string, unknown>)[id];
    if (!c.eligible) return `ghi ý kiến cho ${c.name}, người không đủ điều kiện đưa vào phiếu`;
    if (value !== 'agree' && value !== 'disagree') return `ý kiến cho ${c.name} không hợp lệ`;
  }
  return null;
}

interface PaperCount {
  valid: number;
  invalid: number;
  agree: Map<string, number>;
  disagree: Map<string, number>;
  problems: string[];
}

/** Reads the counting committee's figures; only consistent numbers are counted (rules.md §5.5). */
function readPaper(p: PaperTally, byId: ReadonlyMap<string, Candidate>, presentTotal: number): PaperCount {
  const problems = countProblems([
    ['Số phiếu giấy phát ra', p.issued],
    ['Số phiếu giấy thu vào', p.returned],
    ['Số phiếu giấy hợp lệ', p.valid],
    ['Số phiếu giấy không hợp lệ', p.invalid],
  ]);
  const valid = isCount(p.valid) ? p.valid : 0;
  const invalid = isCount(p.invalid) ? p.invalid : 0;
  if (isCount(p.returned) && isCount(p.valid) && isCount(p.invalid) && p.valid + p.invalid !== p.returned) {
    problems.push(
      `Phiếu giấy: số phiếu hợp lệ (${p.valid}) cộng số phiếu không hợp lệ (${p.invalid}) khác số phiếu thu vào (${p.returned}).`,
    );
  }
  if (isCount(p.returned) && isCount(p.issued) && p.returned > p.issued) {
    problems.push(`Phiếu giấy: số phiếu thu vào (${p.returned}) nhiều hơn số phiếu phát ra (${p.issued}).`);
  }
  if (isCount(p.issued) && isCount(presentTotal) && p.issued > presentTotal) {
    problems.push(
      `Phiếu giấy: số phiếu phát ra (${p.issued}) nhiều hơn số thành viên có mặt (${presentTotal}).`,
    );
  }
  const agree = new Map<string, number>();
  const disagree = new Map<string, number>();
  for (const [field, label, target] of [
    ['agree', 'đồng ý', agree],
    ['disagree', 'không đồng ý', disagree],
  ] as const) {
    const record: unknown = p[field];
    if (typeof record !== 'object' || record === null) {
      problems.push(`Phiếu giấy: thiếu số phiếu ${label} của từng người.`);
      continue;
    }
    const entries = Object.entries(record as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [id, n] of entries) {
      const c = byId.get(id);
      if (!c) {
        problems.push(`Phiếu giấy: có số phiếu ${label} cho mã "${id}" không có trong danh sách.`);
      } else if (!isCount(n)) {
        problems.push(`Phiếu giấy: số phiếu ${label} của ${c.name} phải là số nguyên không âm.`);
      } else if (!c.eligible && n > 0) {
        problems.push(
          `Phiếu giấy: có ${n} phiếu ${label} cho ${c.name}, người không đủ điều kiện; phiếu ghi ý kiến cho người này là phiếu không hợp lệ, ban kiểm phiếu cần kiểm lại.`,
        );
      } else {
        target.set(id, n);
      }
    }
  }
  for (const [id, c] of byId) {
    const marked = (agree.get(id) ?? 0) + (disagree.get(id) ?? 0);
    if (marked > valid) {
      problems.push(
        `Phiếu giấy: ${c.name} có ${marked} phiếu đồng ý và không đồng ý, nhiều hơn số phiếu hợp lệ (${valid}).`,
      );
    }
  }
  return { valid, invalid, agree, disagree, problems };
}

export function tallyCandidates(input: TallyInput): TallyResult {
  const { mode, threshold, membersTotal, presentTotal } = input;
  const problems = rosterProblems(threshold, membersTotal, presentTotal);
  const thresholdOk = thresholdProblems(threshold).length === 0;
  if (!VOTE_MODES.includes(mode)) {
    problems.push('Hình thức bỏ phiếu phải là điện tử, giấy hoặc kết hợp cả hai.');
  }

  const byId = new Map<string, Candidate>();
  for (const c of input.candidates) {
    if (byId.has(c.id)) problems.push(`Danh sách có hai người cùng mã "${c.id}".`);
    else byId.set(c.id, c);
  }

  // Electronic ballots (issue 6 §3): a defective ballot is invalid as a whole.
  const agree = new Map<string, number>();
  const disagree = new Map<string, number>();
  const add = (m: Map<string, number>, id: string, n: number) => m.set(id, (m.get(id) ?? 0) + n);
  let electronicValid = 0;
  let electronicInvalid = 0;
  const defects = new Map<string, number>();
  if (mode === 'paper' && input.electronic.length > 0) {
    problems.push(
      `Hình thức bỏ phiếu giấy nhưng có ${input.electronic.length} phiếu điện tử: không tính các phiếu này.`,
    );
  }
  for (const b of mode === 'paper' ? [] : input.electronic) {
    const defect = ballotDefect(b, byId);
    if (defect !== null) {
      electronicInvalid++;
      defects.set(defect, (defects.get(defect) ?? 0) + 1);
      continue;
    }
    electronicValid++;
    for (const [id, choice] of Object.entries(b.choices)) add(choice === 'agree' ? agree : disagree, id, 1);
  }
  for (const [defect, n] of [...defects].sort(([a], [b]) => (a < b ? -1 : 1))) {
    problems.push(`${n} phiếu điện tử không hợp lệ: ${defect}.`);
  }

  // Paper ballots, entered by the counting committee (rules.md §5.5); mixed mode adds them.
  const paper = input.paper ?? null;
  let paperValid = 0;
  let paperInvalid = 0;
  if (mode === 'electronic' && paper !== null) {
    problems.push('Hình thức bỏ phiếu điện tử nhưng có số liệu phiếu giấy: không tính số liệu này.');
  } else if (mode !== 'electronic' && paper === null) {
    problems.push('Chưa nhập kết quả kiểm phiếu giấy.');
  } else if (paper !== null) {
    const p = readPaper(paper, byId, presentTotal);
    problems.push(...p.problems);
    paperValid = p.valid;
    paperInvalid = p.invalid;
    for (const [id, n] of p.agree) add(agree, id, n);
    for (const [id, n] of p.disagree) add(disagree, id, n);
  }

  const electronic = electronicValid + electronicInvalid;
  const valid = electronicValid + paperValid;
  const invalid = electronicInvalid + paperInvalid;
  const ballots: BallotCounts = {
    electronic,
    electronicInvalid,
    paperValid,
    paperInvalid,
    valid,
    invalid,
    total: valid + invalid,
  };
  if (isCount(presentTotal) && ballots.total > presentTotal) {
    problems.push(`Tổng số phiếu (${ballots.total}) nhiều hơn số thành viên có mặt (${presentTotal}).`);
  }

  // The base per the threshold (rules.md §3.6: "base: attendees|members").
  const rawBase = threshold.base === 'members' ? membersTotal : presentTotal;
  const base = isCount(rawBase) ? rawBase : 0;
  const baseWords = THRESHOLD_BASE_LABELS[threshold.base] ?? '';
  const perCandidate = [...byId.values()].map((c): CandidateResult => {
    const a = agree.get(c.id) ?? 0;
    const d = disagree.get(c.id) ?? 0;
    const pct = pctOf(a, base);
    const result = { id: c.id, name: c.name, eligible: c.eligible, agree: a, disagree: d };
    const blank = Math.max(0, valid - a - d);
    if (!c.eligible) {
      // Luật TĐKT 2022 Điều 24 khoản 1 via the rules engine: shown with the reason, never passed.
      const why = c.reason ? `: ${c.reason}` : '';
      return {
        ...result,
        blank,
        pct,
        passed: false,
        reasons: [`Không đủ điều kiện đưa vào phiếu${why}; không xét kết quả.`],
      };
    }
    if (!thresholdOk) {
      return {
        ...result,
        blank,
        pct,
        passed: false,
        reasons: ['Ngưỡng biểu quyết không hợp lệ: chưa xác định kết quả.'],
      };
    }
    const passed = passes(a, base, threshold);
    const share = `Đồng ý ${a}/${base} ${baseWords} (${fmtNumber(pct)}%)`;
    return {
      ...result,
      blank,
      pct,
      passed,
      reasons: [`${share}: ${passed ? 'đạt' : 'không đạt'} ngưỡng ${thresholdPhrase(threshold)}.`],
    };
  });

  return { perCandidate, base, thresholdText: thresholdText(threshold), ballots, problems };
}

/**
 * An open vote (e.g. approving the collective report or the minutes, issue 6 §2, §5): counts for,
 * against and abstaining; those present who did not raise a hand are simply not "agree".
 */
export function tallyOpen(input: OpenTallyInput): OpenTallyResult {
  const { agree, disagree, abstain, presentTotal, membersTotal, threshold } = input;
  const problems = rosterProblems(threshold, membersTotal, presentTotal);
  const countsOk = [agree, disagree, abstain].every(isCount);
  problems.push(
    ...countProblems([
      ['Số đồng ý', agree],
      ['Số không đồng ý', disagree],
      ['Số không biểu quyết', abstain],
    ]),
  );
  if (countsOk && isCount(presentTotal) && agree + disagree + abstain > presentTotal) {
    problems.push(
      `Tổng số ý kiến (${agree + disagree + abstain}) nhiều hơn số thành viên có mặt (${presentTotal}).`,
    );
  }
  const rawBase = threshold.base === 'members' ? membersTotal : presentTotal;
  const base = isCount(rawBase) ? rawBase : 0;
  const usable = countsOk && thresholdProblems(threshold).length === 0;
  return {
    passed: usable && passes(agree, base, threshold),
    pct: countsOk ? pctOf(agree, base) : 0,
    base,
    problems,
  };
}
