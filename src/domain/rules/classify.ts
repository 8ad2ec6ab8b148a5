/**
 * Classification of one person for one year (rules.md §1, §6, §7, §8.3):
 * 1. which rules apply (regime × category; người lao động and viên chức from 2026 by assumption);
 * 2. circumstances: not classified (worked < 6 months, maternity excepted), ceiling (leave 3 to
 *    < 6 months → HTNV; discipline in the year → KHTNV), transfers;
 * 3. the level the facts support: NĐ 90 criteria (KHTNV triggers, then HTXSNV → HTTNV → HTNV), or
 *    for công chức from 2026 the NĐ 335/2025 point bands; a province's point table, when the
 *    settings have one, further limits NĐ 90 results;
 * 4. HTXSNV needs last year's weaknesses all remedied where the settings say so (QĐ 366 Điều 11);
 * 5. level = min(supported level, ceiling).
 * Pure: the year comes from the input.
 */
import { regimeForYear } from '../cycle.js';
import { ART } from './articles.js';
import { resolveBasis } from './basis.js';
import { circumstances } from './circumstances.js';
import { type Criterion, nd90Criteria } from './criteria.js';
import { pointBand } from './points.js';
import { type SettingsOverrides, settingValues } from './settings.js';
import {
  type ClassifyInput,
  type ClassifyResult,
  LEVEL_LABELS,
  type Level,
  levelRank,
  minLevel,
  type Reason,
} from './types.js';

export function classify(input: ClassifyInput, overrides?: SettingsOverrides): ClassifyResult {
  const s = settingValues(input.regime, overrides);
  const reasons: Reason[] = [];
  if (regimeForYear(input.year) !== input.regime) {
    reasons.push({
      code: 'regime_differs_from_year',
      message: `Năm đánh giá ${input.year} thường áp dụng quy định của giai đoạn ${regimeForYear(input.year)}; đang áp dụng giai đoạn ${input.regime} theo lựa chọn.`,
      article: ART.regimes,
    });
  }
  const basis = resolveBasis(input.person.category, input.regime, s);
  reasons.push(...basis.reasons);
  const leader = input.person.leadership !== 'none';

  const c = circumstances(input.year, input.person, s, { nd335: basis.kind === 'nd335' });
  reasons.push(...c.reasons);
  if (!c.evaluated) return { evaluated: false, maxLevel: null, level: null, reasons };

  const remediation = remediationCriterion(input, s.remediationRequiredForHtxsnv);
  let supported: Level;
  if (basis.kind === 'nd335' && input.points) {
    supported = nd335Level(input, s, reasons);
    if (supported === 'HTXSNV' && remediation && !remediation.ok) {
      reasons.push(remediationReason(remediation));
      supported = 'HTTNV';
    }
  } else {
    const category = basis.kind === 'nd335' ? 'cong_chuc' : basis.category;
    if (basis.kind === 'nd335') {
      reasons.push({
        code: 'assumed_criteria_without_points',
        message:
          'Năm 2026, công chức được xếp loại theo tổng điểm (Nghị định 335/2025/NĐ-CP) nhưng chưa nhập điểm: tạm xếp theo tiêu chí của Nghị định 90/2020/NĐ-CP. Vui lòng nhập điểm để có kết quả chính thức.',
        article: ART.nd335,
      });
    }
    const criteria = nd90Criteria(
      {
        basis: category,
        leader,
        general: input.general,
        findings: input.findings,
        tasks: input.tasks,
        unit: input.unit,
        htxsnvExtra: remediation ? [remediation] : [],
      },
      s,
    );
    reasons.push(...criteria.reasons);
    supported = criteria.level;
    if (input.points && basis.kind === 'nd90') {
      if (s.pointBands) {
        const band = pointBand(input.points, s.pointBands, s, ART.localPoints);
        reasons.push(...band.reasons);
        if (levelRank(band.level) < levelRank(supported)) {
          reasons.push({
            code: 'points_limit',
            message: `Đạt tiêu chí mức ${LEVEL_LABELS[supported]} nhưng tổng điểm chỉ thuộc khung ${LEVEL_LABELS[band.level]}: xếp ${LEVEL_LABELS[band.level]}.`,
            article: ART.localPoints,
          });
          supported = band.level;
        }
      } else {
        reasons.push({
          code: 'points_not_used',
          message:
            'Nghị định 90/2020/NĐ-CP xếp loại theo tiêu chí, không theo điểm: điểm đã nhập không dùng để xếp loại.',
          article: ART.general,
        });
      }
    }
  }
  if (supported === 'HTXSNV' && s.remediationRequiredForHtxsnv && !input.remediation) {
    reasons.push({
      code: 'remediation_not_checked',
      message:
        'Chưa nhập kết quả khắc phục hạn chế, khuyết điểm năm trước: mức Xuất sắc cần khắc phục 100% các hạn chế đã chỉ ra; vui lòng kiểm tra.',
      article: ART.qd366Remediation,
    });
  }

  const level = minLevel(supported, c.maxLevel);
  if (level !== supported) {
    const ceiling = c.ceilings.find((x) => x.level === c.maxLevel);
    reasons.push({
      code: 'capped',
      message: `Kết quả đạt mức ${LEVEL_LABELS[supported]} nhưng ${ceiling?.why ?? 'do hoàn cảnh trong năm'} nên chỉ xếp ${LEVEL_LABELS[level]}.`,
      article: ceiling?.article ?? ART.timeWorked,
    });
  }
  return { evaluated: true, maxLevel: c.maxLevel, level, reasons };
}

