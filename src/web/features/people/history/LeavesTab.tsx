/** "Thời gian nghỉ": maternity, sick and other leave periods. */
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { LEAVE_KIND_LABELS, LEAVE_KINDS, type LeaveKind } from '../../../../domain/org.js';
import { DateInput } from '../../../components/DateInput.js';
import { dayjsToIso, formatVnDate } from '../../../components/dates.js';
import type { LeaveRow, PersonDetail } from '../types.js';
import { AddHistoryModal } from './AddHistoryModal.js';
import { HistoryTable } from './HistoryTable.js';

interface Values {
  kind: LeaveKind;
  from: Dayjs;
  to: Dayjs;
  note?: string;
}

export function LeavesTab({ person }: { person: PersonDetail }) {
  const [adding, setAdding] = useState(false);
  return (
    <>
      <HistoryTable<LeaveRow>
        personId={person.id}
        version={person.version}
        path="leaves"
        rows={person.leaves}
        canEdit={person.canEdit}
        addText="Thêm thời gian nghỉ"
        emptyText="Không có thời gian nghỉ nào."
        onAdd={() => setAdding(true)}
        columns={[
          { title: 'Loại nghỉ', dataIndex: 'kind', render: (k: LeaveKind) => LEAVE_KIND_LABELS[k] },
          { title: 'Từ ngày', dataIndex: 'from', render: (d: string) => formatVnDate(d) },
          { title: 'Đến ngày', dataIndex: 'to', render: (d: string) => formatVnDate(d) },
          { title: 'Ghi chú', dataIndex: 'note' },
        ]}
      />
      <AddHistoryModal<Values>
        open={adding}
        title="Thêm thời gian nghỉ"
        personId={person.id}
        version={person.version}
        path="leaves"
        initialValues={{ kind: 'sick' }}
        toValue={(v) => ({
          kind: v.kind,
          from: dayjsToIso(v.from),
          to: dayjsToIso(v.to),
          note: v.note ?? '',
        })}
        onClose={() => setAdding(false)}
      >
        <Form.Item
          name="kind"
          label="Loại nghỉ"
          rules={[{ required: true, message: 'Vui lòng chọn loại nghỉ.' }]}
        >
          <Select options={LEAVE_KINDS.map((k) => ({ value: k, label: LEAVE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item
          name="from"
          label="Từ ngày"
          rules={[{ required: true, message: 'Vui lòng nhập ngày bắt đầu.' }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="to"
          label="Đến ngày"
          dependencies={['from']}
          rules={[
            { required: true, message: 'Vui lòng nhập ngày kết thúc.' },
            ({ getFieldValue }) => ({
              validator: (_r, value: Dayjs | null) => {
                const from = getFieldValue('from') as Dayjs | null;
                return !value || !from || !value.isBefore(from, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.'));
              },
            }),
          ]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </AddHistoryModal>
    </>
  );
}
