/**
 * The engine's configurable values, per regime, each with whether rules.md verified it and where it
 * comes from, so the interface can show "mặc định, chưa kiểm chứng". rules.md §0: whatever is tagged
 * [R], [D] or NOT VERIFIED is a default the agency may change; verified values are listed too, so
 * every number the engine uses is visible with its source.
 */
import type { Regime } from '../cycle.js';
import type { Level } from './types.js';

export interface Setting<T> {
  value: T;
  /** rules.md tags it [V] or [V-sec]. */
  verified: boolean;
  /** Where the value comes from (article, or why it is a default). */
  source: string;
  /** What it means, for the settings screen. */
  label: string;
  /** The agency replaced the default. */
  overridden?: true;
}

/** A point band: the level applies from `min` (inclusive: `≥ min`; otherwise `> min`). */
export interface PointBand {
  level: Exclude<Level, 'KHTNV'>;
  min: number;
  inclusive: boolean;
}

export type DurationMode = 'calendar' | 'days';
export type QuotaRounding = 'floor' | 'round' | 'ceil';

export interface RuleSettingValues {
  notEvaluatedBelowMonths: number;
  leaveCapFromMonths: number;
  leaveCapBelowMonths: number;
  durationMode: DurationMode;
  daysPerMonth: number;
  disciplineDateBasis: 'decidedOn' | 'effectiveFrom';
  htxsnvExceededMinPct: number;
  htnvPoorMaxPct: number;
  khtnvNotDoneAbovePct: number;
  leaderUnitExceededMinPct: number;
  leaderUnitOnTimeMinPct: number;
  leaderSubUnitsGoodMinPct: number;
  leaderHttnvSubUnitsGoodCongChuc: boolean;
  leaderHtnvUnitCompletedAbovePct: number;
  leaderHtnvSubUnitsMinPct: number;
  leaderKhtnvUnitCompletedBelowPct: number;
  pointBands: PointBand[] | null;
  pointMaxGeneral: number;
  pointMaxResults: number;
  remediationRequiredForHtxsnv: boolean;
  vienChucFrom2026: 'nd90' | 'nd335';
  nguoiLaoDongBasis: 'cong_chuc' | 'vien_chuc';
  quotaPct: number;
  quotaExceptionMaxPct: number | null;
  quotaBase: 'HTTNV' | 'HTTNV_AND_HTXSNV';
  quotaRounding: QuotaRounding;
  quotaBlocking: boolean;
  ldttNewRecruitMinMonths: number;
  maternityCountsForTitles: boolean;
  suspendTitlesWhenPending: boolean;
}

export type SettingKey = keyof RuleSettingValues;
export type RuleSettings = { [K in SettingKey]: Setting<RuleSettingValues[K]> };
export type SettingsOverrides = Partial<RuleSettingValues>;

const v = <T>(value: T, source: string, label: string): Setting<T> => ({
  value,
  verified: true,
  source,
  label,
});
const d = <T>(value: T, source: string, label: string): Setting<T> => ({
  value,
  verified: false,
  source,
  label,
});

const ND90_2_3 = 'NĐ 90/2020 Điều 2 khoản 3, sửa đổi bởi NĐ 48/2023 (rules.md §1.4)';
const STD_BANDS: PointBand[] = [
  { level: 'HTXSNV', min: 90, inclusive: true },
  { level: 'HTTNV', min: 70, inclusive: true },
  { level: 'HTNV', min: 50, inclusive: true },
];

