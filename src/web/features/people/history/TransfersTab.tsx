/** "Chuyển đến": where the person worked before joining, and for how long. */
import { Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../components/DateInput.js';
import { dayjsToIso, formatVnDate } from '../../../components/dates.js';
import type { PersonDetail, TransferRow } from '../types.js';
import { AddHistoryModal } from './AddHistoryModal.js';
import { HistoryTable } from './HistoryTable.js';

interface Values {
  previousAgency: string;
  monthsThere: number;
  transferredOn: Dayjs;
}

export function TransfersTab({ person }: { person: PersonDetail }) {
  const [adding, setAdding] = useState(false);
  return (
    <>
      <HistoryTable<TransferRow>
        personId={person.id}
        version={person.version}
        path="transfers"
        rows={person.transfersIn}
        canEdit={person.canEdit}
        addText="Thêm thông tin chuyển đến"
        emptyText="Không có thông tin chuyển đến."
        onAdd={() => setAdding(true)}
        columns={[
          { title: 'Cơ quan công tác trước', dataIndex: 'previousAgency' },
          { title: 'Số tháng công tác ở đó', dataIndex: 'monthsThere', width: 180 },
          { title: 'Ngày chuyển đến', dataIndex: 'transferredOn', render: (d: string) => formatVnDate(d) },
        ]}
      />
      <AddHistoryModal<Values>
        open={adding}
        title="Thêm thông tin chuyển đến"
        personId={person.id}
        version={person.version}
        path="transfers"
        initialValues={{}}
        toValue={(v) => ({
          previousAgency: v.previousAgency.trim(),
          monthsThere: v.monthsThere,
          transferredOn: dayjsToIso(v.transferredOn),
        })}
        onClose={() => setAdding(false)}
      >
        <Form.Item
          name="previousAgency"
          label="Cơ quan công tác trước"
          rules={[
            { required: true, whitespace: true, min: 2, message: 'Vui lòng nhập cơ quan công tác trước.' },
          ]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="monthsThere"
          label="Số tháng công tác ở đó"
          rules={[{ required: true, message: 'Vui lòng nhập số tháng.' }]}
        >
          <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="transferredOn"
          label="Ngày chuyển đến"
          rules={[{ required: true, message: 'Vui lòng nhập ngày chuyển đến.' }]}
        >
          <DateInput />
        </Form.Item>
      </AddHistoryModal>
    </>
  );
}
