import { describe, expect, it } from 'vitest';
import { formatQuestionTime, inTab, sortQuestions, tabCounts } from './format.js';

describe('formatQuestionTime', () => {
  it('shows Vietnam time as dd/mm/yyyy HH:mm', () => {
    expect(formatQuestionTime('2025-03-04T17:05:09.000Z')).toBe('05/03/2025 00:05');
    expect(formatQuestionTime('2025-12-31T01:30:00Z')).toBe('31/12/2025 08:30');
  });

  it('gives nothing for no time and leaves bad text alone', () => {
    expect(formatQuestionTime(null)).toBe('');
    expect(formatQuestionTime('')).toBe('');
    expect(formatQuestionTime('không rõ')).toBe('không rõ');
  });
});

describe('tabs', () => {
  const open = { state: 'open', published: false } as const;
  const forwarded = { state: 'forwarded', published: false } as const;
  const answered = { state: 'answered', published: false } as const;
  const published = { state: 'answered', published: true } as const;

  it('puts forwarded questions under "Chờ trả lời"', () => {
    expect(inTab(open, 'waiting')).toBe(true);
    expect(inTab(forwarded, 'waiting')).toBe(true);
    expect(inTab(answered, 'waiting')).toBe(false);
  });

  it('counts each tab', () => {
    expect(tabCounts([open, forwarded, answered, published])).toEqual({
      all: 4,
      waiting: 2,
      answered: 2,
      published: 1,
    });
  });
});

describe('sortQuestions', () => {
  it('puts the newest first without changing the input', () => {
    const items = [{ createdAt: '2025-01-01T00:00:00Z' }, { createdAt: '2025-02-01T00:00:00Z' }];
    expect(sortQuestions(items).map((q) => q.createdAt)).toEqual([
      '2025-02-01T00:00:00Z',
      '2025-01-01T00:00:00Z',
    ]);
    expect(items[0]?.createdAt).toBe('2025-01-01T00:00:00Z');
  });
});
