/**
 * Votes at meetings (issue 6 §3): open votes (counts for, against, abstaining) and secret ballots on
 * candidates (Lao động tiên tiến: each voter marks agree or disagree per candidate, Luật Thi đua,
 * khen thưởng 2022 Điều 24 khoản 1 for who may be a candidate; rules.md §3.2, §3.6). Pure data, no I/O.
 */

/** Open: counts by show of hands or by button; secret: bỏ phiếu kín (rules.md §3.6). */
export type VoteKind = 'open' | 'secret';
export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
  open: 'Biểu quyết công khai',
  secret: 'Bỏ phiếu kín',
};

/** Electronic ballots, paper ballots counted by the counting committee, or both added (issue 6 §3). */
export const VOTE_MODES = ['electronic', 'paper', 'mixed'] as const;
export type VoteMode = (typeof VOTE_MODES)[number];
export const VOTE_MODE_LABELS: Record<VoteMode, string> = {
  electronic: 'Phiếu điện tử',
  paper: 'Phiếu giấy',
  mixed: 'Phiếu điện tử và phiếu giấy',
};

/** The percentage is of the members present, or of all members (rules.md §3.6: "base: attendees|members"). */
export type ThresholdBase = 'present' | 'members';
export const THRESHOLD_BASE_LABELS: Record<ThresholdBase, string> = {
  present: 'số thành viên có mặt',
  members: 'tổng số thành viên',
};

/**
 * A pass mark. `strict`: more than `pct`% ("hơn 50%"); otherwise at least `pct`% ("từ 80% trở lên").
 * `pct` is read as an exact fraction: the only fraction with a denominator up to 10 000 within 1e-10 of
 * the number, so 66.67 is 6667/100 and `200 / 3` is exactly two thirds (see `threshold.ts`).
 */
export interface Threshold {
  base: ThresholdBase;
  pct: number;
  strict: boolean;
}

/** A mark for one candidate on a candidate ballot. A candidate left unmarked on a valid ballot is neither. */
export type Choice = 'agree' | 'disagree';
export const CHOICES: readonly Choice[] = ['agree', 'disagree'];
export const CHOICE_LABELS: Record<Choice, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý' };

export type CandidateId = string;

/**
 * A person on the ballot. Ineligible people (from the rules engine) are shown with the reason but
 * cannot be voted on (issue 6 §3).
 */
export interface Candidate {
  id: CandidateId;
  name: string;
  eligible: boolean;
  reason?: string;
}

/** One electronic ballot, as cast and as published: no voter, no time, no order. */
export interface ElectronicBallot {
  choices: Record<CandidateId, Choice>;
}

/** What the counting committee (ban kiểm phiếu) enters for paper ballots (rules.md §5.5, §3.6). */
export interface PaperTally {
  /** Papers handed out (phát ra). */
  issued: number;
  /** Papers collected (thu vào). */
  returned: number;
  valid: number;
  invalid: number;
  /** Valid papers marking the candidate "agree", by candidate id. */
  agree: Record<CandidateId, number>;
  disagree: Record<CandidateId, number>;
}

/** Counts of an open vote. */
export interface OpenVoteCounts {
  agree: number;
  disagree: number;
  abstain: number;
}

/** Everything a candidate tally needs besides the candidates and the electronic ballots. */
export interface TallyOptions {
  paper?: PaperTally | null;
  mode: VoteMode;
  threshold: Threshold;
  /** All members entitled to vote (the unit's staff, the council's members). */
  membersTotal: number;
  /** Members present when the ballot opened. */
  presentTotal: number;
}

export interface TallyInput extends TallyOptions {
  candidates: readonly Candidate[];
  electronic: readonly ElectronicBallot[];
}

export interface CandidateResult {
  id: CandidateId;
  name: string;
  eligible: boolean;
  agree: number;
  disagree: number;
  /** Valid ballots marking the candidate neither way. */
  blank: number;
  /** agree as a percentage of the base, rounded half up to 2 decimals (0 when the base is 0). */
  pct: number;
  /** Reached the threshold, computed exactly; never true for an ineligible candidate. */
  passed: boolean;
  /** Why, in Vietnamese, for the vote-count minutes. */
  reasons: string[];
}

export interface BallotCounts {
  /** Electronic ballots counted (valid and invalid). */
  electronic: number;
  electronicInvalid: number;
  paperValid: number;
  paperInvalid: number;
  valid: number;
  invalid: number;
  /** Every ballot counted: electronic plus paper returned (valid + invalid). */
  total: number;
}

export interface TallyResult {
  perCandidate: CandidateResult[];
  /** presentTotal or membersTotal, per the threshold. */
  base: number;
  /** The threshold in words, e.g. "Hơn 50% số thành viên có mặt". */
  thresholdText: string;
  ballots: BallotCounts;
  /** Impossible or invalid inputs, in Vietnamese; empty when everything adds up. */
  problems: string[];
}

export interface OpenTallyInput extends OpenVoteCounts {
  presentTotal: number;
  membersTotal: number;
  threshold: Threshold;
}

export interface OpenTallyResult {
  passed: boolean;
  /** agree as a percentage of the base, 2 decimals. */
  pct: number;
  base: number;
  problems: string[];
}

/** One line of the list published after the ballot closes: the receipt and what the ballot said. */
export interface PublishedBallot {
  receipt: string;
  choices: Record<CandidateId, Choice>;
}
