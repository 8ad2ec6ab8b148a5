/**
 * /ky-danh-gia/:id/bieu-mau/:code: one form of a cycle. The secretary edits it while the cycle is a
 * draft; anyone else, or anyone once the cycle has started, sees it as the writer will.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Result, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { FORM_LABELS } from '../../../domain/forms/catalogue.js';
import { FORM_CODES, type FormCode } from '../../../domain/forms/types.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useCycle } from '../cycles/useCycles.js';
import { FormSource, FormTags } from './CycleFormsCard.js';
import { FormEditor } from './FormEditor.js';
import { FormPreview } from './FormPreview.js';
import { useCycleForms } from './useCycleForms.js';

const isFormCode = (s: string): s is FormCode => (FORM_CODES as readonly string[]).includes(s);

function BackLink({ cycleId, title }: { cycleId: string; title?: string }) {
  return (
    <Link
      to={`/ky-danh-gia/${encodeURIComponent(cycleId)}`}
      data-testid="back-to-cycle"
      style={{ display: 'inline-flex', gap: 6, marginBottom: 8 }}
    >
      <ArrowLeftOutlined />
      {title ?? 'Kỳ đánh giá'}
    </Link>
  );
}

export function CycleFormPage() {
  const { id = '', code = '' } = useParams();
  const cycle = useCycle(id);
  const forms = useCycleForms(id);

  const error = cycle.error ?? forms.error;
  if (error) {
    return (
      <>
        <BackLink cycleId={id} />
        <QueryError
          error={error}
          onRetry={() => {
            void cycle.refetch();
            void forms.refetch();
          }}
        />
      </>
    );
  }
  if (!cycle.data || !forms.data) return <LoadingBlock />;
  const c = cycle.data;
  const form = isFormCode(code) ? forms.data.forms.find((f) => f.code === code) : undefined;
  if (!form) {
    return (
      <Result
        status="404"
        title="Không có biểu mẫu này"
        subTitle={`${c.title} không dùng biểu mẫu này.`}
        extra={
          <NavButton to={`/ky-danh-gia/${encodeURIComponent(c.id)}`} type="primary">
            Về {c.title.toLowerCase()}
          </NavButton>
        }
      />
    );
  }
  const canEdit = forms.data.editable && c.canManage;

  return (
    <>
      <BackLink cycleId={c.id} title={c.title} />
      <PageHeader
        title={canEdit ? `Sửa biểu mẫu: ${FORM_LABELS[form.code]}` : FORM_LABELS[form.code]}
        subtitle={
          <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">{c.title}</Typography.Text>
            <FormTags form={form} />
          </Flex>
        }
      />
      {canEdit ? (
        <FormEditor
          key={form.id}
          cycle={c}
          form={form}
          onReload={async () => {
            const [fresh] = await Promise.all([forms.refetch(), cycle.refetch()]);
            return fresh.data?.forms.find((f) => f.code === form.code) ?? null;
          }}
        />
      ) : (
        <Flex vertical gap={16}>
          <Alert
            type="info"
            showIcon
            data-testid="forms-locked-note"
            title={
              forms.data.editable
                ? 'Chỉ thư ký kỳ đánh giá sửa được biểu mẫu.'
                : 'Kỳ đã bắt đầu: biểu mẫu không sửa được nữa.'
            }
          />
          <FormSource source={form.definition.source} />
          <FormPreview definition={form.definition} year={c.year} />
        </Flex>
      )}
    </>
  );
}
