/**
 * Pure helpers of the progress pages: dates and day counts, deadline text, the colours of each
 * deadline state, short step titles and who may mark a step done.
 */
import {
  type CycleState,
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  planTemplate,
  type StepScope,
} from '../../../domain/cycle.js';
import { formatVnDate } from '../../../domain/dates.js';
import type { Role } from '../../../domain/roles.js';
import type { ProgressCell } from './types.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO calendar date (no time zone involved). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** ISO date `days` days after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** "25/10" from an ISO date; '' for none. */
export const shortVnDate = (iso: string | null | undefined): string => formatVnDate(iso).slice(0, 5);

interface Deadline {
  deadline: string | null;
  deadlineEnd: string | null;
}

/** The last day a step may be done on: the end of its range, else its deadline. */
export const dueDate = (s: Deadline): string | null => s.deadlineEnd ?? s.deadline;

export const NO_DEADLINE_TEXT = 'Không có hạn';

/** "25/10/2024"; a range "12/12 – 15/12/2024" (the year once when both ends share it); "Không có hạn". */
export function deadlineText({ deadline, deadlineEnd }: Deadline): string {
  if (!deadline && !deadlineEnd) return NO_DEADLINE_TEXT;
  if (!deadline) return `Đến ${formatVnDate(deadlineEnd)}`;
  if (!deadlineEnd || deadlineEnd === deadline) return formatVnDate(deadline);
  const start =
    deadline.slice(0, 4) === deadlineEnd.slice(0, 4) ? shortVnDate(deadline) : formatVnDate(deadline);
  return `${start} – ${formatVnDate(deadlineEnd)}`;
}

/** The short form under a column title: "25/10", "12/12–15/12", "Không có hạn". */
export function shortDeadlineText({ deadline, deadlineEnd }: Deadline): string {
  if (!deadline && !deadlineEnd) return NO_DEADLINE_TEXT;
  if (!deadline) return `đến ${shortVnDate(deadlineEnd)}`;
  if (!deadlineEnd || deadlineEnd === deadline) return shortVnDate(deadline);
  return `${shortVnDate(deadline)}–${shortVnDate(deadlineEnd)}`;
}

/** "Quá hạn N ngày" when `today` is past the due day, else null. */
export function overdueText(step: Deadline, today: string): string | null {
  const due = dueDate(step);
  if (!due) return null;
  const late = daysBetween(due, today);
  return late > 0 ? `Quá hạn ${late} ngày` : null;
}

/**
 * A hint next to an open step: "Quá hạn N ngày" when late, "Hạn chót hôm nay" / "Còn N ngày" when
 * the deadline is near (state due_soon); null otherwise.
 */
export function dueHint(step: Deadline & { state: DeadlineState }, today: string): string | null {
  if (step.state === 'overdue') return overdueText(step, today) ?? DEADLINE_STATE_LABELS.overdue;
  if (step.state !== 'due_soon') return null;
  const due = dueDate(step);
  if (!due) return null;
  const left = daysBetween(today, due);
  return left <= 0 ? 'Hạn chót hôm nay' : `Còn ${left} ngày`;
}

export interface StateColors {
  /** Cell fill in the matrix. */
  background: string;
  border: string;
  /** Text on `background`. */
  text: string;
  /** Bars of the timeline and legend swatches. */
  solid: string;
  /** antd Tag colour. */
  tag: string;
}

/** The colour of each deadline state: green done, lime late, orange soon, red overdue, grey later. */
export const STATE_COLORS: Record<DeadlineState, StateColors> = {
  done: { background: '#d9f7be', border: '#95de64', text: '#135200', solid: '#52c41a', tag: 'green' },
  done_late: { background: '#f4ffb8', border: '#d3f261', text: '#3f6600', solid: '#a0d911', tag: 'lime' },
  due_soon: { background: '#ffe7ba', border: '#ffc069', text: '#873800', solid: '#fa8c16', tag: 'orange' },
  overdue: { background: '#ff4d4f', border: '#cf1322', text: '#ffffff', solid: '#f5222d', tag: 'red' },
  not_started: {
    background: '#f5f5f5',
    border: '#d9d9d9',
    text: '#595959',
    solid: '#bfbfbf',
    tag: 'default',
  },
  no_deadline: {
    background: '#ffffff',
    border: '#d9d9d9',
    text: '#8c8c8c',
    solid: '#d9d9d9',
    tag: 'default',
  },
};

export const stateColors = (state: DeadlineState): StateColors => STATE_COLORS[state];

/** The legend, in reading order; "Không có hạn" only when some step has no deadline. */
export const LEGEND_STATES: readonly DeadlineState[] = [
  'done',
  'done_late',
  'due_soon',
  'overdue',
  'not_started',
];

/** The label of a state in the legend (the due-soon window spelled out). */
export function legendLabel(state: DeadlineState): string {
  return state === 'due_soon' ? 'Sắp đến hạn (≤ 3 ngày)' : DEADLINE_STATE_LABELS[state];
}

/** What a matrix cell shows: the done day "25/10", or how the step stands. */
export function cellText(
  cell: { state: DeadlineState; doneOn: string | null },
  step: Deadline,
  today: string,
) {
  if (cell.doneOn) return shortVnDate(cell.doneOn);
  switch (cell.state) {
    case 'overdue':
      return DEADLINE_STATE_LABELS.overdue;
    case 'due_soon':
      return dueHint({ ...step, state: cell.state }, today) ?? DEADLINE_STATE_LABELS.due_soon;
    default:
      return '—';
  }
}

