/**
 * An open vote by show of hands (đồng ý / không đồng ý / không biểu quyết) on the collective report
 * or the minutes; the results already recorded on the item above the form. The server counts it
 * against the members present with the default pass mark.
 */
import { App, Button, Col, Flex, Form, InputNumber, Row, Tag, Typography } from 'antd';
import { defaultThreshold, thresholdText } from '../../../../domain/ballot/threshold.js';
import { useRecordVote, type VoteInput } from '../api.js';
import type { MeetingView } from '../types.js';
import { voteCountProblem, voteText } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

interface Values {
  agree: number | null;
  disagree: number | null;
  abstain: number | null;
}

const COUNTS: [keyof Values, string][] = [
  ['agree', 'Số người đồng ý'],
  ['disagree', 'Số người không đồng ý'],
  ['abstain', 'Số người không biểu quyết'],
];

export function VoteResults({ meeting: m, itemPosition }: { meeting: MeetingView; itemPosition: number }) {
  const votes = m.entries.flatMap((e) =>
    e.itemPosition === itemPosition && e.body.kind === 'open_vote' ? [e.body] : [],
  );
  if (votes.length === 0) return m.me.canRun ? null : <Typography.Text>Chưa biểu quyết.</Typography.Text>;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="vote-results">
      {votes.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: votes are append-only, in record order
        <span key={i}>
          <Tag color={v.passed ? 'green' : 'red'}>{v.passed ? 'Thông qua' : 'Không thông qua'}</Tag>
          <Typography.Text>
            {v.question}: {voteText(v)}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

export function VoteForm({
  meeting: m,
  itemPosition,
  purpose,
  title,
}: {
  meeting: MeetingView;
  itemPosition: number;
  purpose: VoteInput['purpose'];
  title: string;
}) {
  const [form] = Form.useForm<Values>();
  const record = useRecordVote(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const values = Form.useWatch([], form) as Values | undefined;
  const problem = values ? voteCountProblem(values, m.presentTotal) : null;

  const submit = async (v: Values) => {
    const done = await fb.run(
      () =>
        record.mutateAsync({
          purpose,
          agree: v.agree ?? 0,
          disagree: v.disagree ?? 0,
          abstain: v.abstain ?? 0,
          itemPosition,
        }),
      form,
    );
    if (done === undefined) return;
    void message.success('Đã ghi kết quả biểu quyết.');
    form.resetFields();
  };

  return (
    <Form<Values>
      form={form}
      name={`vote-${purpose}`}
      layout="vertical"
      initialValues={{ agree: null, disagree: 0, abstain: 0 }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {title}. {m.presentTotal}/{m.membersTotal} thành viên có mặt; ngưỡng thông qua:{' '}
        {thresholdText(defaultThreshold().value).toLowerCase()}.
      </Typography.Paragraph>
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Row gutter={12}>
        {COUNTS.map(([name, label]) => (
          <Col xs={24} sm={8} key={name}>
            <Form.Item
              name={name}
              label={label}
              rules={[{ required: true, message: 'Vui lòng nhập số người.' }]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {problem ? (
        <Typography.Paragraph type="danger" role="alert">
          {problem}
        </Typography.Paragraph>
      ) : null}
      <Button type="primary" htmlType="submit" loading={record.isPending} disabled={problem !== null}>
        Ghi kết quả biểu quyết
      </Button>
    </Form>
  );
}
