/**
 * The level from points on a 100-point scale (tiêu chí chung + kết quả thực hiện nhiệm vụ).
 * NĐ 335/2025 (công chức from 2026, rules.md §1.10): HTXSNV from 90; HTTNV 70 to < 90; HTNV 50 to
 * < 70; KHTNV below 50, so 90 itself is in the top band. Boundaries come from the setting
 * `pointBands`, each saying whether its minimum is included (rules.md §6: "do not assume ≥").
 * The sum is rounded to 2 decimals so 29,9 + 60,1 is 90, not 89,99999.
 */
import { fmtNumber } from './format.js';
import type { PointBand, RuleSettingValues } from './settings.js';
import { LEVEL_LABELS, type Level, type Points, type Reason } from './types.js';

export function pointTotal(p: Points): number {
  return Math.round((p.general + p.results) * 100) / 100;
}

function inBand(total: number, b: PointBand): boolean {
  return b.inclusive ? total >= b.min : total > b.min;
}

/** "từ 70 đến dưới 90 điểm", "từ 90 điểm trở lên", "trên 80 đến 90 điểm", "dưới 50 điểm". */
export function describeBand(bands: PointBand[], level: Level): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const i = sorted.findIndex((b) => b.level === level);
  const band = sorted[i];
  const upper = i > 0 ? sorted[i - 1] : undefined;
  if (!band) {
    const lowest = sorted[sorted.length - 1];
    if (!lowest) return 'mọi mức điểm';
    return lowest.inclusive
      ? `dưới ${fmtNumber(lowest.min)} điểm`
      : `từ ${fmtNumber(lowest.min)} điểm trở xuống`;
  }
  const from = band.inclusive ? `từ ${fmtNumber(band.min)}` : `trên ${fmtNumber(band.min)}`;
  if (!upper) return `${from} điểm trở lên`;
  const to = upper.inclusive ? `dưới ${fmtNumber(upper.min)}` : `${fmtNumber(upper.min)}`;
  return `${from} đến ${to} điểm`;
}

export interface BandResult {
  level: Level;
  total: number;
  reasons: Reason[];
}

export function pointBand(
  points: Points,
  bands: PointBand[],
  s: RuleSettingValues,
  article: string,
): BandResult {
  const reasons: Reason[] = [];
  const general = Math.min(points.general, s.pointMaxGeneral);
  const results = Math.min(points.results, s.pointMaxResults);
  if (general !== points.general || results !== points.results) {
    reasons.push({
      code: 'points_over_max',
      message: `Điểm vượt mức tối đa (tiêu chí chung tối đa ${fmtNumber(s.pointMaxGeneral)}, kết quả thực hiện nhiệm vụ tối đa ${fmtNumber(s.pointMaxResults)}): chỉ tính đến mức tối đa.`,
      article,
    });
  }
  const total = pointTotal({ general, results });
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const level: Level = sorted.find((b) => inBand(total, b))?.level ?? 'KHTNV';
  reasons.push({
    code: 'point_band',
    message: `Tổng điểm ${fmtNumber(total)}/100 (tiêu chí chung ${fmtNumber(general)}, kết quả thực hiện nhiệm vụ ${fmtNumber(results)}): thuộc khung ${LEVEL_LABELS[level]} (${describeBand(bands, level)}).`,
    article,
  });
  return { level, total, reasons };
}