/** The sentence of a cell's tooltip: "Đã xong ngày 25/10/2024", "Quá hạn 10 ngày (hạn 25/10/2024)". */
export function cellDescription(
  cell: { state: DeadlineState; doneOn: string | null },
  step: Deadline,
  today: string,
): string {
  const due = deadlineText(step);
  if (cell.doneOn) {
    const label = DEADLINE_STATE_LABELS[cell.state === 'done_late' ? 'done_late' : 'done'];
    return `${label} ngày ${formatVnDate(cell.doneOn)} (hạn ${due}).`;
  }
  if (cell.state === 'no_deadline') return 'Chưa xong; bước này không có hạn.';
  const hint = dueHint({ ...step, state: cell.state }, today);
  return `${hint ?? DEADLINE_STATE_LABELS[cell.state]} (hạn ${due}).`;
}

const SHORT_TITLES: Record<string, string> = {
  'goi-y': 'Gợi ý kiểm điểm',
  'tu-kiem-diem': 'Tự kiểm điểm',
  'kiem-diem-3-nam': 'Kiểm điểm 03 năm',
  'bao-cao-tap-the': 'Báo cáo tập thể',
  'so-lieu-bao-cao': 'Số liệu báo cáo',
  'hop-don-vi': 'Họp đơn vị',
  'ho-so-don-vi': 'Hồ sơ đơn vị',
  'bao-cao-van-phong': 'Báo cáo của Văn phòng',
  'bieu-quyet-co-quan': 'Bỏ phiếu xếp loại cơ quan',
  'kiem-diem-lanh-dao': 'Kiểm điểm lãnh đạo Văn phòng',
  'tham-van': 'Tham vấn, kết luận xếp loại',
  'hoi-dong-sang-kien': 'Hội đồng sáng kiến',
  'ho-so-so-noi-vu': 'Hồ sơ gửi Sở Nội vụ',
  'hoi-dong-thi-dua': 'Hội đồng thi đua - khen thưởng',
  'ho-so-khen-thuong': 'Hồ sơ đề nghị khen thưởng',
  'ho-so-ban-to-chuc': 'Hồ sơ gửi Ban Tổ chức Tỉnh ủy',
  'tai-lieu-hoi-nghi': 'Tài liệu Hội nghị',
  'hoi-nghi': 'Hội nghị công chức, viên chức',
  'khac-phuc': 'Khắc phục hạn chế',
};

/** Template titles by code: a short name is used only while the step keeps its template title. */
const TEMPLATE_TITLES = new Map(planTemplate(2024).map((s) => [s.code, s.title] as const));

const SHORT_MAX = 30;

/**
 * A column-sized name of a step: the built-in short name of a template step whose title is
 * unchanged; otherwise the title up to its first ";" or "(", cut at a word to about 30 characters.
 */
export function shortStepTitle(step: { code: string; title: string }): string {
  const known = SHORT_TITLES[step.code];
  if (known && TEMPLATE_TITLES.get(step.code) === step.title) return known;
  const head = step.title.split(/;|\s\(/)[0]?.trim() || step.title.trim();
  if (head.length <= SHORT_MAX) return head;
  const cut = head.slice(0, SHORT_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 10 ? cut.slice(0, space) : head.slice(0, SHORT_MAX)).replace(/[,\s-]+$/, '')}…`;
}

export interface Marker {
  permissions: readonly string[];
  roles: readonly Role[];
  unitId: string | null;
}

/**
 * Whether the user may mark this step done (the server decides in the end): only while the
 * cycle runs; the secretary (cycles.manage) any step; a unit head or deputy the unit-level steps
 * of their own unit.
 */
export function canMarkProgress(
  user: Marker,
  step: { scope: StepScope },
  unitId: string | null,
  cycleState: CycleState,
): boolean {
  if (cycleState !== 'running') return false;
  if (user.permissions.includes('cycles.manage')) return true;
  const leadsUnit = user.roles.includes('unit_head') || user.roles.includes('unit_deputy');
  return step.scope === 'unit' && leadsUnit && unitId !== null && unitId === user.unitId;
}

/** A self-review cell's count: "7/9 bản", and the tooltip's sentence. */
export function countText(count: { done: number; total: number } | undefined): string | null {
  return count ? `${count.done}/${count.total} bản` : null;
}

export function countDescription(count: { done: number; total: number } | undefined): string {
  return count ? ` Đã nộp ${count.done}/${count.total} bản kiểm điểm.` : '';
}

/** The unit dossier's state in a dashboard cell (issue 6 §6). */
export const DOSSIER_CELL_TEXT: Record<NonNullable<ProgressCell['dossier']>, string> = {
  assembling: 'Hồ sơ: đang hoàn thiện',
  submitted: 'Hồ sơ: đã gửi',
  returned: 'Hồ sơ: bị trả lại',
  accepted: 'Hồ sơ: đã tiếp nhận',
};

/** The small line under a cell: the review count, or the dossier's state. */
export function cellDetail(cell: Pick<ProgressCell, 'count' | 'dossier'>): string | null {
  return countText(cell.count) ?? (cell.dossier ? DOSSIER_CELL_TEXT[cell.dossier] : null);
}
