/**
 * Pass marks for votes, decided in exact arithmetic.
 *
 * - Lao động tiên tiến at the unit: no national figure exists (rules.md §3.6, §9 mục 2, NOT VERIFIED);
 *   issue 6: "default more than 50% of members present, configurable" → `defaultThreshold()`.
 * - Council votes on CSTĐCS: ≥ 80% of all members, NĐ 98/2023 Điều 30 khoản 7 (regime 2024, [V]);
 *   from 01/7/2025 the province sets it (NĐ 152/2025 Điều 6 khoản 2 điểm c), 80% kept as the default.
 * - Staff conference: resolutions pass with more than 50% of attendees, quorum ≥ 2/3 of the roster
 *   (Luật Thực hiện dân chủ ở cơ sở 2022 Điều 51; rules.md §4.4, §8.4).
 *
 * A percentage is read as an exact fraction: the only fraction with a denominator of at most 10 000
 * that lies within 1e-10 of the number. Two such fractions differ by at least 1e-8, so the reading is
 * unique; float noise (0.58 * 100 = 57.99999999999999) is far below 1e-10, so 57.99999999999999 is
 * read as 58, 66.67 as 6667/100 and `200 / 3` as exactly two thirds. Comparisons are then done on
 * integers (BigInt): `agree × 100 × den > num × base` (strict) or `≥` (at least).
 */
import type { Regime } from '../cycle.js';
import { fmtNumber } from '../rules/format.js';
import type { Setting } from '../rules/settings.js';
import { BALLOT_ART } from './articles.js';
import { THRESHOLD_BASE_LABELS, type Threshold } from './types.js';

/** pct = num / den, in lowest terms. */
export interface Fraction {
  num: number;
  den: number;
}

export const MAX_PCT_DENOMINATOR = 10_000;
const PCT_TOLERANCE = 1e-10;

/**
 * The exact fraction a percentage stands for, or null when the number is not within 1e-10 of a
 * fraction with a denominator up to 10 000 (e.g. more than 4 decimals), negative or not finite.
 * Walks the continued-fraction convergents, which include every such close fraction (Legendre).
 */
export function pctFraction(pct: number): Fraction | null {
  if (!Number.isFinite(pct) || pct < 0) return null;
  let [h1, h2, k1, k2] = [1, 0, 0, 1];
  let r = pct;
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(r);
    const h = a * h1 + h2;
    const k = a * k1 + k2;
    if (k > MAX_PCT_DENOMINATOR) return null;
    if (Math.abs(pct - h / k) <= PCT_TOLERANCE) return { num: h, den: k };
    const rest = r - a;
    if (rest <= 0) return null;
    r = 1 / rest;
    [h2, h1, k2, k1] = [h1, h, k1, k];
  }
  return null;
}

const BASES: readonly string[] = ['present', 'members'];

