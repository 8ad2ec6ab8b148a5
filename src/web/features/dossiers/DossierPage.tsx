/**
 * /ho-so-don-vi?cycleId=&unitId= (plan II.2.d): the unit's five-part dossier. The unit's head or
 * deputy sees what is complete and what is missing, downloads the parts and sends the dossier to
 * HCQT (again after a return); HCQT accepts it or returns it with a reason. Without a query the
 * page picks the running cycle and the user's own unit (HCQT and the leadership go to the inbox).
 */
import {
  CheckOutlined,
  ReloadOutlined,
  RollbackOutlined,
  SendOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, type FormInstance, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { NO_RUNNING_CYCLE_TEXT } from '../progress/RunningCycleProgress.js';
import { useCycleList } from '../progress/useProgress.js';
import { DossierParts } from './DossierParts.js';
import {
  DOSSIER_STATE_COLORS,
  defaultTarget,
  dossierPath,
  flaggedParts,
  inboxPath,
  seesInbox,
  stateDetail,
  submitBlockedReason,
  submitButtonText,
} from './format.js';
import { ReturnModal } from './ReturnModal.js';
import type { DossierPartCode } from './types.js';
import { useDecideDossier, useDossier, useSubmitDossier } from './useDossier.js';

const TITLE = 'Hồ sơ đơn vị';
export const STALE_TEXT =
  'Hồ sơ vừa được người khác thay đổi. Đã tải lại bản mới nhất; vui lòng xem lại rồi thao tác lại.';

export function DossierPage() {
  const [params] = useSearchParams();
  const cycleId = params.get('cycleId');
  const unitId = params.get('unitId');
  if (cycleId && unitId) return <DossierView cycleId={cycleId} unitId={unitId} />;
  return <DossierDefaults cycleId={cycleId} unitId={unitId} />;
}

/** Fills in what the query leaves out: the running cycle, the user's unit (or the inbox). */
function DossierDefaults({ cycleId, unitId }: { cycleId: string | null; unitId: string | null }) {
  const { me } = useAuth();
  const cycles = useCycleList();
  const needsList = !cycleId;
  if (needsList && cycles.error) {
    return (
      <>
        <PageHeader title={TITLE} />
        <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
      </>
    );
  }
  if (needsList && !cycles.data) return <LoadingBlock />;
  const cycle = cycleId ?? cycles.data?.items.find((c) => c.state === 'running')?.id;
  if (!cycle) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Card>
          <Empty description={NO_RUNNING_CYCLE_TEXT}>
            <NavButton to="/ky-danh-gia" type="primary">
              Xem các kỳ đánh giá
            </NavButton>
          </Empty>
        </Card>
      </>
    );
  }
  const target = unitId ? ({ kind: 'dossier', unitId } as const) : defaultTarget(me);
  if (target.kind === 'dossier') return <Navigate replace to={dossierPath(cycle, target.unitId)} />;
  if (target.kind === 'inbox') return <Navigate replace to={inboxPath(cycle)} />;
  return (
    <>
      <PageHeader title={TITLE} />
      <Card>
        <Empty description={target.message} />
      </Card>
    </>
  );
}

