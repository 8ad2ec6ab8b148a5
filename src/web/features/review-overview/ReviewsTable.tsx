/**
 * The reviews of the cycle: whose, unit, form, state (with "nộp muộn"), proposed level, and "Xem".
 * On a phone one column holds it all, so nothing scrolls sideways.
 */
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatVnDateTime } from '../../components/dates.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { levelLabel, REVIEW_STATE_COLORS, stateLabel, subjectName } from './format.js';
import type { ReviewListItem } from './types.js';

/** "Mẫu 02B (HD 25)" and "đảng viên giữ chức vụ…" from "Mẫu 02B (HD 25) – đảng viên giữ chức vụ…". */
function splitFormLabel(label: string): [string, string] {
  const i = label.indexOf(' – ');
  return i < 0 ? [label, ''] : [label.slice(0, i), label.slice(i + 3)];
}

function StateTags({ r }: { r: ReviewListItem }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={REVIEW_STATE_COLORS[r.state]} data-testid="review-state-tag" style={{ marginInlineEnd: 0 }}>
        {stateLabel(r.state)}
      </Tag>
      {r.submittedLate ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          Nộp muộn
        </Tag>
      ) : null}
      {r.waivedReason ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }} title={r.waivedReason}>
          Đã miễn
        </Tag>
      ) : null}
    </Flex>
  );
}

function FormCell({ r }: { r: ReviewListItem }) {
  const [code, rest] = splitFormLabel(r.formLabel);
  return (
    <Flex vertical>
      <Typography.Text>
        {code}
        {r.assignment === 'manual' ? (
          <Tag style={{ marginInlineStart: 6 }} color="cyan">
            Giao thêm
          </Tag>
        ) : null}
      </Typography.Text>
      {rest ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {rest}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function ReviewsTable({
  items,
  loading,
  showUnit,
  onOpen,
  page,
  pageSize,
  onPage,
}: {
  items: ReviewListItem[];
  loading: boolean;
  /** Off when every review is of one unit (a unit head's view). */
  showUnit: boolean;
  onOpen: (r: ReviewListItem) => void;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}) {
  const phone = useIsPhone();
  const subject = (r: ReviewListItem) => (
    <Flex vertical>
      <Typography.Link onClick={() => onOpen(r)} data-testid="review-subject">
        {subjectName(r)}
      </Typography.Link>
      {r.positionTitle ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.positionTitle}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  const open = (r: ReviewListItem) => (
    <Button size="small" onClick={() => onOpen(r)} aria-label={`Xem bản kiểm điểm của ${subjectName(r)}`}>
      Xem
    </Button>
  );

  const columns: TableColumnsType<ReviewListItem> = phone
    ? [
        {
          title: 'Bản kiểm điểm',
          key: 'all',
          render: (_, r) => (
            <Flex vertical gap={4}>
              {subject(r)}
              {showUnit ? <Typography.Text style={{ fontSize: 12 }}>{r.unitName}</Typography.Text> : null}
              <FormCell r={r} />
              <StateTags r={r} />
              {r.proposedLevel ? (
                <Typography.Text style={{ fontSize: 12 }}>
                  Đề xuất: {levelLabel(r.proposedLevel)}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        { title: '', key: 'actions', width: 64, render: (_, r) => open(r) },
      ]
    : [
        { title: 'Người viết', key: 'subject', render: (_, r) => subject(r) },
        ...(showUnit ? [{ title: 'Đơn vị', dataIndex: 'unitName', width: 160 }] : []),
        { title: 'Biểu mẫu', key: 'form', width: 230, render: (_, r) => <FormCell r={r} /> },
        { title: 'Trạng thái', key: 'state', width: 150, render: (_, r) => <StateTags r={r} /> },
        {
          title: 'Mức đề xuất',
          dataIndex: 'proposedLevel',
          width: 150,
          render: (l: ReviewListItem['proposedLevel']) =>
            levelLabel(l) || <Typography.Text type="secondary">—</Typography.Text>,
        },
        {
          title: 'Nộp lúc',
          dataIndex: 'submittedAt',
          width: 110,
          render: (t: string | null) => (t ? formatVnDateTime(t).slice(0, 16) : ''),
        },
        { title: '', key: 'actions', width: 64, render: (_, r) => open(r) },
      ];
  return (
    <div data-testid="reviews-table">
      <Table<ReviewListItem>
        rowKey="id"
        size={phone ? 'small' : 'middle'}
        columns={columns}
        dataSource={items}
        loading={loading}
        scroll={phone ? undefined : { x: showUnit ? 1000 : 840 }}
        locale={{ emptyText: 'Không có bản kiểm điểm nào phù hợp.' }}
        onRow={(r) => ({ 'data-state': r.state, 'data-unit': r.unitName }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          showSizeChanger: !phone,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total, [from, to]) => `${from}–${to} trong ${total} bản`,
          onChange: onPage,
        }}
      />
    </div>
  );
}
