/** Vietnamese names of the audit log's action codes; unknown codes are shown as they are. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.login_failed': 'Đăng nhập không thành công',
  'account.locked': 'Khóa tài khoản',
  'account.password_changed': 'Đổi mật khẩu',
  'account.created': 'Tạo tài khoản',
  'person.created': 'Thêm người',
  'person.updated': 'Sửa thông tin người',
  'person.leave_added': 'Thêm thời gian nghỉ',
  'person.leave_removed': 'Xóa thời gian nghỉ',
  'person.discipline_added': 'Thêm kỷ luật',
  'person.discipline_removed': 'Xóa kỷ luật',
  'person.transfer_added': 'Thêm thông tin chuyển đến',
  'person.transfer_removed': 'Xóa thông tin chuyển đến',
  'unit.created': 'Thêm đơn vị',
  'unit.updated': 'Sửa đơn vị',
  'people.imported': 'Nhập danh sách',
  'agency.seeded': 'Tạo dữ liệu mẫu',
  'agency.created': 'Tạo cơ quan',
};

export const actionLabel = (code: string): string => ACTION_LABELS[code] ?? code;

const COLORS: Record<string, string> = {
  auth: 'default',
  account: 'orange',
  person: 'blue',
  unit: 'purple',
  people: 'cyan',
  agency: 'green',
};

export function actionColor(code: string): string {
  if (code === 'auth.login_failed' || code === 'account.locked') return 'red';
  if (code.endsWith('_removed')) return 'volcano';
  return COLORS[code.split('.')[0] ?? ''] ?? 'default';
}
