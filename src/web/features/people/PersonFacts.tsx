/** A person's facts as a description list; party details only when the viewer may see them. */
import { Descriptions, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { CATEGORY_LABELS, GENDER_LABELS, LEADERSHIP_RANK_LABELS } from '../../../domain/org.js';
import { formatVnDate } from '../../components/dates.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import type { PersonDetail } from './types.js';

const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'Có' : 'Không');
const orDash = (s: string | null | undefined) => (s ? s : '—');

export function PersonFacts({ person: p }: { person: PersonDetail }) {
  const phone = useIsPhone();
  const items: DescriptionsProps['items'] = [
    { key: 'staffCode', label: 'Mã cán bộ', children: p.staffCode },
    { key: 'fullName', label: 'Họ và tên', children: p.fullName },
    { key: 'gender', label: 'Giới tính', children: GENDER_LABELS[p.gender] },
    {
      key: 'birthDate',
      label: 'Ngày sinh',
      children: p.sensitiveVisible ? orDash(formatVnDate(p.birthDate)) : 'Không hiển thị',
    },
    { key: 'unit', label: 'Đơn vị', children: <Link to={`/to-chuc?donVi=${p.unitId}`}>{p.unitName}</Link> },
    { key: 'positionTitle', label: 'Chức vụ', children: orDash(p.positionTitle) },
    { key: 'leadershipRank', label: 'Vai trò lãnh đạo', children: LEADERSHIP_RANK_LABELS[p.leadershipRank] },
    { key: 'category', label: 'Loại', children: CATEGORY_LABELS[p.category] },
    {
      key: 'employmentStart',
      label: 'Ngày bắt đầu công tác',
      children: orDash(formatVnDate(p.employmentStart)),
    },
    { key: 'similarGroup', label: 'Nhóm vị trí tương đồng', children: orDash(p.similarGroup) },
    {
      key: 'evaluationAuthority',
      label: 'Cấp có thẩm quyền đánh giá',
      children: orDash(p.evaluationAuthority),
    },
    { key: 'email', label: 'Email', children: orDash(p.email) },
  ];
  if (p.sensitiveVisible) {
    items.push(
      { key: 'partyMember', label: 'Đảng viên', children: yesNo(p.partyMember) },
      { key: 'partyAdmittedOn', label: 'Ngày vào Đảng', children: orDash(formatVnDate(p.partyAdmittedOn)) },
      {
        key: 'nominee',
        label: 'Dự kiến tham gia cấp ủy nhiệm kỳ 2025–2030',
        children: yesNo(p.nomineeParty2025),
      },
      {
        key: 'standing',
        label: 'Thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
        children: yesNo(p.standingCommitteeManaged),
      },
    );
  }
  return (
    <Descriptions
      bordered
      size="small"
      layout={phone ? 'vertical' : 'horizontal'}
      column={{ xs: 1, sm: 1, md: 2, xxl: 3 }}
      items={items}
    />
  );
}
