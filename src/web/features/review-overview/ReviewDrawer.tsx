/**
 * Reading one review: who, which form, its state, the answers section by section (heading and text),
 * the point table, the suggestions and the history; with the actions the server's `can` allows:
 * return with a comment, reopen for "tiếp thu", score the manager's or authority's column, send a
 * review suggestion, and for the secretary waive or restore the form.
 */
import { Alert, App, Button, Descriptions, Divider, Drawer, Empty, Flex, List, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import type { FormSection } from '../../../domain/forms/types.js';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import { useAuth } from '../../app/auth.js';
import { formatVnDate, formatVnDateTime } from '../../components/dates.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { answerText, editableColumns, maySuggest, REVIEW_STATE_COLORS, versionEventLabel } from './format.js';
import { ReturnModal, SuggestionModal, type SuggestionTarget, WaiveModal } from './ReviewModals.js';
import { ScoreTableEditor } from './ScoreTableEditor.js';
import type { ReviewDetail } from './types.js';
import { useActionError } from './useActionError.js';
import { useReopenReview, useReview, useScoreReview, useWaiveReview } from './useReviewOverview.js';

export const reviewSubject = (d: Pick<ReviewDetail, 'person' | 'unit'>): string =>
  d.person?.fullName ?? `Tập thể ${d.unit?.name ?? ''}`;

function SectionView({
  section,
  detail,
  depth,
  scoreTable,
}: {
  section: FormSection;
  detail: ReviewDetail;
  depth: number;
  scoreTable: ReactNode;
}) {
  return (
    <section style={{ marginInlineStart: depth > 0 ? 12 : 0 }}>
      <Typography.Title
        level={depth === 0 ? 5 : 5}
        style={{ marginTop: 12, fontSize: depth === 0 ? 15 : 14 }}
      >
        {section.heading}
      </Typography.Title>
      {section.fields.map((f) => {
        const text = answerText(f, detail.review.answers[f.key]);
        return (
          <div key={f.key} style={{ marginBottom: 10 }} data-testid="review-answer" data-key={f.key}>
            <Typography.Text strong style={{ display: 'block', fontSize: 13 }}>
              {f.label}
              {f.filledBy && f.filledBy !== 'person' ? (
                <Tag style={{ marginInlineStart: 6 }}>
                  {f.filledBy === 'manager' ? 'Người quản lý trực tiếp ghi' : 'Cấp có thẩm quyền ghi'}
                </Tag>
              ) : null}
            </Typography.Text>
            {text ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {text}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary" italic>
                Chưa điền
              </Typography.Text>
            )}
          </div>
        );
      })}
      {section.showsScoreTable ? scoreTable : null}
      {(section.sections ?? []).map((s) => (
        <SectionView key={s.key} section={s} detail={detail} depth={depth + 1} scoreTable={scoreTable} />
      ))}
    </section>
  );
}

const showsTable = (sections: readonly FormSection[]): boolean =>
  sections.some((s) => s.showsScoreTable || showsTable(s.sections ?? []));

