/** The person form with its buttons; used to add a person and (in a modal) to edit one. */
import { Button, Flex, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { useUnits } from '../org/useUnits.js';
import { PersonFormFields } from './PersonFormFields.js';
import type { PersonFormValues } from './personForm.js';

export function PersonForm({
  form,
  initialValues,
  onSubmit,
  submitting,
  submitText,
  onCancel,
  banner,
}: {
  form: FormInstance<PersonFormValues>;
  initialValues: PersonFormValues;
  onSubmit: (values: PersonFormValues) => void;
  submitting: boolean;
  submitText: string;
  onCancel: () => void;
  banner?: ReactNode;
}) {
  const units = useUnits();
  if (!units.data) return <LoadingBlock />;
  return (
    <Form<PersonFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError
    >
      {banner}
      <PersonFormFields units={units.data.items} />
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onCancel}>Hủy</Button>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitText}
        </Button>
      </Flex>
    </Form>
  );
}
