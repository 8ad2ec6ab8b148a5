/**
 * The rules engine's vocabulary: the four quality levels (rules.md §1.1), the facts a caller
 * supplies about one person and one year, and the reasons every decision carries.
 * Pure; shared by the server and the web.
 */
import type { Regime } from '../cycle.js';
import type { Category, DisciplineForm, DisciplineSystem, LeadershipRank, LeaveKind } from '../org.js';

/** Quality levels, best first (NĐ 90/2020; Luật 80/2025 Điều 26; QĐ 366-QĐ/TW). */
export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Level = (typeof LEVELS)[number];

/** Full Vietnamese names (vi-terms.md). */
export const LEVEL_LABELS: Record<Level, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** Higher is better: HTXSNV 3, HTTNV 2, HTNV 1, KHTNV 0. */
export function levelRank(level: Level): number {
  return LEVELS.length - 1 - LEVELS.indexOf(level);
}

/** The worse of the given levels (the lowest rank). */
export function minLevel(first: Level, ...rest: Level[]): Level {
  return rest.reduce((worst, l) => (levelRank(l) < levelRank(worst) ? l : worst), first);
}

/** `a` is at least as good as `b`. */
export function atLeast(a: Level, b: Level): boolean {
  return levelRank(a) >= levelRank(b);
}

/** One decision of the engine, worded for a clerk, with the article it applies. */
export interface Reason {
  /** Stable machine code, snake_case; codes starting with `assumed_` mark an assumption. */
  code: string;
  /** Vietnamese, with diacritics; dates dd/mm/yyyy. */
  message: string;
  /** The legal provision, e.g. 'Điều 2 khoản 3 Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP'. */
  article: string;
}

export interface LeaveFact {
  kind: LeaveKind;
  /** ISO dates, both inclusive. */
  from: string;
  to: string;
}

/**
 * NĐ 90/2020 Điều 2 khoản 5 điểm b, c (added by NĐ 48/2023): a discipline decision that does not
 * count again because the same violation was already counted in another evaluation year.
 * - `khtnv_before_decision`: the violation was already used to rate the person KHTNV (in `year`)
 *   before any discipline decision existed (điểm b);
 * - `same_act_other_system`: the same act was disciplined by the party and by the state in
 *   different years and was already counted in `year` (điểm c).
 */
export interface AlreadyCounted {
  year: number;
  basis: 'khtnv_before_decision' | 'same_act_other_system';
}

export interface DisciplineFact {
  system: DisciplineSystem;
  form: DisciplineForm;
  /** ISO date of the decision. */
  decidedOn: string;
  /** ISO date the decision takes effect; used when the setting `disciplineDateBasis` says so. */
  effectiveFrom?: string;
  /**
   * The violation was committed while performing public duties (vi phạm trong thực thi công vụ).
   * Only NĐ 335/2025 (công chức from 2026) limits the KHTNV trigger to these; absent = true.
   */
  dutyRelated?: boolean;
  alreadyCounted?: AlreadyCounted;
}

export interface TransferFact {
  /** ISO date of the move to the current agency. */
  transferredOn: string;
  /** Whole months spent at the previous unit. */
  monthsThere: number;
  /** The previous unit no longer exists (its comments cannot be obtained). */
  previousUnitDissolved?: boolean;
}

export interface PersonFacts {
  category: Category;
  leadership: LeadershipRank;
  /** ISO date the person started public service (Ngày bắt đầu công tác), time at a previous agency included. */
  employmentStart: string;
  leaves: LeaveFact[];
  disciplines: DisciplineFact[];
  transfers?: TransferFact[];
}

/** The general criteria, NĐ 90 Điều 3 khoản 1–4 (and điểm a khoản 5 for leaders): tốt / đáp ứng / chưa đáp ứng. */
export const GENERAL_ASSESSMENTS = ['good', 'meets', 'fails'] as const;
export type GeneralAssessment = (typeof GENERAL_ASSESSMENTS)[number];

