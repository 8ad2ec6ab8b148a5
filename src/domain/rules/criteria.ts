/**
 * The level criteria of NĐ 90/2020 for công chức (Điều 8–11) and viên chức (Điều 12–15), as
 * rules.md §1.3 tabulates them. KHTNV triggers first; then HTXSNV → HTTNV → HTNV, the first level
 * whose every criterion holds; none → KHTNV (rules.md §1.3, rule-engine notes [D]).
 *
 * Task counts: `onTimeQuality` and `poor` are disjoint and the rest of `total` is not completed.
 * "All tasks completed" (HTNV) therefore means `onTimeQuality + poor = total`, and the KHTNV trigger
 * "> 50% not on time, quality, efficiency" counts `total − onTimeQuality`.
 * Each criterion is monotone in the facts, so worse facts never give a better level.
 */
import { ART, levelArticle } from './articles.js';
import { fmtShare, shareAbove, shareAtLeast } from './format.js';
import type { RuleSettingValues } from './settings.js';
import {
  atLeast,
  type Findings,
  type GeneralAssessment,
  LEVEL_LABELS,
  type Level,
  type Reason,
  type TaskCounts,
  type UnitResults,
} from './types.js';

/** One criterion of a level: whether it holds and the fact, in words. */
export interface Criterion {
  ok: boolean;
  code: string;
  /** The fact, e.g. "4/10 (40%) nhiệm vụ vượt mức". */
  fact: string;
  /** What the level needs, e.g. "cần từ 50% trở lên". */
  need: string;
  article: string;
}

export interface CriteriaInput {
  basis: 'cong_chuc' | 'vien_chuc';
  leader: boolean;
  general: GeneralAssessment;
  findings: Findings;
  tasks: TaskCounts;
  unit?: UnitResults;
  /** Further HTXSNV criteria (remediation of last year's weaknesses). */
  htxsnvExtra: Criterion[];
}

export interface CriteriaResult {
  level: Level;
  reasons: Reason[];
}

const GENERAL_WORDS: Record<GeneralAssessment, string> = {
  good: 'Tốt',
  meets: 'Đáp ứng',
  fails: 'Chưa đáp ứng',
};

