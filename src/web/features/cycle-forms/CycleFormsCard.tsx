/**
 * "Biểu mẫu" on the cycle page: the cycle's own copy of each form, with its frame, whether its content
 * was checked against the source text (the source readable in full), "Xem" (a drawer with the paper
 * as the writer will see it) and, for the secretary while the cycle is a draft, "Sửa".
 */
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Flex, Tag, Typography } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import { FORM_LABELS } from '../../../domain/forms/catalogue.js';
import { formatPoints } from '../../../domain/forms/scoring.js';
import { FORM_CODES, type FormCode } from '../../../domain/forms/types.js';
import { allFields } from '../../../domain/forms/walk.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { vnDateOfInstant } from '../cycles/format.js';
import { FRAME_LABELS, groupsTotal } from './edit.js';
import { FormPreview } from './FormPreview.js';
import type { CycleForm } from './types.js';
import { useCycleForms } from './useCycleForms.js';

export const cycleFormPath = (cycleId: string, code: FormCode) =>
  `/ky-danh-gia/${encodeURIComponent(cycleId)}/bieu-mau/${encodeURIComponent(code)}`;

/** Frame and verification tags of a form; the source is printed beside them by the caller. */
export function FormTags({ form }: { form: CycleForm }) {
  const def = form.definition;
  return (
    <Flex gap={6} wrap align="center">
      <Tag color={def.frame === 'party' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
        {FRAME_LABELS[def.frame]}
      </Tag>
      {def.verified ? (
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          Đã kiểm chứng
        </Tag>
      ) : (
        <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="unverified-tag">
          Chưa kiểm chứng
        </Tag>
      )}
      {form.version > 1 ? (
        <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="edited-tag">
          Đã điều chỉnh {vnDateOfInstant(form.updatedAt)}
        </Tag>
      ) : null}
    </Flex>
  );
}

/** "Nguồn: …", one line that opens in full. */
export function FormSource({ source }: { source: string }) {
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ marginBottom: 0, fontSize: 13 }}
      ellipsis={{ rows: 1, expandable: 'collapsible', symbol: (open) => (open ? 'Thu gọn' : 'Xem nguồn') }}
    >
      Nguồn: {source}
    </Typography.Paragraph>
  );
}

/** In the catalogue's order (the server lists them by code). */
const sortedForms = (forms: readonly CycleForm[]) =>
  [...forms].sort((a, b) => FORM_CODES.indexOf(a.code) - FORM_CODES.indexOf(b.code));

function summary(form: CycleForm): string {
  const def = form.definition;
  const parts = [`${allFields(def).length} trường`];
  if (def.scoreTable)
    parts.push(`bảng điểm ${formatPoints(def.scoreTable.max ?? groupsTotal(def.scoreTable))} điểm`);
  return parts.join(', ');
}

export function CycleFormsCard({
  cycleId,
  year,
  canManage,
}: {
  cycleId: string;
  year: number;
  canManage: boolean;
}) {
  const phone = useIsPhone();
  const forms = useCycleForms(cycleId);
  const [preview, setPreview] = useState<CycleForm | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const editable = forms.data?.editable === true;
  const canEdit = editable && canManage;

  let body: ReactNode;
  if (forms.error) body = <QueryError error={forms.error} onRetry={() => forms.refetch()} />;
  else if (!forms.data) body = <LoadingBlock />;
  else {
    body = (
      <Flex vertical gap={12}>
        {!editable ? (
          <Alert
            type="info"
            showIcon
            data-testid="forms-locked-note"
            title="Kỳ đã bắt đầu: biểu mẫu không sửa được nữa."
            description="Mọi bản kiểm điểm của kỳ được viết theo cùng một bản biểu mẫu này."
          />
        ) : canManage ? (
          <Typography.Text type="secondary">
            Đây là bản sao biểu mẫu riêng của kỳ. Có thể sửa câu chữ, tiêu chí và điểm cho đến khi bắt đầu kỳ;
            sau đó biểu mẫu không sửa được nữa.
          </Typography.Text>
        ) : null}
        <div>
          {sortedForms(forms.data.forms).map((f, i) => (
            <Fragment key={f.id}>
              {i > 0 ? <div style={{ borderTop: '1px solid rgba(5, 5, 5, 0.06)' }} /> : null}
              <Flex
                data-testid="cycle-form-row"
                data-code={f.code}
                gap={12}
                vertical={phone}
                justify="space-between"
                align={phone ? 'stretch' : 'flex-start'}
                style={{ padding: '12px 0' }}
              >
                <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text strong>{FORM_LABELS[f.code]}</Typography.Text>
                  <Typography.Text>
                    {f.definition.title}{' '}
                    <Typography.Text type="secondary">
                      {f.definition.audience} · {summary(f)}
                    </Typography.Text>
                  </Typography.Text>
                  <FormTags form={f} />
                  <FormSource source={f.definition.source} />
                </Flex>
                <Flex gap={8} style={{ flexShrink: 0 }}>
                  <Button
                    icon={<EyeOutlined />}
                    onClick={() => {
                      setPreview(f);
                      setPreviewOpen(true);
                    }}
                    aria-label={`Xem ${FORM_LABELS[f.code]}`}
                    data-testid="view-form"
                  >
                    Xem
                  </Button>
                  {canEdit ? (
                    <NavButton
                      to={cycleFormPath(cycleId, f.code)}
                      icon={<EditOutlined />}
                      aria-label={`Sửa ${FORM_LABELS[f.code]}`}
                      data-testid="edit-form"
                    >
                      Sửa
                    </NavButton>
                  ) : null}
                </Flex>
              </Flex>
            </Fragment>
          ))}
        </div>
      </Flex>
    );
  }

  return (
    <Card
      title="Biểu mẫu"
      data-testid="cycle-forms"
      styles={{ body: { padding: phone ? 12 : '12px 16px' } }}
      extra={
        forms.data ? (
          <Typography.Text type="secondary">{forms.data.forms.length} biểu mẫu</Typography.Text>
        ) : null
      }
    >
      {body}
      <Drawer
        open={previewOpen}
        onClose={() => setPreviewOpen(false)}
        afterOpenChange={(open) => {
          if (!open) setPreview(null);
        }}
        size={phone ? '100%' : 920}
        title={preview ? FORM_LABELS[preview.code] : ''}
        styles={phone ? { body: { padding: 12 } } : undefined}
        destroyOnHidden
      >
        {preview ? <FormPreview definition={preview.definition} year={year} /> : null}
      </Drawer>
    </Card>
  );
}
