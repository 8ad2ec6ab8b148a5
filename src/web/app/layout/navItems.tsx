/** The app's sections: side menu, home-page shortcuts. Each names the permission it needs. */
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HistoryOutlined,
  HomeOutlined,
  InboxOutlined,
  LineChartOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission, Role } from '../../../domain/roles.js';

export interface NavItem {
  path: string;
  label: string;
  description: string;
  icon: ReactNode;
  permission?: Permission;
  /** Shown only to users holding one of these roles (besides the permission). */
  roles?: readonly Role[];
}

/** Whether the user sees a section: its permission, and one of its roles when it names some. */
export function navItemVisible(
  item: Pick<NavItem, 'permission' | 'roles'>,
  user: { permissions: readonly Permission[]; roles: readonly Role[] },
): boolean {
  if (item.permission && !user.permissions.includes(item.permission)) return false;
  return !item.roles || item.roles.some((r) => user.roles.includes(r));
}

/** Who reviews the self-reviews (the server shows a unit head only his unit's). */
export const REVIEWER_ROLES: readonly Role[] = [
  'admin',
  'secretary',
  'leadership',
  'unit_head',
  'unit_deputy',
];

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Trang chủ', description: 'Tổng quan và lối tắt.', icon: <HomeOutlined /> },
  {
    path: '/tu-kiem-diem',
    label: 'Tự kiểm điểm',
    description: 'Viết, lưu và nộp bản tự kiểm điểm của mình trong kỳ đánh giá đang diễn ra.',
    icon: <FormOutlined />,
  },
  {
    path: '/ky-danh-gia',
    label: 'Kỳ đánh giá',
    description: 'Kế hoạch từng năm: các bước, thời hạn, Kế hoạch (KH).',
    icon: <ScheduleOutlined />,
    permission: 'cycles.view',
  },
  {
    path: '/tien-do',
    label: 'Tiến độ kỳ đánh giá',
    description: 'Các đơn vị đã xong bước nào, bước nào quá hạn, trong kỳ đang diễn ra.',
    icon: <LineChartOutlined />,
    permission: 'cycles.view',
  },
  {
    path: '/ban-kiem-diem',
    label: 'Bản kiểm điểm',
    description:
      'Bản tự kiểm điểm, báo cáo tập thể của kỳ đang diễn ra: ai đã nộp, trả lại, chấm điểm, gợi ý.',
    icon: <FileSearchOutlined />,
    permission: 'cycles.view',
    roles: REVIEWER_ROLES,
  },
  {
    path: '/cuoc-hop',
    label: 'Cuộc họp',
    description:
      'Hội nghị kiểm điểm của đơn vị: giấy mời, điểm danh, chương trình, ý kiến, kết luận, đề xuất mức xếp loại, biên bản.',
    icon: <CalendarOutlined />,
  },
  {
    path: '/ho-so-don-vi',
    label: 'Hồ sơ đơn vị',
    description:
      'Hồ sơ kiểm điểm, xếp loại của đơn vị (5 thành phần): kiểm tra đủ chưa, tải về, gửi Phòng Hành chính - Quản trị; tiếp nhận hoặc trả lại.',
    icon: <FolderOpenOutlined />,
    permission: 'cycles.view',
    roles: REVIEWER_ROLES,
  },
  {
    path: '/bo-phieu/moi',
    label: 'Bỏ phiếu kín',
    description:
      'Bỏ phiếu kín bình xét Lao động tiên tiến của đơn vị: điểm danh, mở và kết thúc bỏ phiếu, kết quả.',
    icon: <InboxOutlined />,
    permission: 'cycles.view',
    roles: ['secretary', 'unit_head', 'unit_deputy'],
  },
  {
    path: '/kiem-tra-xep-loai',
    label: 'Kiểm tra xếp loại',
    description:
      'Thử một trường hợp: được xếp loại không, mức nào, tỷ lệ xuất sắc, danh hiệu thi đua; kèm điều khoản.',
    icon: <SafetyCertificateOutlined />,
  },
  {
    path: '/to-chuc',
    label: 'Cơ cấu tổ chức',
    description: 'Các phòng, ban, đơn vị và người đứng đầu.',
    icon: <ApartmentOutlined />,
    permission: 'org.view',
  },
  {
    path: '/nhan-su',
    label: 'Nhân sự',
    description: 'Danh sách cán bộ, công chức, viên chức, người lao động.',
    icon: <TeamOutlined />,
    permission: 'people.viewAll',
  },
  {
    path: '/nhan-su/nhap',
    label: 'Nhập danh sách',
    description: 'Nhập hoặc cập nhật danh sách từ tệp Excel.',
    icon: <CloudUploadOutlined />,
    permission: 'people.import',
  },
  {
    path: '/nhan-su/nhap-ket-qua',
    label: 'Kết quả các năm trước',
    description: 'Nhập mức xếp loại, danh hiệu các năm trước từ Excel (cho bản kiểm điểm 03 năm).',
    icon: <HistoryOutlined />,
    permission: 'people.import',
  },
  {
    path: '/van-ban',
    label: 'Văn bản',
    description: 'Văn bản hệ thống đã lập: tải về, ban hành, đóng gói hồ sơ.',
    icon: <FileTextOutlined />,
    permission: 'documents.view',
  },
  {
    path: '/hoi-dap',
    label: 'Hỏi đáp, vướng mắc',
    description: 'Gửi câu hỏi, vướng mắc đến Chánh Văn phòng; xem câu trả lời đã công khai.',
    icon: <QuestionCircleOutlined />,
  },
  {
    path: '/thong-bao',
    label: 'Thông báo',
    description: 'Nhắc hạn các việc sắp đến hạn, quá hạn gửi cho bạn.',
    icon: <BellOutlined />,
  },
  {
    path: '/nhat-ky',
    label: 'Nhật ký',
    description: 'Ai đã làm gì, khi nào; kiểm tra toàn vẹn.',
    icon: <AuditOutlined />,
    permission: 'audit.view',
  },
  {
    path: '/quan-tri/tai-khoan',
    label: 'Tài khoản người dùng',
    description: 'Tạo tài khoản, phân quyền, đặt lại mật khẩu, khóa tài khoản.',
    icon: <UserSwitchOutlined />,
    permission: 'accounts.manage',
  },
  {
    path: '/quan-tri/co-quan',
    label: 'Thông tin cơ quan',
    description: 'Tên cơ quan, cơ quan chủ quản, ký hiệu và địa danh ghi trên văn bản.',
    icon: <BankOutlined />,
    permission: 'org.view',
  },
];

/** The menu key for a location: the longest section path that prefixes it ('' for none). */
export function selectedNavPath(pathname: string): string {
  let best = pathname === '/' ? '/' : '';
  for (const item of NAV_ITEMS) {
    const p = item.path;
    if (p === '/') continue;
    if ((pathname === p || pathname.startsWith(`${p}/`)) && p.length > best.length) best = p;
  }
  return best;
}
