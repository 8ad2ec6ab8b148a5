/**
 * /tu-kiem-diem/:id: the writer's self-review. The header says whose review it is, on which form,
 * why this form, by when; the rules engine's verdict says whether the person is classified this
 * year and the highest level they may propose; the form is the printed sheet with its point table
 * (the suggested level follows the points as they are typed); the draft saves itself; "Còn thiếu"
 * lists what blocks submitting; after the meeting the writer takes in its conclusions and finalises.
 */
import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  FileWordOutlined,
  ReloadOutlined,
  SaveOutlined,
  SendOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { formatVnDate } from '../../../domain/dates.js';
import { type MissingAnswer, missingAnswers } from '../../../domain/forms/answers.js';
import { allFields } from '../../../domain/forms/walk.js';
import { isApiError } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsNarrow, useIsPhone } from '../../components/useIsMobile.js';
import { useMoveReview, useReview } from './api.js';
import { autosaveStatus, autosaveText } from './autosave.js';
import { inputId } from './fields.js';
import {
  fieldDomId,
  fieldErrorsOf,
  formatTime,
  isLeaderWriter,
  levelOptions,
  primaryLevelKey,
  REVIEW_STATE_COLORS,
  rulingNotice,
  scoreView,
  withSelfScores,
} from './format.js';
import { PointTable } from './PointTable.js';
import { ReviewPaper } from './ReviewPaper.js';
import type { ReviewDetail } from './types.js';
import { useReviewDraft } from './useReviewDraft.js';
import { VersionHistoryButton } from './VersionHistory.js';

function BackLink() {
  return (
    <Link to="/tu-kiem-diem" style={{ display: 'inline-flex', gap: 6, marginBottom: 8 }}>
      <ArrowLeftOutlined />
      Bản tự kiểm điểm của tôi
    </Link>
  );
}

export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useReview(id);
  // Bumped to start the editor again from the server's copy (after "Tải lại").
  const [loads, setLoads] = useState(0);

  if (review.error) {
    return (
      <>
        <BackLink />
        <QueryError error={review.error} onRetry={() => review.refetch()} />
      </>
    );
  }
  if (!review.data) return <LoadingBlock />;
  const data = review.data;
  const reload = async () => {
    await review.refetch();
    setLoads((n) => n + 1);
  };
  // A new state (submitted, returned…) starts the editor again from the server's copy.
  return (
    <ReviewEditor key={`${data.review.id}:${data.review.state}:${loads}`} data={data} onReload={reload} />
  );
}

const LEADER_ROLES = ['leadership', 'unit_head', 'unit_deputy'] as const;

