/**
 * Pure helpers of the reviewers' overview: the colour of each state, the per-unit submission counts
 * (consistent with the dashboard: submitted, revising and final count as submitted; waived forms are
 * not required), filtering, reading answers as text, and the point table's edited column.
 */
import type { FormField, ScoreColumn, Scores } from '../../../domain/forms/types.js';
import { REVIEW_STATE_LABELS, REVIEW_STATES, type ReviewState } from '../../../domain/review.js';
import type { Permission, Role } from '../../../domain/roles.js';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../domain/rules/types.js';
import { matchesSearch } from '../../../domain/text.js';
import type { ReviewListItem } from './types.js';

/** antd Tag colours: draft grey, submitted blue, returned orange, revising purple, final green. */
export const REVIEW_STATE_COLORS: Record<ReviewState, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  revising: 'purple',
  final: 'green',
};

/** The same colours as solid swatches (legend, counts). */
export const REVIEW_STATE_SOLID: Record<ReviewState, string> = {
  draft: '#bfbfbf',
  submitted: '#1677ff',
  returned: '#fa8c16',
  revising: '#722ed1',
  final: '#52c41a',
};

/** Handed in: submitted, or past that (reopened for "tiếp thu", final). A returned review is not. */
export const countsAsSubmitted = (state: ReviewState): boolean =>
  state === 'submitted' || state === 'revising' || state === 'final';

export const isWaived = (r: Pick<ReviewListItem, 'waivedReason'>): boolean => Boolean(r.waivedReason);

export type StateCounts = Record<ReviewState, number>;

const zeroCounts = (): StateCounts => Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as StateCounts;

export interface SubmissionCount {
  /** Required reviews handed in (waived ones left out). */
  submitted: number;
  /** Required reviews (waived ones left out). */
  required: number;
  waived: number;
  /** Required reviews per state. */
  byState: StateCounts;
}

export interface UnitSummary extends SubmissionCount {
  unitId: string;
  unitName: string;
}

function add(c: SubmissionCount, r: Pick<ReviewListItem, 'state' | 'waivedReason'>): void {
  if (isWaived(r)) {
    c.waived += 1;
    return;
  }
  c.required += 1;
  c.byState[r.state] += 1;
  if (countsAsSubmitted(r.state)) c.submitted += 1;
}

const emptyCount = (): SubmissionCount => ({ submitted: 0, required: 0, waived: 0, byState: zeroCounts() });

/** One summary per unit, in the order the units first appear (the server sorts by the unit order). */
export function unitSummaries(
  items: readonly Pick<ReviewListItem, 'unitId' | 'unitName' | 'state' | 'waivedReason'>[],
): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const r of items) {
    let u = byUnit.get(r.unitId);
    if (!u) {
      u = { unitId: r.unitId, unitName: r.unitName, ...emptyCount() };
      byUnit.set(r.unitId, u);
    }
    add(u, r);
  }
  return [...byUnit.values()];
}

/** The same counts over every review given. */
export function totalSummary(
  items: readonly Pick<ReviewListItem, 'state' | 'waivedReason'>[],
): SubmissionCount {
  const c = emptyCount();
  for (const r of items) add(c, r);
  return c;
}

/** Whole percent handed in (0 when nothing is required). */
export const submittedPercent = (c: Pick<SubmissionCount, 'submitted' | 'required'>): number =>
  c.required === 0 ? 0 : Math.floor((c.submitted * 100) / c.required);

/** "Đã nộp 3/9". */
export const submittedText = (c: Pick<SubmissionCount, 'submitted' | 'required'>): string =>
  `Đã nộp ${c.submitted}/${c.required}`;

/** Whose review it is: the person, or "Tập thể <unit>" for the collective's report. */
export const subjectName = (r: Pick<ReviewListItem, 'personName' | 'unitName'>): string =>
  r.personName ?? `Tập thể ${r.unitName}`;

export interface ReviewFilter {
  unitId?: string;
  state?: ReviewState;
  /** Diacritic-insensitive search in the name. */
  q?: string;
}

export function filterReviews<T extends ReviewListItem>(items: readonly T[], f: ReviewFilter): T[] {
  return items.filter(
    (r) =>
      (!f.unitId || r.unitId === f.unitId) &&
      (!f.state || r.state === f.state) &&
      (!f.q || matchesSearch(subjectName(r), f.q)),
  );
}

export const isReviewState = (v: string | null | undefined): v is ReviewState =>
  typeof v === 'string' && (REVIEW_STATES as readonly string[]).includes(v);

export const stateLabel = (s: ReviewState): string => REVIEW_STATE_LABELS[s];

export const levelLabel = (l: Level | null | undefined): string => (l ? LEVEL_LABELS[l] : '');

const isLevel = (v: unknown): v is Level =>
  typeof v === 'string' && (LEVELS as readonly string[]).includes(v);

