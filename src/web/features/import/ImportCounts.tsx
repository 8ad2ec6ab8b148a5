/** The preview's or result's numbers as statistics. */
import { Card, Col, Row, Statistic } from 'antd';
import type { ImportPreview } from './types.js';

export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const stats: { title: string; value: number; color?: string }[] = [
    { title: 'Tổng số dòng', value: preview.totalRows },
    { title: 'Thêm mới', value: preview.toAdd.length, color: '#15803d' },
    { title: 'Cập nhật', value: preview.toUpdate.length, color: '#1d4ed8' },
    { title: 'Không thay đổi', value: preview.unchanged },
    { title: 'Đơn vị mới', value: preview.unitsToCreate.length },
    { title: 'Tài khoản mới', value: preview.accountsToCreate.length },
    {
      title: 'Lỗi',
      value: preview.problems.length,
      color: preview.problems.length > 0 ? '#dc2626' : undefined,
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {stats.map((s) => (
        <Col key={s.title} xs={12} sm={8} md={6} xl={3}>
          <Card size="small">
            <Statistic
              title={s.title}
              value={s.value}
              styles={{ content: s.color ? { color: s.color } : undefined }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
