/**
 * The preparation form: unit (any for HCQT, the user's own for a unit head or deputy), day and time,
 * place, chair (the unit head by default), secretary (a member, not the chair), the stand-in chair
 * for the chair's own review (a deputy; empty: the first deputy present), and the guests (the HCQT
 * head by default, the Office leaders suggested, anyone else by name).
 */
import { Alert, Button, Form, Input, Select, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { DateInput } from '../../../components/DateInput.js';
import { isoToDayjs } from '../../../components/dates.js';
import { NavButton } from '../../../components/NavButton.js';
import type { Unit } from '../../org/types.js';
import { UnitSelect } from '../../org/UnitSelect.js';
import type { PersonListItem } from '../../people/types.js';
import { useCreateMeeting, useMeetings } from '../api.js';
import { meetingPath, startsAtIso } from '../console/format.js';
import { FeedbackAlert, useFeedback } from '../console/useFeedback.js';
import { GuestPicker, toGuest } from './GuestPicker.js';
import { defaultGuests, findHcqtUnit, type GuestOption } from './guests.js';
import { keepEnter } from './keepEnter.js';
import { useUnitPeople } from './usePeopleLists.js';

interface Values {
  unitId?: string;
  date?: Dayjs | null;
  time?: Dayjs | null;
  place: string;
  chairPersonId?: string;
  secretaryPersonId?: string;
  deputyChairPersonId?: string | null;
  guests: GuestOption[];
}

const personLabel = (p: PersonListItem) => `${p.fullName}${p.positionTitle ? ` — ${p.positionTitle}` : ''}`;

export function PrepareForm({
  cycleId,
  units,
  anyUnit,
  ownUnitId,
  initialUnitId,
  today,
}: {
  cycleId: string;
  units: readonly Unit[];
  /** HCQT: any unit; a unit head or deputy: their own. */
  anyUnit: boolean;
  ownUnitId: string | null;
  initialUnitId: string | null;
  today: string | null;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const fb = useFeedback('');
  const chosenUnit = Form.useWatch('unitId', form) as string | undefined;
  const unitId = anyUnit ? chosenUnit : (ownUnitId ?? undefined);
  const chairId = Form.useWatch('chairPersonId', form) as string | undefined;

  const members = useUnitPeople(unitId);
  const hcqt = findHcqtUnit(units);
  const hcqtHead = useUnitPeople(hcqt?.id, 'head');
  const leadershipUnit = units.find((u) => u.kind === 'leadership');
  const leaders = useUnitPeople(leadershipUnit?.id);
  const existing = useMeetings(cycleId).data?.items.find(
    (x) => x.unit?.id === unitId && x.kind === 'unit_review',
  );

  const memberList = members.data?.items ?? [];
  const memberIds = useMemo(() => new Set(memberList.map((p) => p.id)), [memberList]);
  const head = memberList.find((p) => p.leadershipRank === 'head');
  const defaults = useMemo(
    () => defaultGuests((hcqtHead.data?.items ?? []).map(toGuest), memberIds),
    [hcqtHead.data, memberIds],
  );
  const suggestions = useMemo(() => (leaders.data?.items ?? []).map(toGuest), [leaders.data]);

  // Follow the unit until the user picks by hand: its head chairs, the HCQT head is invited. (The
  // form's own "touched" cannot tell: setting a value programmatically marks the field touched.)
  const picked = useRef(new Set<string>());
  useEffect(() => {
    if (!members.data) return;
    if (!picked.current.has('chairPersonId')) form.setFieldValue('chairPersonId', head?.id);
    for (const f of ['secretaryPersonId', 'deputyChairPersonId'] as const) {
      const v = form.getFieldValue(f) as string | undefined;
      if (v && !memberIds.has(v)) form.setFieldValue(f, undefined);
    }
  }, [form, head?.id, memberIds, members.data]);
  useEffect(() => {
    if (!picked.current.has('guests')) form.setFieldValue('guests', defaults);
  }, [form, defaults]);

  const others = memberList.filter((p) => p.id !== chairId);
  const deputies = others.filter((p) => p.leadershipRank === 'deputy');
  const options = (list: PersonListItem[]) => list.map((p) => ({ value: p.id, label: personLabel(p) }));

  const submit = async (v: Values) => {
    const startsAt = startsAtIso(v.date?.format('YYYY-MM-DD'), v.time?.format('HH:mm'));
    if (!unitId || !startsAt || !v.secretaryPersonId) return;
    const created = await fb.run(
      () =>
        create.mutateAsync({
          cycleId,
          unitId,
          startsAt,
          place: v.place.trim(),
          secretaryPersonId: v.secretaryPersonId as string,
          ...(v.chairPersonId ? { chairPersonId: v.chairPersonId } : {}),
          deputyChairPersonId: v.deputyChairPersonId ?? null,
          guestPersonIds: (v.guests ?? []).map((g) => g.id),
        }),
      form,
    );
    if (created) void navigate(meetingPath(created.id));
  };

  const ownUnit = units.find((u) => u.id === ownUnitId);
  return (
    <Form<Values>
      form={form}
      name="prepare-meeting"
      layout="vertical"
      onFinish={submit}
      onValuesChange={(changed: Partial<Values>) => {
        for (const k of Object.keys(changed)) picked.current.add(k);
      }}
      initialValues={{
        unitId: initialUnitId ?? ownUnitId ?? undefined,
        date: isoToDayjs(today) ?? dayjs(),
        time: dayjs('08:00', 'HH:mm'),
        place: '',
        guests: [],
      }}
      style={{ maxWidth: 720 }}
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      {anyUnit ? (
        <Form.Item
          name="unitId"
          label="Đơn vị"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
        >
          <UnitSelect units={units} />
        </Form.Item>
      ) : (
        <Form.Item label="Đơn vị">
          <Typography.Text strong data-testid="own-unit">
            {ownUnit?.name ?? 'Đơn vị của bạn'}
          </Typography.Text>
        </Form.Item>
      )}
      {existing ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Đơn vị đã có hội nghị kiểm điểm trong kỳ đánh giá này."
          action={
            <NavButton size="small" to={meetingPath(existing.id)}>
              Mở cuộc họp
            </NavButton>
          }
        />
      ) : null}
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="date"
          label="Ngày họp"
          rules={[{ required: true, message: 'Vui lòng chọn ngày họp.' }]}
          style={{ width: 200 }}
        >
          <DateInput onKeyDown={keepEnter} />
        </Form.Item>
        <Form.Item
          name="time"
          label="Giờ họp"
          rules={[{ required: true, message: 'Vui lòng chọn giờ họp.' }]}
          style={{ width: 140 }}
        >
          <TimePicker
            onKeyDown={keepEnter}
            format="HH:mm"
            minuteStep={5}
            needConfirm={false}
            placeholder="hh:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </div>
      <Form.Item
        name="place"
        label="Địa điểm"
        rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập địa điểm.' }]}
      >
        <Input maxLength={300} placeholder="Ví dụ: Phòng họp số 2, tầng 3" />
      </Form.Item>
      <Form.Item
        name="chairPersonId"
        label="Người chủ trì"
        rules={[{ required: true, message: 'Vui lòng chọn người chủ trì.' }]}
        extra={head ? undefined : 'Đơn vị chưa có người đứng đầu: chọn người chủ trì.'}
      >
        <Select loading={members.isLoading} options={options(memberList)} placeholder="Chọn người chủ trì" />
      </Form.Item>
      <Form.Item
        name="secretaryPersonId"
        label="Thư ký"
        rules={[{ required: true, message: 'Vui lòng chọn thư ký.' }]}
        extra="Một thành viên của đơn vị, khác người chủ trì."
      >
        <Select
          loading={members.isLoading}
          options={options(others)}
          placeholder="Chọn thư ký"
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="deputyChairPersonId"
        label="Cấp phó chủ trì phần kiểm điểm người chủ trì"
        extra="Không bắt buộc; để trống thì cấp phó có mặt đầu tiên chủ trì phần này."
      >
        <Select
          allowClear
          loading={members.isLoading}
          options={options(deputies.length > 0 ? deputies : others)}
          placeholder="Cấp phó có mặt đầu tiên"
        />
      </Form.Item>
      <Form.Item name="guests" label="Khách mời">
        <GuestPicker suggestions={suggestions} memberIds={memberIds} />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        Chương trình được lập theo thứ tự: kiểm điểm tập thể, người đứng đầu, cấp phó, từng thành viên; bỏ
        phiếu kín Lao động tiên tiến; thông qua biên bản. Giấy mời được gửi đến thành viên và khách mời có tài
        khoản.
      </Typography.Paragraph>
      <Button
        type="primary"
        htmlType="submit"
        loading={create.isPending}
        disabled={Boolean(existing) || !unitId}
      >
        Tạo cuộc họp và gửi giấy mời
      </Button>
    </Form>
  );
}
