/**
 * Which rules classify a person: NĐ 90/2020 for công chức (Điều 8–11) and viên chức (Điều 12–15)
 * up to 2025; NĐ 335/2025 (points) for công chức from 2026 (rules.md §0.1, §1.10).
 * Assumptions, each reported with an `assumed_*` reason and configurable:
 * - viên chức from 2026: not researched (rules.md §0.1). NĐ 335 covers công chức only, so NĐ 90
 *   stays the default (setting `vienChucFrom2026`).
 * - người lao động: NĐ 90 does not cover them [R]; the agency's rules usually follow công chức
 *   (setting `nguoiLaoDongBasis`, rules.md §1.1, §9.11).
 */
import type { Regime } from '../cycle.js';
import type { Category } from '../org.js';
import { ART } from './articles.js';
import type { RuleSettingValues } from './settings.js';
import type { Reason } from './types.js';

export type Basis = { kind: 'nd90'; category: 'cong_chuc' | 'vien_chuc' } | { kind: 'nd335' };

export function resolveBasis(
  category: Category,
  regime: Regime,
  s: RuleSettingValues,
): Basis & { reasons: Reason[] } {
  const reasons: Reason[] = [];
  let as: 'cong_chuc' | 'vien_chuc';
  if (category === 'nguoi_lao_dong') {
    as = s.nguoiLaoDongBasis;
    reasons.push({
      code: 'assumed_nguoi_lao_dong',
      message: `Người lao động: Nghị định 90/2020/NĐ-CP không áp dụng; xếp loại theo tiêu chí của ${as === 'cong_chuc' ? 'công chức' : 'viên chức'} (mặc định, cơ quan có thể quy định khác trong quy chế).`,
      article: ART.nd111,
    });
  } else {
    as = category;
  }
  if (regime !== '2026') return { kind: 'nd90', category: as, reasons };
  if (as === 'cong_chuc') return { kind: 'nd335', reasons };
  if (s.vienChucFrom2026 === 'nd335') {
    reasons.push({
      code: 'assumed_vien_chuc_nd335',
      message:
        'Viên chức từ năm 2026: chưa đối chiếu quy định mới; xếp loại theo thang điểm như công chức (Nghị định 335/2025/NĐ-CP) theo cấu hình của cơ quan.',
      article: ART.nd335,
    });
    return { kind: 'nd335', reasons };
  }
  reasons.push({
    code: 'assumed_vien_chuc_nd90',
    message:
      'Viên chức từ năm 2026: Nghị định 335/2025/NĐ-CP chỉ quy định cho công chức; chưa đối chiếu quy định mới cho viên chức nên tạm xếp loại theo Nghị định 90/2020/NĐ-CP (Điều 12–15).',
    article: 'Điều 12–15 Nghị định 90/2020/NĐ-CP',
  });
  return { kind: 'nd90', category: 'vien_chuc', reasons };
}
