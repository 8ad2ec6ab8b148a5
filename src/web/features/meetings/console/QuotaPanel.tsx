/**
 * The HTXSNV quota per group with similar duties, live: each member counts at the level the meeting
 * proposed, or (not yet reviewed) at their own. Over the quota, the group's message says by how much.
 */
import { Card, Flex, Tag, Typography } from 'antd';
import { LEVEL_LABELS } from '../../../../domain/rules/types.js';
import type { MeetingView, PersonRef } from '../types.js';

export function QuotaPanel({ meeting: m, person }: { meeting: MeetingView; person?: PersonRef | null }) {
  const groups = m.quota?.groups ?? [];
  const counted = person ? m.quota?.levels.find((l) => l.personId === person.personId) : undefined;
  return (
    <Card size="small" title="Tỷ lệ hoàn thành xuất sắc nhiệm vụ" data-testid="quota-panel">
      <Flex vertical gap={10}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          Tính theo mức cuộc họp đề xuất; người chưa được kiểm điểm tính theo mức tự đánh giá.
        </Typography.Text>
        {person && counted ? (
          <Typography.Text data-testid="quota-counted">
            Đồng chí {person.fullName} đang được tính:{' '}
            <strong>{counted.level ? LEVEL_LABELS[counted.level] : 'chưa có mức'}</strong>
            {counted.level ? (counted.fromMeeting ? ' (cuộc họp đề xuất)' : ' (theo tự đánh giá)') : ''}.
          </Typography.Text>
        ) : null}
        {groups.length === 0 ? <Typography.Text type="secondary">Chưa có số liệu.</Typography.Text> : null}
        {groups.map((g) => (
          <Flex
            key={g.group}
            vertical
            gap={2}
            data-group={g.group}
            data-ok={String(g.ok)}
            style={{
              borderInlineStart: `3px solid ${g.ok ? '#52c41a' : '#ff4d4f'}`,
              paddingInlineStart: 8,
            }}
          >
            <Flex justify="space-between" align="start" gap={8}>
              <Typography.Text strong>{g.group}</Typography.Text>
              <Tag color={g.ok ? 'green' : 'red'} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
                {g.ok ? 'Trong tỷ lệ' : 'Vượt tỷ lệ'}
              </Tag>
            </Flex>
            <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
              {g.members} người · HTXSNV {g.HTXSNV} (tối đa {g.allowed}) · HTTNV {g.HTTNV}
            </Typography.Text>
            {!g.ok ? (
              <Typography.Text type="danger" style={{ fontSize: 13 }}>
                {g.message}
              </Typography.Text>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