export interface Findings {
  /** A competent authority concluded suy thoái, "tự diễn biến", "tự chuyển hóa". */
  ideologicalDecline: boolean;
  /** (Leaders) a directly managed unit was involved in embezzlement, corruption or waste that was handled. */
  subordinateCorruption?: boolean;
  /** Breach of party prohibitions or of the duty to set an example (a trigger under NĐ 335/2025 only). */
  breachOfProhibitions?: boolean;
}

/**
 * The person's own tasks (chỉ tiêu, nhiệm vụ) in the year. `onTimeQuality` and `poor` are disjoint;
 * `total − onTimeQuality − poor` tasks were not completed.
 */
export interface TaskCounts {
  total: number;
  /** Done on time, with quality and efficiency. */
  onTimeQuality: number;
  /** Done beyond the requirement (vượt mức). */
  exceeded: number;
  /** Done, but late or short of quality or efficiency. */
  poor: number;
}

/** (Leaders) the results of the unit or field they lead, and the levels of the units they manage directly. */
export interface UnitResults {
  targetsTotal: number;
  targetsCompleted: number;
  targetsExceeded: number;
  /** Completed on time and with quality. */
  targetsOnTime: number;
  subUnitLevels: Level[];
}

/** Points on the 100-point scale: tiêu chí chung + kết quả thực hiện nhiệm vụ. */
export interface Points {
  general: number;
  results: number;
}

/** Last year's weaknesses and how many are remedied (rules.md §7). */
export interface Remediation {
  total: number;
  resolved: number;
}

export interface ClassifyInput {
  regime: Regime;
  year: number;
  person: PersonFacts;
  general: GeneralAssessment;
  findings: Findings;
  tasks: TaskCounts;
  unit?: UnitResults;
  points?: Points;
  remediation?: Remediation;
}

export interface ClassifyResult {
  /** False when the person is not classified this year (only the kiểm điểm). */
  evaluated: boolean;
  /** The ceiling set by the person's circumstances; null when not evaluated. */
  maxLevel: Level | null;
  /** The highest level the facts support under that ceiling; null when not evaluated. */
  level: Level | null;
  reasons: Reason[];
}

export interface QuotaGroupInput {
  group: string;
  HTXSNV: number;
  HTTNV: number;
  /** The competent authority approved a higher ratio for an outstanding unit. */
  exceptionApproved?: boolean;
  /** The ratio (percent) the authority decided, when it named one. */
  exceptionPct?: number;
}

export interface QuotaInput {
  regime: Regime;
  groups: QuotaGroupInput[];
}

export interface QuotaGroupResult {
  group: string;
  /** The most people the group may rate HTXSNV. */
  allowed: number;
  /** HTXSNV ≤ allowed. */
  ok: boolean;
  /** Over the cap and the settings make the cap a hard block (default: a warning only). */
  blocking: boolean;
  reasons: Reason[];
}

export interface QuotaResult {
  groups: QuotaGroupResult[];
}

export const TITLES = ['LDTT', 'CSTDCS'] as const;
export type Title = (typeof TITLES)[number];
export const TITLE_LABELS: Record<Title, string> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
};

export interface TitlesInput {
  regime: Regime;
  year: number;
  person: PersonFacts;
  /** The person's quality level for the year (null: not classified). */
  level: Level | null;
  /** An initiative (sáng kiến) recognised at cơ sở level. */
  recognisedInitiative: boolean;
  /** An accepted (nghiệm thu) scientific topic, project or work. */
  acceptedResearch: boolean;
  /** Under disciplinary review, investigation, inspection, or a complaint/denunciation being verified. */
  pendingProceedings: boolean;
}

export interface TitleResult {
  title: Title;
  eligible: boolean;
  reasons: Reason[];
}

export interface TitlesResult {
  titles: TitleResult[];
}

export type { Regime };
