import { describe, expect, it } from 'vitest';
import { barSpan, dayCenter, inRange, monthTicks, rangeDays, timelineRange, xPercent } from './timeline.js';

describe('timelineRange', () => {
  it('spans whole months from the earliest to the latest date', () => {
    expect(timelineRange(['2024-11-05', '2024-10-25', null, '2025-01-31', '2024-12-15'])).toEqual({
      start: '2024-10-01',
      end: '2025-02-01',
    });
  });
  it('is one month for dates in one month, and null without dates', () => {
    expect(timelineRange(['2024-12-12'])).toEqual({ start: '2024-12-01', end: '2025-01-01' });
    expect(timelineRange([null, undefined])).toBeNull();
  });
});

describe('xPercent', () => {
  const r = { start: '2024-10-01', end: '2025-02-01' };
  it('maps the start to 0 and the end to 100', () => {
    expect(rangeDays(r)).toBe(123);
    expect(xPercent('2024-10-01', r)).toBe(0);
    expect(xPercent('2025-02-01', r)).toBe(100);
  });
  it('is linear in days', () => {
    expect(xPercent('2024-11-01', r)).toBeCloseTo((31 / 123) * 100, 10);
    expect(xPercent('2024-12-01', r)).toBeCloseTo((61 / 123) * 100, 10);
  });
  it('clamps dates outside the range', () => {
    expect(xPercent('2024-09-15', r)).toBe(0);
    expect(xPercent('2025-03-01', r)).toBe(100);
    expect(inRange('2025-03-01', r)).toBe(false);
    expect(inRange('2024-11-04', r)).toBe(true);
  });
  it('puts markers in the middle of the day', () => {
    expect(dayCenter('2024-10-01', r)).toBeCloseTo(50 / 123, 10);
  });
});

describe('monthTicks', () => {
  it('labels months "ThN", January with its year', () => {
    const ticks = monthTicks({ start: '2024-10-01', end: '2025-02-01' });
    expect(ticks.map((t) => t.label)).toEqual(['Th10', 'Th11', 'Th12', 'Th1/2025']);
    expect(ticks[0]?.x).toBe(0);
    expect(ticks.map((t) => t.date)).toEqual(['2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01']);
    expect(ticks.every((t, i) => i === 0 || t.x > (ticks[i - 1]?.x ?? 0))).toBe(true);
  });
  it('has one tick for a one-month range', () => {
    expect(monthTicks({ start: '2024-12-01', end: '2025-01-01' }).map((t) => t.label)).toEqual(['Th12']);
  });
});

describe('barSpan', () => {
  const r = { start: '2024-12-01', end: '2025-01-01' }; // 31 days
  it('covers one day for a single deadline', () => {
    const b = barSpan('2024-12-12', null, r);
    expect(b.left).toBeCloseTo((11 / 31) * 100, 10);
    expect(b.width).toBeCloseTo((1 / 31) * 100, 10);
  });
  it('covers deadline..deadlineEnd inclusive', () => {
    const b = barSpan('2024-12-12', '2024-12-15', r);
    expect(b.width).toBeCloseTo((4 / 31) * 100, 10);
  });
  it('stops at the edge of the range', () => {
    const b = barSpan('2024-12-31', null, r);
    expect(b.left + b.width).toBeCloseTo(100, 10);
  });
});