export function nd90Criteria(input: CriteriaInput, s: RuleSettingValues): CriteriaResult {
  const { basis, leader, tasks, unit } = input;
  const art = (level: Level, point?: string) => levelArticle(basis, level, leader, point);
  const reasons: Reason[] = [];

  if (input.findings.breachOfProhibitions) {
    reasons.push({
      code: 'finding_not_applicable',
      message:
        'Vi phạm những điều đảng viên không được làm, trách nhiệm nêu gương: không phải tiêu chí xếp loại Không hoàn thành nhiệm vụ theo Nghị định 90/2020/NĐ-CP; xem xét khi xếp loại đảng viên.',
      article: art('KHTNV'),
    });
  }
  const triggers = khtnvTriggers(input, s, art);
  if (triggers.length > 0) return { level: 'KHTNV', reasons: [...reasons, ...triggers] };

  if (leader && unit && unit.subUnitLevels.length === 0) {
    reasons.push({
      code: 'no_sub_units',
      message:
        'Không có đơn vị trực thuộc quản lý trực tiếp: không xét tiêu chí về kết quả của đơn vị trực thuộc.',
      article: art('HTNV'),
    });
  }

  // General criteria, Điều 3 khoản 1–4 (+ điểm a khoản 5 for leaders): HTXSNV needs "Tốt", the others "Đáp ứng".
  const generalScope = leader ? 'khoản 1–4 và điểm a khoản 5 Điều 3' : 'khoản 1–4 Điều 3';
  const general = (need: 'good' | 'meets', level: Level): Criterion => ({
    ok: need === 'good' ? input.general === 'good' : input.general !== 'fails',
    code: 'general',
    fact: `tiêu chí chung (${generalScope}) được đánh giá "${GENERAL_WORDS[input.general]}"`,
    need: need === 'good' ? 'cần "Tốt"' : 'cần "Đáp ứng" trở lên',
    article: `${art(level)}; ${ART.general}`,
  });
  // HTXSNV and HTTNV: 100% of tasks on time, with quality and efficiency (Điều 8, 9 / 12, 13).
  const allOnTime = (level: Level): Criterion => ({
    ok: tasks.total > 0 && tasks.onTimeQuality === tasks.total,
    code: 'on_time',
    fact: `${fmtShare(tasks.onTimeQuality, tasks.total)} chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng, hiệu quả`,
    need: 'cần 100%',
    article: art(level),
  });
  const htxsnv: Criterion[] = [general('good', 'HTXSNV'), allOnTime('HTXSNV')];
  const httnv: Criterion[] = [general('meets', 'HTTNV'), allOnTime('HTTNV')];
  // HTNV: every task completed, at most 20% late or short of quality (Điều 10 / 14).
  const notDone = tasks.total - tasks.onTimeQuality - tasks.poor;
  const htnv: Criterion[] = [
    general('meets', 'HTNV'),
    {
      ok: tasks.total > 0 && notDone <= 0,
      code: 'all_done',
      fact: `${Math.max(notDone, 0)}/${tasks.total} chỉ tiêu, nhiệm vụ chưa hoàn thành`,
      need: 'cần hoàn thành tất cả',
      article: art('HTNV'),
    },
    {
      ok: tasks.total > 0 && !shareAbove(tasks.poor, tasks.total, s.htnvPoorMaxPct),
      code: 'poor_share',
      fact: `${fmtShare(tasks.poor, tasks.total)} chỉ tiêu, nhiệm vụ chậm tiến độ hoặc chưa bảo đảm chất lượng, hiệu quả`,
      need: `cần không quá ${s.htnvPoorMaxPct}%`,
      article: art('HTNV'),
    },
  ];

  if (!leader) {
    // HTXSNV without a leadership post: ≥ 50% of tasks exceeded (Điều 8 / 12 khoản 1).
    htxsnv.push({
      ok: tasks.total > 0 && shareAtLeast(tasks.exceeded, tasks.total, s.htxsnvExceededMinPct),
      code: 'exceeded_share',
      fact: `${fmtShare(tasks.exceeded, tasks.total)} chỉ tiêu, nhiệm vụ hoàn thành vượt mức`,
      need: `cần từ ${s.htxsnvExceededMinPct}% trở lên`,
      article: art('HTXSNV'),
    });
  } else {
    htxsnv.push(...leaderHtxsnv(unit, s, art));
    httnv.push(...leaderHttnv(unit, basis, s, art));
    htnv.push(...leaderHtnv(unit, s, art));
  }
  htxsnv.push(...input.htxsnvExtra);

  const ladder: [Level, Criterion[]][] = [
    ['HTXSNV', htxsnv],
    ['HTTNV', httnv],
    ['HTNV', htnv],
  ];
  for (const [level, criteria] of ladder) {
    const failed = criteria.filter((c) => !c.ok);
    if (failed.length === 0) {
      reasons.push({
        code: 'criteria_met',
        message: `Đạt các tiêu chí mức ${LEVEL_LABELS[level]}: ${[...new Set(criteria.map((c) => c.fact))].join('; ')}.`,
        article: art(level),
      });
      return { level, reasons };
    }
    for (const c of failed) {
      reasons.push({
        code: `${level.toLowerCase()}_${c.code}`,
        message: `Chưa đạt mức ${LEVEL_LABELS[level]}: ${c.fact}, ${c.need}.`,
        article: c.article,
      });
    }
  }
  reasons.push({
    code: 'no_level_met',
    message: `Không đạt tiêu chí mức ${LEVEL_LABELS.HTNV} trở lên: xếp loại ${LEVEL_LABELS.KHTNV}.`,
    article: `${art('HTNV')}; ${art('KHTNV')}`,
  });
  return { level: 'KHTNV', reasons };
}

type Art = (level: Level, point?: string) => string;

const NO_SUB_UNITS = 'không có đơn vị trực thuộc';

