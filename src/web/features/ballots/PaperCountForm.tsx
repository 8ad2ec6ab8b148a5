/**
 * The counting committee's paper count (paper and mixed modes, once the ballot is open): papers
 * handed out, collected, valid, invalid, and agree / disagree per eligible candidate. What does not
 * add up is shown as it is typed; it is saved anyway (the result shows it as a warning).
 */
import { Alert, App, Button, Card, Col, Flex, Form, InputNumber, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Candidate } from '../../../domain/ballot/types.js';
import { useRecordPaper } from './api.js';
import { type PaperFormValues, paperBody, paperProblems } from './format.js';
import type { BallotView } from './types.js';
import { useBallotActionError } from './useBallotAction.js';

const COUNT_FIELDS = [
  ['issued', 'Số phiếu phát ra'],
  ['returned', 'Số phiếu thu vào'],
  ['valid', 'Số phiếu hợp lệ'],
  ['invalid', 'Số phiếu không hợp lệ'],
] as const;

const count = (label: string) => (
  <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} aria-label={label} />
);

export function PaperCountForm({ ballot }: { ballot: BallotView }) {
  const { message } = App.useApp();
  const fail = useBallotActionError(ballot.id);
  const record = useRecordPaper(ballot.id);
  const [form] = Form.useForm<PaperFormValues>();
  const values = Form.useWatch([], form) as PaperFormValues | undefined;
  const [saved, setSaved] = useState(false);
  const eligible = ballot.candidates.filter((c) => c.eligible);
  const body = paperBody(values ?? {}, ballot.candidates);
  const problems = values ? paperProblems(body, ballot.candidates, ballot.presentTotal) : [];

  const submit = async (v: PaperFormValues) => {
    try {
      await record.mutateAsync({ version: ballot.version, paper: paperBody(v, ballot.candidates) });
      setSaved(true);
      message.success('Đã lưu kết quả kiểm phiếu giấy.');
    } catch (e) {
      fail(e, form);
    }
  };

  return (
    <Card title="Kết quả kiểm phiếu giấy" data-testid="paper-form">
      <Form<PaperFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setSaved(false)}
        initialValues={{ issued: 0, returned: 0, valid: 0, invalid: 0 }}
      >
        <Row gutter={12}>
          {COUNT_FIELDS.map(([name, label]) => (
            <Col xs={12} md={6} key={name}>
              <Form.Item name={name} label={label} rules={[{ required: true, message: 'Nhập số phiếu.' }]}>
                {count(label)}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Table<Candidate>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={eligible}
          style={{ marginBottom: 16 }}
          columns={[
            { title: 'Người được bỏ phiếu (phiếu giấy hợp lệ)', dataIndex: 'name', key: 'name' },
            {
              title: 'Đồng ý',
              key: 'agree',
              width: 140,
              render: (_, c) => (
                <Form.Item name={['agree', c.id]} noStyle>
                  {count(`Phiếu giấy đồng ý: ${c.name}`)}
                </Form.Item>
              ),
            },
            {
              title: 'Không đồng ý',
              key: 'disagree',
              width: 140,
              render: (_, c) => (
                <Form.Item name={['disagree', c.id]} noStyle>
                  {count(`Phiếu giấy không đồng ý: ${c.name}`)}
                </Form.Item>
              ),
            },
          ]}
        />
        {problems.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="Số liệu phiếu giấy chưa khớp"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            Lưu kết quả kiểm phiếu giấy
          </Button>
          {saved ? (
            <Typography.Text type="success" data-testid="paper-saved">
              Đã lưu.
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              Ban kiểm phiếu nhập sau khi kiểm phiếu giấy; có thể sửa lại và lưu lần nữa.
            </Typography.Text>
          )}
        </Flex>
      </Form>
    </Card>
  );
}
