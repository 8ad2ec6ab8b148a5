/**
 * "Sửa thông tin chuẩn bị": day and time, place, secretary and the stand-in chair may change until
 * the meeting starts (the roster and the agenda do not).
 */
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../../components/DateInput.js';
import { useUpdateMeeting } from '../api.js';
import { keepEnter } from '../prepare/keepEnter.js';
import type { MeetingView } from '../types.js';
import { startsAtIso, vnDayAndTime } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

interface Values {
  date?: Dayjs | null;
  time?: Dayjs | null;
  place: string;
  secretaryPersonId?: string;
  deputyChairPersonId?: string | null;
}

export function EditPrepButton({ meeting: m }: { meeting: MeetingView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        Sửa thông tin chuẩn bị
      </Button>
      <Modal
        open={open}
        title="Sửa thông tin chuẩn bị cuộc họp"
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <EditPrepForm meeting={m} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function EditPrepForm({ meeting: m, onDone }: { meeting: MeetingView; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateMeeting(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const members = m.attendees.filter((a) => a.role === 'member' && a.personId !== m.chair?.personId);
  const options = members.map((a) => ({ value: a.personId, label: `${a.fullName} — ${a.positionTitle}` }));
  const start = vnDayAndTime(m.startsAt);
  const submit = async (v: Values) => {
    const startsAt = startsAtIso(v.date?.format('YYYY-MM-DD'), v.time?.format('HH:mm'));
    if (!startsAt || !v.secretaryPersonId) return;
    const done = await fb.run(
      () =>
        update.mutateAsync({
          version: m.version,
          startsAt,
          place: v.place.trim(),
          secretaryPersonId: v.secretaryPersonId as string,
          deputyChairPersonId: v.deputyChairPersonId ?? null,
        }),
      form,
    );
    if (done === undefined) return;
    void message.success('Đã lưu thông tin chuẩn bị.');
    onDone();
  };
  return (
    <Form<Values>
      form={form}
      name="edit-meeting"
      layout="vertical"
      onFinish={submit}
      initialValues={{
        date: start ? dayjs(start.day, 'YYYY-MM-DD') : null,
        time: start ? dayjs(start.time, 'HH:mm') : null,
        place: m.place,
        secretaryPersonId: m.secretary?.personId,
        deputyChairPersonId: m.deputyChair?.personId ?? null,
      }}
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="date"
          label="Ngày họp"
          rules={[{ required: true, message: 'Vui lòng chọn ngày họp.' }]}
        >
          <DateInput onKeyDown={keepEnter} />
        </Form.Item>
        <Form.Item
          name="time"
          label="Giờ họp"
          rules={[{ required: true, message: 'Vui lòng chọn giờ họp.' }]}
        >
          <TimePicker
            onKeyDown={keepEnter}
            format="HH:mm"
            minuteStep={5}
            needConfirm={false}
            placeholder="hh:mm"
          />
        </Form.Item>
      </div>
      <Form.Item
        name="place"
        label="Địa điểm"
        rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập địa điểm.' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="secretaryPersonId"
        label="Thư ký"
        rules={[{ required: true, message: 'Vui lòng chọn thư ký.' }]}
      >
        <Select options={options} />
      </Form.Item>
      <Form.Item name="deputyChairPersonId" label="Cấp phó chủ trì phần kiểm điểm người chủ trì">
        <Select allowClear options={options} placeholder="Cấp phó có mặt đầu tiên" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        Lưu
      </Button>
    </Form>
  );
}
