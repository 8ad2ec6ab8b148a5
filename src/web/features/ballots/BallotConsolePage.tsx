/**
 * /bo-phieu/:id — the chair's (or the secretary's) console of a secret ballot (issue 6.3): the
 * candidates and their eligibility, the roll call, opening, the live count of ballots (how many,
 * never who or how), closing, the paper count, and the result with the published list.
 */
import { DesktopOutlined, MobileOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  QRCode,
  Result,
  Row,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { thresholdText } from '../../../domain/ballot/threshold.js';
import { VOTE_MODE_LABELS } from '../../../domain/ballot/types.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useBallot, useCloseBallot, useOpenBallot, useSetPresence } from './api.js';
import {
  castPercent,
  LIVE_POLL_MS,
  progressText,
  projectorPath,
  RESULT_POLL_MS,
  rollCallText,
  votePath,
} from './format.js';
import { PaperCountForm } from './PaperCountForm.js';
import { BallotStateTag, CandidatesTable } from './parts.js';
import { ResultSection } from './ResultSection.js';
import { rememberBallot } from './recent.js';
import type { BallotView } from './types.js';
import { useBallotActionError } from './useBallotAction.js';

export function BallotConsolePage() {
  const { id = '' } = useParams();
  const ballot = useBallot(id, { every: LIVE_POLL_MS, while: ['open'] });
  const b = ballot.data;

  useEffect(() => {
    if (b?.canManage) rememberBallot(window.localStorage, { id: b.id, title: b.title });
  }, [b?.canManage, b?.id, b?.title]);

  // A failed refresh keeps what is on screen; only a failed first load shows the error.
  if (ballot.error && !b) {
    return (
      <>
        <PageHeader title="Bỏ phiếu kín" />
        <QueryError error={ballot.error} onRetry={() => ballot.refetch()} />
      </>
    );
  }
  if (!b) return <LoadingBlock />;
  if (!b.canManage) {
    return (
      <Result
        status="info"
        title={b.title}
        subTitle="Trang điều hành cuộc bỏ phiếu dành cho chủ tọa và thư ký."
        extra={
          <>
            <NavButton type="primary" to={votePath(b.id)} icon={<MobileOutlined />}>
              Trang bỏ phiếu
            </NavButton>
            <NavButton to={projectorPath(b.id)} icon={<DesktopOutlined />}>
              Màn hình chiếu
            </NavButton>
          </>
        }
      />
    );
  }

  const voteUrl = `${window.location.origin}${votePath(b.id)}`;
  const candidates = (
    <Card title="Danh sách bình xét">
      <CandidatesTable candidates={b.candidates} />
    </Card>
  );
  return (
    <>
      <PageHeader
        title={b.title}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <BallotStateTag state={b.state} />
            <span>{VOTE_MODE_LABELS[b.mode]}</span>
          </Flex>
        }
        extra={
          <Button
            icon={<DesktopOutlined />}
            href={projectorPath(b.id)}
            target="_blank"
            rel="noopener"
            data-testid="projector-link"
          >
            Màn hình chiếu
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title="Thông tin cuộc bỏ phiếu" style={{ height: '100%' }}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'mode', label: 'Hình thức', children: VOTE_MODE_LABELS[b.mode] },
                  {
                    key: 'threshold',
                    label: 'Ngưỡng đạt',
                    children: <span data-testid="threshold-text">{thresholdText(b.threshold)}</span>,
                  },
                  { key: 'members', label: 'Tổng số thành viên', children: b.membersTotal },
                  { key: 'present', label: 'Có mặt', children: b.presentTotal },
                  {
                    key: 'link',
                    label: 'Đường dẫn bỏ phiếu',
                    children: (
                      <Typography.Text
                        copyable={{ text: voteUrl, tooltips: ['Sao chép đường dẫn', 'Đã sao chép'] }}
                        style={{ wordBreak: 'break-all' }}
                      >
                        {voteUrl}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
              {b.state !== 'closed' ? (
                <Flex gap={12} align="center" style={{ marginTop: 12 }}>
                  <QRCode value={voteUrl} size={128} bordered={false} />
                  <Typography.Text type="secondary">
                    Thành viên có mặt quét mã hoặc mở đường dẫn trên điện thoại của mình để bỏ phiếu.
                  </Typography.Text>
                </Flex>
              ) : null}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            {b.state === 'prepared' ? <RollCall ballot={b} /> : <LiveProgress ballot={b} />}
          </Col>
        </Row>
        {b.state === 'prepared' ? candidates : null}
        {b.mode !== 'electronic' && b.state !== 'prepared' ? <PaperCountForm ballot={b} /> : null}
        {b.state === 'closed' ? <ResultSection ballot={b} poll={RESULT_POLL_MS} /> : null}
        {b.state !== 'prepared' ? candidates : null}
      </Flex>
    </>
  );
}

/** Before opening: who is present (a member without an account votes on paper). */
function RollCall({ ballot: b }: { ballot: BallotView }) {
  const presence = useSetPresence(b.id);
  const open = useOpenBallot(b.id);
  const fail = useBallotActionError(b.id);
  const { message } = App.useApp();
  // What was just clicked shows at once, until the server's answer is in.
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  const roster = (b.roster ?? []).map((r) => ({ ...r, present: clicked[r.personId] ?? r.present }));
  const present = roster.filter((r) => r.present).length;
  const mark = (personId: string, value: boolean) => {
    setClicked((c) => ({ ...c, [personId]: value }));
    // mutateAsync, not mutate: every click gets its own answer (mutate reports only the latest).
    presence
      .mutateAsync({ personId, present: value })
      .catch((err: unknown) => fail(err))
      .finally(() =>
        setClicked((c) => {
          const { [personId]: _done, ...rest } = c;
          return rest;
        }),
      );
  };
  const paperOnly = roster.filter((r) => r.present && !r.hasAccount);
  return (
    <Card
      title="Điểm danh"
      extra={<span data-testid="roll-call-summary">{rollCallText(roster)}</span>}
      data-testid="roll-call"
    >
      <Flex vertical>
        {roster.map((r, i) => (
          <Flex
            key={r.personId}
            data-person={r.fullName}
            justify="space-between"
            align="center"
            wrap
            gap={8}
            style={{ padding: '8px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
          >
            <span>{r.fullName}</span>
            <Flex gap={8} align="center" wrap>
              {r.hasAccount ? null : <Tag color="orange">không có tài khoản: bỏ phiếu giấy</Tag>}
              <Checkbox
                checked={r.present}
                aria-label={`Có mặt: ${r.fullName}`}
                onChange={(e) => mark(r.personId, e.target.checked)}
              >
                Có mặt
              </Checkbox>
            </Flex>
          </Flex>
        ))}
      </Flex>
      {b.mode === 'electronic' && paperOnly.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${paperOnly.map((r) => r.fullName).join(', ')} không có tài khoản; cuộc bỏ phiếu chỉ dùng phiếu điện tử nên những người này không bỏ phiếu được.`}
        />
      ) : null}
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Popconfirm
          title="Mở bỏ phiếu?"
          description={`${present}/${b.membersTotal} thành viên có mặt. Sau khi mở không điểm danh lại được.`}
          okText="Mở bỏ phiếu"
          cancelText="Hủy"
          disabled={present === 0}
          onConfirm={() =>
            open.mutateAsync(b.version).then(
              () => void message.success('Đã mở bỏ phiếu.'),
              (e: unknown) => fail(e),
            )
          }
        >
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            disabled={present === 0}
            loading={open.isPending}
          >
            Mở bỏ phiếu
          </Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}

/** While open (and after): how many obtained a ballot and how many cast — never who or how. */
function LiveProgress({ ballot: b }: { ballot: BallotView }) {
  const close = useCloseBallot(b.id);
  const fail = useBallotActionError(b.id);
  const { message } = App.useApp();
  return (
    <Card title="Tiến độ bỏ phiếu" style={{ height: '100%' }} data-testid="ballot-progress">
      <Flex vertical gap={12}>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="progress-text">
          {progressText(b)}
        </Typography.Text>
        <Progress percent={castPercent(b)} aria-label="Tỷ lệ đã bỏ phiếu điện tử trên số có mặt" />
        <Typography.Text type="secondary">
          Hệ thống chỉ đếm số phiếu; không ai, kể cả chủ tọa và quản trị, xem được ai bỏ phiếu thế nào.
          {b.mode === 'mixed' ? ' Phiếu giấy được đếm riêng, sau khi kết thúc.' : ''}
        </Typography.Text>
        {b.state === 'open' ? (
          <Flex justify="end">
            <Popconfirm
              title="Kết thúc bỏ phiếu?"
              description="Sau khi kết thúc không ai bỏ phiếu điện tử được nữa; danh sách phiếu được công bố."
              okText="Kết thúc"
              okButtonProps={{ danger: true }}
              cancelText="Hủy"
              onConfirm={() =>
                close.mutateAsync(b.version).then(
                  () => void message.success('Đã kết thúc bỏ phiếu.'),
                  (e: unknown) => fail(e),
                )
              }
            >
              <Button danger icon={<StopOutlined />} loading={close.isPending}>
                Kết thúc bỏ phiếu
              </Button>
            </Popconfirm>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
