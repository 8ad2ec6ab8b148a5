/**
 * /bo-phieu/:id/phieu — the member's phone. Present members mark "Đồng ý" / "Không đồng ý" per
 * eligible candidate and cast: the browser blinds a fresh token, has it signed with the session,
 * waits 1–4 s at random, then sends token + signature + choices without any cookie (vote.ts). The
 * device keeps only the receipt; after closing it shows whether that receipt was counted.
 */
import { CheckOutlined, CloseOutlined, LoadingOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Result, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { shortReceipt } from '../../../domain/ballot/receipt.js';
import { findReceipt } from '../../../domain/ballot/recount.js';
import { thresholdText } from '../../../domain/ballot/threshold.js';
import { type Candidate, CHOICE_LABELS, type Choice } from '../../../domain/ballot/types.js';
import { isApiError } from '../../app/api.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useBallot, useBallotResult } from './api.js';
import { choiceSummary, publishedFor, RESULT_POLL_MS, VOTER_POLL_MS } from './format.js';
import { BallotStateTag } from './parts.js';
import { ResultSection } from './ResultSection.js';
import type { BallotView } from './types.js';
import {
  castDelayMs,
  castSignedToken,
  forgetPending,
  forgetReceipt,
  loadPending,
  loadReceipt,
  obtainSignedToken,
  type SignedToken,
  savePending,
  saveReceipt,
  voterView,
  webCryptoAvailable,
} from './vote.js';

type Phase = 'idle' | 'signing' | 'waiting' | 'casting';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const messageOf = (e: unknown) =>
  e instanceof Error ? e.message : 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.';

export function VotePage() {
  const { id = '' } = useParams();
  const ballot = useBallot(id, { every: VOTER_POLL_MS, while: ['prepared', 'open'] });
  const { modal } = App.useApp();
  const [receipt, setReceipt] = useState(() => loadReceipt(window.localStorage, id));
  const [pending, setPending] = useState<SignedToken | null>(() => loadPending(window.sessionStorage, id));
  const [tokenHere, setTokenHere] = useState(false);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  // Leaving while the ballot is on its way would lose it: ask first.
  useEffect(() => {
    if (phase === 'idle') return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [phase]);

  const b = ballot.data;
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

  const view = voterView(b, { receipt, pending: pending !== null, tokenHere });
  const eligible = b.candidates.filter((c) => c.eligible);

  const cast = async () => {
    setError(null);
    setNote(null);
    if (!webCryptoAvailable()) {
      setError(
        'Trình duyệt này không cho dùng chức năng mã hóa cần cho phiếu kín (trang phải mở qua HTTPS). Hãy dùng trình duyệt khác hoặc báo quản trị hệ thống.',
      );
      return;
    }
    let token = pending;
    try {
      if (!token) {
        if (!b.publicKey) throw new Error('Cuộc bỏ phiếu chưa mở.');
        setPhase('signing');
        token = await obtainSignedToken(b.id, b.publicKey);
        setTokenHere(true);
        savePending(window.sessionStorage, b.id, token);
        setPending(token);
      }
      setPhase('waiting');
      await sleep(castDelayMs());
      setPhase('casting');
      const outcome = await castSignedToken(b.id, token, choices);
      saveReceipt(window.localStorage, b.id, outcome.receipt);
      setReceipt(outcome.receipt);
      forgetPending(window.sessionStorage, b.id);
      setPending(null);
      setChoices({});
      if (outcome.alreadyCast) setNote('Phiếu của bạn đã được ghi nhận ở lần gửi trước.');
      if (outcome.mismatch) {
        setNote(
          'Biên nhận máy chủ trả về khác biên nhận tính trên máy bạn; hãy giữ biên nhận dưới đây và báo ban kiểm phiếu.',
        );
      }
    } catch (e) {
      setError(
        token
          ? `Phiếu của bạn chưa gửi được: ${messageOf(e)} Phiếu bầu vẫn còn trên thiết bị này; bấm “Gửi lại phiếu”.`
          : messageOf(e),
      );
      if (isApiError(e) && e.status === 409) void ballot.refetch();
    } finally {
      setPhase('idle');
    }
  };

  const confirmCast = () => {
    const s = choiceSummary(choices, eligible);
    const blank = eligible.filter((c) => !choices[c.id]).map((c) => c.name);
    modal.confirm({
      title: pending ? 'Gửi lại phiếu?' : 'Bỏ phiếu?',
      content: (
        <Flex vertical gap={4}>
          <span>Đồng ý: {s.agree.join(', ') || '—'}</span>
          <span>Không đồng ý: {s.disagree.join(', ') || '—'}</span>
          {blank.length > 0 ? <span>Không ghi ý kiến: {blank.join(', ')}</span> : null}
          <Typography.Text type="secondary">Sau khi gửi không sửa được.</Typography.Text>
        </Flex>
      ),
      okText: 'Gửi phiếu',
      cancelText: 'Xem lại',
      onOk: () => {
        void cast();
      },
    });
  };

  const forget = () => {
    forgetReceipt(window.localStorage, b.id);
    setReceipt(null);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto' }} data-testid="vote-page">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {b.title}
        </Typography.Title>
        <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
          <BallotStateTag state={b.state} />
          <Typography.Text type="secondary">Ngưỡng đạt: {thresholdText(b.threshold)}</Typography.Text>
        </Flex>
      </div>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          data-testid="vote-error"
          closable
          onClose={() => setError(null)}
        />
      ) : null}
      {note ? <Alert type="info" showIcon title={note} /> : null}
      {phase !== 'idle' ? (
        <Sending phase={phase} />
      ) : (
        <div data-testid="vote-view" data-view={view}>
          {view === 'ballot' || view === 'retry' ? (
            <BallotForm
              ballot={b}
              choices={choices}
              onChoose={(cid, c) =>
                setChoices((prev) => {
                  const next = { ...prev };
                  if (next[cid] === c) delete next[cid];
                  else next[cid] = c;
                  return next;
                })
              }
              retry={view === 'retry'}
              onCast={confirmCast}
            />
          ) : view === 'voted' ? (
            receipt ? (
              <Voted receipt={receipt} onForget={forget} />
            ) : null
          ) : view === 'closed' ? (
            <Closed ballot={b} receipt={receipt} onForget={forget} />
          ) : (
            <Notice view={view} />
          )}
        </div>
      )}
    </Flex>
  );
}

