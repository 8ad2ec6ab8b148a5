/** Pure helpers for the questions page: state labels, tab filters, times. */
import { formatVnDateTime } from '../../components/dates.js';
import type { Question, QuestionState, QuestionTab } from './types.js';

export const STATE_LABELS: Record<QuestionState, string> = {
  open: 'Chờ trả lời',
  forwarded: 'Đã chuyển Chánh Văn phòng',
  answered: 'Đã trả lời',
};

export const STATE_COLORS: Record<QuestionState, string> = {
  open: 'orange',
  forwarded: 'blue',
  answered: 'green',
};

export const TAB_LABELS: Record<QuestionTab, string> = {
  all: 'Tất cả',
  waiting: 'Chờ trả lời',
  answered: 'Đã trả lời',
  published: 'Công khai',
};

export const TABS: readonly QuestionTab[] = ['all', 'waiting', 'answered', 'published'];

/** Whether a question belongs under a tab; "Chờ trả lời" holds the forwarded ones too. */
export function inTab(q: Pick<Question, 'state' | 'published'>, tab: QuestionTab): boolean {
  switch (tab) {
    case 'all':
      return true;
    case 'waiting':
      return q.state !== 'answered';
    case 'answered':
      return q.state === 'answered';
    case 'published':
      return q.published;
  }
}

/** How many questions each tab holds. */
export function tabCounts(
  items: readonly Pick<Question, 'state' | 'published'>[],
): Record<QuestionTab, number> {
  const counts: Record<QuestionTab, number> = { all: 0, waiting: 0, answered: 0, published: 0 };
  for (const q of items) for (const t of TABS) if (inTab(q, t)) counts[t]++;
  return counts;
}

/** Newest first; unanswered ones keep their place among the rest. */
export function sortQuestions<T extends Pick<Question, 'createdAt'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** An ISO instant as dd/mm/yyyy HH:mm in Vietnam time ('' for none). */
export function formatQuestionTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = formatVnDateTime(iso);
  return /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/.test(full) ? full.slice(0, 16) : full;
}
