/**
 * The secret ballot on "Lao động tiên tiến": prepared from the roll call (those present vote), then
 * run on the ballot console (open, close, the paper count); here only its progress — never how.
 */
import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import type { VoteMode } from '../../../../domain/ballot/types.js';
import { NavButton } from '../../../components/NavButton.js';
import { ballotPath, progressText } from '../../ballots/format.js';
import { BallotStateTag } from '../../ballots/parts.js';
import { usePrepareBallot } from '../api.js';
import type { MeetingView } from '../types.js';
import { Section } from './parts.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

/** The mode select's words (the ballot pages use the longer VOTE_MODE_LABELS). */
export const MEETING_VOTE_MODES: { value: VoteMode; label: string; help: string }[] = [
  {
    value: 'electronic',
    label: 'Phiếu điện tử',
    help: 'Mọi thành viên có mặt bỏ phiếu trên điện thoại; cần có tài khoản.',
  },
  { value: 'paper', label: 'Phiếu giấy', help: 'Ban kiểm phiếu phát phiếu giấy, kiểm rồi nhập kết quả.' },
  {
    value: 'mixed',
    label: 'Cả hai',
    help: 'Thành viên có tài khoản bỏ phiếu trên điện thoại, người không có tài khoản bỏ phiếu giấy; cộng chung.',
  },
];

export function BallotItem({ meeting: m }: { meeting: MeetingView }) {
  const b = m.ballot;
  return (
    <Section title="Bỏ phiếu kín" testId="ballot-section">
      {b ? (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'state', label: 'Trạng thái', children: <BallotStateTag state={b.state} /> },
              { key: 'mode', label: 'Hình thức', children: modeLabel(b.mode) },
              {
                key: 'progress',
                label: 'Tiến độ',
                children: <span data-testid="meeting-ballot-progress">{progressText(b)}</span>,
              },
              ...(b.mode !== 'electronic'
                ? [
                    {
                      key: 'paper',
                      label: 'Phiếu giấy',
                      children: b.paperEntered
                        ? 'Đã nhập kết quả kiểm phiếu giấy'
                        : 'Chưa nhập kết quả kiểm phiếu giấy',
                    },
                  ]
                : []),
            ]}
          />
          {m.me.canRun ? (
            <Flex gap={8} align="center" wrap>
              <NavButton type="primary" icon={<InboxOutlined />} to={ballotPath(b.id)}>
                Mở trang điều hành bỏ phiếu
              </NavButton>
              <Typography.Text type="secondary">
                Điểm danh, mở và kết thúc bỏ phiếu, nhập kết quả phiếu giấy ở trang điều hành bỏ phiếu.
              </Typography.Text>
            </Flex>
          ) : null}
        </Flex>
      ) : m.me.canRun ? (
        <PrepareBallotForm meeting={m} />
      ) : (
        <Typography.Text type="secondary">Chưa chuẩn bị bỏ phiếu kín.</Typography.Text>
      )}
    </Section>
  );
}

const modeLabel = (mode: VoteMode) => MEETING_VOTE_MODES.find((x) => x.value === mode)?.label ?? mode;

function PrepareBallotForm({ meeting: m }: { meeting: MeetingView }) {
  const prepare = usePrepareBallot(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const [mode, setMode] = useState<VoteMode>('mixed');
  const submit = async () => {
    const done = await fb.run(() => prepare.mutateAsync({ mode }));
    if (done !== undefined) void message.success('Đã chuẩn bị bỏ phiếu kín.');
  };
  return (
    <Form layout="vertical" name="prepare-ballot" onFinish={submit}>
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Typography.Paragraph type="secondary">
        Danh sách bỏ phiếu là {m.presentTotal} thành viên có mặt theo điểm danh của cuộc họp.
      </Typography.Paragraph>
      <Form.Item
        label="Hình thức bỏ phiếu"
        htmlFor="meeting-ballot-mode"
        extra={MEETING_VOTE_MODES.find((x) => x.value === mode)?.help}
      >
        <Select<VoteMode>
          id="meeting-ballot-mode"
          value={mode}
          onChange={setMode}
          options={MEETING_VOTE_MODES.map(({ value, label }) => ({ value, label }))}
          style={{ maxWidth: 360 }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={prepare.isPending}>
        Chuẩn bị bỏ phiếu kín
      </Button>
    </Form>
  );
}
