/**
 * The reviews the user writes in the running cycle, one line each: the form, whose review, its
 * state, the deadline ("Quá hạn" in red while not handed in) and "Viết" / "Xem". Shared by the home
 * card and the /tu-kiem-diem page.
 */
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { formatVnDate } from '../../../domain/dates.js';
import { REVIEW_STATE_LABELS } from '../../../domain/review.js';
import { NavButton } from '../../components/NavButton.js';
import { actionLabel, isOverdue, REVIEW_STATE_COLORS } from './format.js';
import type { MyReviewItem } from './types.js';

export const reviewPath = (id: string) => `/tu-kiem-diem/${encodeURIComponent(id)}`;

/** The person's own reviews before the unit's report they draft as its head. */
const ownFirst = (items: MyReviewItem[]) =>
  [...items].sort((a, b) => Number(a.personId === null) - Number(b.personId === null));

export function MyReviewsList({
  items,
  deadline,
  today,
}: {
  items: MyReviewItem[];
  deadline: string | null;
  today: string | null;
}) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {ownFirst(items).map((r) => (
        <li key={r.id}>
          <MyReviewRow item={r} deadline={deadline} today={today} />
        </li>
      ))}
    </ul>
  );
}

function MyReviewRow({
  item,
  deadline,
  today,
}: {
  item: MyReviewItem;
  deadline: string | null;
  today: string | null;
}) {
  const overdue = !item.waivedReason && isOverdue(deadline, today, item.state);
  const action = item.waivedReason ? 'Xem' : actionLabel(item.state);
  return (
    <Flex
      data-testid="my-review"
      data-form={item.formCode}
      data-state={item.state}
      justify="space-between"
      align="center"
      wrap
      gap="8px 16px"
      style={{
        padding: '10px 12px',
        borderInlineStart: `4px solid ${overdue ? '#cf1322' : item.state === 'returned' ? '#fa8c16' : '#1d4ed8'}`,
        borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
      }}
    >
      <div style={{ flex: '1 1 300px', minWidth: 0 }}>
        <Typography.Text strong style={{ display: 'block' }}>
          {item.formLabel}
        </Typography.Text>
        <Flex gap="4px 12px" wrap align="center" style={{ marginTop: 4 }}>
          <Tag color={REVIEW_STATE_COLORS[item.state]} style={{ marginInlineEnd: 0 }}>
            {REVIEW_STATE_LABELS[item.state]}
          </Tag>
          {item.waivedReason ? (
            <Tag color="default" style={{ marginInlineEnd: 0 }}>
              Được miễn
            </Tag>
          ) : null}
          <Typography.Text type="secondary">
            {item.personId ? item.personName : `Tập thể ${item.unitName}`}
          </Typography.Text>
          {deadline && !item.waivedReason ? (
            <Typography.Text type="secondary">Hạn {formatVnDate(deadline)}</Typography.Text>
          ) : null}
          {overdue ? (
            <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="my-review-overdue">
              Quá hạn
            </Tag>
          ) : null}
          {item.submittedLate ? (
            <Tag color="orange" style={{ marginInlineEnd: 0 }}>
              Nộp muộn
            </Tag>
          ) : null}
        </Flex>
      </div>
      <NavButton
        to={reviewPath(item.id)}
        type={action === 'Viết' ? 'primary' : 'default'}
        icon={action === 'Viết' ? <EditOutlined /> : <EyeOutlined />}
        aria-label={`${action}: ${item.formLabel}`}
      >
        {action}
      </NavButton>
    </Flex>
  );
}
