/**
 * The legal provisions the engine cites, written out once so every reason names them the same way.
 * Numbering follows rules.md §1.3, §1.4, §1.7, §1.10, §3.1, §3.2, §3.6.
 */
import type { Level } from './types.js';

const ND90 = 'Nghị định 90/2020/NĐ-CP';
const AMENDED = 'sửa đổi bởi Nghị định 48/2023/NĐ-CP';
const ADDED = 'bổ sung bởi Nghị định 48/2023/NĐ-CP';

export const ART = {
  /** Worked < 6 months; leave 3 to < 6 months; maternity (rules.md §1.4.3). */
  timeWorked: `Điều 2 khoản 3 ${ND90}, ${AMENDED}`,
  /** Discipline in the evaluation year → KHTNV (rules.md §1.4.5). */
  discipline: `Điều 2 khoản 5 điểm a ${ND90}, ${ADDED}`,
  disciplineRatedBefore: `Điều 2 khoản 5 điểm b ${ND90}, ${ADDED}`,
  disciplineSameAct: `Điều 2 khoản 5 điểm c ${ND90}, ${ADDED}`,
  /** HTXSNV ratio per similar group (rules.md §1.4.6). */
  quota: `Điều 2 khoản 6 ${ND90}, ${ADDED}`,
  /** General criteria (rules.md §1.2). */
  general: `Điều 3 ${ND90}`,
  /** Transfers (rules.md §1.7). */
  transfer: `Điều 20 ${ND90}`,
  nd335: 'Nghị định 335/2025/NĐ-CP',
  /** A point table the agency or province issued (rules.md §6: NĐ 90 itself is criteria-based). */
  localPoints: 'Bảng chấm điểm do tỉnh, cơ quan ban hành (cấu hình của hệ thống)',
  /** Which rules apply to which evaluation year (rules.md §0.1). */
  regimes:
    'Nghị định 48/2023/NĐ-CP (hiệu lực 15/9/2023); Quy định 366-QĐ/TW (30/8/2025); Nghị định 335/2025/NĐ-CP (hiệu lực 01/01/2026)',
  nd335Cap: 'Nghị định 335/2025/NĐ-CP (tỷ lệ xuất sắc không quá 20% số hoàn thành tốt nhiệm vụ)',
  qd366Cap: 'Điều 11 Quy định 366-QĐ/TW',
  qd124Cap: 'Quy định 124-QĐ/TW (tỷ lệ 20%, chưa đối chiếu nguyên văn)',
  qd366Remediation: 'Điều 11 Quy định 366-QĐ/TW (khắc phục 100% hạn chế, khuyết điểm đã chỉ ra)',
  nd111: 'Nghị định 111/2022/NĐ-CP (người lao động; tiêu chí do quy chế của cơ quan quy định)',
  ldtt: 'Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022',
  cstdcs: 'Điều 23 Luật Thi đua, khen thưởng 2022',
  ldttNewRecruit2024: 'Thông tư 01/2024/TT-BNV',
  ldttNewRecruit2025: 'Thông tư 15/2025/TT-BNV (chưa đối chiếu; mặc định theo Thông tư 01/2024/TT-BNV)',
  pending: 'Điều 4 khoản 4 Nghị định 152/2025/NĐ-CP',
  pending2024:
    'Nghị định 98/2023/NĐ-CP (chưa đối chiếu; mặc định như Điều 4 khoản 4 Nghị định 152/2025/NĐ-CP)',
  maternityTitles: 'Điều 4 khoản 5 Nghị định 152/2025/NĐ-CP',
  councilVote2024: 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
  councilVote2025: 'Điều 6 khoản 2 điểm c Nghị định 152/2025/NĐ-CP (thủ tục do tỉnh quy định)',
} as const;

/** NĐ 90 level articles: công chức Điều 8–11, viên chức Điều 12–15. */
const LEVEL_ARTICLE: Record<'cong_chuc' | 'vien_chuc', Record<Level, number>> = {
  cong_chuc: { HTXSNV: 8, HTTNV: 9, HTNV: 10, KHTNV: 11 },
  vien_chuc: { HTXSNV: 12, HTTNV: 13, HTNV: 14, KHTNV: 15 },
};

/** Khoản 1: without a leadership post; khoản 2: leaders and managers. `point` adds "điểm x". */
export function levelArticle(
  basis: 'cong_chuc' | 'vien_chuc',
  level: Level,
  leader: boolean,
  point?: string,
): string {
  const p = point ? ` điểm ${point}` : '';
  return `Điều ${LEVEL_ARTICLE[basis][level]} khoản ${leader ? 2 : 1}${p} ${ND90}`;
}
