/** /nhan-su/them: add a person (POST /api/people), then open their page. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { apiPost } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PersonForm } from './PersonForm.js';
import { emptyPersonValues, type PersonFormValues, valuesToPayload } from './personForm.js';

export function PersonCreatePage() {
  const [form] = Form.useForm<PersonFormValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const create = useMutation({
    mutationFn: (v: PersonFormValues) =>
      apiPost<{ id: string; version: number }>('/api/people', valuesToPayload(v)),
    onSuccess: async ({ id }) => {
      message.success('Đã thêm người.');
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['units'] });
      void navigate(`/nhan-su/${id}`);
    },
    onError: (e) => onError(e, form),
  });
  return (
    <>
      <PageHeader title="Thêm người" />
      <Card>
        <PersonForm
          form={form}
          initialValues={emptyPersonValues()}
          onSubmit={(v) => create.mutate(v)}
          submitting={create.isPending}
          submitText="Thêm người"
          onCancel={() => navigate('/nhan-su')}
        />
      </Card>
    </>
  );
}
