/**
 * Point tables (rules.md §6): totals per group and column, score validation, and the level a total
 * falls in. Bands say explicitly whether their lower bound is inclusive (QĐ 366: "từ 90 điểm") or
 * exclusive (Hải Phòng QĐ 212/2025: "trên 90 điểm"); nothing here assumes ≥.
 * Points are summed in hundredths so that 89,99 + 0,01 is exactly 90.
 */
import { LEVEL_LABELS, type Level } from '../rules/types.js';
import { SCORE_COLUMNS, type ScoreBand, type ScoreColumn, type Scores, type ScoreTable } from './types.js';

export type ColumnTotals = Record<ScoreColumn, number | null>;

export interface ScoreTotals {
  perGroup: Record<string, ColumnTotals>;
  total: ColumnTotals;
}

export interface ScoreProblem {
  path: string;
  message: string;
}

export const SCORE_COLUMN_LABELS: Record<ScoreColumn, string> = {
  self: 'Điểm do cá nhân tự chấm',
  manager: 'Người quản lý trực tiếp đánh giá',
  authority: 'Cấp có thẩm quyền đánh giá',
};

/** Most authoritative first: the competent authority decides, the manager proposes (rules.md §2.4). */
const AUTHORITY_ORDER: readonly ScoreColumn[] = ['authority', 'manager', 'self'];

const toHundredths = (n: number) => Math.round(n * 100);
const fromHundredths = (h: number) => h / 100;

/** At most two decimals, allowing for binary floating point (0,1 is not exact). */
function hasAtMostTwoDecimals(n: number): boolean {
  const h = n * 100;
  return Math.abs(h - Math.round(h)) < 1e-6;
}

/** Vietnamese number format: decimal comma, no trailing zeros. */
export function formatPoints(n: number): string {
  const h = toHundredths(n);
  const s = Number.isInteger(h / 100) ? String(h / 100) : (h / 100).toFixed(2).replace(/0$/, '');
  return s.replace('.', ',');
}

const emptyColumns = (): ColumnTotals => ({ self: null, manager: null, authority: null });

/** Sums each column per group and overall; a column without any score stays null. */
export function scoreTotals(table: ScoreTable, scores: Scores): ScoreTotals {
  const perGroup: Record<string, ColumnTotals> = {};
  const total = emptyColumns();
  for (const group of table.groups) {
    const sums = emptyColumns();
    for (const item of group.items) {
      const row = scores[item.key];
      for (const column of SCORE_COLUMNS) {
        const v = row?.[column];
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        sums[column] = fromHundredths(toHundredths(sums[column] ?? 0) + toHundredths(v));
      }
    }
    perGroup[group.key] = sums;
    for (const column of SCORE_COLUMNS) {
      const s = sums[column];
      if (s !== null) total[column] = fromHundredths(toHundredths(total[column] ?? 0) + toHundredths(s));
    }
  }
  return { perGroup, total };
}

function itemMaxima(table: ScoreTable): Map<string, { label: string; max: number }> {
  const out = new Map<string, { label: string; max: number }>();
  for (const g of table.groups) for (const i of g.items) out.set(i.key, { label: i.label, max: i.max });
  return out;
}

/** The problem with one score, or null when it is a valid score for an item worth `max`. */
function scoreProblem(value: unknown, max: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'không phải là số';
  if (value < 0) return 'không được âm';
  if (toHundredths(value) > toHundredths(max)) return `vượt quá điểm tối đa ${formatPoints(max)}`;
  if (!hasAtMostTwoDecimals(value)) return 'chỉ được có tối đa 2 chữ số thập phân';
  return null;
}

export function validateScores(table: ScoreTable, scores: Scores): ScoreProblem[] {
  const items = itemMaxima(table);
  const problems: ScoreProblem[] = [];
  for (const [itemKey, row] of Object.entries(scores)) {
    const item = items.get(itemKey);
    if (!item) {
      problems.push({ path: itemKey, message: `Tiêu chí “${itemKey}” không có trong bảng điểm.` });
      continue;
    }
    if (typeof row !== 'object' || row === null) {
      problems.push({ path: itemKey, message: `Tiêu chí “${item.label}”: điểm phải ghi theo từng cột.` });
      continue;
    }
    for (const [column, value] of Object.entries(row)) {
      const path = `${itemKey}.${column}`;
      if (!(SCORE_COLUMNS as readonly string[]).includes(column)) {
        problems.push({
          path,
          message: `Tiêu chí “${item.label}”: cột “${column}” không có trong bảng điểm.`,
        });
        continue;
      }
      if (value === undefined) continue;
      const problem = scoreProblem(value, item.max);
      if (problem) {
        const label = SCORE_COLUMN_LABELS[column as ScoreColumn];
        problems.push({ path, message: `Tiêu chí “${item.label}”, cột “${label}”: điểm ${problem}.` });
      }
    }
  }
  return problems;
}

