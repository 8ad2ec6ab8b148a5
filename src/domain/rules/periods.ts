/**
 * Periods of days inside an evaluation year and their length in months, for the time rules of
 * NĐ 90/2020 Điều 2 khoản 3 (worked < 6 months; leave of 3 to < 6 months).
 *
 * Lengths are counted two ways (setting `durationMode`, rules.md does not say how):
 * - 'calendar' (default): a period from S to E (inclusive) lasts m whole months when S + m months
 *   ≤ E + 1 day; 01/07–31/12 is 6 months, 02/07–31/12 is 5 months 30 days. Several periods are
 *   added month by month and day by day, and only then every `daysPerMonth` leftover days make one
 *   more month (a single period keeps its exact calendar length).
 * Time worked is the employment in the year minus the leave, month from month and day from day,
 * borrowing `daysPerMonth` days when needed: 02/05–31/12 (7 months 30 days) minus 2 months of
 * leave is 5 months 30 days.
 * - 'days': total days, `daysPerMonth` days a month (90 days = 3 months with the default 30).
 */
import type { DurationMode } from './settings.js';

const DAY_MS = 86_400_000;

/** An inclusive range of day numbers (days since 1970-01-01, UTC). */
export interface Period {
  from: number;
  to: number;
}

export interface Duration {
  months: number;
  days: number;
}

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearPeriod(year: number): Period {
  return { from: Date.UTC(year, 0, 1) / DAY_MS, to: Date.UTC(year, 11, 31) / DAY_MS };
}

export function clip(p: Period, bounds: Period): Period | null {
  const from = Math.max(p.from, bounds.from);
  const to = Math.min(p.to, bounds.to);
  return from <= to ? { from, to } : null;
}

/** Sorted, disjoint periods covering the same days (overlapping or touching periods merge). */
export function union(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}

/** The calendar day `months` months after `day`, clamped to the month's end (31/08 + 6 months = 28/02 or 29/02). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS;
}

function calendarLength(p: Period): Duration {
  const end = p.to + 1;
  let months = 0;
  while (addMonths(p.from, months + 1) <= end) months++;
  return { months, days: end - addMonths(p.from, months) };
}

/** The total length of disjoint periods. */
export function lengthOf(periods: Period[], mode: DurationMode, daysPerMonth: number): Duration {
  if (mode === 'days') {
    const total = periods.reduce((n, p) => n + p.to - p.from + 1, 0);
    return { months: Math.floor(total / daysPerMonth), days: total % daysPerMonth };
  }
  if (periods.length === 1 && periods[0]) return calendarLength(periods[0]);
  let months = 0;
  let days = 0;
  for (const p of periods) {
    const l = calendarLength(p);
    months += l.months;
    days += l.days;
  }
  return { months: months + Math.floor(days / daysPerMonth), days: days % daysPerMonth };
}

/** a − b, month from month and day from day, borrowing `daysPerMonth` days; never below zero. */
export function subtractDuration(a: Duration, b: Duration, daysPerMonth: number): Duration {
  let months = a.months - b.months;
  let days = a.days - b.days;
  while (days < 0) {
    months -= 1;
    days += daysPerMonth;
  }
  return months < 0 ? { months: 0, days: 0 } : { months, days };
}

/** "5 tháng 30 ngày", "6 tháng", "12 ngày". */
export function formatDuration(d: Duration): string {
  if (d.months === 0) return `${d.days} ngày`;
  return d.days === 0 ? `${d.months} tháng` : `${d.months} tháng ${d.days} ngày`;
}