/** Values shared by the NĐ 90 regimes; regime-specific entries replace them below. */
function nd90(regime: Regime): RuleSettings {
  return {
    notEvaluatedBelowMonths: v(6, ND90_2_3, 'Làm việc dưới số tháng này trong năm thì không xếp loại'),
    leaveCapFromMonths: v(3, ND90_2_3, 'Nghỉ từ số tháng này: tối đa mức Hoàn thành nhiệm vụ'),
    leaveCapBelowMonths: v(6, ND90_2_3, 'Nghỉ dưới số tháng này: vẫn đánh giá (giới hạn mức)'),
    durationMode: d<DurationMode>(
      'calendar',
      'Suy luận [D]: tính tháng theo lịch (như Bộ luật Dân sự); "days" tính mỗi tháng bằng daysPerMonth ngày',
      'Cách tính số tháng làm việc, nghỉ',
    ),
    daysPerMonth: d(
      30,
      'Suy luận [D]: cộng nhiều đợt nghỉ, cứ 30 ngày lẻ tính 1 tháng',
      'Số ngày quy đổi một tháng khi cộng nhiều đợt',
    ),
    disciplineDateBasis: d<'decidedOn' | 'effectiveFrom'>(
      'decidedOn',
      'Chưa kiểm chứng: NĐ 48/2023 nói "bị kỷ luật trong năm đánh giá", không nói ngày quyết định hay ngày hiệu lực',
      'Ngày dùng để xác định kỷ luật thuộc năm đánh giá',
    ),
    htxsnvExceededMinPct: v(
      50,
      'NĐ 90/2020 Điều 8, 12 (rules.md §1.3)',
      'Xuất sắc (không giữ chức vụ): tỷ lệ nhiệm vụ vượt mức tối thiểu (%)',
    ),
    htnvPoorMaxPct: v(
      20,
      'NĐ 90/2020 Điều 10, 14 (rules.md §1.3)',
      'Hoàn thành: tỷ lệ nhiệm vụ chậm, chưa bảo đảm chất lượng tối đa (%)',
    ),
    khtnvNotDoneAbovePct: v(
      50,
      'NĐ 90/2020 Điều 11, 15 (rules.md §1.3, V-sec)',
      'Không hoàn thành: tỷ lệ nhiệm vụ không đạt tiến độ, chất lượng vượt quá (%)',
    ),
    leaderUnitExceededMinPct: v(
      50,
      'NĐ 90/2020 Điều 8, 12 khoản 2',
      'Lãnh đạo, xuất sắc: tỷ lệ chỉ tiêu của đơn vị vượt mức tối thiểu (%)',
    ),
    leaderUnitOnTimeMinPct: v(
      80,
      'NĐ 90/2020 Điều 13 khoản 2 (viên chức); công chức theo bản sao V-sec',
      'Lãnh đạo, hoàn thành tốt: tỷ lệ chỉ tiêu đúng tiến độ, có chất lượng tối thiểu (%)',
    ),
    leaderSubUnitsGoodMinPct: v(
      70,
      'NĐ 90/2020 Điều 8, 12, 13 khoản 2',
      'Lãnh đạo: tỷ lệ đơn vị trực thuộc hoàn thành tốt trở lên tối thiểu (%)',
    ),
    leaderHttnvSubUnitsGoodCongChuc: d(
      false,
      'Chưa kiểm chứng: NĐ 90 Điều 9 khoản 2 điểm d; bản sao của Hải Phòng (QĐ 212/2025) không có điều kiện 70% (rules.md §1.3, §9.4)',
      'Lãnh đạo là công chức, hoàn thành tốt: có đòi hỏi 70% đơn vị trực thuộc hoàn thành tốt trở lên',
    ),
    leaderHtnvUnitCompletedAbovePct: v(
      70,
      'NĐ 90/2020 Điều 10, 14 khoản 2',
      'Lãnh đạo, hoàn thành: tỷ lệ chỉ tiêu của đơn vị hoàn thành phải trên (%)',
    ),
    leaderHtnvSubUnitsMinPct: v(
      70,
      'NĐ 90/2020 Điều 10, 14 khoản 2',
      'Lãnh đạo, hoàn thành: tỷ lệ đơn vị trực thuộc hoàn thành nhiệm vụ trở lên tối thiểu (%)',
    ),
    leaderKhtnvUnitCompletedBelowPct: v(
      50,
      'NĐ 90/2020 Điều 11, 15 khoản 2 (V-sec)',
      'Lãnh đạo, không hoàn thành: đơn vị hoàn thành dưới tỷ lệ chỉ tiêu này (%)',
    ),
    pointBands: d<PointBand[] | null>(
      null,
      'NĐ 90/2020 xếp loại theo tiêu chí, không chấm điểm; tỉnh có thể ban hành bảng điểm (rules.md §6)',
      'Khung điểm xếp loại (nếu cơ quan dùng bảng điểm)',
    ),
    pointMaxGeneral: d(
      30,
      'Mặc định như QĐ 366-QĐ/TW và NĐ 335/2025 (rules.md §6)',
      'Điểm tối đa tiêu chí chung',
    ),
    pointMaxResults: d(
      70,
      'Mặc định như QĐ 366-QĐ/TW và NĐ 335/2025 (rules.md §6)',
      'Điểm tối đa kết quả thực hiện nhiệm vụ',
    ),
    remediationRequiredForHtxsnv: d(
      false,
      'QĐ 124-QĐ/TW: chưa đối chiếu nguyên văn (rules.md §2.5, §9.3)',
      'Xuất sắc đòi hỏi khắc phục 100% hạn chế, khuyết điểm năm trước',
    ),
    vienChucFrom2026: d<'nd90' | 'nd335'>(
      'nd90',
      'Chưa nghiên cứu (rules.md §0.1): NĐ 335/2025 quy định cho công chức; viên chức tạm theo NĐ 90/2020',
      'Từ năm 2026, viên chức xếp loại theo',
    ),
    nguoiLaoDongBasis: d<'cong_chuc' | 'vien_chuc'>(
      'cong_chuc',
      'NĐ 90 không áp dụng cho người lao động [R]; thường vận dụng như công chức (rules.md §1.1, §9.11)',
      'Người lao động xếp loại theo tiêu chí của',
    ),
    quotaPct: {
      value: 20,
      // 2024: QĐ 124's 20% is [R] (rules.md §9.3); 2025: QĐ 366 Điều 11 [V].
      verified: regime !== '2024',
      source:
        regime === '2024'
          ? 'NĐ 90 Điều 2 khoản 6 (NĐ 48/2023) dẫn tới tỷ lệ của Đảng: 20% theo HD 21-HD/BTCTW [V]; QĐ 124-QĐ/TW chưa đối chiếu nguyên văn [R] (rules.md §1.4.6, §9.3)'
          : 'NĐ 90 Điều 2 khoản 6 (NĐ 48/2023) và QĐ 366-QĐ/TW Điều 11: 20% số hoàn thành tốt nhiệm vụ',
      label: 'Tỷ lệ xuất sắc tối đa so với số hoàn thành tốt nhiệm vụ (%)',
    },
    quotaExceptionMaxPct: d<number | null>(
      null,
      'NĐ 48/2023: cấp có thẩm quyền quyết định tỷ lệ phù hợp, không nêu mức; QĐ 124 chưa đối chiếu (rules.md §1.4.6)',
      'Tỷ lệ xuất sắc tối đa khi đơn vị có thành tích nổi trội được cấp có thẩm quyền chấp thuận (%)',
    ),
    quotaBase: d<'HTTNV' | 'HTTNV_AND_HTXSNV'>(
      'HTTNV',
      'Không quy định [R]: thường tính trên số hoàn thành tốt nhiệm vụ sau cùng, không gồm số xuất sắc (rules.md §1.4.6)',
      'Cơ sở tính tỷ lệ xuất sắc',
    ),
    quotaRounding: d<QuotaRounding>(
      'floor',
      'Suy luận [D]: làm tròn xuống để không vượt 20% (rules.md §1.4.6)',
      'Cách làm tròn số người xuất sắc tối đa',
    ),
    quotaBlocking: d(
      false,
      'rules.md §1.4.6: cảnh báo, không chặn; lưu quyết định ngoại lệ kèm hồ sơ',
      'Vượt tỷ lệ thì chặn (không chỉ cảnh báo)',
    ),
    ldttNewRecruitMinMonths: v(
      6,
      'TT 01/2024/TT-BNV: không xét Lao động tiên tiến cho người mới tuyển dụng dưới 6 tháng (V-sec, rules.md §3.2)',
      'Lao động tiên tiến: thời gian tối thiểu từ khi tuyển dụng (tháng)',
    ),
    maternityCountsForTitles: d(
      true,
      'TT 01/2024/TT-BNV: thời gian nghỉ thai sản được tính [R] (rules.md §3.2)',
      'Thời gian nghỉ thai sản được tính để xét danh hiệu',
    ),
    suspendTitlesWhenPending: d(
      true,
      'NĐ 98/2023: chưa đối chiếu; mặc định như NĐ 152/2025 Điều 4 khoản 4 (rules.md §3.1)',
      'Tạm hoãn xét danh hiệu khi đang xem xét kỷ luật, thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo',
    ),
  };
}

