/** Pure helpers of the cycle pages: labels, deadline text, defaults of the wizard, step patches. */
import { type DeadlineState, isWeekend, type Regime } from '../../../domain/cycle.js';
import { formatVnDate, todayInVietnam } from '../../../domain/dates.js';
import { foldVietnamese } from '../../../domain/text.js';
import type { Cycle, CycleStep, StepFields } from './types.js';

/** "Chế độ 2024": the short name of a rule regime (the full text is REGIME_LABELS). */
export const regimeShortLabel = (regime: Regime): string => `Chế độ ${regime}`;

export const NO_DEADLINE_TEXT = 'Không ấn định';

/**
 * A step's deadline as users read it: "05/11/2024"; a range "12/12 – 15/12/2025" (the year written
 * once when both ends share it); "Không ấn định" when the plan fixes no date.
 */
export function deadlineText(step: { deadline: string | null; deadlineEnd: string | null }): string {
  const { deadline: start, deadlineEnd: end } = step;
  if (!start && !end) return NO_DEADLINE_TEXT;
  if (!start) return `Đến ${formatVnDate(end)}`;
  if (!end || end === start) return formatVnDate(start);
  const a = formatVnDate(start);
  const b = formatVnDate(end);
  const shortStart = start.slice(0, 4) === end.slice(0, 4) ? a.slice(0, 5) : a;
  return `${shortStart} – ${b}`;
}

/** The Vietnamese calendar date (dd/mm/yyyy) of an instant such as startedAt; '' for none. */
export function vnDateOfInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatVnDate(todayInVietnam(d));
}

/** The year offered for a new cycle: this year (in Vietnam) if it has none yet, else the year after the latest. */
export function defaultCycleYear(existingYears: readonly number[], today: string): number {
  const current = Number(today.slice(0, 4));
  if (!existingYears.includes(current)) return current;
  return Math.max(...existingYears) + 1;
}

/** Cycles a new cycle of `year` may copy from (earlier years), latest first. */
export function sourceCycles<T extends Pick<Cycle, 'year'>>(cycles: readonly T[], year: number | null): T[] {
  return cycles.filter((c) => year === null || c.year < year).sort((a, b) => b.year - a.year);
}

/** Colours of the deadline-state tags. */
export const DEADLINE_STATE_COLORS: Record<DeadlineState, string> = {
  done: 'green',
  done_late: 'gold',
  due_soon: 'orange',
  overdue: 'red',
  not_started: 'default',
  no_deadline: 'default',
};

/** The titles of the steps `step` depends on, in its order; an unknown code shows as itself. */
export function dependencyTitles(
  step: Pick<CycleStep, 'dependsOn'>,
  steps: readonly Pick<CycleStep, 'code' | 'title'>[],
): string[] {
  const byCode = new Map(steps.map((s) => [s.code, s.title] as const));
  return step.dependsOn.map((code) => byCode.get(code) ?? code);
}

/** The steps whose moved date needs a look (weekend or public holiday). */
export const stepsToReview = <T extends Pick<CycleStep, 'reviewReason'>>(steps: readonly T[]): T[] =>
  steps.filter((s) => Boolean(s.reviewReason));

/** Outputs typed as tags: trimmed, empty ones dropped, each once. */
export function cleanList(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim().replace(/\s+/g, ' ');
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const STEP_FIELDS: readonly (keyof StepFields)[] = [
  'title',
  'description',
  'responsible',
  'participants',
  'sectionRef',
  'scope',
  'deadline',
  'deadlineEnd',
  'outputs',
  'dependsOn',
];

/**
 * Only the fields that changed: the server clears a step's "needs a look" flag when a date is sent,
 * so an edit of the title alone must not send the dates.
 */
export function stepPatch(before: StepFields, after: StepFields): Partial<StepFields> {
  const patch: Partial<StepFields> = {};
  for (const k of STEP_FIELDS) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      (patch as Record<string, unknown>)[k] = after[k];
    }
  }
  return patch;
}

export const STEP_CODE_RULE = /^[a-z0-9-]{2,60}$/;

/** A code for a new step from its title ("Họp tổng kết" → "hop-tong-ket"), unique among `taken`. */
export function suggestStepCode(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  if (base.length < 2) base = 'buoc';
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const code = `${base}-${i}`;
    if (!used.has(code)) return code;
  }
}

/** "Thứ Bảy" or "Chủ nhật" for a weekend date (a deadline worth a second look), else null. */
export function weekendName(iso: string | null | undefined): string | null {
  if (!iso || !isWeekend(iso)) return null;
  return new Date(`${iso}T00:00:00Z`).getUTCDay() === 6 ? 'Thứ Bảy' : 'Chủ nhật';
}