function khtnvTriggers(input: CriteriaInput, s: RuleSettingValues, art: Art): Reason[] {
  const { tasks, unit, leader, findings } = input;
  const out: Reason[] = [];
  // Điều 11 / 15 điểm a: suy thoái, "tự diễn biến", "tự chuyển hóa" concluded by the competent authority.
  if (findings.ideologicalDecline) {
    out.push({
      code: 'khtnv_ideological_decline',
      message:
        'Cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa": xếp loại Không hoàn thành nhiệm vụ.',
      article: art('KHTNV', 'a'),
    });
  }
  // Điểm b: more than 50% of tasks not on time, quality, efficiency.
  const notOnTime = tasks.total - tasks.onTimeQuality;
  if (tasks.total > 0 && shareAbove(notOnTime, tasks.total, s.khtnvNotDoneAbovePct)) {
    out.push({
      code: 'khtnv_tasks_not_done',
      message: `${fmtShare(notOnTime, tasks.total)} chỉ tiêu, nhiệm vụ không bảo đảm tiến độ, chất lượng, hiệu quả (trên ${s.khtnvNotDoneAbovePct}%): xếp loại Không hoàn thành nhiệm vụ.`,
      article: art('KHTNV', 'b'),
    });
  }
  // Leaders, điểm c: the unit completes under 50% of its targets.
  if (leader && unit && unit.targetsTotal > 0) {
    if (!shareAtLeast(unit.targetsCompleted, unit.targetsTotal, s.leaderKhtnvUnitCompletedBelowPct)) {
      out.push({
        code: 'khtnv_unit_below_half',
        message: `Đơn vị phụ trách hoàn thành ${fmtShare(unit.targetsCompleted, unit.targetsTotal)} chỉ tiêu, nhiệm vụ (dưới ${s.leaderKhtnvUnitCompletedBelowPct}%): xếp loại Không hoàn thành nhiệm vụ.`,
        article: art('KHTNV', 'c'),
      });
    }
  }
  // Leaders, điểm d: embezzlement, corruption or waste handled in a directly managed unit.
  // (Discipline in the year, điểm c / đ, is the ceiling set in circumstances.ts.)
  if (leader && findings.subordinateCorruption) {
    out.push({
      code: 'khtnv_subordinate_corruption',
      message:
        'Đơn vị thuộc quyền quản lý trực tiếp xảy ra tham ô, tham nhũng, lãng phí và bị xử lý theo quy định: xếp loại Không hoàn thành nhiệm vụ.',
      article: art('KHTNV', 'd'),
    });
  }
  return out;
}

function missingUnit(article: string): Criterion {
  return {
    ok: false,
    code: 'unit_missing',
    fact: 'chưa có số liệu kết quả của đơn vị phụ trách',
    need: 'cần số chỉ tiêu, nhiệm vụ của đơn vị và mức xếp loại của các đơn vị trực thuộc',
    article,
  };
}

function subUnitShare(levels: Level[], atLeastLevel: Level): number {
  return levels.filter((l) => atLeast(l, atLeastLevel)).length;
}

/** Điều 8 / 12 khoản 2: unit completes all targets, ≥ 50% exceeded; sub-units 100% ≥ HTNV, ≥ 70% ≥ HTTNV. */
function leaderHtxsnv(unit: UnitResults | undefined, s: RuleSettingValues, art: Art): Criterion[] {
  if (!unit) return [missingUnit(art('HTXSNV'))];
  const subs = unit.subUnitLevels;
  return [
    {
      ok: unit.targetsTotal > 0 && unit.targetsCompleted === unit.targetsTotal,
      code: 'unit_all_completed',
      fact: `đơn vị hoàn thành ${fmtShare(unit.targetsCompleted, unit.targetsTotal)} chỉ tiêu, nhiệm vụ`,
      need: 'cần 100%',
      article: art('HTXSNV'),
    },
    {
      ok:
        unit.targetsTotal > 0 &&
        shareAtLeast(unit.targetsExceeded, unit.targetsTotal, s.leaderUnitExceededMinPct),
      code: 'unit_exceeded_share',
      fact: `đơn vị vượt mức ${fmtShare(unit.targetsExceeded, unit.targetsTotal)} chỉ tiêu, nhiệm vụ`,
      need: `cần từ ${s.leaderUnitExceededMinPct}% trở lên`,
      article: art('HTXSNV'),
    },
    subUnitsAllHtnv(subs, art('HTXSNV')),
    subUnitsGood(subs, s, art('HTXSNV')),
  ];
}

