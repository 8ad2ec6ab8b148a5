/** The agenda in order: finished items ticked, the current one marked. */
import { CheckCircleFilled, RightCircleFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { MeetingView } from '../types.js';

export function AgendaList({
  meeting: m,
}: {
  meeting: Pick<MeetingView, 'items' | 'currentPosition' | 'state'>;
}) {
  return (
    <ol aria-label="Chương trình cuộc họp" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {m.items.map((item) => {
        const current = m.state === 'running' && item.position === m.currentPosition;
        return (
          <li
            key={item.position}
            data-testid="agenda-item"
            data-position={item.position}
            data-done={String(item.done)}
            data-current={String(current)}
            aria-current={current ? 'step' : undefined}
            style={{
              padding: '8px 10px',
              borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
              background: current ? '#e6f4ff' : undefined,
              borderInlineStart: `4px solid ${current ? '#1d4ed8' : 'transparent'}`,
            }}
          >
            <Flex gap={8} align="start">
              <span style={{ width: 22, flex: 'none', textAlign: 'center' }}>
                {item.done ? (
                  <CheckCircleFilled style={{ color: '#389e0d' }} />
                ) : current ? (
                  <RightCircleFilled style={{ color: '#1d4ed8' }} />
                ) : (
                  <Typography.Text type="secondary">{item.position}.</Typography.Text>
                )}
              </span>
              <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text strong={current}>{item.title}</Typography.Text>
                {current || item.done ? (
                  <Flex gap={6} wrap>
                    {current ? (
                      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                        Đang họp
                      </Tag>
                    ) : null}
                    {item.done ? (
                      <Tag color="green" style={{ marginInlineEnd: 0 }}>
                        Đã xong
                      </Tag>
                    ) : null}
                  </Flex>
                ) : null}
              </Flex>
            </Flex>
          </li>
        );
      })}
    </ol>
  );
}