const REMEDIATION_STATUS_LABELS: Record<string, string> = {
  resolved: 'đã khắc phục',
  in_progress: 'đang khắc phục',
  not_resolved: 'chưa khắc phục',
};

const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * An answer as plain text for reading, or null when nothing is filled. Lists (remediation,
 * suggestions, prior results) become one line per item.
 */
export function answerText(field: Pick<FormField, 'type'>, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  switch (field.type) {
    case 'text':
    case 'line':
      return str(value) || null;
    case 'level':
      return isLevel(value) ? `${LEVEL_LABELS[value]} (${value})` : null;
    case 'remediation': {
      if (!Array.isArray(value) || value.length === 0) return null;
      return value
        .map((raw, i) => {
          const item = rec(raw);
          const status = REMEDIATION_STATUS_LABELS[str(item.status)] ?? '';
          const pct = typeof item.percent === 'number' ? ` ${item.percent}%` : '';
          const note = str(item.note) ? ` — ${str(item.note)}` : '';
          return `${i + 1}. ${str(item.weakness)}${status ? ` (${status}${pct})` : ''}${note}`;
        })
        .join('\n');
    }
    case 'suggestions': {
      if (!Array.isArray(value) || value.length === 0) return null;
      return value
        .map((raw, i) => {
          const item = rec(raw);
          return `${i + 1}. Gợi ý: ${str(item.suggestion)}\n   Giải trình: ${str(item.answer) || '(chưa giải trình)'}`;
        })
        .join('\n');
    }
    case 'prior_results': {
      if (!Array.isArray(value) || value.length === 0) return null;
      return value
        .map((raw) => {
          const item = rec(raw);
          const level = isLevel(item.level) ? LEVEL_LABELS[item.level] : 'Không xếp loại';
          const note = str(item.note) ? ` — ${str(item.note)}` : '';
          return `Năm ${String(item.year ?? '')}: ${level}${note}`;
        })
        .join('\n');
    }
  }
}

/** The scores being typed in one column: item key → points, null while empty. */
export type ColumnDraft = Record<string, number | null>;

/** The column as it stands in the stored scores. */
export function columnDraft(scores: Scores, column: ScoreColumn): ColumnDraft {
  const out: ColumnDraft = {};
  for (const [item, row] of Object.entries(scores)) {
    const v = row?.[column];
    if (typeof v === 'number') out[item] = v;
  }
  return out;
}

/** The stored scores with one column replaced by the draft (for live totals). */
export function withColumn(scores: Scores, column: ScoreColumn, draft: ColumnDraft): Scores {
  const out: Scores = {};
  for (const [item, row] of Object.entries(scores)) {
    const { [column]: _dropped, ...rest } = row ?? {};
    if (Object.keys(rest).length > 0) out[item] = rest;
  }
  for (const [item, v] of Object.entries(draft)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[item] = { ...out[item], [column]: v };
  }
  return out;
}

/** The body's `scores` for PUT /api/reviews/:id/scores: empty cells left out. */
export function columnBody(draft: ColumnDraft): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [item, v] of Object.entries(draft)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[item] = v;
  }
  return out;
}

/** The columns the user may type in, as the server's `can` says. */
export function editableColumns(can: { scoreManager: boolean; scoreAuthority: boolean }): ScoreColumn[] {
  return [
    ...(can.scoreManager ? (['manager'] as const) : []),
    ...(can.scoreAuthority ? (['authority'] as const) : []),
  ];
}

export interface Viewer {
  personId: string | null;
  unitId: string | null;
  roles: readonly Role[];
  permissions: readonly Permission[];
}

/**
 * May the viewer send a review suggestion about this review's person or collective? The server's
 * rule (reviews/access.ts maySuggest): the secretary, the leadership, or the head or deputy of the
 * unit concerned; nobody to themselves.
 */
export function maySuggest(viewer: Viewer, review: { personId: string | null; unitId: string }): boolean {
  if (review.personId && review.personId === viewer.personId) return false;
  if (viewer.permissions.includes('cycles.manage') || viewer.roles.includes('leadership')) return true;
  return (
    viewer.unitId === review.unitId &&
    (viewer.roles.includes('unit_head') || viewer.roles.includes('unit_deputy'))
  );
}

/** Vietnamese names of the history events. */
export const VERSION_EVENT_LABELS: Record<string, string> = {
  save: 'Lưu bản nháp',
  submit: 'Nộp',
  return: 'Trả lại',
  reopen: 'Mở lại để tiếp thu',
  finalise: 'Hoàn tất',
  score_manager: 'Người quản lý trực tiếp chấm điểm',
  score_authority: 'Cấp có thẩm quyền chấm điểm',
};

export const versionEventLabel = (event: string): string => VERSION_EVENT_LABELS[event] ?? event;