/** What is wrong with a threshold setting, in Vietnamese; empty when it can be used. */
export function thresholdProblems(t: Threshold): string[] {
  const problems: string[] = [];
  if (!BASES.includes(t.base)) {
    problems.push('Căn cứ tính tỷ lệ phải là số thành viên có mặt hoặc tổng số thành viên.');
  }
  if (!Number.isFinite(t.pct) || t.pct < 0 || t.pct > 100) {
    problems.push('Tỷ lệ của ngưỡng biểu quyết phải từ 0% đến 100%.');
  } else if (pctFraction(t.pct) === null) {
    problems.push(
      'Tỷ lệ của ngưỡng biểu quyết phải là số có tối đa 4 chữ số thập phân hoặc một phân số như 2/3.',
    );
  } else if (t.strict && t.pct >= 100) {
    problems.push('Ngưỡng "hơn 100%" không bao giờ đạt được.');
  } else if (!t.strict && t.pct === 0) {
    problems.push('Ngưỡng "từ 0% trở lên" không cần phiếu đồng ý nào.');
  }
  return problems;
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/**
 * Whether `agree` votes out of `baseCount` reach the threshold, exactly. A base of 0 never passes
 * (nobody present or no members). Throws a RangeError on a threshold `thresholdProblems` rejects or on
 * counts that are not non-negative integers: callers validate first (the tallies do).
 */
export function passes(agree: number, baseCount: number, threshold: Threshold): boolean {
  if (!isCount(agree) || !isCount(baseCount)) {
    throw new RangeError(`Số phiếu không hợp lệ: ${agree}/${baseCount}`);
  }
  const problems = thresholdProblems(threshold);
  const f = pctFraction(threshold.pct);
  if (problems.length > 0 || f === null) throw new RangeError(problems.join(' '));
  if (baseCount === 0) return false;
  const lhs = BigInt(agree) * 100n * BigInt(f.den);
  const rhs = BigInt(f.num) * BigInt(baseCount);
  return threshold.strict ? lhs > rhs : lhs >= rhs;
}

/** part / base as a percentage rounded half up to 2 decimals, in integer arithmetic; 0 when base is 0. */
export function pctOf(part: number, base: number): number {
  if (!isCount(part) || !isCount(base) || base === 0) return 0;
  const scaled = BigInt(part) * 10_000n;
  const b = BigInt(base);
  const hundredths = scaled / b + (2n * (scaled % b) >= b ? 1n : 0n);
  return Number(hundredths) / 100;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "50%", "66,67%", or "2/3" when the share is not a finite decimal. */
export function pctWords(pct: number): string {
  const f = pctFraction(pct);
  if (!f) return `${fmtNumber(pct, 4)}%`;
  // share = num / (100 × den); a decimal exactly when its reduced denominator has only 2s and 5s.
  const g = gcd(f.num, 100 * f.den);
  const [num, den] = [f.num / g, (100 * f.den) / g];
  let d = den;
  for (const p of [2, 5]) while (d % p === 0) d /= p;
  return d === 1 ? `${fmtNumber(f.num / f.den, 4)}%` : `${num}/${den}`;
}

/** "hơn 50% số thành viên có mặt", "từ 80% tổng số thành viên trở lên" (lower case, for sentences). */
export function thresholdPhrase(t: Threshold): string {
  const base = THRESHOLD_BASE_LABELS[t.base] ?? t.base;
  return t.strict ? `hơn ${pctWords(t.pct)} ${base}` : `từ ${pctWords(t.pct)} ${base} trở lên`;
}

/** "Hơn 50% số thành viên có mặt", "Từ 2/3 tổng số thành viên trở lên". */
export function thresholdText(t: Threshold): string {
  const s = thresholdPhrase(t);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The Lao động tiên tiến ballot at the unit. Issue 6: "no national figure exists: default more than 50%
 * of members present, configurable"; rules.md §3.6 gives ">50% or ≥70% of attendees" as usual
 * examples [R]; §9 mục 2 lists the provincial figure as not found. A configurable default: verified
 * false, with its source, for the settings screen.
 */
export function defaultThreshold(): Setting<Threshold> {
  return {
    value: { base: 'present', pct: 50, strict: true },
    verified: false,
    source: `${BALLOT_ART.ldttThreshold}. Mặc định: hơn 50% số thành viên có mặt, cơ quan có thể thay đổi cho từng kỳ đánh giá.`,
    label: 'Ngưỡng bỏ phiếu kín danh hiệu Lao động tiên tiến',
  };
}

/**
 * The emulation council's vote on CSTĐCS (and Cờ thi đua): ≥ 80% of all members, absentees voting
 * in writing. NĐ 98/2023 Điều 30 khoản 7 for 2024 [V]; from 2025 the province decides (NĐ 152/2025
 * Điều 6 khoản 2 điểm c), the 80% is kept as an unverified default (rules.md §3.6, §8.4).
 */
export function councilThreshold(regime: Regime): Setting<Threshold> {
  const verified = regime === '2024';
  return {
    value: { base: 'members', pct: 80, strict: false },
    verified,
    source: verified
      ? `${BALLOT_ART.council2024}: từ 80% tổng số thành viên Hội đồng trở lên`
      : `${BALLOT_ART.council2025}; chưa kiểm chứng quy định của tỉnh, mặc định 80% như Nghị định 98/2023/NĐ-CP`,
    label: 'Ngưỡng biểu quyết của Hội đồng Thi đua – Khen thưởng (Chiến sĩ thi đua cơ sở)',
  };
}

/** Resolutions of the staff conference: more than 50% of attendees (rules.md §4.4 [V-sec], §8.4). */
export function conferenceThreshold(): Setting<Threshold> {
  return {
    value: { base: 'present', pct: 50, strict: true },
    verified: true,
    source: BALLOT_ART.conferenceMajority,
    label: 'Ngưỡng thông qua nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động',
  };
}

/** A quorum: a share of all members that must be present. */
export type Quorum = Pick<Threshold, 'pct' | 'strict'>;

/**
 * Staff conference quorum: at least 2/3 of all staff (Luật Thực hiện dân chủ ở cơ sở 2022 Điều 51
 * khoản 2 điểm c [V-sec]; rules.md §4.4, §8.4). No quorum is stated for unit meetings.
 */
export function conferenceQuorum(): Setting<Quorum> {
  return {
    value: { pct: 200 / 3, strict: false },
    verified: true,
    source: `${BALLOT_ART.conferenceQuorum}: từ 2/3 tổng số cán bộ, công chức, viên chức, người lao động trở lên`,
    label: 'Số người dự tối thiểu để hội nghị hợp lệ',
  };
}

/** present ≥ (or >) pct% of members, exactly: 6 of 9 meets 2/3, 5 of 8 does not. */
export function quorumMet(present: number, members: number, quorum: Quorum): boolean {
  return passes(present, members, { ...quorum, base: 'members' });
}
