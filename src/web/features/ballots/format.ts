/**
 * Pure helpers of the secret-ballot pages: states, the live progress (only how many, never how),
 * the threshold form, the paper count form → API body, the result rows, the published list and the
 * receipt check, and what the voter's phone shows.
 */
import { normalizeReceipt } from '../../../domain/ballot/receipt.js';
import { findReceipt } from '../../../domain/ballot/recount.js';
import { tallyCandidates } from '../../../domain/ballot/tally.js';
import { defaultThreshold, thresholdProblems, thresholdText } from '../../../domain/ballot/threshold.js';
import type {
  Candidate,
  CandidateResult,
  Choice,
  PaperTally,
  PublishedBallot,
  TallyResult,
  Threshold,
} from '../../../domain/ballot/types.js';
import { fmtNumber } from '../../../domain/rules/format.js';
import type { BallotState, BallotView } from './types.js';

export const BALLOT_STATE_LABELS: Record<BallotState, string> = {
  prepared: 'Đang chuẩn bị',
  open: 'Đang bỏ phiếu',
  closed: 'Đã kết thúc',
};
export const BALLOT_STATE_COLORS: Record<BallotState, string> = {
  prepared: 'default',
  open: 'processing',
  closed: 'success',
};

/** How often the console and the projector ask for the counts while the ballot is open. */
export const LIVE_POLL_MS = 2_000;
/** How often the voter's phone looks for the ballot opening or closing (uniform, not after casting). */
export const VOTER_POLL_MS = 3_000;
/** How often a shown result is refreshed after closing (the paper count may come in later). */
export const RESULT_POLL_MS = 10_000;

export const ballotPath = (id: string) => `/bo-phieu/${encodeURIComponent(id)}`;
export const votePath = (id: string) => `${ballotPath(id)}/phieu`;
export const projectorPath = (id: string) => `${ballotPath(id)}/man-hinh`;

type Counts = Pick<BallotView, 'presentTotal' | 'tokensIssued' | 'ballotsCast'>;

/** The console's live line: "Đã nhận phiếu: 3/6 có mặt · Đã bỏ: 2". Counts only. */
export const progressText = (b: Counts): string =>
  `Đã nhận phiếu: ${b.tokensIssued}/${b.presentTotal} có mặt · Đã bỏ: ${b.ballotsCast}`;

/** The projector's line: "Đã bỏ phiếu: 2 / 6 có mặt". */
export const projectorText = (b: Pick<BallotView, 'presentTotal' | 'ballotsCast'>): string =>
  `Đã bỏ phiếu: ${b.ballotsCast} / ${b.presentTotal} có mặt`;

/** Ballots cast as a whole percentage of those present (0 when nobody is present), at most 100. */
export function castPercent(b: Pick<BallotView, 'presentTotal' | 'ballotsCast'>): number {
  if (b.presentTotal <= 0) return 0;
  return Math.min(100, Math.round((b.ballotsCast * 100) / b.presentTotal));
}

/** "Có mặt 6/8 · 1 người không có tài khoản bỏ phiếu giấy". */
export function rollCallText(roster: readonly { present: boolean; hasAccount: boolean }[]): string {
  const present = roster.filter((r) => r.present);
  const paper = present.filter((r) => !r.hasAccount).length;
  const base = `Có mặt ${present.length}/${roster.length}`;
  return paper > 0 ? `${base} · ${paper} người không có tài khoản bỏ phiếu giấy` : base;
}

/** The ballot with one member marked present or absent (the roll call, before the server answers). */
export function withPresence(b: BallotView, personId: string, present: boolean): BallotView {
  if (!b.roster) return b;
  const roster = b.roster.map((r) => (r.personId === personId ? { ...r, present } : r));
  return { ...b, roster, presentTotal: roster.filter((r) => r.present).length };
}

/** The default pass mark as the creation form shows it. */
export const DEFAULT_THRESHOLD: Threshold = defaultThreshold().value;
export const DEFAULT_THRESHOLD_NOTE = `${thresholdText(DEFAULT_THRESHOLD)} (mặc định, chưa kiểm chứng — có thể đổi)`;

export interface ThresholdFormValues {
  custom: boolean;
  base: Threshold['base'];
  pct: number | null;
  strict: boolean;
}

export const DEFAULT_THRESHOLD_FORM: ThresholdFormValues = { custom: false, ...DEFAULT_THRESHOLD };

/**
 * The threshold to send: undefined for the default (the server applies it), the override otherwise;
 * problems in Vietnamese when the override cannot be used.
 */
export function thresholdFromForm(v: ThresholdFormValues): {
  threshold: Threshold | undefined;
  text: string;
  problems: string[];
} {
  if (!v.custom) return { threshold: undefined, text: thresholdText(DEFAULT_THRESHOLD), problems: [] };
  if (v.pct === null || v.pct === undefined) {
    return { threshold: undefined, text: '', problems: ['Nhập tỷ lệ phần trăm của ngưỡng.'] };
  }
  const threshold: Threshold = { base: v.base, pct: v.pct, strict: v.strict };
  const problems = thresholdProblems(threshold);
  return { threshold, text: problems.length === 0 ? thresholdText(threshold) : '', problems };
}

/** What the counting committee types: counts may still be empty. */
export interface PaperFormValues {
  issued?: number | null;
  returned?: number | null;
  valid?: number | null;
  invalid?: number | null;
  agree?: Record<string, number | null | undefined>;
  disagree?: Record<string, number | null | undefined>;
}

