/**
 * The scale of the agency-step timeline: a span of whole months around the cycle's deadlines,
 * the x position (percent) of a day, month ticks ("Th10", "Th11", "Th12", "Th1/2025") and bars.
 */
import { addDays, dayNumber } from './format.js';

export interface TimelineRange {
  /** First day shown (the first of a month), ISO. */
  start: string;
  /** The day after the last one shown (the first of a month), ISO. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
function nextMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}

/**
 * From the first of the month of the earliest date to the end of the month of the latest; null
 * when no date is given.
 */
export function timelineRange(dates: readonly (string | null | undefined)[]): TimelineRange | null {
  const list = dates.filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10));
  if (list.length === 0) return null;
  list.sort();
  const first = list[0] as string;
  const last = list[list.length - 1] as string;
  return { start: monthStart(first), end: nextMonth(last) };
}

export const rangeDays = (r: TimelineRange): number => dayNumber(r.end) - dayNumber(r.start);

/** Where the start of a day lies on the axis, 0–100 (clamped). */
export function xPercent(iso: string, r: TimelineRange): number {
  const x = ((dayNumber(iso) - dayNumber(r.start)) / rangeDays(r)) * 100;
  return Math.min(100, Math.max(0, x));
}

/** The width of one day on the axis, in percent. */
export const dayPercent = (r: TimelineRange): number => 100 / rangeDays(r);

/** True when the day lies inside the range. */
export const inRange = (iso: string, r: TimelineRange): boolean => iso >= r.start && iso < r.end;

export interface MonthTick {
  /** The first of the month, ISO. */
  date: string;
  /** "Th10"; January carries its year: "Th1/2025". */
  label: string;
  x: number;
}

/** One tick at the first of every month of the range. */
export function monthTicks(r: TimelineRange): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let d = r.start; d < r.end; d = nextMonth(d)) {
    const m = Number(d.slice(5, 7));
    ticks.push({ date: d, label: m === 1 ? `Th1/${d.slice(0, 4)}` : `Th${m}`, x: xPercent(d, r) });
  }
  return ticks;
}

/** A bar from the start of `from` to the end of `to` (a single day when `to` is null). */
export function barSpan(from: string, to: string | null, r: TimelineRange): { left: number; width: number } {
  const left = xPercent(from, r);
  const right = xPercent(addDays(to && to > from ? to : from, 1), r);
  return { left, width: Math.max(0, right - left) };
}

/** The middle of a day: where a marker or the "Hôm nay" line goes. */
export const dayCenter = (iso: string, r: TimelineRange): number =>
  Math.min(100, xPercent(iso, r) + dayPercent(r) / 2);
