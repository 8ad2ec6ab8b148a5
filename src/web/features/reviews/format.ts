/**
 * Pure helpers of the self-review screens: state colours, event labels, times, what the rules
 * engine's ruling means for the level choices, the proposed level and scores sent on save, where a
 * server error belongs, and the rows of the point table.
 */
import { type MissingAnswer, REMEDIATION_STATUSES } from '../../../domain/forms/answers.js';
import {
  bandRangeText,
  matchingBand,
  type ScoreTotals,
  scoreTotals,
  suggestedLevelFromScores,
} from '../../../domain/forms/scoring.js';
import type {
  FormAnswers,
  FormDefinition,
  RemediationItem,
  ScoreColumn,
  Scores,
  ScoreTable,
} from '../../../domain/forms/types.js';
import { allFields, filledByPerson } from '../../../domain/forms/walk.js';
import { isEditable, type ReviewState } from '../../../domain/review.js';
import { LEVEL_LABELS, LEVELS, type Level, levelRank, type Reason } from '../../../domain/rules/types.js';
import { formatVnDateTime } from '../../components/dates.js';
import type { Ruling } from './types.js';

export const REVIEW_STATE_COLORS: Record<ReviewState, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  revising: 'purple',
  final: 'green',
};

/** What each stored version records, as the history drawer names it. */
export const EVENT_LABELS: Record<string, string> = {
  save: 'Lưu',
  submit: 'Nộp',
  return: 'Trả lại',
  reopen: 'Mở lại để tiếp thu',
  finalise: 'Hoàn tất',
  score_manager: 'Chấm điểm',
  score_authority: 'Chấm điểm',
};

export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? event;
}

/** Who scored, for the history's note column ('' for other events). */
export function eventDetail(event: string): string {
  if (event === 'score_manager') return 'Người quản lý trực tiếp';
  if (event === 'score_authority') return 'Cấp có thẩm quyền';
  return '';
}

export const REMEDIATION_STATUS_LABELS: Record<RemediationItem['status'], string> = {
  resolved: 'Đã khắc phục',
  in_progress: 'Đang khắc phục',
  not_resolved: 'Chưa khắc phục',
};

export const REMEDIATION_STATUS_OPTIONS = REMEDIATION_STATUSES.map((s) => ({
  value: s,
  label: REMEDIATION_STATUS_LABELS[s],
}));

/** An ISO instant as dd/mm/yyyy HH:mm in Vietnam time ('' for none). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = formatVnDateTime(iso);
  return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/.test(full) ? full.slice(0, 16) : full;
}

/** An ISO instant as HH:mm in Vietnam time ("Đã lưu lúc 14:05"). */
export function clockTime(iso: string): string {
  const t = formatTime(iso);
  return t.length === 16 ? t.slice(11) : t;
}

/** "Viết" while the writer may still edit it, "Xem" otherwise. */
export function actionLabel(state: ReviewState): 'Viết' | 'Xem' {
  return isEditable(state) ? 'Viết' : 'Xem';
}

/** Past its deadline (Vietnam days, ISO compare) and not handed in. */
export function isOverdue(
  deadline: string | null | undefined,
  today: string | null,
  state: ReviewState,
): boolean {
  if (!deadline || !today) return false;
  return today > deadline && (state === 'draft' || state === 'returned');
}

/**
 * The reasons that come from the person's circumstances (time worked, leave, discipline, transfer,
 * the resulting ceiling). The ruling is run on neutral facts of the work, so its criteria reasons
 * ("đạt các tiêu chí…") say nothing about this person and are left out.
 */
const CIRCUMSTANCE_CODES = [
  'not_evaluated',
  'discipline',
  'leave_',
  'maternity',
  'transfer_',
  'max_level',
  'assumed_nd90_time_rules',
];

export function circumstanceReasons(ruling: Ruling): Reason[] {
  const own = ruling.reasons.filter((r) => CIRCUMSTANCE_CODES.some((c) => r.code.startsWith(c)));
  return own.length > 0 ? own : ruling.reasons;
}

export interface RulingNotice {
  type: 'warning' | 'info';
  title: string;
  reasons: Reason[];
}

/** The Alert above the form: not classified this year, or a ceiling below HTXSNV; else null. */
export function rulingNotice(ruling: Ruling | null): RulingNotice | null {
  if (!ruling) return null;
  if (!ruling.evaluated) {
    return {
      type: 'warning',
      title: 'Năm nay bạn không được xếp loại, chỉ kiểm điểm',
      reasons: circumstanceReasons(ruling),
    };
  }
  if (ruling.maxLevel && ruling.maxLevel !== 'HTXSNV') {
    // "max_level" repeats the title; the reasons behind it say why.
    const reasons = circumstanceReasons(ruling);
    const behind = reasons.filter((r) => r.code !== 'max_level');
    return {
      type: 'info',
      title: `Mức cao nhất có thể đề xuất: ${LEVEL_LABELS[ruling.maxLevel]}`,
      reasons: behind.length > 0 ? behind : reasons,
    };
  }
  return null;
}

