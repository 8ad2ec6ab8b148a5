/** One question: subject, unit, asker, time, state tags, content, the answer, and the actions. */
import { EyeInvisibleOutlined, EyeOutlined, MessageOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { formatQuestionTime, STATE_COLORS, STATE_LABELS } from './format.js';
import type { Question } from './types.js';

const preWrap = { whiteSpace: 'pre-wrap' as const, marginBottom: 0 };

export function QuestionCard({
  question: q,
  canAnswer,
  busy,
  forwardButton,
  onAnswer,
  onPublish,
}: {
  question: Question;
  canAnswer: boolean;
  busy: boolean;
  forwardButton: ReactNode;
  onAnswer: () => void;
  onPublish: (published: boolean) => void;
}) {
  const { token } = theme.useToken();
  const answered = q.state === 'answered';
  const actions: ReactNode[] = [];
  if (canAnswer && q.state === 'open') actions.push(forwardButton);
  if (canAnswer && !answered) {
    actions.push(
      <Button
        key="answer"
        type="primary"
        icon={<MessageOutlined />}
        onClick={onAnswer}
        data-testid="answer-button"
      >
        Trả lời
      </Button>,
    );
  }
  if (canAnswer && answered) {
    actions.push(
      <Button
        key="publish"
        icon={q.published ? <EyeInvisibleOutlined /> : <EyeOutlined />}
        loading={busy}
        onClick={() => onPublish(!q.published)}
        data-testid="publish-button"
      >
        {q.published ? 'Thôi công khai' : 'Công khai'}
      </Button>,
    );
  }

  return (
    <Card size="small" data-testid="question-item" data-question-id={q.id}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Typography.Title level={5} style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
            {q.subject}
          </Typography.Title>
          <Flex gap={4} wrap>
            <Tag color={STATE_COLORS[q.state]} style={{ marginInlineEnd: 0 }}>
              {STATE_LABELS[q.state]}
            </Tag>
            {q.published ? (
              <Tag color="cyan" style={{ marginInlineEnd: 0 }}>
                Công khai
              </Tag>
            ) : null}
          </Flex>
        </Flex>
        <Typography.Text type="secondary">
          {q.unitName} · {q.askedByName} · {formatQuestionTime(q.createdAt)}
        </Typography.Text>
        <Typography.Paragraph style={preWrap}>{q.body}</Typography.Paragraph>
        {answered && q.answer ? (
          <div
            data-testid="question-answer"
            style={{
              background: token.colorSuccessBg,
              border: `1px solid ${token.colorSuccessBorder}`,
              borderRadius: token.borderRadius,
              padding: '8px 12px',
            }}
          >
            <Typography.Text strong>Trả lời</Typography.Text>
            <Typography.Text type="secondary">
              {q.answeredByName ? ` · ${q.answeredByName}` : ''}
              {q.answeredAt ? ` · ${formatQuestionTime(q.answeredAt)}` : ''}
            </Typography.Text>
            <Typography.Paragraph style={{ ...preWrap, marginTop: 4 }}>{q.answer}</Typography.Paragraph>
          </div>
        ) : null}
        {actions.length > 0 ? (
          <Flex gap={8} wrap justify="flex-end">
            {actions}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
