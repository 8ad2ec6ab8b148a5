/**
 * The member's answer to the conclusion of their own review: "Tiếp thu kết luận", or "Có ý kiến khác"
 * with a text. Once answered, the reviews the meeting reopened for the "tiếp thu" revision.
 */
import { CheckOutlined, CommentOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FORM_LABELS } from '../../../../domain/forms/catalogue.js';
import type { FormCode } from '../../../../domain/forms/types.js';
import { reviewPath } from '../../reviews/MyReviewsList.js';
import { useRespond } from '../api.js';
import type { MeetingItemView, MeetingView } from '../types.js';
import { answerState, answerText, itemEntries, latestOf, levelText } from './format.js';
import { ConclusionText } from './ItemRecord.js';
import { Section } from './parts.js';

export function AnswerCard({ meeting: m, item }: { meeting: MeetingView; item: MeetingItemView }) {
  const state = answerState(m, item);
  const entries = itemEntries(m, item.position);
  const conclusion = latestOf(entries, 'conclusion');
  const proposal = latestOf(entries, 'proposal');
  const response = latestOf(entries, 'response');
  return (
    <Section title="Kết luận kiểm điểm của bạn" testId="my-answer">
      <Flex vertical gap={12} data-answer-state={state}>
        {conclusion && proposal ? (
          <>
            <ConclusionText body={conclusion.body} />
            <div>
              <Typography.Text type="secondary">Mức xếp loại đề xuất: </Typography.Text>
              <Typography.Text strong data-testid="my-proposed-level">
                {levelText(proposal.body.level)}
              </Typography.Text>
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">
            Đang kiểm điểm bạn. Khi chủ trì kết luận và đề xuất mức xếp loại, bạn tiếp thu hoặc nêu ý kiến
            khác tại đây.
          </Typography.Text>
        )}
        {state === 'offer' ? <AnswerActions meetingId={m.id} position={item.position} /> : null}
        {state === 'closed' ? (
          <Typography.Text type="secondary">
            Cuộc họp đã kết thúc; không ghi thêm ý kiến được.
          </Typography.Text>
        ) : null}
        {state === 'answered' && response ? (
          <>
            <Alert type="info" showIcon title={answerText(response.body)} data-testid="my-answer-text" />
            <Reopened reviews={item.reviews} />
          </>
        ) : null}
      </Flex>
    </Section>
  );
}

function AnswerActions({ meetingId, position }: { meetingId: string; position: number }) {
  const respond = useRespond(meetingId);
  const [objecting, setObjecting] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const send = (accepts: boolean) => {
    if (!accepts && !text.trim()) {
      setMissing(true);
      return;
    }
    respond.mutate({ itemPosition: position, accepts, ...(accepts ? {} : { text: text.trim() }) });
  };
  return (
    <Flex vertical gap={12}>
      {respond.error ? (
        <Alert type="error" showIcon title={respond.error.message} data-testid="answer-error" />
      ) : null}
      {objecting ? (
        <Flex vertical gap={8}>
          <label htmlFor="answer-text">
            <Typography.Text strong>Ý kiến của bạn</Typography.Text>
          </label>
          <Input.TextArea
            id="answer-text"
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={3000}
            value={text}
            status={missing ? 'error' : undefined}
            aria-invalid={missing}
            aria-describedby={missing ? 'answer-text-error' : undefined}
            onChange={(e) => {
              setText(e.target.value);
              if (e.target.value.trim()) setMissing(false);
            }}
          />
          {missing ? (
            <Typography.Text type="danger" id="answer-text-error">
              Vui lòng ghi ý kiến của bạn.
            </Typography.Text>
          ) : null}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              size="large"
              icon={<CommentOutlined />}
              loading={respond.isPending}
              onClick={() => send(false)}
            >
              Gửi ý kiến
            </Button>
            <Button size="large" disabled={respond.isPending} onClick={() => setObjecting(false)}>
              Hủy
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Flex gap={8} vertical>
          <Button
            type="primary"
            size="large"
            block
            icon={<CheckOutlined />}
            loading={respond.isPending}
            onClick={() => send(true)}
          >
            Tiếp thu kết luận
          </Button>
          <Button
            size="large"
            block
            icon={<CommentOutlined />}
            disabled={respond.isPending}
            onClick={() => setObjecting(true)}
          >
            Có ý kiến khác
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

/** The reviews reopened for "tiếp thu" (state revising), else links to see them. */
function Reopened({ reviews }: { reviews: MeetingItemView['reviews'] }) {
  if (reviews.length === 0) return null;
  const reopened = reviews.filter((r) => r.state === 'revising');
  const shown = reopened.length > 0 ? reopened : reviews;
  const links = (
    <Flex vertical gap={4}>
      {shown.map((r) => (
        <Link key={r.id} to={reviewPath(r.id)} data-testid="reopened-review">
          {shown.length === 1
            ? reopened.length > 0
              ? 'Mở bản tự kiểm điểm'
              : 'Xem bản tự kiểm điểm'
            : (FORM_LABELS[r.formCode as FormCode] ?? r.formCode)}
        </Link>
      ))}
    </Flex>
  );
  if (reopened.length === 0) return links;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="review-reopened"
      title="Bản tự kiểm điểm của bạn đã được mở lại để tiếp thu"
      description={links}
    />
  );
}