export interface LevelOption {
  value: Level;
  label: string;
  disabled: boolean;
  /** Why it cannot be chosen (for the tooltip); null when it can. */
  reason: string | null;
}

const reasonText = (r: Reason | undefined) => (r ? `${r.message} (${r.article})` : '');

/** The four levels, best first; those the ruling does not allow are disabled with the reason why. */
export function levelOptions(ruling: Ruling | null): LevelOption[] {
  const notClassified =
    ruling && !ruling.evaluated
      ? `Năm nay không xếp loại, chỉ kiểm điểm. ${reasonText(circumstanceReasons(ruling)[0])}`.trim()
      : null;
  const max = ruling?.evaluated ? ruling.maxLevel : null;
  // The circumstance behind the ceiling (e.g. the discipline), else the ceiling's own summary.
  const own = ruling ? circumstanceReasons(ruling) : [];
  const why = own.find((r) => r.code !== 'max_level') ?? own[0];
  return LEVELS.map((level) => {
    let reason: string | null = notClassified;
    if (!reason && max && levelRank(level) > levelRank(max)) {
      reason = `Mức cao nhất có thể đề xuất là “${LEVEL_LABELS[max]}”${why ? `: ${reasonText(why)}` : '.'}`;
    }
    return { value: level, label: LEVEL_LABELS[level], disabled: reason !== null, reason };
  });
}

/** The form's first level field the writer fills: its answer is the review's proposed level. */
export function primaryLevelKey(def: Pick<FormDefinition, 'sections'>): string | null {
  return (
    allFields(def).find(({ field }) => field.type === 'level' && filledByPerson(field))?.field.key ?? null
  );
}

const isLevel = (v: unknown): v is Level =>
  typeof v === 'string' && (LEVELS as readonly string[]).includes(v);

/** The proposed level sent on save: the primary level answer; none when the person is not classified. */
export function proposedLevelOf(
  def: Pick<FormDefinition, 'sections'>,
  answers: FormAnswers,
  ruling: Ruling | null,
): Level | null {
  if (ruling && !ruling.evaluated) return null;
  const key = primaryLevelKey(def);
  const v = key ? answers[key] : undefined;
  return isLevel(v) ? v : null;
}

/** The writer's own column of the stored scores. */
export function selfScoresOf(scores: Scores): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [item, row] of Object.entries(scores ?? {})) {
    const v = row?.self;
    if (typeof v === 'number' && Number.isFinite(v)) out[item] = v;
  }
  return out;
}

/** Only the numbers (an emptied box is left out: the server then clears that score). */
export function selfScoresBody(self: Record<string, number | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(self)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

/** The stored scores with the writer's column replaced by what is being typed. */
export function withSelfScores(scores: Scores, self: Record<string, number | null>): Scores {
  const out: Scores = {};
  for (const [item, row] of Object.entries(scores ?? {})) {
    const { self: _drop, ...rest } = row ?? {};
    out[item] = rest;
  }
  for (const [item, v] of Object.entries(self)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[item] = { ...out[item], self: v };
  }
  return out;
}

export interface ScoreView {
  totals: ScoreTotals;
  /** The suggested level, or null while no column is scored in full. */
  level: Level | null;
  column: ScoreColumn | null;
  total: number | null;
  /** "từ 70 đến dưới 90 điểm", or null. */
  bandText: string | null;
  reason: string;
}

/** Totals per group and overall, and the level the points suggest (computed as the writer types). */
export function scoreView(table: ScoreTable, scores: Scores): ScoreView {
  const totals = scoreTotals(table, scores);
  const s = suggestedLevelFromScores(table, scores);
  const total = s.column ? (totals.total[s.column] ?? 0) : null;
  const band = total !== null ? matchingBand(table, total) : null;
  return {
    totals,
    level: s.level,
    column: s.column,
    total,
    bandText: band ? bandRangeText(table, band) : null,
    reason: s.reason,
  };
}

export type ScoreRow =
  | { kind: 'group'; key: string; label: string; max: number; groupKey: string }
  | { kind: 'item'; key: string; label: string; max: number; itemKey: string; groupKey: string }
  /** A group with one item: one line, as the forms print it ("1. Nhóm tiêu chí chung … /30"). */
  | { kind: 'single'; key: string; label: string; max: number; itemKey: string; groupKey: string }
  | { kind: 'total'; key: string; label: string; max: number };

export function scoreRows(table: ScoreTable): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const g of table.groups) {
    const [only] = g.items;
    if (g.items.length === 1 && only) {
      rows.push({
        kind: 'single',
        key: `g:${g.key}`,
        label: g.label,
        max: g.max,
        itemKey: only.key,
        groupKey: g.key,
      });
      continue;
    }
    rows.push({ kind: 'group', key: `g:${g.key}`, label: g.label, max: g.max, groupKey: g.key });
    for (const i of g.items) {
      rows.push({
        kind: 'item',
        key: `i:${i.key}`,
        label: i.label,
        max: i.max,
        itemKey: i.key,
        groupKey: g.key,
      });
    }
  }
  const max = table.max ?? table.groups.reduce((s, g) => s + g.max, 0);
  rows.push({ kind: 'total', key: 'total', label: 'Tổng điểm', max });
  return rows;
}

