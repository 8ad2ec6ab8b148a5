/**
 * The steps of a cycle in plan order: what, where in the plan, who leads, by when and how that
 * stands today, what it waits for. Dates moved onto a day off carry an orange "Cần xem lại" tag.
 * In a draft, the secretary edits and removes steps here.
 */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { DEADLINE_STATE_LABELS, deadlineState, STEP_SCOPE_LABELS } from '../../../domain/cycle.js';
import { DEADLINE_STATE_COLORS, deadlineText, dependencyTitles } from './format.js';
import type { CycleStep } from './types.js';

const SMALL = { fontSize: 13 } as const;

export function ReviewTag({ reason }: { reason: string }) {
  return (
    <Tag color="orange" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid="review-tag">
      Cần xem lại: {reason}
    </Tag>
  );
}

/** Content, participants and outputs, shown when a row is expanded. */
function StepDetails({ step }: { step: CycleStep }) {
  const items = [
    step.description ? { key: 'd', label: 'Nội dung', children: step.description } : null,
    step.participants ? { key: 'p', label: 'Thành phần', children: step.participants } : null,
    step.outputs.length > 0
      ? {
          key: 'o',
          label: 'Sản phẩm',
          children: (
            <Flex gap={4} wrap>
              {step.outputs.map((o) => (
                <Tag key={o} style={{ marginInlineEnd: 0 }}>
                  {o}
                </Tag>
              ))}
            </Flex>
          ),
        }
      : null,
  ].filter((x) => x !== null);
  return <Descriptions size="small" column={1} items={items} styles={{ label: { width: 110 } }} />;
}

const hasDetails = (s: CycleStep) => Boolean(s.description || s.participants || s.outputs.length);

export function CycleStepsTable({
  steps,
  today,
  editable,
  onEdit,
  onRemove,
}: {
  steps: CycleStep[];
  /** The server's "today", ISO. */
  today: string;
  /** Draft and canManage: show "Sửa" / "Xóa". */
  editable: boolean;
  onEdit: (step: CycleStep) => void;
  onRemove: (step: CycleStep) => Promise<unknown>;
}) {
  // Dependencies are shown with the number (STT) of the step they name.
  const numbers = new Map(steps.map((s, i) => [s.code, i + 1] as const));
  const columns: TableColumnsType<CycleStep> = [
    {
      title: 'STT',
      key: 'index',
      width: 48,
      align: 'center',
      render: (_, __, i) => i + 1,
    },
    {
      title: 'Bước',
      dataIndex: 'title',
      // Whatever the fixed columns leave, but never squeezed below a readable width.
      minWidth: 200,
      render: (title: string, s) => (
        <Flex vertical gap={2}>
          <Typography.Text>{title}</Typography.Text>
          {s.sectionRef ? (
            <Typography.Text type="secondary" style={SMALL}>
              Mục {s.sectionRef}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: 'Phạm vi',
      dataIndex: 'scope',
      width: 96,
      render: (scope: CycleStep['scope']) => STEP_SCOPE_LABELS[scope],
    },
    { title: 'Chủ trì', dataIndex: 'responsible', width: 140 },
    {
      title: 'Thời hạn',
      key: 'deadline',
      width: 156,
      render: (_, s) => (
        <Flex vertical gap={4} align="flex-start">
          <span style={{ whiteSpace: 'nowrap' }}>{deadlineText(s)}</span>
          {s.reviewReason ? <ReviewTag reason={s.reviewReason} /> : null}
        </Flex>
      ),
    },
    {
      title: 'Trạng thái hạn',
      key: 'state',
      width: 112,
      render: (_, s) => {
        const state = deadlineState(s, null, today);
        return (
          <Tag color={DEADLINE_STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
            {DEADLINE_STATE_LABELS[state]}
          </Tag>
        );
      },
    },
    {
      title: 'Phụ thuộc',
      key: 'dependsOn',
      width: 170,
      render: (_, s) => {
        const titles = dependencyTitles(s, steps);
        if (titles.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Flex vertical gap={4} style={SMALL}>
            {s.dependsOn.map((code, i) => (
              <span key={code}>
                {numbers.has(code) ? `${numbers.get(code)}. ` : ''}
                {titles[i]}
              </span>
            ))}
          </Flex>
        );
      },
    },
  ];
  if (editable) {
    columns.push({
      title: 'Thao tác',
      key: 'actions',
      width: 76,
      fixed: 'right',
      render: (_, s) => (
        <Flex vertical align="flex-start" style={{ marginInline: -7 }}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(s)}>
            Sửa
          </Button>
          <Popconfirm
            title="Xóa bước này?"
            description={
              <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 300 }}>
                “{s.title}” sẽ bị xóa khỏi kế hoạch của kỳ.
              </Typography.Text>
            }
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Hủy"
            onConfirm={() => onRemove(s)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              Xóa
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <div data-testid="cycle-steps-table">
      <Table<CycleStep>
        rowKey="id"
        size="small"
        dataSource={steps}
        columns={columns}
        pagination={false}
        // The code identifies a row for tests and for links to a step.
        onRow={(s) => ({ 'data-step-code': s.code }) as HTMLAttributes<HTMLElement>}
        scroll={{ x: editable ? 1040 : 960 }}
        expandable={{
          expandedRowRender: (s) => <StepDetails step={s} />,
          rowExpandable: hasDetails,
          columnWidth: 40,
        }}
        locale={{ emptyText: 'Kỳ đánh giá chưa có bước nào.' }}
      />
    </div>
  );
}