const n0 = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The PUT /paper body: empty counts are 0; per-candidate counts for eligible candidates only. */
export function paperBody(v: PaperFormValues, candidates: readonly Candidate[]): PaperTally {
  const eligible = candidates.filter((c) => c.eligible);
  return {
    issued: n0(v.issued),
    returned: n0(v.returned),
    valid: n0(v.valid),
    invalid: n0(v.invalid),
    agree: Object.fromEntries(eligible.map((c) => [c.id, n0(v.agree?.[c.id])])),
    disagree: Object.fromEntries(eligible.map((c) => [c.id, n0(v.disagree?.[c.id])])),
  };
}

/** What does not add up in the paper count (papers returned ≤ issued ≤ present, valid + invalid = returned…). */
export function paperProblems(
  p: PaperTally,
  candidates: readonly Candidate[],
  presentTotal: number,
): string[] {
  const { problems } = tallyCandidates({
    candidates,
    electronic: [],
    paper: p,
    mode: 'paper',
    threshold: DEFAULT_THRESHOLD,
    membersTotal: Math.max(presentTotal, 0),
    presentTotal: Math.max(presentTotal, 0),
  });
  return problems.filter((m) => m.startsWith('Phiếu giấy'));
}

export type Verdict = 'passed' | 'failed' | 'ineligible';
export const VERDICT_LABELS: Record<Verdict, string> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  ineligible: 'Không đủ điều kiện',
};
export const VERDICT_COLORS: Record<Verdict, string> = {
  passed: 'green',
  failed: 'red',
  ineligible: 'default',
};

export interface ResultRow extends CandidateResult {
  key: string;
  /** "66,67%". */
  pctText: string;
  verdict: Verdict;
}

/** One row per candidate, in the ballot's order. */
export function resultRows(tally: TallyResult): ResultRow[] {
  return tally.perCandidate.map((c) => ({
    ...c,
    key: c.id,
    pctText: `${fmtNumber(c.pct, 2)}%`,
    verdict: !c.eligible ? 'ineligible' : c.passed ? 'passed' : 'failed',
  }));
}

/** "Căn cứ tính tỷ lệ: 6 (số thành viên có mặt). Ngưỡng: Hơn 50% số thành viên có mặt." */
export function baseText(tally: Pick<TallyResult, 'base' | 'thresholdText'>, threshold: Threshold): string {
  const base = threshold.base === 'present' ? 'số thành viên có mặt' : 'tổng số thành viên';
  return `Căn cứ tính tỷ lệ: ${tally.base} (${base}). Ngưỡng: ${tally.thresholdText}.`;
}

/** "Phiếu điện tử: 5 · Phiếu giấy hợp lệ: 1, không hợp lệ: 0 · Tổng: 6". */
export function ballotCountsText(tally: TallyResult, mode: BallotView['mode']): string {
  const b = tally.ballots;
  const parts: string[] = [];
  if (mode !== 'paper') {
    parts.push(
      `Phiếu điện tử: ${b.electronic}${b.electronicInvalid > 0 ? ` (${b.electronicInvalid} không hợp lệ)` : ''}`,
    );
  }
  if (mode !== 'electronic')
    parts.push(`Phiếu giấy hợp lệ: ${b.paperValid}, không hợp lệ: ${b.paperInvalid}`);
  parts.push(`Tổng số phiếu: ${b.total}`);
  return parts.join(' · ');
}

/** Every warning before the result is announced: the count's and the reconciliation's, without repeats. */
export function resultWarnings(r: {
  tally: Pick<TallyResult, 'problems'>;
  reconciliation: { problems: string[] };
}): string[] {
  return [...new Set([...r.tally.problems, ...r.reconciliation.problems])];
}

/** A published ballot in words: who it agrees with, who it does not (candidates in ballot order). */
export function choiceSummary(
  choices: Record<string, Choice>,
  candidates: readonly Pick<Candidate, 'id' | 'name'>[],
): { agree: string[]; disagree: string[] } {
  const agree: string[] = [];
  const disagree: string[] = [];
  for (const c of candidates) {
    if (choices[c.id] === 'agree') agree.push(c.name);
    else if (choices[c.id] === 'disagree') disagree.push(c.name);
  }
  return { agree, disagree };
}

export type ReceiptCheck = 'empty' | 'invalid' | 'found' | 'missing';
export const RECEIPT_CHECK_TEXT: Record<Exclude<ReceiptCheck, 'empty'>, string> = {
  invalid: 'Mã biên nhận gồm 16 ký tự (dạng 3f2a-91bc-0d4e-77a1) hoặc 64 ký tự 0–9, a–f.',
  found: 'Có trong danh sách phiếu công bố: phiếu này đã được đếm.',
  missing: 'Không có trong danh sách phiếu công bố.',
};

/** The "Kiểm tra biên nhận" box: the full receipt or the short one, any case, with or without dashes. */
export function checkReceipt(
  published: readonly Pick<PublishedBallot, 'receipt'>[],
  input: string,
): ReceiptCheck {
  if (input.trim() === '') return 'empty';
  if (normalizeReceipt(input) === null) return 'invalid';
  return findReceipt(published, input) ? 'found' : 'missing';
}

/** The published ballot with this full receipt, if any. */
export const publishedFor = (published: readonly PublishedBallot[], receipt: string) =>
  published.find((p) => p.receipt === receipt.toLowerCase()) ?? null;
