/**
 * The HTXSNV ratio per group with similar duties (nhóm đối tượng có nhiệm vụ tương đồng):
 * NĐ 90/2020 Điều 2 khoản 6 (added by NĐ 48/2023) caps it at the party's ratio, 20% of those
 * rated HTTNV (QĐ 124 [R] for 2024, QĐ 366 Điều 11 for 2025, NĐ 335/2025 for công chức from 2026).
 * rules.md §1.4.6:
 * - formula [D]: allowed = round(pct × base / 100), rounding `floor` by default (setting);
 * - base: the final HTTNV count by default, or HTTNV + HTXSNV (setting `quotaBase`);
 * - exception for outstanding units approved by the competent authority: QĐ 366 allows up to 25%
 *   (2025); NĐ 48/2023 lets the authority decide "an appropriate ratio" without a number, so for
 *   2024 the ratio the authority decided (`exceptionPct`) is used as given; for 2026 the 25% is
 *   not verified;
 * - over the cap is a warning, not a block, unless the setting `quotaBlocking` says otherwise.
 */
import type { Regime } from '../cycle.js';
import { ART } from './articles.js';
import { fmtNumber } from './format.js';
import { type QuotaRounding, type SettingsOverrides, settingValues } from './settings.js';
import type { QuotaGroupInput, QuotaGroupResult, QuotaInput, QuotaResult, Reason } from './types.js';

const CAP_ARTICLE: Record<Regime, string> = {
  '2024': `${ART.quota}; ${ART.qd124Cap}`,
  '2025': `${ART.quota}; ${ART.qd366Cap}`,
  '2026': ART.nd335Cap,
};

const ROUNDING_WORDS: Record<QuotaRounding, string> = {
  floor: 'làm tròn xuống',
  round: 'làm tròn đến số nguyên gần nhất',
  ceil: 'làm tròn lên',
};

export function roundQuota(exact: number, mode: QuotaRounding): number {
  // Guard against 0.1 + 0.2 style noise before rounding (e.g. 22.5% × 20 = 4.500000000000001).
  const x = Math.round(exact * 1e9) / 1e9;
  if (mode === 'floor') return Math.floor(x);
  if (mode === 'ceil') return Math.ceil(x);
  return Math.round(x);
}

export function checkQuota(input: QuotaInput, overrides?: SettingsOverrides): QuotaResult {
  const s = settingValues(input.regime, overrides);
  const article = CAP_ARTICLE[input.regime];
  return {
    groups: input.groups.map((g): QuotaGroupResult => {
      const reasons: Reason[] = [];
      const base = s.quotaBase === 'HTTNV' ? g.HTTNV : g.HTTNV + g.HTXSNV;
      const pct = ratioFor(g, s.quotaPct, s.quotaExceptionMaxPct, input.regime, reasons, article);
      const exact = (pct * base) / 100;
      const allowed = roundQuota(exact, s.quotaRounding);
      const baseWords =
        s.quotaBase === 'HTTNV'
          ? `${base} người hoàn thành tốt nhiệm vụ`
          : `${base} người hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ`;
      reasons.push({
        code: 'quota_allowed',
        message: `Nhóm "${g.group}": ${fmtNumber(pct)}% của ${baseWords} là ${fmtNumber(exact)}, ${ROUNDING_WORDS[s.quotaRounding]}: tối đa ${allowed} người hoàn thành xuất sắc nhiệm vụ.`,
        article,
      });
      const ok = g.HTXSNV <= allowed;
      const blocking = !ok && s.quotaBlocking;
      reasons.push(
        ok
          ? {
              code: 'quota_ok',
              message: `Đề nghị ${g.HTXSNV} người hoàn thành xuất sắc nhiệm vụ: trong tỷ lệ cho phép.`,
              article,
            }
          : {
              code: 'quota_exceeded',
              message: `Đề nghị ${g.HTXSNV} người hoàn thành xuất sắc nhiệm vụ, vượt ${g.HTXSNV - allowed} người so với tỷ lệ cho phép (tối đa ${allowed}): ${blocking ? 'không thể chốt kết quả' : 'cảnh báo'}; vui lòng xem lại, hoặc đính kèm quyết định của cấp có thẩm quyền nếu đơn vị có thành tích nổi trội.`,
              article,
            },
      );
      return { group: g.group, allowed, ok, blocking, reasons };
    }),
  };
}

/** The percentage that applies to the group, with the reason when an exception changes it. */
function ratioFor(
  g: QuotaGroupInput,
  basePct: number,
  exceptionMaxPct: number | null,
  regime: Regime,
  reasons: Reason[],
  article: string,
): number {
  if (!g.exceptionApproved) return basePct;
  const exceptionArticle = regime === '2025' ? ART.qd366Cap : article;
  if (exceptionMaxPct !== null) {
    const asked = g.exceptionPct ?? exceptionMaxPct;
    const pct = Math.max(basePct, Math.min(asked, exceptionMaxPct));
    reasons.push({
      code: 'quota_exception',
      message:
        asked > exceptionMaxPct
          ? `Đơn vị có thành tích nổi trội được cấp có thẩm quyền chấp thuận; tỷ lệ ${fmtNumber(asked)}% vượt mức tối đa ${fmtNumber(exceptionMaxPct)}%: áp dụng ${fmtNumber(pct)}%.`
          : `Đơn vị có thành tích nổi trội được cấp có thẩm quyền chấp thuận: áp dụng tỷ lệ ${fmtNumber(pct)}% (tối đa ${fmtNumber(exceptionMaxPct)}%).`,
      article: exceptionArticle,
    });
    return pct;
  }
  if (g.exceptionPct === undefined) {
    reasons.push({
      code: 'quota_exception_ratio_missing',
      message: `Đơn vị có thành tích nổi trội được chấp thuận nhưng chưa nhập tỷ lệ do cấp có thẩm quyền quyết định: tạm áp dụng ${fmtNumber(basePct)}%.`,
      article: ART.quota,
    });
    return basePct;
  }
  const pct = Math.max(basePct, g.exceptionPct);
  reasons.push({
    code: 'quota_exception',
    message: `Đơn vị có thành tích nổi trội: áp dụng tỷ lệ ${fmtNumber(pct)}% do cấp có thẩm quyền quyết định.`,
    article: ART.quota,
  });
  return pct;
}