/** NĐ 335/2025: KHTNV triggers, then the point band (rules.md §1.10). */
function nd335Level(input: ClassifyInput, s: ReturnType<typeof settingValues>, reasons: Reason[]): Level {
  const points = input.points;
  if (!points) return 'KHTNV';
  const triggers: Reason[] = [];
  if (input.findings.ideologicalDecline) {
    triggers.push({
      code: 'khtnv_ideological_decline',
      message:
        'Cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa": xếp loại Không hoàn thành nhiệm vụ.',
      article: ART.nd335,
    });
  }
  if (input.findings.breachOfProhibitions) {
    triggers.push({
      code: 'khtnv_breach_of_prohibitions',
      message:
        'Vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương: xếp loại Không hoàn thành nhiệm vụ.',
      article: ART.nd335,
    });
  }
  if (input.person.leadership !== 'none' && input.findings.subordinateCorruption) {
    triggers.push({
      code: 'khtnv_subordinate_corruption',
      message:
        'Đơn vị thuộc quyền quản lý trực tiếp xảy ra tham ô, tham nhũng, lãng phí và bị xử lý theo quy định: xếp loại Không hoàn thành nhiệm vụ.',
      article: ART.nd335,
    });
  }
  reasons.push(...triggers);
  const band = pointBand(points, s.pointBands ?? [], s, ART.nd335);
  reasons.push(...band.reasons);
  return triggers.length > 0 ? 'KHTNV' : band.level;
}

/** QĐ 366-QĐ/TW Điều 11 (rules.md §7): HTXSNV only with every weakness from last year remedied. */
function remediationCriterion(input: ClassifyInput, required: boolean): Criterion | null {
  if (!required || !input.remediation) return null;
  const { total, resolved } = input.remediation;
  return {
    ok: resolved >= total,
    code: 'remediation',
    fact: `đã khắc phục ${resolved}/${total} hạn chế, khuyết điểm năm trước`,
    need: 'cần khắc phục 100%',
    article: ART.qd366Remediation,
  };
}

function remediationReason(c: Criterion): Reason {
  return {
    code: 'htxsnv_remediation',
    message: `Chưa đạt mức ${LEVEL_LABELS.HTXSNV}: ${c.fact}, ${c.need}; xếp ${LEVEL_LABELS.HTTNV}.`,
    article: c.article,
  };
}
