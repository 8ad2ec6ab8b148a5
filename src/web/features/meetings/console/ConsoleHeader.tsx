/**
 * The console's head: title, state, unit, time and place, who chairs (and who chairs the current
 * item when a deputy stands in), the secretary; the links to the room screen, the member's page and
 * the minutes.
 */
import { DesktopOutlined, FilePdfOutlined, FileWordOutlined, MobileOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tag } from 'antd';
import { PageHeader } from '../../../components/PageHeader.js';
import { minutesUrl } from '../api.js';
import type { MeetingView } from '../types.js';
import { EditPrepButton } from './EditPrepButton.js';
import { actingChairText, meetingProjectorPath, meetingTimeText, memberPagePath } from './format.js';

export const MEETING_STATE_COLORS: Record<MeetingView['state'], string> = {
  prepared: 'default',
  running: 'processing',
  locked: 'success',
};

export function MeetingStateTag({ meeting: m }: { meeting: Pick<MeetingView, 'state' | 'stateLabel'> }) {
  return (
    <Tag color={MEETING_STATE_COLORS[m.state]} data-testid="meeting-state" data-state={m.state}>
      {m.stateLabel}
    </Tag>
  );
}

export function MinutesLinks({ meetingId }: { meetingId: string }) {
  return (
    <>
      <Button icon={<FileWordOutlined />} href={minutesUrl(meetingId, 'docx')}>
        Tải biên bản (Word)
      </Button>
      <Button icon={<FilePdfOutlined />} href={minutesUrl(meetingId, 'pdf')}>
        Tải biên bản (PDF)
      </Button>
    </>
  );
}

export function ConsoleHeader({ meeting: m }: { meeting: MeetingView }) {
  const acting = m.state === 'running' ? actingChairText(m) : null;
  const person = (p: MeetingView['chair']) => (p ? `đồng chí ${p.fullName}` : '—');
  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <MeetingStateTag meeting={m} />
            <span>{m.kindLabel}</span>
          </Flex>
        }
        extra={
          <>
            <Button
              icon={<DesktopOutlined />}
              href={meetingProjectorPath(m.id)}
              target="_blank"
              rel="noopener"
            >
              Màn hình phòng họp
            </Button>
            <Button icon={<MobileOutlined />} href={memberPagePath(m.id)}>
              Trang của thành viên
            </Button>
            <MinutesLinks meetingId={m.id} />
            {m.state === 'prepared' && m.me.canPrepare ? <EditPrepButton meeting={m} /> : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'unit', label: 'Đơn vị', children: m.unit?.name ?? '—' },
            { key: 'time', label: 'Thời gian', children: meetingTimeText(m.startsAt) },
            { key: 'place', label: 'Địa điểm', children: m.place },
            { key: 'state', label: 'Trạng thái', children: m.stateLabel },
            { key: 'chair', label: 'Chủ trì', children: person(m.chair) },
            { key: 'secretary', label: 'Thư ký', children: person(m.secretary) },
            ...(m.deputyChair
              ? [
                  {
                    key: 'deputy',
                    label: 'Chủ trì phần kiểm điểm người chủ trì',
                    children: person(m.deputyChair),
                  },
                ]
              : []),
            ...(m.startedAt
              ? [{ key: 'started', label: 'Bắt đầu lúc', children: meetingTimeText(m.startedAt) }]
              : []),
            ...(m.endedAt
              ? [{ key: 'ended', label: 'Kết thúc lúc', children: meetingTimeText(m.endedAt) }]
              : []),
          ]}
        />
        {acting ? (
          <Alert type="info" showIcon title={acting} style={{ marginTop: 8 }} data-testid="acting-chair" />
        ) : null}
      </Card>
    </>
  );
}
