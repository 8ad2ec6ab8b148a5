/**
 * The organisation's vocabulary: enumerations and the validated shape of a person's facts.
 * Pure; shared by the server (validation) and the web (forms, labels).
 * Vietnamese labels follow ../shared/spec/vi-terms.md.
 */
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** Leadership rank inside the person's unit (người đứng đầu / cấp phó / không). */
export const LEADERSHIP_RANKS = ['head', 'deputy', 'none'] as const;
export type LeadershipRank = (typeof LEADERSHIP_RANKS)[number];
export const LEADERSHIP_RANK_LABELS: Record<LeadershipRank, string> = {
  head: 'Người đứng đầu',
  deputy: 'Cấp phó',
  none: 'Không',
};

/** Staff category: decides which decree and which forms apply (rules.md §1). */
export const CATEGORIES = ['cong_chuc', 'vien_chuc', 'nguoi_lao_dong'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
};

/** Unit kinds. `leadership` is the Office leadership collective (Lãnh đạo Văn phòng). */
export const UNIT_KINDS = ['leadership', 'phong', 'ban', 'trung_tam', 'khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  leadership: 'Lãnh đạo',
  phong: 'Phòng',
  ban: 'Ban',
  trung_tam: 'Trung tâm',
  khac: 'Đơn vị khác',
};

export const LEAVE_KINDS = ['maternity', 'sick', 'other'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];
export const LEAVE_KIND_LABELS: Record<LeaveKind, string> = {
  maternity: 'Nghỉ thai sản',
  sick: 'Nghỉ ốm',
  other: 'Nghỉ khác',
};

export const DISCIPLINE_SYSTEMS = ['party', 'administrative'] as const;
export type DisciplineSystem = (typeof DISCIPLINE_SYSTEMS)[number];
export const DISCIPLINE_SYSTEM_LABELS: Record<DisciplineSystem, string> = {
  party: 'Kỷ luật đảng',
  administrative: 'Kỷ luật hành chính',
};

/** Disciplinary forms, mildest first (Luật CBCC Điều 79; NĐ 112/2020). */
export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

/**
 * Default similar-position group (nhóm vị trí tương đồng) used for the HTXSNV quota when the
 * import leaves it empty: NĐ 90/2020 Điều 2 khoản 6 (added by NĐ 48/2023) counts the quota per
 * group of similar duties; absent an agency decision, category × leadership is the natural split.
 */
export function defaultSimilarGroup(category: Category, rank: LeadershipRank): string {
  const who = rank === 'none' ? 'không giữ chức vụ' : 'lãnh đạo, quản lý';
  return `${CATEGORY_LABELS[category]} ${who}`;
}