/** Highest minimum first; at an equal minimum the exclusive band (the stricter one) first. */
function bandsBestFirst(table: ScoreTable): ScoreBand[] {
  return [...table.bands].sort(
    (a, b) => toHundredths(b.min) - toHundredths(a.min) || Number(a.inclusive) - Number(b.inclusive),
  );
}

function inBand(totalH: number, band: ScoreBand): boolean {
  const minH = toHundredths(band.min);
  return band.inclusive ? totalH >= minH : totalH > minH;
}

/** The band a total falls in, or null when it reaches none of them. */
export function matchingBand(table: ScoreTable, total: number): ScoreBand | null {
  const totalH = toHundredths(total);
  return bandsBestFirst(table).find((b) => inBand(totalH, b)) ?? null;
}

/**
 * The level a total falls in. A total below every band (or a table without bands, which
 * definitionProblems rejects) is KHTNV: it reaches no threshold.
 */
export function bandFor(table: ScoreTable, total: number): Level {
  return matchingBand(table, total)?.level ?? 'KHTNV';
}

function tableMax(table: ScoreTable): number {
  return table.max ?? fromHundredths(table.groups.reduce((s, g) => s + toHundredths(g.max), 0));
}

/** "từ 70 đến dưới 90 điểm", "trên 90 điểm", "từ 90 điểm trở lên". */
export function bandRangeText(table: ScoreTable, band: ScoreBand): string {
  const ordered = bandsBestFirst(table);
  const i = ordered.findIndex(
    (b) => b.level === band.level && b.min === band.min && b.inclusive === band.inclusive,
  );
  const higher = i > 0 ? ordered[i - 1] : undefined;
  const min = formatPoints(band.min);
  if (!higher) return band.inclusive ? `từ ${min} điểm trở lên` : `trên ${min} điểm`;
  const lower = band.inclusive ? `từ ${min}` : `trên ${min}`;
  const upper = higher.inclusive ? `dưới ${formatPoints(higher.min)}` : formatPoints(higher.min);
  return `${lower} đến ${upper} điểm`;
}

function columnComplete(table: ScoreTable, scores: Scores, column: ScoreColumn): boolean {
  return table.groups.every((g) =>
    g.items.every((i) => {
      const v = scores[i.key]?.[column];
      return v !== undefined && scoreProblem(v, i.max) === null;
    }),
  );
}

export interface SuggestedLevel {
  level: Level | null;
  column: ScoreColumn | null;
  reason: string;
}

/**
 * The level the points suggest, from the most authoritative column scored in full and without
 * errors. Points only suggest: each level also has conditions of its own (rules.md §1.3, §2.5).
 */
export function suggestedLevelFromScores(table: ScoreTable, scores: Scores): SuggestedLevel {
  const column = AUTHORITY_ORDER.find((c) => columnComplete(table, scores, c)) ?? null;
  const itemCount = table.groups.reduce((n, g) => n + g.items.length, 0);
  if (column === null) {
    return {
      level: null,
      column: null,
      reason: `Chưa có cột điểm nào được chấm đủ và hợp lệ cả ${itemCount} tiêu chí, nên chưa gợi ý mức xếp loại.`,
    };
  }
  const total = scoreTotals(table, scores).total[column] ?? 0;
  const band = matchingBand(table, total);
  const level = band?.level ?? 'KHTNV';
  const where = band ? `thuộc khoảng ${bandRangeText(table, band)}` : 'không đạt ngưỡng nào của bảng điểm';
  const unverified = table.verified ? '' : ' Bảng điểm là mặc định, chưa đối chiếu với văn bản gốc.';
  return {
    level,
    column,
    reason:
      `Theo cột “${SCORE_COLUMN_LABELS[column]}”: tổng ${formatPoints(total)}/${formatPoints(tableMax(table))} điểm, ` +
      `${where} nên gợi ý mức “${LEVEL_LABELS[level]}” (${table.scheme}). ` +
      `Mức theo điểm chỉ là gợi ý; còn phải đối chiếu các điều kiện khác của mức xếp loại.${unverified}`,
  };
}
