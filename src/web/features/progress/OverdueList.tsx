/** "Việc quá hạn": every open step past its deadline, longest overdue first, for the leadership. */
import { List, Tag, Typography } from 'antd';
import { formatVnDate } from '../../../domain/dates.js';
import { STATE_COLORS, shortStepTitle } from './format.js';
import type { OverdueItem } from './summaries.js';

export function OverdueList({ items }: { items: OverdueItem[] }) {
  if (items.length === 0) {
    return <Typography.Text type="secondary">Không có việc nào quá hạn.</Typography.Text>;
  }
  return (
    <List
      size="small"
      data-testid="overdue-list"
      dataSource={items}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      renderItem={(item) => (
        <List.Item data-testid="overdue-item" style={{ flexWrap: 'wrap', gap: 8 }}>
          <span>
            <Typography.Text strong>{item.unit ? item.unit.name : 'Cấp cơ quan'}</Typography.Text>
            {' — '}
            {shortStepTitle(item.step)}
          </span>
          <span>
            <Tag color={STATE_COLORS.overdue.tag}>Quá hạn {item.daysLate} ngày</Tag>
            <Typography.Text type="secondary">hạn {formatVnDate(item.due)}</Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}
