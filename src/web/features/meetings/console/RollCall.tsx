/**
 * The roll call: each member and guest present or absent (absent with a reason), who marked them
 * (the secretary, or themselves with the QR code), the count, and the QR code members scan in the
 * room. Read-only for those who only follow the meeting, and once it has ended.
 */
import { Button, Card, Checkbox, Flex, Input, QRCode, Tag, Typography } from 'antd';
import { useState } from 'react';
import { checkInUrl, useMarkAttendance } from '../api.js';
import type { MeetingView } from '../types.js';
import { checkedInText, presenceText } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

type Attendee = MeetingView['attendees'][number];

export function RollCall({ meeting: m }: { meeting: MeetingView }) {
  const editable = m.me.canRun && m.state !== 'locked';
  const mark = useMarkAttendance(m.id);
  const fb = useFeedback(m.id);
  // What was just clicked shows at once, until the server's answer is in.
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  const attendees = m.attendees.map((a) => ({ ...a, present: clicked[a.personId] ?? a.present }));
  const save = (personId: string, present: boolean, absenceReason?: string) => {
    setClicked((c) => ({ ...c, [personId]: present }));
    void fb
      .run(() => mark.mutateAsync({ personId, present, ...(absenceReason ? { absenceReason } : {}) }))
      .finally(() =>
        setClicked((c) => {
          const { [personId]: _done, ...rest } = c;
          return rest;
        }),
      );
  };
  return (
    <Card title="Điểm danh" data-testid="roll-call">
      <Typography.Text strong data-testid="presence-text">
        {presenceText(attendees)}
      </Typography.Text>
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Flex vertical>
        {attendees.map((a, i) => (
          <AttendeeRow
            key={a.personId}
            attendee={a}
            first={i === 0}
            editable={editable}
            ended={m.state === 'locked'}
            onSave={save}
          />
        ))}
      </Flex>
      {editable && m.checkinCode ? <CheckInCode meetingId={m.id} code={m.checkinCode} /> : null}
    </Card>
  );
}

function AttendeeRow({
  attendee: a,
  first,
  editable,
  ended,
  onSave,
}: {
  attendee: Attendee;
  first: boolean;
  editable: boolean;
  ended: boolean;
  onSave: (personId: string, present: boolean, reason?: string) => void;
}) {
  // The absence reason being typed (null: not editing).
  const [reason, setReason] = useState<string | null>(null);
  const how = checkedInText(a);
  return (
    <Flex
      vertical
      gap={4}
      data-person={a.fullName}
      data-present={String(a.present)}
      style={{ padding: '8px 0', borderTop: first ? undefined : '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <span>
            <Typography.Text strong>{a.fullName}</Typography.Text>
            {a.role === 'guest' ? <Tag style={{ marginInlineStart: 8 }}>Khách mời</Tag> : null}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {a.positionTitle}
            {how ? ` · ${how}` : ''}
            {!a.present && a.absenceReason ? ` · vắng mặt, lý do: ${a.absenceReason}` : ''}
          </Typography.Text>
        </Flex>
        {editable ? (
          <Flex gap={8} align="center">
            {!a.present && reason === null ? (
              <Button
                size="small"
                type="link"
                aria-label={`Ghi lý do vắng — ${a.fullName}`}
                onClick={() => setReason(a.absenceReason ?? '')}
              >
                {a.absenceReason ? 'Sửa lý do vắng' : 'Ghi lý do vắng'}
              </Button>
            ) : null}
            <Checkbox
              checked={a.present}
              aria-label={`Có mặt: ${a.fullName}`}
              onChange={(e) => {
                setReason(null);
                onSave(a.personId, e.target.checked);
              }}
            >
              Có mặt
            </Checkbox>
          </Flex>
        ) : (
          <Tag color={a.present ? 'green' : 'default'}>
            {a.present ? 'Có mặt' : a.absenceReason || ended ? 'Vắng mặt' : 'Chưa có mặt'}
          </Tag>
        )}
      </Flex>
      {editable && !a.present && reason !== null ? (
        <Flex gap={8}>
          <Input
            size="small"
            autoFocus
            aria-label={`Lý do vắng mặt: ${a.fullName}`}
            placeholder="Lý do vắng mặt"
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onPressEnter={() => {
              onSave(a.personId, false, reason.trim());
              setReason(null);
            }}
          />
          <Button
            size="small"
            type="primary"
            aria-label={`Lưu lý do — ${a.fullName}`}
            onClick={() => {
              onSave(a.personId, false, reason.trim());
              setReason(null);
            }}
          >
            Lưu lý do
          </Button>
          <Button size="small" onClick={() => setReason(null)}>
            Hủy
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

function CheckInCode({ meetingId, code }: { meetingId: string; code: string }) {
  const url = `${window.location.origin}${checkInUrl(meetingId, code)}`;
  return (
    <Flex gap={12} align="center" style={{ marginTop: 12 }} data-testid="check-in-qr">
      <QRCode value={url} size={144} bordered={false} />
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Typography.Text type="secondary">
          Thành viên quét mã bằng điện thoại (đã đăng nhập) để tự điểm danh.
        </Typography.Text>
        <Typography.Text
          copyable={{ text: url, tooltips: ['Sao chép đường dẫn điểm danh', 'Đã sao chép'] }}
          style={{ wordBreak: 'break-all', fontSize: 12 }}
          data-testid="check-in-url"
        >
          {url}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
