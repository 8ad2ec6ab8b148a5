/**
 * The secretary's editor of one form of a draft cycle: title and audience, the section tree, the point
 * table, and a preview as the writer will see it. The definition's problems are checked as she types
 * (the same `definitionProblems` the server runs) and "Lưu" stays off until there are none; it sends
 * the whole definition with the version it was read at. A 409 (someone saved first, or the cycle has
 * started) shows an Alert with "Tải lại"; a 400 lists the server's messages.
 */
import { CloseOutlined, HistoryOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Popconfirm, Row, Tabs, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { formDefinition } from '../../../domain/forms/catalogue.js';
import type { FormDefinition } from '../../../domain/forms/types.js';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { useIsNarrow } from '../../components/useIsMobile.js';
import { vnDateOfInstant } from '../cycles/format.js';
import type { CycleDetail } from '../cycles/types.js';
import { FormSource } from './CycleFormsCard.js';
import type { Edit } from './controls.js';
import { editorProblems, FRAME_LABELS, finalizeKeys, sameDefinition, serverProblems } from './edit.js';
import { FormPreview } from './FormPreview.js';
import { PointTableEditor } from './PointTableEditor.js';
import { SectionsEditor } from './SectionsEditor.js';
import type { CycleForm } from './types.js';
import { useSaveCycleForm } from './useCycleForms.js';

interface Saved {
  version: number;
  definition: FormDefinition;
  updatedAt: string;
}

interface Conflict {
  /** stale: someone saved this form first; started: the cycle is no longer a draft. */
  kind: 'stale' | 'started';
  message: string;
}

const savedOf = (f: CycleForm): Saved => ({
  version: f.version,
  definition: f.definition,
  updatedAt: f.updatedAt,
});

function ProblemsAlert({ problems, compact }: { problems: string[]; compact?: boolean }) {
  if (problems.length === 0) {
    return compact ? null : (
      <Alert type="success" showIcon data-testid="form-valid" title="Biểu mẫu hợp lệ, có thể lưu." />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      id="form-problems"
      data-testid="form-problems"
      title={`Còn ${problems.length} lỗi cần sửa trước khi lưu`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      }
    />
  );
}

export function FormEditor({
  cycle,
  form,
  onReload,
}: {
  cycle: CycleDetail;
  form: CycleForm;
  /** Loads the cycle's forms again; the newest copy of this form, or null. */
  onReload: () => Promise<CycleForm | null>;
}) {
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const narrow = useIsNarrow();
  const save = useSaveCycleForm(cycle.id);
  const [saved, setSaved] = useState<Saved>(() => savedOf(form));
  const [draft, setDraft] = useState<FormDefinition>(form.definition);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [reloading, setReloading] = useState(false);
  const [tab, setTab] = useState('soan');

  const dirty = useMemo(() => !sameDefinition(draft, saved.definition), [draft, saved]);
  const problems = useMemo(() => editorProblems(draft), [draft]);
  const original = useMemo(() => formDefinition(cycle.regime, form.code), [cycle.regime, form.code]);
  const isOriginal = original !== null && sameDefinition(draft, original);

  const edit: Edit = useCallback((fn) => {
    setDraft((d) => fn(d));
    setServerErrors([]);
  }, []);

  // A newer copy loaded in the background (another tab saved) replaces an untouched draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version of the form matters
  useEffect(() => {
    if (form.version === saved.version || dirty) return;
    setSaved(savedOf(form));
    setDraft(form.definition);
  }, [form.version]);

  // Leaving with unsaved changes asks first: another page of the app, or closing the tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blockerRef = useRef(blocker);
  blockerRef.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: 'Biểu mẫu còn thay đổi chưa lưu',
      content: 'Rời trang thì những thay đổi này sẽ mất.',
      okText: 'Bỏ thay đổi và rời trang',
      okButtonProps: { danger: true },
      cancelText: 'Ở lại',
      onOk: () => blockerRef.current.proceed?.(),
      onCancel: () => blockerRef.current.reset?.(),
    });
  }, [blocker.state, modal]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = async () => {
    if (problems.length > 0 || !dirty) return;
    const definition = finalizeKeys(draft);
    try {
      const row = await save.mutateAsync({ code: form.code, version: saved.version, definition });
      setSaved(savedOf(row));
      setDraft(row.definition);
      setServerErrors([]);
      message.success('Đã lưu biểu mẫu.');
    } catch (e) {
      if (isApiError(e) && e.code === 'stale_version') {
        setConflict({ kind: 'stale', message: e.message });
      } else if (isApiError(e) && e.status === 409) {
        setConflict({ kind: 'started', message: e.message });
      } else if (isApiError(e) && e.status === 400) {
        setServerErrors(e.details.length > 0 ? serverProblems(definition, e.details) : [e.message]);
        message.error('Chưa lưu được: máy chủ từ chối biểu mẫu, xem các lỗi bên cạnh.');
      } else onError(e);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setSaved(savedOf(fresh));
        setDraft(fresh.definition);
      }
      setConflict(null);
      setServerErrors([]);
    } finally {
      setReloading(false);
    }
  };

  const canSave = dirty && problems.length === 0 && conflict === null;
  const statusText = dirty
    ? 'Có thay đổi chưa lưu.'
    : saved.version > 1
      ? `Đã lưu (lần sửa thứ ${saved.version - 1}, ngày ${vnDateOfInstant(saved.updatedAt)}).`
      : 'Chưa sửa gì: biểu mẫu đang giống mẫu của hệ thống.';

  const saveButton = (
    <Button
      type="primary"
      icon={<SaveOutlined />}
      onClick={() => void submit()}
      loading={save.isPending}
      disabled={!canSave}
      data-testid="save-form"
      block={!narrow}
    >
      Lưu
    </Button>
  );

  const panel = (
    <Card size="small" title="Lưu biểu mẫu" data-testid="save-panel">
      <Flex vertical gap={12}>
        <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="dirty-state">
          {statusText}
        </Typography.Text>
        <ProblemsAlert problems={problems} />
        {saveButton}
        <Popconfirm
          title="Bỏ mọi thay đổi chưa lưu?"
          okText="Bỏ thay đổi"
          cancelText="Không"
          onConfirm={() => setDraft(saved.definition)}
          disabled={!dirty}
        >
          <Button icon={<CloseOutlined />} disabled={!dirty} block>
            Hủy thay đổi
          </Button>
        </Popconfirm>
        {original ? (
          <Popconfirm
            title="Khôi phục mẫu gốc?"
            description={
              <span style={{ display: 'block', maxWidth: 300 }}>
                Nội dung đang soạn được thay bằng mẫu của hệ thống; bấm “Lưu” để áp dụng cho kỳ.
              </span>
            }
            okText="Khôi phục"
            cancelText="Không"
            onConfirm={() => edit(() => structuredClone(original))}
            disabled={isOriginal}
          >
            <Button icon={<HistoryOutlined />} type="text" disabled={isOriginal} block>
              Khôi phục mẫu gốc
            </Button>
          </Popconfirm>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          Sửa được đến khi bắt đầu kỳ. Bản kiểm điểm của mọi người trong kỳ đều theo bản đã lưu này.
        </Typography.Text>
      </Flex>
    </Card>
  );

  const content = (
    <Flex vertical gap={16}>
      {narrow ? <ProblemsAlert problems={problems} compact /> : null}
      <Card size="small" title="Tiêu đề và đối tượng">
        <Form layout="vertical" component="div">
          <Form.Item
            label="Tiêu đề"
            htmlFor="cycle-form-title"
            validateStatus={draft.title.trim() ? undefined : 'error'}
            help={draft.title.trim() ? undefined : 'Vui lòng nhập tiêu đề biểu mẫu.'}
          >
            <Input.TextArea
              id="cycle-form-title"
              value={draft.title}
              autoSize={{ minRows: 1, maxRows: 3 }}
              maxLength={500}
              onChange={(e) => {
                const title = e.target.value;
                edit((d) => ({ ...d, title }));
              }}
            />
          </Form.Item>
          <Form.Item
            label="Đối tượng áp dụng (in dưới tiêu đề)"
            htmlFor="cycle-form-audience"
            style={{ marginBottom: 12 }}
          >
            <Input
              id="cycle-form-audience"
              value={draft.audience}
              maxLength={500}
              placeholder="(Cá nhân không giữ chức vụ lãnh đạo, quản lý)"
              onChange={(e) => {
                const audience = e.target.value;
                edit((d) => ({ ...d, audience }));
              }}
            />
          </Form.Item>
        </Form>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {FRAME_LABELS[draft.frame]} · {draft.verified ? 'Đã kiểm chứng' : 'Chưa kiểm chứng'} với văn bản
            gốc
          </Typography.Text>
          <FormSource source={draft.source} />
        </Flex>
      </Card>
      <Card size="small" title="Các mục và trường">
        <SectionsEditor def={draft} edit={edit} focusKey={focusKey} onAdded={setFocusKey} />
      </Card>
      {draft.scoreTable ? (
        <Card size="small" title="Bảng điểm">
          <PointTableEditor
            def={draft}
            table={draft.scoreTable}
            edit={edit}
            focusKey={focusKey}
            onAdded={setFocusKey}
          />
        </Card>
      ) : null}
    </Flex>
  );

  let alert: ReactNode = null;
  if (conflict) {
    alert = (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="conflict-alert"
        title={conflict.message}
        description={
          conflict.kind === 'stale'
            ? 'Người khác vừa lưu biểu mẫu này. Bấm “Tải lại” để mở bản mới nhất; những gì bạn vừa sửa sẽ mất, nên ghi lại trước khi tải.'
            : 'Kỳ đánh giá đã bắt đầu nên biểu mẫu không sửa được nữa. Bấm “Tải lại” để xem bản đã dùng cho kỳ.'
        }
        action={
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={reloading}>
            Tải lại
          </Button>
        }
      />
    );
  } else if (serverErrors.length > 0) {
    alert = (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="server-errors"
        title="Máy chủ chưa nhận biểu mẫu"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {serverErrors.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        }
      />
    );
  }

  return (
    <>
      {alert ? <div style={{ marginBottom: 16 }}>{alert}</div> : null}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={16} xl={17} style={{ minWidth: 0 }}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'soan', label: 'Soạn nội dung', children: content },
              {
                key: 'xem',
                label: 'Xem trước',
                children: <FormPreview definition={draft} year={cycle.year} />,
              },
            ]}
          />
        </Col>
        {narrow ? null : (
          <Col lg={8} xl={7}>
            <div style={{ position: 'sticky', top: 72 }}>{panel}</div>
          </Col>
        )}
      </Row>
      {narrow ? (
        <div
          data-testid="save-bar"
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
            {problems.length > 0 ? (
              <Button
                type="link"
                danger
                style={{ paddingInline: 0 }}
                onClick={() => {
                  setTab('soan');
                  document
                    .getElementById('form-problems')
                    ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                }}
              >
                Còn {problems.length} lỗi
              </Button>
            ) : (
              <Typography.Text type={dirty ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
                {dirty ? 'Có thay đổi chưa lưu' : 'Không có thay đổi'}
              </Typography.Text>
            )}
            <Flex gap={8}>
              <Popconfirm
                title="Bỏ mọi thay đổi chưa lưu?"
                okText="Bỏ thay đổi"
                cancelText="Không"
                onConfirm={() => setDraft(saved.definition)}
                disabled={!dirty}
              >
                <Button icon={<CloseOutlined />} disabled={!dirty}>
                  Hủy
                </Button>
              </Popconfirm>
              {saveButton}
            </Flex>
          </Flex>
        </div>
      ) : null}
    </>
  );
}
