/** "Kỷ luật": party and administrative disciplinary decisions. */
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  DISCIPLINE_SYSTEM_LABELS,
  DISCIPLINE_SYSTEMS,
  type DisciplineForm,
  type DisciplineSystem,
} from '../../../../domain/org.js';
import { DateInput } from '../../../components/DateInput.js';
import { dayjsToIso, formatVnDate } from '../../../components/dates.js';
import type { DisciplineRow, PersonDetail } from '../types.js';
import { AddHistoryModal } from './AddHistoryModal.js';
import { HistoryTable } from './HistoryTable.js';

interface Values {
  system: DisciplineSystem;
  form: DisciplineForm;
  decidedOn: Dayjs;
  effectiveFrom: Dayjs;
  reason?: string;
}

export function DisciplinesTab({ person }: { person: PersonDetail }) {
  const [adding, setAdding] = useState(false);
  return (
    <>
      <HistoryTable<DisciplineRow>
        personId={person.id}
        version={person.version}
        path="disciplines"
        rows={person.disciplines}
        canEdit={person.canEdit}
        addText="Thêm kỷ luật"
        emptyText="Không có quyết định kỷ luật nào."
        onAdd={() => setAdding(true)}
        columns={[
          {
            title: 'Hệ thống',
            dataIndex: 'system',
            render: (s: DisciplineSystem) => DISCIPLINE_SYSTEM_LABELS[s],
          },
          { title: 'Hình thức', dataIndex: 'form', render: (f: DisciplineForm) => DISCIPLINE_FORM_LABELS[f] },
          { title: 'Ngày quyết định', dataIndex: 'decidedOn', render: (d: string) => formatVnDate(d) },
          { title: 'Ngày có hiệu lực', dataIndex: 'effectiveFrom', render: (d: string) => formatVnDate(d) },
          { title: 'Lý do', dataIndex: 'reason' },
        ]}
      />
      <AddHistoryModal<Values>
        open={adding}
        title="Thêm kỷ luật"
        personId={person.id}
        version={person.version}
        path="disciplines"
        initialValues={{ system: 'administrative', form: 'khien_trach' }}
        toValue={(v) => ({
          system: v.system,
          form: v.form,
          decidedOn: dayjsToIso(v.decidedOn),
          effectiveFrom: dayjsToIso(v.effectiveFrom),
          reason: v.reason ?? '',
        })}
        onClose={() => setAdding(false)}
      >
        <Form.Item name="system" label="Hệ thống kỷ luật" rules={[{ required: true }]}>
          <Select
            options={DISCIPLINE_SYSTEMS.map((s) => ({ value: s, label: DISCIPLINE_SYSTEM_LABELS[s] }))}
          />
        </Form.Item>
        <Form.Item name="form" label="Hình thức" rules={[{ required: true }]}>
          <Select options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: DISCIPLINE_FORM_LABELS[f] }))} />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label="Ngày quyết định"
          rules={[{ required: true, message: 'Vui lòng nhập ngày quyết định.' }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label="Ngày có hiệu lực"
          dependencies={['decidedOn']}
          rules={[
            { required: true, message: 'Vui lòng nhập ngày có hiệu lực.' },
            ({ getFieldValue }) => ({
              validator: (_r, value: Dayjs | null) => {
                const decided = getFieldValue('decidedOn') as Dayjs | null;
                return !value || !decided || !value.isBefore(decided, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Ngày có hiệu lực không thể trước ngày quyết định.'));
              },
            }),
          ]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="reason" label="Lý do">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </AddHistoryModal>
    </>
  );
}