function Sending({ phase }: { phase: Exclude<Phase, 'idle'> }) {
  return (
    <Card data-testid="vote-sending" data-phase={phase}>
      <Flex vertical align="center" gap={12} style={{ textAlign: 'center', padding: '16px 0' }}>
        <Spin indicator={<LoadingOutlined style={{ fontSize: 40 }} spin />} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {phase === 'signing' ? 'Đang nhận phiếu bầu…' : 'Đang gửi phiếu ẩn danh…'}
        </Typography.Title>
        <Typography.Text type="secondary">
          Máy của bạn nhận một phiếu bầu đã được ký mù, chờ ngẫu nhiên vài giây rồi mới gửi phiếu — không kèm
          tài khoản — để không ai ghép được lúc bạn nhận phiếu với lúc phiếu được bỏ. Đừng đóng trang này.
        </Typography.Text>
      </Flex>
    </Card>
  );
}

function BallotForm({
  ballot: b,
  choices,
  onChoose,
  retry,
  onCast,
}: {
  ballot: BallotView;
  choices: Record<string, Choice>;
  onChoose: (candidateId: string, choice: Choice) => void;
  retry: boolean;
  onCast: () => void;
}) {
  const eligible = b.candidates.filter((c) => c.eligible);
  const marked = eligible.filter((c) => choices[c.id]).length;
  return (
    <Flex vertical gap={12}>
      {retry ? (
        <Alert
          type="warning"
          showIcon
          title="Phiếu của bạn chưa gửi được"
          description="Phiếu bầu đã nhận vẫn còn trên thiết bị này. Chọn lại ý kiến nếu cần rồi bấm “Gửi lại phiếu”."
        />
      ) : (
        <Typography.Text type="secondary">
          Chọn “Đồng ý” hoặc “Không đồng ý” cho từng người; bấm lại để bỏ chọn. Người không được chọn tính là
          không ghi ý kiến. Phiếu không kèm tên bạn.
        </Typography.Text>
      )}
      {b.candidates.map((c) => (
        <CandidateCard key={c.id} candidate={c} choice={choices[c.id]} onChoose={onChoose} />
      ))}
      <Card size="small" style={{ position: 'sticky', bottom: 8, zIndex: 2 }}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text data-testid="marked-count">
            Đã chọn {marked}/{eligible.length} người
          </Typography.Text>
          <Button type="primary" size="large" icon={<SendOutlined />} onClick={onCast}>
            {retry ? 'Gửi lại phiếu' : 'Bỏ phiếu'}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}

function CandidateCard({
  candidate: c,
  choice,
  onChoose,
}: {
  candidate: Candidate;
  choice: Choice | undefined;
  onChoose: (candidateId: string, choice: Choice) => void;
}) {
  if (!c.eligible) {
    return (
      <Card size="small" style={{ opacity: 0.6 }} data-testid="vote-candidate" data-candidate={c.name}>
        <Flex vertical gap={4}>
          <Flex justify="space-between" gap={8} wrap>
            <Typography.Text strong>{c.name}</Typography.Text>
            <Tag>Không đủ điều kiện</Tag>
          </Flex>
          {c.reason ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {c.reason}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="small" data-testid="vote-candidate" data-candidate={c.name} data-choice={choice ?? ''}>
      <Flex vertical gap={8}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {c.name}
        </Typography.Text>
        <Flex gap={8}>
          {(['agree', 'disagree'] as const).map((k) => {
            const on = choice === k;
            return (
              <Button
                key={k}
                size="large"
                block
                aria-pressed={on}
                type={on ? 'primary' : 'default'}
                danger={k === 'disagree'}
                icon={k === 'agree' ? <CheckOutlined /> : <CloseOutlined />}
                style={{ height: 52, fontSize: 16 }}
                onClick={() => onChoose(c.id, k)}
              >
                {CHOICE_LABELS[k]}
              </Button>
            );
          })}
        </Flex>
      </Flex>
    </Card>
  );
}

function ReceiptBox({ receipt }: { receipt: string }) {
  return (
    <Flex vertical gap={4} align="center">
      <Typography.Text type="secondary">Mã biên nhận của bạn</Typography.Text>
      <Typography.Text strong style={{ fontSize: 26, fontFamily: 'monospace' }} data-testid="receipt-short">
        {shortReceipt(receipt)}
      </Typography.Text>
      <Typography.Text
        code
        copyable={{ text: receipt, tooltips: ['Sao chép mã đầy đủ', 'Đã sao chép'] }}
        style={{ wordBreak: 'break-all', fontSize: 12, textAlign: 'center' }}
        data-testid="receipt-full"
      >
        {receipt}
      </Typography.Text>
    </Flex>
  );
}

function ForgetReceipt({ onForget }: { onForget: () => void }) {
  return (
    <Popconfirm
      title="Xóa biên nhận khỏi thiết bị này?"
      description="Sau khi xóa, trang không tự kiểm tra được phiếu của bạn nữa (trừ khi bạn đã chép mã)."
      okText="Xóa"
      cancelText="Hủy"
      onConfirm={onForget}
    >
      <Button type="link" size="small">
        Xóa biên nhận khỏi thiết bị này
      </Button>
    </Popconfirm>
  );
}

function Voted({ receipt, onForget }: { receipt: string; onForget: () => void }) {
  return (
    <Card>
      <Result
        status="success"
        title="Đã bỏ phiếu"
        subTitle="Phiếu của bạn đã được ghi nhận, không kèm tên bạn."
        style={{ padding: '8px 0' }}
      />
      <ReceiptBox receipt={receipt} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
        Biên nhận được lưu trên thiết bị này (không lưu nội dung phiếu). Sau khi kết thúc bỏ phiếu, mở lại
        trang này để kiểm tra phiếu của bạn có trong danh sách công bố.
      </Typography.Paragraph>
      <Flex justify="center">
        <ForgetReceipt onForget={onForget} />
      </Flex>
    </Card>
  );
}

function Closed({
  ballot: b,
  receipt,
  onForget,
}: {
  ballot: BallotView;
  receipt: string | null;
  onForget: () => void;
}) {
  const result = useBallotResult(b.id, true, RESULT_POLL_MS);
  const published = result.data?.published;
  const mine = receipt && published ? publishedFor(published, receipt) : null;
  const s = mine ? choiceSummary(mine.choices, b.candidates) : null;
  return (
    <Flex vertical gap={16}>
      {receipt && published ? (
        findReceipt(published, receipt) ? (
          <Alert
            type="success"
            showIcon
            data-testid="my-receipt-check"
            data-result="found"
            title="Phiếu của bạn đã được đếm"
            description={
              <Flex vertical gap={4}>
                <span>
                  Biên nhận <Typography.Text code>{shortReceipt(receipt)}</Typography.Text> có trong danh sách
                  công bố.
                </span>
                {s ? (
                  <>
                    <span>Đồng ý: {s.agree.join(', ') || '—'}</span>
                    <span>Không đồng ý: {s.disagree.join(', ') || '—'}</span>
                  </>
                ) : null}
                <ForgetReceipt onForget={onForget} />
              </Flex>
            }
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="my-receipt-check"
            data-result="missing"
            title="Không thấy phiếu của bạn trong danh sách công bố"
            description={`Biên nhận ${shortReceipt(receipt)} không có trong danh sách. Báo ngay cho chủ tọa hoặc ban kiểm phiếu.`}
          />
        )
      ) : null}
      <ResultSection ballot={b} mine={receipt} poll={RESULT_POLL_MS} />
    </Flex>
  );
}

const NOTICES: Record<
  'not-member' | 'absent' | 'waiting' | 'paper' | 'elsewhere',
  { status: 'info' | 'warning' | 'success'; title: string; sub: string }
> = {
  'not-member': {
    status: 'info',
    title: 'Bạn không thuộc danh sách thành viên của cuộc bỏ phiếu này',
    sub: 'Chỉ thành viên của đơn vị bỏ phiếu; kết quả được công bố sau khi kết thúc.',
  },
  absent: {
    status: 'warning',
    title: 'Bạn chưa được điểm danh có mặt',
    sub: 'Nếu bạn đang dự họp, báo chủ tọa điểm danh trước khi mở bỏ phiếu. Trang tự cập nhật.',
  },
  waiting: {
    status: 'info',
    title: 'Bạn đã được điểm danh có mặt',
    sub: 'Chờ chủ tọa mở bỏ phiếu; trang tự cập nhật.',
  },
  paper: {
    status: 'info',
    title: 'Cuộc bỏ phiếu này dùng phiếu giấy',
    sub: 'Nhận phiếu giấy từ ban kiểm phiếu tại cuộc họp.',
  },
  elsewhere: {
    status: 'warning',
    title: 'Bạn đã nhận phiếu bầu điện tử của cuộc bỏ phiếu này',
    sub: 'Mỗi thành viên chỉ bỏ một phiếu. Nếu bạn đã bỏ phiếu trên thiết bị khác, biên nhận nằm ở thiết bị đó.',
  },
};

function Notice({ view }: { view: keyof typeof NOTICES }) {
  const n = NOTICES[view];
  return (
    <Card>
      <Result status={n.status} title={n.title} subTitle={n.sub} style={{ padding: '8px 0' }} />
    </Card>
  );
}