function regime2025(): RuleSettings {
  const s = nd90('2025');
  return {
    ...s,
    pointBands: d<PointBand[] | null>(
      STD_BANDS,
      'NĐ 90/2020 không chấm điểm; mặc định theo khung điểm của QĐ 366-QĐ/TW (≥ 90 / 70 đến < 90 / 50 đến < 70 / < 50). Hải Phòng (QĐ 212/2025) dùng > 90 / > 80 / ≥ 50 (rules.md §6)',
      'Khung điểm xếp loại khi cơ quan dùng bảng điểm',
    ),
    remediationRequiredForHtxsnv: d(
      true,
      'QĐ 366-QĐ/TW Điều 11 (xếp loại đảng viên) [V]; áp dụng cho xếp loại CBCCVC là suy luận [D] (rules.md §7, §8.3)',
      'Xuất sắc đòi hỏi khắc phục 100% hạn chế, khuyết điểm năm trước',
    ),
    quotaExceptionMaxPct: v<number | null>(
      25,
      'QĐ 366-QĐ/TW Điều 11: không quá 25% đối với đơn vị có thành tích nổi trội (rules.md §1.4.6)',
      'Tỷ lệ xuất sắc tối đa khi đơn vị có thành tích nổi trội được cấp có thẩm quyền chấp thuận (%)',
    ),
    ldttNewRecruitMinMonths: d(
      6,
      'TT 15/2025/TT-BNV: chưa đối chiếu; mặc định theo TT 01/2024/TT-BNV (rules.md §3.2)',
      'Lao động tiên tiến: thời gian tối thiểu từ khi tuyển dụng (tháng)',
    ),
    maternityCountsForTitles: v(
      true,
      'NĐ 152/2025 Điều 4 khoản 5 (rules.md §3.1)',
      'Thời gian nghỉ thai sản được tính để xét danh hiệu',
    ),
    suspendTitlesWhenPending: v(
      true,
      'NĐ 152/2025 Điều 4 khoản 4 (rules.md §3.1)',
      'Tạm hoãn xét danh hiệu khi đang xem xét kỷ luật, thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo',
    ),
  };
}

