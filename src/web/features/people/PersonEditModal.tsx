/**
 * Edit a person (PUT /api/people/:id with the version read). If someone else saved first the
 * server answers 409 stale_version: its message is shown with "Tải lại", which loads the newest data.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { apiPut, isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { PersonForm } from './PersonForm.js';
import { type PersonFormValues, personToValues, valuesToPayload } from './personForm.js';
import type { PersonDetail } from './types.js';

export function PersonEditModal({
  open,
  person,
  onClose,
  onReload,
}: {
  open: boolean;
  person: PersonDetail;
  onClose: () => void;
  onReload: () => Promise<PersonDetail | undefined>;
}) {
  const [form] = Form.useForm<PersonFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  // The version this form was filled from; a reload moves it forward.
  const [version, setVersion] = useState(person.version);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (!open) return;
    setStale(null);
    setVersion(person.version);
    form.setFieldsValue(personToValues(person));
  }, [open]);

  const save = useMutation({
    mutationFn: (v: PersonFormValues) =>
      apiPut<{ id: string; version: number }>(`/api/people/${person.id}`, {
        version,
        person: valuesToPayload(v),
      }),
    onSuccess: async () => {
      message.success('Đã lưu thông tin.');
      await queryClient.invalidateQueries({ queryKey: ['person', person.id] });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      onClose();
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'stale_version') setStale(e.message);
      else onError(e, form);
    },
  });

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setVersion(fresh.version);
        form.setFieldsValue(personToValues(fresh));
      }
      setStale(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`Sửa thông tin: ${person.fullName}`}
      onCancel={onClose}
      footer={null}
      width={{ xs: '100%', md: 760 }}
      forceRender
    >
      <PersonForm
        form={form}
        initialValues={personToValues(person)}
        onSubmit={(v) => save.mutate(v)}
        submitting={save.isPending}
        submitText="Lưu"
        onCancel={onClose}
        banner={stale ? <StaleAlert message={stale} onReload={reload} reloading={reloading} /> : null}
      />
    </Modal>
  );
}