/** Điều 9 / 13 khoản 2: unit completes all targets, ≥ 80% on time; sub-units 100% ≥ HTNV (+ 70% clause). */
function leaderHttnv(
  unit: UnitResults | undefined,
  basis: 'cong_chuc' | 'vien_chuc',
  s: RuleSettingValues,
  art: Art,
): Criterion[] {
  if (!unit) return [missingUnit(art('HTTNV'))];
  const subs = unit.subUnitLevels;
  const out: Criterion[] = [
    {
      ok: unit.targetsTotal > 0 && unit.targetsCompleted === unit.targetsTotal,
      code: 'unit_all_completed',
      fact: `đơn vị hoàn thành ${fmtShare(unit.targetsCompleted, unit.targetsTotal)} chỉ tiêu, nhiệm vụ`,
      need: 'cần 100%',
      article: art('HTTNV'),
    },
    {
      ok:
        unit.targetsTotal > 0 &&
        shareAtLeast(unit.targetsOnTime, unit.targetsTotal, s.leaderUnitOnTimeMinPct),
      code: 'unit_on_time_share',
      fact: `đơn vị hoàn thành đúng tiến độ, bảo đảm chất lượng ${fmtShare(unit.targetsOnTime, unit.targetsTotal)} chỉ tiêu, nhiệm vụ`,
      need: `cần từ ${s.leaderUnitOnTimeMinPct}% trở lên`,
      article: art('HTTNV'),
    },
    subUnitsAllHtnv(subs, art('HTTNV')),
  ];
  // Viên chức: Điều 13 khoản 2 has the 70% clause [V]; công chức: Điều 9 khoản 2 điểm d unverified (setting).
  if (basis === 'vien_chuc' || s.leaderHttnvSubUnitsGoodCongChuc)
    out.push(subUnitsGood(subs, s, art('HTTNV')));
  return out;
}

/** Điều 10 / 14 khoản 2: unit completes > 70% of targets; ≥ 70% of sub-units ≥ HTNV. */
function leaderHtnv(unit: UnitResults | undefined, s: RuleSettingValues, art: Art): Criterion[] {
  if (!unit) return [missingUnit(art('HTNV'))];
  const subs = unit.subUnitLevels;
  return [
    {
      ok:
        unit.targetsTotal > 0 &&
        shareAbove(unit.targetsCompleted, unit.targetsTotal, s.leaderHtnvUnitCompletedAbovePct),
      code: 'unit_completed_share',
      fact: `đơn vị hoàn thành ${fmtShare(unit.targetsCompleted, unit.targetsTotal)} chỉ tiêu, nhiệm vụ`,
      need: `cần trên ${s.leaderHtnvUnitCompletedAbovePct}%`,
      article: art('HTNV'),
    },
    {
      ok:
        subs.length === 0 ||
        shareAtLeast(subUnitShare(subs, 'HTNV'), subs.length, s.leaderHtnvSubUnitsMinPct),
      code: 'sub_units_htnv_share',
      fact:
        subs.length === 0
          ? NO_SUB_UNITS
          : `${fmtShare(subUnitShare(subs, 'HTNV'), subs.length)} đơn vị trực thuộc hoàn thành nhiệm vụ trở lên`,
      need: `cần từ ${s.leaderHtnvSubUnitsMinPct}% trở lên`,
      article: art('HTNV'),
    },
  ];
}

function subUnitsAllHtnv(subs: Level[], article: string): Criterion {
  const n = subUnitShare(subs, 'HTNV');
  return {
    ok: n === subs.length,
    code: 'sub_units_all_htnv',
    fact:
      subs.length === 0
        ? NO_SUB_UNITS
        : `${fmtShare(n, subs.length)} đơn vị trực thuộc hoàn thành nhiệm vụ trở lên`,
    need: 'cần 100%',
    article,
  };
}

function subUnitsGood(subs: Level[], s: RuleSettingValues, article: string): Criterion {
  const n = subUnitShare(subs, 'HTTNV');
  return {
    ok: subs.length === 0 || shareAtLeast(n, subs.length, s.leaderSubUnitsGoodMinPct),
    code: 'sub_units_good_share',
    fact:
      subs.length === 0
        ? NO_SUB_UNITS
        : `${fmtShare(n, subs.length)} đơn vị trực thuộc hoàn thành tốt nhiệm vụ trở lên`,
    need: `cần từ ${s.leaderSubUnitsGoodMinPct}% trở lên`,
    article,
  };
}
