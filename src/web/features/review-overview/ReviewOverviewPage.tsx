/**
 * /ky-danh-gia/:id/tu-kiem-diem (issue 5.8): the reviewers' overview of the cycle's self-reviews and
 * collective reports. The secretary and the leadership see every unit, a unit head or deputy their
 * own unit (the server decides). Per-unit submission counts, a filterable table, and a drawer to
 * read one review and act on it (return, reopen, score, suggest, waive).
 */
import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Input, Popconfirm, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { REVIEW_STATES, type ReviewState } from '../../../domain/review.js';
import { useAuth } from '../../app/auth.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useCycleList } from '../progress/useProgress.js';
import { AddFormModal } from './AddFormModal.js';
import { filterReviews, isReviewState, stateLabel, totalSummary, unitSummaries } from './format.js';
import { ReviewDrawer } from './ReviewDrawer.js';
import { ReviewsTable } from './ReviewsTable.js';
import { SubmissionSummary } from './SubmissionSummary.js';
import { useActionError } from './useActionError.js';
import { useCycleReviews, useRecomputeAssignment } from './useReviewOverview.js';

export function ReviewOverviewPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const fail = useActionError();
  const cycles = useCycleList();
  const reviews = useCycleReviews(id);
  const recompute = useRecomputeAssignment(id);
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });

  const unitId = params.get('unitId') || undefined;
  const rawState = params.get('state');
  const state: ReviewState | undefined = isReviewState(rawState) ? rawState : undefined;
  const openId = params.get('review');

  const setParam = (key: string, value: string | undefined) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key !== 'review' },
    );
    if (key !== 'review') setPaging((p) => ({ ...p, page: 1 }));
  };

  const items = reviews.data?.items;
  const units = useMemo(() => unitSummaries(items ?? []), [items]);
  const total = useMemo(() => totalSummary(items ?? []), [items]);
  const shown = useMemo(() => filterReviews(items ?? [], { unitId, state, q }), [items, unitId, state, q]);
  const cycle = cycles.data?.items.find((c) => c.id === id);
  const running = cycle?.state === 'running';
  const manage = can('cycles.manage');
  const manyUnits = units.length > 1;

  const back = (
    <NavButton to={`/ky-danh-gia/${encodeURIComponent(id)}/tien-do`} icon={<ArrowLeftOutlined />}>
      Về tiến độ
    </NavButton>
  );
  const title = cycle ? `Bản kiểm điểm — ${cycle.title}` : 'Bản kiểm điểm';

  if (reviews.error) {
    return (
      <>
        <PageHeader title={title} extra={back} />
        <QueryError error={reviews.error} onRetry={() => reviews.refetch()} />
      </>
    );
  }
  if (!items) return <LoadingBlock />;

  return (
    <>
      <PageHeader
        title={title}
        subtitle="Bản tự kiểm điểm của cá nhân và báo cáo kiểm điểm của tập thể."
        extra={
          <>
            {manage && running ? (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  Giao thêm biểu mẫu
                </Button>
                <Popconfirm
                  title="Tính lại phân công biểu mẫu?"
                  description="Giao biểu mẫu theo thông tin cá nhân hiện tại; bản đã viết và bản giao thêm được giữ nguyên."
                  okText="Tính lại"
                  cancelText="Hủy"
                  onConfirm={() =>
                    recompute.mutateAsync().then(
                      (r) =>
                        void message.success(
                          r.created + r.removed === 0
                            ? 'Phân công đã đúng với thông tin cá nhân; không có thay đổi.'
                            : `Đã tính lại phân công: thêm ${r.created}, bỏ ${r.removed} bản chưa viết.`,
                        ),
                      (e: unknown) => fail(e),
                    )
                  }
                >
                  <Button icon={<SyncOutlined />} loading={recompute.isPending}>
                    Tính lại phân công
                  </Button>
                </Popconfirm>
              </>
            ) : null}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => reviews.refetch()}
              loading={reviews.isFetching}
              aria-label="Tải lại"
            >
              Tải lại
            </Button>
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        {cycle && !running ? (
          <Alert
            type="info"
            showIcon
            title={
              cycle.state === 'draft'
                ? 'Kỳ đánh giá chưa bắt đầu; biểu mẫu được giao khi kỳ bắt đầu.'
                : 'Kỳ đánh giá đã kết thúc; bản kiểm điểm chỉ để xem.'
            }
          />
        ) : null}
        <SubmissionSummary
          total={total}
          units={units}
          selectedUnitId={unitId}
          onSelectUnit={manyUnits ? (u) => setParam('unitId', u) : undefined}
        />
        <Card size="small">
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} md={8}>
              <Input.Search
                allowClear
                placeholder="Tìm theo tên (gõ có dấu hoặc không dấu)"
                aria-label="Tìm theo tên"
                value={q}
                onChange={(e) => {
                  setQ(e.target.value);
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
              />
            </Col>
            {manyUnits ? (
              <Col xs={24} sm={12} md={8}>
                <Select
                  allowClear
                  style={{ width: '100%' }}
                  placeholder="Tất cả đơn vị"
                  aria-label="Lọc theo đơn vị"
                  data-testid="filter-unit"
                  value={unitId}
                  onChange={(v: string | undefined) => setParam('unitId', v)}
                  options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
                />
              </Col>
            ) : null}
            <Col xs={24} sm={12} md={8}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder="Tất cả trạng thái"
                aria-label="Lọc theo trạng thái"
                data-testid="filter-state"
                value={state}
                onChange={(v: ReviewState | undefined) => setParam('state', v)}
                options={REVIEW_STATES.map((s) => ({ value: s, label: stateLabel(s) }))}
              />
            </Col>
          </Row>
          <ReviewsTable
            items={shown}
            loading={reviews.isFetching && !reviews.data}
            showUnit={manyUnits}
            onOpen={(r) => setParam('review', r.id)}
            page={paging.page}
            pageSize={paging.pageSize}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
          />
        </Card>
      </Flex>
      <ReviewDrawer reviewId={openId} onClose={() => setParam('review', undefined)} />
      {manage ? <AddFormModal cycleId={id} open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