function DossierView({ cycleId, unitId }: { cycleId: string; unitId: string }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const dossier = useDossier({ cycleId, unitId });
  const cycles = useCycleList();
  const submit = useSubmitDossier();
  const decide = useDecideDossier();
  const [notice, setNotice] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<ReadonlySet<DossierPartCode>>(new Set());
  const [returning, setReturning] = useState(false);

  const d = dossier.data;
  const inboxButton = seesInbox(me) ? (
    <NavButton to={inboxPath(cycleId)} icon={<UnorderedListOutlined />}>
      Hồ sơ các đơn vị
    </NavButton>
  ) : null;

  if (dossier.error) {
    return (
      <>
        <PageHeader title={TITLE} extra={inboxButton} />
        <QueryError error={dossier.error} onRetry={() => dossier.refetch()} />
      </>
    );
  }
  if (!d) return <LoadingBlock />;

  const cycleState = cycles.data?.items.find((c) => c.id === d.cycle.id)?.state ?? null;
  const blocked = submitBlockedReason(d, cycleState);
  const busy = submit.isPending || decide.isPending;

  /** A 409 (changed meanwhile) reloads and says so; anything else goes to the shared handler. */
  const fail = (e: unknown, form?: FormInstance): boolean => {
    if (isApiError(e) && e.status === 409) {
      setNotice(e.code === 'stale_version' ? STALE_TEXT : `${e.message} Đã tải lại hồ sơ.`);
      setReturning(false);
      void dossier.refetch();
      return true;
    }
    onError(e, form);
    return false;
  };

  const clearFeedback = () => {
    setNotice(null);
    setSubmitError(null);
    setFlagged(new Set());
  };

  const onSubmit = async () => {
    clearFeedback();
    const again = d.state === 'returned';
    try {
      await submit.mutateAsync({ cycleId, unitId, version: d.version });
      message.success(
        again
          ? 'Đã gửi lại hồ sơ về Phòng Hành chính - Quản trị.'
          : 'Đã gửi hồ sơ về Phòng Hành chính - Quản trị.',
      );
    } catch (e) {
      if (isApiError(e) && e.status === 400) {
        // Incomplete: the server names each missing part; show it here and outline those parts.
        setSubmitError(e.message);
        setFlagged(new Set(flaggedParts(e.details)));
        void dossier.refetch();
        return;
      }
      fail(e);
    }
  };

  const onAccept = async () => {
    clearFeedback();
    try {
      await decide.mutateAsync({ cycleId, unitId, version: d.version, decision: 'accept' });
      message.success(`Đã tiếp nhận hồ sơ của ${d.unit.name}.`);
    } catch (e) {
      fail(e);
    }
  };

  const onReturn = async (reason: string, form: FormInstance) => {
    clearFeedback();
    try {
      await decide.mutateAsync({ cycleId, unitId, version: d.version, decision: 'return', reason });
      setReturning(false);
      message.success(`Đã trả lại hồ sơ cho ${d.unit.name}.`);
    } catch (e) {
      fail(e, form);
    }
  };

  const detail = stateDetail(d);
  const submitLabel = submitButtonText(d.state);

  return (
    <>
      <PageHeader
        title={`${TITLE} — ${d.unit.name}`}
        subtitle={d.cycle.title}
        extra={
          <>
            {inboxButton}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                clearFeedback();
                void dossier.refetch();
              }}
              loading={dossier.isFetching && !busy}
            >
              Tải lại
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        {notice ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={notice}
            closable
            onClose={() => setNotice(null)}
          />
        ) : null}
        {d.state === 'returned' && d.returnReason ? (
          <Alert
            type="error"
            showIcon
            data-testid="return-reason"
            title={<span style={{ fontSize: 16, fontWeight: 600 }}>Lý do trả lại: {d.returnReason}</span>}
            description={
              d.canSubmit
                ? `Hoàn thiện hồ sơ theo yêu cầu rồi bấm “${submitLabel}”.`
                : 'Đơn vị đang hoàn thiện lại hồ sơ.'
            }
          />
        ) : null}
        <Card size="small" data-testid="dossier-status">
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Flex align="center" gap={8} wrap>
                <Typography.Text>Trạng thái:</Typography.Text>
                <Tag
                  color={DOSSIER_STATE_COLORS[d.state]}
                  data-testid="dossier-state"
                  data-state={d.state}
                  style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}
                >
                  {d.stateLabel}
                </Tag>
              </Flex>
              {detail ? <Typography.Text type="secondary">{detail}</Typography.Text> : null}
            </Flex>
            <Flex gap={8} wrap>
              {d.canSubmit ? (
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  disabled={blocked !== null || decide.isPending}
                  loading={submit.isPending}
                  onClick={onSubmit}
                >
                  {submitLabel}
                </Button>
              ) : null}
              {d.canDecide ? (
                <>
                  <Popconfirm
                    title={`Tiếp nhận hồ sơ của ${d.unit.name}?`}
                    description="Bước “Hồ sơ đơn vị” của đơn vị sẽ được ghi nhận là đã xong."
                    okText="Tiếp nhận"
                    cancelText="Hủy"
                    onConfirm={onAccept}
                  >
                    <Button
                      type="primary"
                      icon={<CheckOutlined />}
                      loading={decide.isPending && !returning}
                      disabled={busy}
                    >
                      Tiếp nhận hồ sơ
                    </Button>
                  </Popconfirm>
                  <Button
                    danger
                    icon={<RollbackOutlined />}
                    disabled={busy}
                    onClick={() => setReturning(true)}
                  >
                    Trả lại
                  </Button>
                </>
              ) : null}
            </Flex>
          </Flex>
          {d.canSubmit && blocked ? (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="submit-blocked">
              {blocked}
            </Typography.Paragraph>
          ) : null}
        </Card>
        {submitError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="Chưa gửi được hồ sơ"
            description={submitError}
            closable
            onClose={() => setSubmitError(null)}
          />
        ) : null}
        <Card
          title={`Thành phần hồ sơ (${d.parts.filter((p) => p.complete).length}/${d.parts.length} đủ)`}
          styles={{ body: { padding: 12 } }}
        >
          <DossierParts parts={d.parts} flagged={flagged} />
        </Card>
      </Flex>
      <ReturnModal
        open={returning}
        unitName={d.unit.name}
        busy={decide.isPending}
        onCancel={() => setReturning(false)}
        onReturn={onReturn}
      />
    </>
  );
}
