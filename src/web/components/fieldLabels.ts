/**
 * Vietnamese names of stored fields and readable values, for change lists (import preview,
 * audit log). Unknown fields and values are shown as they come.
 */
import {
  CATEGORY_LABELS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_SYSTEM_LABELS,
  GENDER_LABELS,
  LEADERSHIP_RANK_LABELS,
  LEAVE_KIND_LABELS,
  UNIT_KIND_LABELS,
} from '../../domain/org.js';
import { formatVnDate } from './dates.js';

export const FIELD_LABELS: Record<string, string> = {
  staffCode: 'Mã cán bộ',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  unitId: 'Đơn vị',
  unitName: 'Đơn vị',
  positionTitle: 'Chức vụ',
  leadershipRank: 'Vai trò lãnh đạo',
  category: 'Loại',
  partyMember: 'Đảng viên',
  partyAdmittedOn: 'Ngày vào Đảng',
  employmentStart: 'Ngày bắt đầu công tác',
  similarGroup: 'Nhóm vị trí tương đồng',
  evaluationAuthority: 'Cấp có thẩm quyền đánh giá',
  email: 'Email',
  username: 'Tên đăng nhập',
  nomineeParty2025: 'Dự kiến tham gia cấp ủy nhiệm kỳ 2025–2030',
  standingCommitteeManaged: 'Thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
  code: 'Mã đơn vị',
  name: 'Tên',
  kind: 'Loại',
  parentId: 'Đơn vị cấp trên',
  sortOrder: 'Thứ tự hiển thị',
  leave: 'Thời gian nghỉ',
  discipline: 'Kỷ luật',
  transfer: 'Chuyển đến',
  from: 'Từ ngày',
  to: 'Đến ngày',
  note: 'Ghi chú',
  system: 'Hệ thống kỷ luật',
  form: 'Hình thức',
  decidedOn: 'Ngày quyết định',
  effectiveFrom: 'Ngày có hiệu lực',
  reason: 'Lý do',
  previousAgency: 'Cơ quan công tác trước',
  monthsThere: 'Số tháng công tác ở đó',
  transferredOn: 'Ngày chuyển đến',
  added: 'Số người thêm',
  updated: 'Số người cập nhật',
  unitsCreated: 'Đơn vị tạo mới',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  leadershipRank: LEADERSHIP_RANK_LABELS,
  category: CATEGORY_LABELS,
  kind: { ...UNIT_KIND_LABELS, ...LEAVE_KIND_LABELS },
  system: DISCIPLINE_SYSTEM_LABELS,
  form: DISCIPLINE_FORM_LABELS,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const fieldLabel = (key: string): string => FIELD_LABELS[key] ?? key;

/** A stored value as text; `unitNames` turns unit ids into names. */
export function formatFieldValue(
  key: string,
  value: unknown,
  unitNames?: ReadonlyMap<string, string>,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    if ((key === 'unitId' || key === 'parentId') && unitNames?.has(value))
      return unitNames.get(value) as string;
    const label = VALUE_LABELS[key]?.[value];
    if (label) return label;
    if (ISO_DATE.test(value)) return formatVnDate(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatFieldValue(key, v, unitNames)).join(', ') || '—';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => `${fieldLabel(k)}: ${formatFieldValue(k, v, unitNames)}`)
      .join('; ');
  }
  return String(value);
}