function ReviewEditor({ data, onReload }: { data: ReviewDetail; onReload: () => Promise<void> }) {
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const narrow = useIsNarrow();
  const draft = useReviewDraft(data);
  const move = useMoveReview(data.review.id);
  const [highlight, setHighlight] = useState(false);
  const [reloading, setReloading] = useState(false);

  const def = data.definition;
  const { review, can } = data;
  const editable = can.edit;
  const ruling = data.ruling;
  const notClassified = ruling !== null && !ruling.evaluated;
  const options = useMemo(() => levelOptions(ruling), [ruling]);
  const notice = rulingNotice(ruling);
  const ownReview = data.person !== null && data.person.id === me.personId;
  const leader = isLeaderWriter(
    def,
    review.answers,
    data.missing,
    ownReview && me.roles.some((r) => (LEADER_ROLES as readonly string[]).includes(r)),
  );
  const openSuggestions = data.suggestions.filter((s) => !s.answer).length;
  const missing = useMemo(
    () =>
      editable
        ? missingAnswers(def, draft.answers, { suggestionsOpen: openSuggestions, leader })
        : data.missing,
    [editable, def, draft.answers, openSuggestions, leader, data.missing],
  );
  const scores = useMemo(() => withSelfScores(review.scores, draft.self), [review.scores, draft.self]);
  const view = useMemo(
    () => (def.scoreTable ? scoreView(def.scoreTable, scores) : null),
    [def.scoreTable, scores],
  );
  const status = autosaveStatus(draft.state);
  const stale = status === 'stale';

  // Leaving for another page of the app with unsaved edits: save first, or stay.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      editable && draft.unsaved && !stale && currentLocation.pathname !== nextLocation.pathname,
  );
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  const saveNow = draft.saveNow;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: 'Bản kiểm điểm còn thay đổi chưa lưu',
      content: 'Lưu những gì vừa sửa rồi rời trang?',
      okText: 'Lưu và rời trang',
      cancelText: 'Ở lại',
      onOk: async () => {
        if (await saveNow()) blockerRef.current.proceed?.();
        else blockerRef.current.reset?.();
      },
      onCancel: () => blockerRef.current.reset?.(),
    });
  }, [blocker.state, modal, saveNow]);

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const act = async (event: 'submit' | 'finalise') => {
    if (!(await draft.saveNow())) {
      message.error('Chưa lưu được bản kiểm điểm; vui lòng xem thông báo lỗi rồi thử lại.');
      return;
    }
    try {
      const res = await move.mutateAsync({ event, version: draft.version() });
      draft.moved(res.version);
      message.success(
        event === 'finalise'
          ? 'Đã hoàn tất bản kiểm điểm.'
          : res.submittedLate
            ? 'Đã nộp bản kiểm điểm (nộp muộn).'
            : 'Đã nộp bản kiểm điểm.',
      );
    } catch (e) {
      if (isApiError(e) && e.code === 'stale_version') {
        draft.markStale(e.message);
        return;
      }
      if (isApiError(e) && e.status === 400) {
        draft.setErrors(fieldErrorsOf(e.details));
        setHighlight(true);
      }
      onError(e);
    }
  };

  const goTo = (key: string) => {
    setHighlight(true);
    const el = document.getElementById(fieldDomId(key));
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    const input = document.getElementById(inputId(key)) as HTMLElement | null;
    const focusable =
      input && ['TEXTAREA', 'INPUT'].includes(input.tagName)
        ? input
        : el?.querySelector<HTMLElement>('textarea, input:not([disabled])');
    focusable?.focus({ preventScroll: true });
  };

  const pointTable =
    def.scoreTable && view ? (
      <PointTable
        table={def.scoreTable}
        scores={scores}
        view={view}
        editable={editable}
        errors={draft.errors.scores}
        onChange={draft.setScore}
      />
    ) : null;

  const subject = data.person ? data.person.fullName : `Tập thể ${data.unit?.name ?? ''}`;
  const submittable = editable && can.submit;
  const finalisable = editable && can.finalise;

  const actions = (
    <SidePanel
      data={data}
      missing={missing}
      statusLine={<SaveStatus text={autosaveText(draft.state)} status={status} />}
      onSave={() => void draft.saveNow()}
      saving={status === 'saving'}
      editable={editable}
      stale={stale}
      submittable={submittable}
      finalisable={finalisable}
      moving={move.isPending}
      onSubmit={() => act('submit')}
      onFinalise={() => act('finalise')}
      onGoTo={goTo}
    />
  );

  return (
    <>
      <BackLink />
      <PageHeader
        title={data.person ? `Bản tự kiểm điểm: ${subject}` : `Báo cáo kiểm điểm: ${subject}`}
        subtitle={
          <Flex gap="4px 8px" wrap align="center" style={{ marginTop: 4 }}>
            <Tag
              color={REVIEW_STATE_COLORS[review.state]}
              style={{ marginInlineEnd: 0 }}
              data-testid="review-state"
            >
              {review.stateLabel}
            </Tag>
            <Typography.Text type="secondary">{review.formLabel}</Typography.Text>
          </Flex>
        }
        extra={
          <>
            <VersionHistoryButton versions={data.versions} />
            <Button
              icon={<FileWordOutlined />}
              href={`/api/reviews/${encodeURIComponent(review.id)}/document?format=docx`}
            >
              Tải bản Word
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <ReviewFacts data={data} />
        {stale ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="stale-alert"
            title="Bản kiểm điểm vừa được thay đổi ở nơi khác"
            description="Những gì bạn vừa gõ chưa được lưu, để không ghi đè lên thay đổi đó. Bấm “Tải lại” để mở bản mới nhất (nên sao chép lại phần vừa gõ trước khi tải)."
            action={
              <Button icon={<ReloadOutlined />} onClick={reload} loading={reloading}>
                Tải lại
              </Button>
            }
          />
        ) : null}
        <StateAlerts data={data} />
        {notice ? (
          <Alert
            type={notice.type}
            showIcon
            data-testid="ruling-alert"
            title={notice.title}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {notice.reasons.map((r) => (
                  <li key={r.code}>
                    {r.message} <Typography.Text type="secondary">({r.article})</Typography.Text>
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Row gutter={[16, 16]} align="top" justify="center">
          <Col xs={24} xl={editable ? 17 : 20} style={{ minWidth: 0 }}>
            <ReviewPaper
              definition={def}
              answers={draft.answers}
              editable={editable}
              unitName={data.unit?.name ?? ''}
              year={data.cycle.year}
              levelOptions={options}
              notClassified={notClassified}
              suggestions={data.suggestions}
              errors={draft.errors.answers}
              levelErrors={draft.errors.level}
              primaryLevelKey={primaryLevelKey(def)}
              missingKeys={highlight ? new Set(missing.map((m) => m.key)) : new Set()}
              scoreView={view}
              pointTable={pointTable}
              onChange={draft.setAnswer}
            />
          </Col>
          {editable ? (
            <Col xs={24} xl={7}>
              <div style={narrow ? undefined : { position: 'sticky', top: 16 }}>{actions}</div>
            </Col>
          ) : null}
        </Row>
      </Flex>
      {narrow && editable ? (
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 10,
            marginTop: 12,
            padding: '8px 12px',
            background: '#fff',
            borderTop: '1px solid rgba(5, 5, 5, 0.12)',
            boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
          }}
        >
          <Flex justify="space-between" align="center" gap={8}>
            <SaveStatus text={autosaveText(draft.state)} status={status} compact />
            <Button
              size="small"
              icon={<SaveOutlined />}
              onClick={() => void draft.saveNow()}
              disabled={stale}
            >
              Lưu
            </Button>
          </Flex>
        </div>
      ) : null}
    </>
  );
}

function ReviewFacts({ data }: { data: ReviewDetail }) {
  const phone = useIsPhone();
  const { review } = data;
  const overdue = data.late && (review.state === 'draft' || review.state === 'returned');
  return (
    <Card size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: phone ? 110 : 150 } }}
        items={[
          {
            key: 'form',
            label: 'Biểu mẫu',
            children: `${data.definition.title} ${data.definition.audience}`,
          },
          {
            key: 'who',
            label: data.person ? 'Người kiểm điểm' : 'Tập thể',
            children: data.person
              ? `${data.person.fullName}${data.person.positionTitle ? `, ${data.person.positionTitle}` : ''}`
              : (data.unit?.name ?? ''),
          },
          { key: 'unit', label: 'Đơn vị', children: data.unit?.name ?? '' },
          { key: 'cycle', label: 'Kỳ đánh giá', children: data.cycle.title },
          {
            key: 'deadline',
            label: 'Hạn nộp',
            children: (
              <Flex gap={8} wrap align="center">
                <span data-testid="review-deadline">
                  {data.deadline ? formatVnDate(data.deadline) : 'Chưa định'}
                </span>
                {overdue ? (
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    Quá hạn
                  </Tag>
                ) : null}
                {review.submittedLate ? (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="late-tag">
                    Nộp muộn
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          ...(review.assignedReason
            ? [
                {
                  key: 'why',
                  label: 'Lý do giao mẫu',
                  children: review.assignedReason,
                  span: { xs: 1, md: 2 },
                },
              ]
            : []),
          ...(review.waivedReason
            ? [{ key: 'waived', label: 'Được miễn', children: review.waivedReason, span: { xs: 1, md: 2 } }]
            : []),
        ]}
      />
    </Card>
  );
}

function StateAlerts({ data }: { data: ReviewDetail }) {
  const { review } = data;
  const alerts: ReactNode[] = [];
  if (review.state === 'returned') {
    alerts.push(
      <Alert
        key="returned"
        type="warning"
        showIcon
        data-testid="return-alert"
        title="Bản kiểm điểm được trả lại để sửa"
        description={
          <>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}
              data-testid="return-comment"
            >
              {review.returnComment ?? ''}
            </Typography.Paragraph>
            Sửa theo ý kiến trên rồi bấm “Nộp bản kiểm điểm” để nộp lại.
          </>
        }
      />,
    );
  }
  if (review.state === 'revising') {
    alerts.push(
      <Alert
        key="revising"
        type="info"
        showIcon
        data-testid="revising-alert"
        title="Tiếp thu kết luận cuộc họp, sau đó bấm Hoàn tất"
        description="Bản kiểm điểm được mở lại sau cuộc họp kiểm điểm: bổ sung, chỉnh sửa theo kết luận của cuộc họp, rồi bấm “Hoàn tất” để khóa bản kiểm điểm."
      />,
    );
  }
  if (review.state === 'submitted' && review.submittedAt) {
    alerts.push(
      <Alert
        key="submitted"
        type="success"
        showIcon
        data-testid="submitted-alert"
        title={
          <Flex gap={8} wrap align="center">
            <span>Đã nộp lúc {formatTime(review.submittedAt)}</span>
            {review.submittedLate ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                nộp muộn
              </Tag>
            ) : null}
          </Flex>
        }
        description="Bản kiểm điểm đang chờ xem xét; bạn không sửa được nữa, trừ khi được trả lại hoặc mở lại sau cuộc họp."
      />,
    );
  }
  if (review.state === 'final') {
    alerts.push(
      <Alert
        key="final"
        type="success"
        showIcon
        title="Bản kiểm điểm đã hoàn tất và được khóa."
        description={review.submittedAt ? `Nộp lúc ${formatTime(review.submittedAt)}.` : undefined}
      />,
    );
  }
  return alerts.length > 0 ? alerts : null;
}

function SaveStatus({ text, status, compact }: { text: string; status: string; compact?: boolean }) {
  const color =
    status === 'error' || status === 'stale'
      ? '#cf1322'
      : status === 'dirty'
        ? '#ad6800'
        : 'rgba(0,0,0,0.55)';
  return (
    <Typography.Text
      data-testid="save-status"
      data-status={status}
      aria-live="polite"
      style={{ color, fontSize: compact ? 13 : 14 }}
      ellipsis={compact ? { tooltip: text } : undefined}
    >
      {status === 'error' || status === 'stale' ? <WarningOutlined style={{ marginInlineEnd: 6 }} /> : null}
      {text}
    </Typography.Text>
  );
}

function SidePanel({
  data,
  missing,
  statusLine,
  onSave,
  saving,
  editable,
  stale,
  submittable,
  finalisable,
  moving,
  onSubmit,
  onFinalise,
  onGoTo,
}: {
  data: ReviewDetail;
  missing: MissingAnswer[];
  statusLine: ReactNode;
  onSave: () => void;
  saving: boolean;
  editable: boolean;
  stale: boolean;
  submittable: boolean;
  finalisable: boolean;
  moving: boolean;
  onSubmit: () => void;
  onFinalise: () => void;
  onGoTo: (key: string) => void;
}) {
  const narrow = useIsNarrow();
  const blocked = missing.length > 0;
  const late = data.late && data.deadline;
  // Level fields a person not classified this year must leave empty (the server still asks for them).
  const blockedLevels = new Set(
    data.ruling && !data.ruling.evaluated
      ? allFields(data.definition)
          .filter(({ field }) => field.type === 'level')
          .map(({ field }) => field.key)
      : [],
  );
  return (
    <Flex vertical gap={16}>
      {editable && !narrow ? (
        <Card size="small" title="Lưu bản nháp">
          <Flex vertical gap={8}>
            {statusLine}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              Bản nháp tự lưu 2 giây sau lần sửa cuối.
            </Typography.Text>
            <Button
              icon={<SaveOutlined />}
              onClick={onSave}
              loading={saving}
              disabled={stale}
              style={{ alignSelf: 'flex-start' }}
            >
              Lưu
            </Button>
          </Flex>
        </Card>
      ) : null}
      {editable ? (
        <Card
          size="small"
          title={blocked ? `Còn thiếu (${missing.length})` : 'Còn thiếu'}
          data-testid="missing-panel"
          data-count={missing.length}
        >
          {blocked ? (
            <ol style={{ margin: 0, paddingInlineStart: 20, maxHeight: 320, overflowY: 'auto' }}>
              {missing.map((m) => (
                <li key={m.key} style={{ marginBottom: 4 }}>
                  <Typography.Link onClick={() => onGoTo(m.key)} data-testid="missing-link" data-key={m.key}>
                    {m.label.length > 90 ? `${m.label.slice(0, 88)}…` : m.label}
                  </Typography.Link>
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{m.sectionHeading}</div>
                  {blockedLevels.has(m.key) ? (
                    <div style={{ fontSize: 12, color: '#ad6800' }}>
                      Năm nay bạn không được xếp loại nên không chọn được mức; vui lòng báo thư ký kỳ đánh
                      giá.
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <Typography.Text type="success">
              <CheckCircleOutlined /> Đã điền đủ các mục bắt buộc.
            </Typography.Text>
          )}
        </Card>
      ) : null}
      {submittable ? (
        <Flex vertical gap={6}>
          <Popconfirm
            title="Nộp bản kiểm điểm?"
            description={
              <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 300 }}>
                Sau khi nộp, bạn không sửa được nữa, trừ khi được trả lại.
                {late
                  ? ` Đã quá hạn ${formatVnDate(data.deadline)}: bản kiểm điểm sẽ được ghi là nộp muộn.`
                  : ''}
              </Typography.Text>
            }
            okText="Nộp"
            cancelText="Hủy"
            okButtonProps={{ 'data-testid': 'submit-confirm' }}
            onConfirm={onSubmit}
            disabled={blocked || stale}
          >
            <Button
              type="primary"
              size="large"
              block
              icon={<SendOutlined />}
              disabled={blocked || stale}
              loading={moving}
              data-testid="submit-button"
            >
              Nộp bản kiểm điểm
            </Button>
          </Popconfirm>
          {blocked ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="submit-blocked">
              Chưa nộp được: còn {missing.length} mục chưa điền (xem “Còn thiếu”).
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
      {finalisable ? (
        <Flex vertical gap={6}>
          <Popconfirm
            title="Hoàn tất bản kiểm điểm?"
            description={
              <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 300 }}>
                Sau khi hoàn tất, bản kiểm điểm được khóa, không sửa được nữa.
              </Typography.Text>
            }
            okText="Hoàn tất"
            cancelText="Hủy"
            okButtonProps={{ 'data-testid': 'finalise-confirm' }}
            onConfirm={onFinalise}
            disabled={blocked || stale}
          >
            <Button
              type="primary"
              size="large"
              block
              icon={<CheckCircleOutlined />}
              disabled={blocked || stale}
              loading={moving}
              data-testid="finalise-button"
            >
              Hoàn tất
            </Button>
          </Popconfirm>
          {blocked ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              Chưa hoàn tất được: còn {missing.length} mục chưa điền.
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
