/**
 * /hoi-dap (plan III.3): during the cycle a unit raises a question or problem to the Chánh Văn
 * phòng through HCQT; HCQT answers or forwards it to the Chief; answers may be published to every
 * unit. Everyone sees their own unit's questions and the published ones; HCQT sees all.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tabs } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { isApiError } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { AnswerModal, type AnswerValues } from './AnswerModal.js';
import { AskModal } from './AskModal.js';
import { ForwardButton } from './ForwardButton.js';
import { inTab, sortQuestions, TAB_LABELS, TABS, tabCounts } from './format.js';
import { QuestionCard } from './QuestionCard.js';
import type { Question, QuestionTab } from './types.js';
import { useAnswerQuestion, useForwardQuestion, usePublishQuestion, useQuestions } from './useQuestions.js';

const EMPTY_TEXT: Record<QuestionTab, string> = {
  all: 'Chưa có câu hỏi, vướng mắc nào.',
  waiting: 'Không có câu hỏi nào đang chờ trả lời.',
  answered: 'Chưa có câu hỏi nào được trả lời.',
  published: 'Chưa có câu trả lời nào được công khai.',
};

export function QuestionsPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const questions = useQuestions();
  const forward = useForwardQuestion();
  const answer = useAnswerQuestion();
  const publish = usePublishQuestion();
  const [tab, setTab] = useState<QuestionTab>('all');
  const [asking, setAsking] = useState(false);
  const [answering, setAnswering] = useState<Question | null>(null);

  const all = questions.data?.items;
  const counts = useMemo(() => tabCounts(all ?? []), [all]);
  const shown = useMemo(() => sortQuestions((all ?? []).filter((q) => inTab(q, tab))), [all, tab]);
  const canAnswer = questions.data?.canAnswer ?? can('questions.answer');
  const canAsk = questions.data?.canAsk ?? false;

  /** A failed action: a stale version reloads the list (the mutations refresh it) and says so. */
  const failed = (e: unknown) => {
    if (isApiError(e) && e.code === 'stale_version') {
      message.warning(`${e.message} Danh sách đã được tải lại; vui lòng kiểm tra rồi thao tác lại.`);
      void questions.refetch();
    } else onError(e);
  };

  const doForward = async (q: Question, note: string) => {
    try {
      await forward.mutateAsync({ id: q.id, version: q.version, note: note || undefined });
      message.success('Đã chuyển câu hỏi đến Chánh Văn phòng.');
    } catch (e) {
      failed(e);
    }
  };

  const doAnswer = (q: Question, v: AnswerValues) =>
    answer.mutate(
      { id: q.id, version: q.version, answer: v.answer, publish: v.publish },
      {
        onSuccess: () => {
          message.success(
            v.publish ? 'Đã trả lời và công khai cho tất cả các đơn vị.' : 'Đã trả lời câu hỏi.',
          );
          setAnswering(null);
        },
        onError: (e) => {
          if (isApiError(e) && e.code === 'stale_version') setAnswering(null);
          failed(e);
        },
      },
    );

  const doPublish = (q: Question, published: boolean) =>
    publish.mutate(
      { id: q.id, version: q.version, published },
      {
        onSuccess: () =>
          message.success(
            published ? 'Đã công khai câu trả lời cho tất cả các đơn vị.' : 'Đã thôi công khai.',
          ),
        onError: failed,
      },
    );

  const busyId = (m: { isPending: boolean; variables?: { id: string } }) =>
    m.isPending ? m.variables?.id : undefined;

  let body: ReactNode;
  if (questions.error) body = <QueryError error={questions.error} onRetry={() => questions.refetch()} />;
  else if (!all) body = <LoadingBlock />;
  else if (shown.length === 0) {
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={EMPTY_TEXT[tab]}>
        {tab === 'all' && canAsk ? (
          <Button type="primary" onClick={() => setAsking(true)}>
            Gửi câu hỏi
          </Button>
        ) : null}
      </Empty>
    );
  } else {
    body = (
      <Flex vertical gap={12}>
        {shown.map((q) => (
          <QuestionCard
            key={q.id}
            question={q}
            canAnswer={canAnswer}
            busy={busyId(publish) === q.id}
            forwardButton={
              <ForwardButton
                key="forward"
                loading={busyId(forward) === q.id}
                onForward={(note) => doForward(q, note)}
              />
            }
            onAnswer={() => setAnswering(q)}
            onPublish={(p) => doPublish(q, p)}
          />
        ))}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader
        title="Hỏi đáp, vướng mắc"
        subtitle="Câu hỏi, vướng mắc của các đơn vị gửi Chánh Văn phòng trong kỳ đánh giá."
        extra={
          canAsk ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAsking(true)}
              data-testid="ask-button"
            >
              Gửi câu hỏi
            </Button>
          ) : undefined
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as QuestionTab)}
          items={TABS.map((t) => ({
            key: t,
            label: all ? `${TAB_LABELS[t]} (${counts[t]})` : TAB_LABELS[t],
          }))}
        />
        <div data-testid="questions-list">{body}</div>
      </Card>
      <AskModal open={asking} onClose={() => setAsking(false)} />
      <AnswerModal
        question={answering}
        saving={answer.isPending}
        onClose={() => setAnswering(null)}
        onSubmit={doAnswer}
      />
    </>
  );
}