/** The DOM id of a field's block on the page (the "Còn thiếu" links scroll to it). */
export const fieldDomId = (key: string) => `review-field-${key}`;

export interface FieldErrors {
  /** Per answer key. */
  answers: Record<string, string[]>;
  /** Per score item. */
  scores: Record<string, string[]>;
  /** About the proposed level. */
  level: string[];
  /** Details that point nowhere on the form. */
  other: string[];
}

export const NO_FIELD_ERRORS: FieldErrors = { answers: {}, scores: {}, level: [], other: [] };

const push = (map: Record<string, string[]>, key: string, message: string) => {
  map[key] = [...(map[key] ?? []), message];
};

/**
 * Places the server's error details: `body.answers.<key>…` (save) or `answers.<key>` (submit) on the
 * field, `body.selfScores.<item>…` on the score row, `body.proposedLevel` on the level.
 */
export function fieldErrorsOf(details: readonly { path: string; message: string }[]): FieldErrors {
  const out: FieldErrors = { answers: {}, scores: {}, level: [], other: [] };
  for (const d of details) {
    const path = d.path.replace(/^body\./, '');
    const [head, rest] = [path.split('.')[0], path.split('.').slice(1).join('.')];
    const key = rest.split(/[.[]/)[0] ?? '';
    if (head === 'answers' && key) push(out.answers, key, d.message);
    else if (head === 'selfScores' && key) push(out.scores, key, d.message);
    else if (head === 'proposedLevel') out.level.push(d.message);
    else out.other.push(d.message);
  }
  return out;
}

/**
 * Whether the writer holds a leadership post (leaders-only sections then apply). The API does not
 * say so directly: the signed-in writer's roles tell, and so does the server's list of missing
 * fields (it names leaders-only fields only for leaders) or a leaders-only answer already written.
 */
export function isLeaderWriter(
  def: Pick<FormDefinition, 'sections'>,
  answers: FormAnswers,
  serverMissing: readonly MissingAnswer[],
  leaderRole: boolean,
): boolean {
  if (leaderRole) return true;
  const leaderKeys = new Set(
    allFields(def)
      .filter((f) => f.leadersOnly)
      .map((f) => f.field.key),
  );
  if (serverMissing.some((m) => leaderKeys.has(m.key))) return true;
  return [...leaderKeys].some((k) => typeof answers[k] === 'string' && (answers[k] as string).trim() !== '');
}

/**
 * The personal-details lines a writer would otherwise type from their record: name, unit, post.
 * Only empty person-filled lines are filled; nothing else changes.
 */
export function prefillAnswers(
  def: Pick<FormDefinition, 'sections'>,
  answers: FormAnswers,
  facts: { fullName?: string | null; unitName?: string | null; positionTitle?: string | null },
): FormAnswers {
  const from: Record<string, string | null | undefined> = {
    ho_ten: facts.fullName,
    don_vi: facts.unitName,
    chuc_vu: facts.positionTitle,
    chuc_vu_chinh_quyen: facts.positionTitle,
  };
  const out: FormAnswers = { ...answers };
  for (const { field } of allFields(def)) {
    if (field.type !== 'line' || !filledByPerson(field)) continue;
    const value = from[field.key];
    const current = answers[field.key];
    if (value && (current === undefined || current === null || current === '')) out[field.key] = value;
  }
  return out;
}

/** Is the heading itself already saying the section is for leaders? */
export const headingSaysLeaders = (heading: string) => /dành cho .*(lãnh đạo|quản lý)/i.test(heading);
