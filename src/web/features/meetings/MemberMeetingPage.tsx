/**
 * /cuoc-hop/:id/thanh-vien — the member's phone during the meeting: my attendance, the current item
 * and who speaks and chairs, the record of the current item, the agenda, the way to the secret
 * ballot, and — when my own review has its conclusion and proposed level — my answer to it.
 * Refreshes every 4 s until the meeting is locked.
 */
import { DesktopOutlined, SettingOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { QueryError } from '../../components/QueryError.js';
import { useMeeting } from './api.js';
import { AgendaList } from './room/AgendaList.js';
import { AnswerCard } from './room/AnswerCard.js';
import { BallotAction } from './room/BallotAction.js';
import {
  answerState,
  consolePath,
  currentItem,
  itemEntries,
  MEMBER_POLL_MS,
  meetingProjectorPath,
  myItem,
  whenWhereText,
} from './room/format.js';
import { ItemRecord } from './room/ItemRecord.js';
import { MyAttendance } from './room/MyAttendance.js';
import { NowCard } from './room/NowCard.js';
import { MeetingStateTag, Section } from './room/parts.js';

export function MemberMeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id, MEMBER_POLL_MS);
  const m = meeting.data;
  // A failed refresh keeps what is on screen; only a failed first load shows the error.
  if (meeting.error && !m) return <QueryError error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!m) return <LoadingBlock />;
  const current = currentItem(m);
  const mine = myItem(m);
  // My review leads the page while it is on, or while my answer is awaited; afterwards it moves down.
  const answerFirst =
    mine !== null && (mine.position === current?.position || answerState(m, mine) === 'offer');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: '0 auto' }} data-testid="member-meeting">
      <header>
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0, lineHeight: 1.35 }}>
          {m.title}
        </Typography.Title>
        <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
          <MeetingStateTag meeting={m} />
          <Typography.Text type="secondary" data-testid="when-where">
            {whenWhereText(m)}
          </Typography.Text>
        </Flex>
      </header>
      {m.ballot ? <BallotAction ballot={m.ballot} /> : null}
      {mine && answerFirst ? <AnswerCard meeting={m} item={mine} /> : null}
      <Section title="Điểm danh">
        <MyAttendance meeting={m} />
      </Section>
      <Section title={m.state === 'running' ? 'Nội dung đang họp' : 'Cuộc họp'}>
        <NowCard meeting={m} />
      </Section>
      {current ? (
        <Section title="Biên bản nội dung đang họp" testId="current-record">
          <ItemRecord entries={itemEntries(m, current.position)} />
        </Section>
      ) : null}
      {mine && !answerFirst ? <AnswerCard meeting={m} item={mine} /> : null}
      <Section title="Chương trình cuộc họp">
        <AgendaList meeting={m} />
      </Section>
      {m.me.canRun ? (
        <Flex gap={8} wrap>
          <NavButton to={consolePath(m.id)} icon={<SettingOutlined />}>
            Trang điều hành cuộc họp
          </NavButton>
          <NavButton to={meetingProjectorPath(m.id)} icon={<DesktopOutlined />}>
            Màn hình chiếu
          </NavButton>
        </Flex>
      ) : null}
    </Flex>
  );
}