function regime2026(): RuleSettings {
  const s = regime2025();
  const nd335Unknown = 'NĐ 335/2025: chưa đối chiếu điều này; tạm theo NĐ 90/2020 Điều 2 khoản 3';
  return {
    ...s,
    notEvaluatedBelowMonths: d(6, nd335Unknown, s.notEvaluatedBelowMonths.label),
    leaveCapFromMonths: d(3, nd335Unknown, s.leaveCapFromMonths.label),
    leaveCapBelowMonths: d(6, nd335Unknown, s.leaveCapBelowMonths.label),
    pointBands: v<PointBand[] | null>(
      STD_BANDS,
      'NĐ 335/2025: xuất sắc từ 90 điểm; tốt từ 70 đến dưới 90; hoàn thành từ 50 đến dưới 70; không hoàn thành dưới 50 (V-sec, rules.md §1.10)',
      'Khung điểm xếp loại công chức (thang 100 điểm)',
    ),
    pointMaxGeneral: v(
      30,
      'NĐ 335/2025: tiêu chí chung tối đa 30 điểm (V-sec, rules.md §1.10)',
      s.pointMaxGeneral.label,
    ),
    pointMaxResults: v(
      70,
      'NĐ 335/2025: kết quả thực hiện nhiệm vụ tối đa 70 điểm (V-sec, rules.md §1.10)',
      s.pointMaxResults.label,
    ),
    quotaPct: v(
      20,
      'NĐ 335/2025: xuất sắc không quá 20% số hoàn thành tốt nhiệm vụ (V-sec, rules.md §1.10)',
      s.quotaPct.label,
    ),
    quotaExceptionMaxPct: d<number | null>(
      25,
      'NĐ 335/2025: mức ngoại lệ chưa kiểm chứng (rules.md §1.10, §9.10); mặc định như QĐ 366-QĐ/TW',
      s.quotaExceptionMaxPct.label,
    ),
  };
}

const DEFAULTS: Record<Regime, RuleSettings> = {
  '2024': nd90('2024'),
  '2025': regime2025(),
  '2026': regime2026(),
};

/**
 * The default settings of a regime with the agency's overrides applied. An overridden entry keeps the
 * default's source and verified flag (they describe the law, not the agency's choice) and is marked
 * `overridden`.
 */
export function ruleSettings(regime: Regime, overrides: SettingsOverrides = {}): RuleSettings {
  const out = { ...DEFAULTS[regime] } as Record<SettingKey, Setting<unknown>>;
  for (const key of Object.keys(overrides) as SettingKey[]) {
    const value = overrides[key];
    if (value === undefined || !(key in out)) continue;
    out[key] = { ...out[key], value, overridden: true };
  }
  return out as RuleSettings;
}

/** Only the values, for the engine's arithmetic. */
export function settingValues(regime: Regime, overrides: SettingsOverrides = {}): RuleSettingValues {
  const s = ruleSettings(regime, overrides);
  return Object.fromEntries(Object.entries(s).map(([k, x]) => [k, x.value])) as unknown as RuleSettingValues;
}