export function ReviewDrawer({ reviewId, onClose }: { reviewId: string | null; onClose: () => void }) {
  const phone = useIsPhone();
  const { me } = useAuth();
  const { modal, message } = App.useApp();
  const fail = useActionError();
  const review = useReview(reviewId);
  const reopen = useReopenReview();
  const score = useScoreReview();
  const waive = useWaiveReview();
  const [returning, setReturning] = useState(false);
  const [waiving, setWaiving] = useState(false);
  const [suggesting, setSuggesting] = useState<SuggestionTarget | null>(null);
  const d = review.data;
  const current = d && d.review.id === reviewId ? d : undefined;

  let body: ReactNode;
  let extra: ReactNode = null;
  if (review.error) body = <QueryError error={review.error} onRetry={() => review.refetch()} />;
  else if (!current) body = <LoadingBlock />;
  else {
    const r = current.review;
    const subject = reviewSubject(current);
    const running = current.cycle.state === 'running';
    const secretary = me.permissions.includes('cycles.manage');
    const canSuggest =
      running &&
      current.unit !== null &&
      maySuggest(me, { personId: current.person?.id ?? null, unitId: current.unit.id });
    const target = { id: r.id, version: r.version, subject };
    const table = current.definition.scoreTable;
    const scoreTable = table ? (
      <ScoreTableEditor
        key={r.id}
        table={table}
        scores={r.scores}
        editable={editableColumns(current.can)}
        saving={score.isPending ? (score.variables?.column ?? null) : null}
        onSave={(column, scores) =>
          score.mutate(
            { id: r.id, version: r.version, column, scores },
            { onSuccess: () => message.success('Đã lưu điểm.'), onError: (e) => fail(e) },
          )
        }
      />
    ) : null;

    const doReopen = () =>
      modal.confirm({
        title: 'Mở lại để tiếp thu?',
        content: `Bản kiểm điểm của ${subject} được mở lại để người viết tiếp thu kết luận cuộc họp, rồi hoàn tất.`,
        okText: 'Mở lại',
        cancelText: 'Hủy',
        onOk: () =>
          reopen.mutateAsync({ id: r.id, version: r.version }).then(
            () => void message.success('Đã mở lại để tiếp thu.'),
            (e: unknown) => fail(e),
          ),
      });
    const doUnwaive = () =>
      modal.confirm({
        title: 'Bỏ miễn biểu mẫu?',
        content: `${r.formLabel} của ${subject} lại được tính vào số bản phải nộp.`,
        okText: 'Bỏ miễn',
        cancelText: 'Hủy',
        onOk: () =>
          waive.mutateAsync({ id: r.id, version: r.version, reason: null }).then(
            () => void message.success('Đã bỏ miễn biểu mẫu.'),
            (e: unknown) => fail(e),
          ),
      });

    extra = (
      <Flex gap={8} wrap data-testid="review-actions">
        {current.can.return ? (
          <Button danger onClick={() => setReturning(true)}>
            Trả lại
          </Button>
        ) : null}
        {current.can.reopen ? <Button onClick={doReopen}>Mở lại để tiếp thu</Button> : null}
        {canSuggest ? (
          <Button
            onClick={() =>
              setSuggesting({ personId: current.person?.id ?? null, unitId: current.unit?.id ?? '', subject })
            }
          >
            Gửi gợi ý kiểm điểm
          </Button>
        ) : null}
        {secretary && running ? (
          r.waivedReason ? (
            <Button onClick={doUnwaive}>Bỏ miễn</Button>
          ) : (
            <Button onClick={() => setWaiving(true)}>Miễn biểu mẫu</Button>
          )
        ) : null}
      </Flex>
    );

    body = (
      <Flex vertical gap={12}>
        <Flex gap={6} wrap align="center">
          <Tag color={REVIEW_STATE_COLORS[r.state]} data-testid="review-state">
            {r.stateLabel}
          </Tag>
          {r.submittedLate ? <Tag color="red">Nộp muộn</Tag> : null}
          {r.waivedReason ? <Tag color="gold">Đã miễn</Tag> : null}
        </Flex>
        {r.waivedReason ? <Alert type="warning" showIcon title={`Đã miễn: ${r.waivedReason}`} /> : null}
        {r.state === 'returned' && r.returnComment ? (
          <Alert type="warning" showIcon title="Ý kiến khi trả lại" description={r.returnComment} />
        ) : null}
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: 140 } }}
          items={[
            { key: 'form', label: 'Biểu mẫu', children: r.formLabel },
            ...(current.person
              ? [{ key: 'pos', label: 'Chức vụ', children: current.person.positionTitle }]
              : []),
            { key: 'unit', label: 'Đơn vị', children: current.unit?.name ?? '' },
            { key: 'why', label: 'Lý do giao', children: r.assignedReason },
            { key: 'deadline', label: 'Hạn nộp', children: formatVnDate(current.deadline) || 'Không có hạn' },
            {
              key: 'submitted',
              label: 'Nộp lúc',
              children: r.submittedAt ? formatVnDateTime(r.submittedAt) : 'Chưa nộp',
            },
            {
              key: 'level',
              label: 'Mức tự đề xuất',
              children: r.proposedLevel ? LEVEL_LABELS[r.proposedLevel] : 'Chưa đề xuất',
            },
            ...(current.ruling
              ? [
                  {
                    key: 'ruling',
                    label: 'Theo hồ sơ năm nay',
                    children: current.ruling.evaluated
                      ? `Được xếp loại; mức cao nhất: ${current.ruling.maxLevel ? LEVEL_LABELS[current.ruling.maxLevel] : '—'}`
                      : `Không xếp loại${current.ruling.reasons[0] ? `: ${current.ruling.reasons[0].message}` : ''}`,
                  },
                ]
              : []),
          ]}
        />
        {current.missing.length > 0 && r.state !== 'final' ? (
          <Typography.Text type="secondary">
            Còn {current.missing.length} mục người viết chưa điền.
          </Typography.Text>
        ) : null}
        <Divider style={{ margin: '4px 0' }}>Nội dung bản kiểm điểm</Divider>
        <div data-testid="review-content">
          <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
            {current.definition.title}
          </Typography.Title>
          {current.definition.sections.map((s) => (
            <SectionView key={s.key} section={s} detail={current} depth={0} scoreTable={scoreTable} />
          ))}
          {scoreTable && !showsTable(current.definition.sections) ? (
            <>
              <Typography.Title level={5}>Bảng điểm</Typography.Title>
              {scoreTable}
            </>
          ) : null}
        </div>
        <Divider style={{ margin: '4px 0' }}>Gợi ý kiểm điểm</Divider>
        {current.suggestions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có gợi ý kiểm điểm." />
        ) : (
          <List
            size="small"
            data-testid="review-suggestions"
            dataSource={current.suggestions}
            renderItem={(s) => (
              <List.Item>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Typography.Text>{s.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.fromName} · {formatVnDateTime(s.createdAt)}
                    {s.deadline ? ` · hạn ${formatVnDate(s.deadline)}` : ''}
                  </Typography.Text>
                  {s.answer ? (
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                      Giải trình: {s.answer}
                    </Typography.Text>
                  ) : (
                    <Tag color="orange" style={{ alignSelf: 'flex-start' }}>
                      Chưa giải trình
                    </Tag>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        )}
        {current.versions.length > 0 ? (
          <>
            <Divider style={{ margin: '4px 0' }}>Lịch sử</Divider>
            <List
              size="small"
              dataSource={current.versions}
              renderItem={(v) => (
                <List.Item>
                  <Typography.Text>
                    {formatVnDateTime(v.at)} · {versionEventLabel(v.event)} · {v.byName}
                    {v.note ? ` — ${v.note}` : ''}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </>
        ) : null}
        <ReturnModal target={returning ? target : null} onClose={() => setReturning(false)} />
        <WaiveModal target={waiving ? target : null} onClose={() => setWaiving(false)} />
        <SuggestionModal cycleId={current.cycle.id} target={suggesting} onClose={() => setSuggesting(null)} />
      </Flex>
    );
  }

  return (
    <Drawer
      open={reviewId !== null}
      onClose={onClose}
      size={phone ? '100%' : 760}
      title={current ? reviewSubject(current) : 'Bản kiểm điểm'}
      extra={phone ? null : extra}
      footer={phone && extra ? extra : null}
      destroyOnHidden
    >
      <div data-testid="review-drawer">{body}</div>
    </Drawer>
  );
}
