/** The fields of a person, laid out two per row on wide screens. Used inside a <Form>. */
import { Checkbox, Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  GENDER_LABELS,
  GENDERS,
  LEADERSHIP_RANK_LABELS,
  LEADERSHIP_RANKS,
} from '../../../domain/org.js';
import { DateInput } from '../../components/DateInput.js';
import type { Unit } from '../org/types.js';
import { UnitSelect } from '../org/UnitSelect.js';

const half = { xs: 24, md: 12 };

export function PersonFormFields({ units }: { units: readonly Unit[] }) {
  const partyMember = Form.useWatch<boolean | undefined>('partyMember');
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          name="staffCode"
          label="Mã cán bộ"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập mã cán bộ.' }]}
        >
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="fullName"
          label="Họ và tên"
          rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập họ và tên.' }]}
        >
          <Input maxLength={120} placeholder="Ví dụ: Nguyễn Văn An" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="gender"
          label="Giới tính"
          rules={[{ required: true, message: 'Vui lòng chọn giới tính.' }]}
        >
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="birthDate" label="Ngày sinh">
          <DateInput />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="unitId"
          label="Đơn vị"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
        >
          <UnitSelect units={units} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="positionTitle" label="Chức vụ">
          <Input maxLength={200} placeholder="Ví dụ: Trưởng phòng, Chuyên viên" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="leadershipRank" label="Vai trò lãnh đạo">
          <Select options={LEADERSHIP_RANKS.map((r) => ({ value: r, label: LEADERSHIP_RANK_LABELS[r] }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="category" label="Loại" rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}>
          <Select
            placeholder="Chọn loại"
            options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="employmentStart" label="Ngày bắt đầu công tác">
          <DateInput />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="similarGroup"
          label="Nhóm vị trí tương đồng"
          extra="Để trống sẽ xếp theo Loại và Vai trò lãnh đạo."
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="evaluationAuthority" label="Cấp có thẩm quyền đánh giá">
          <Input maxLength={200} placeholder="Ví dụ: Chánh Văn phòng" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="email" label="Email" rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}>
          <Input maxLength={200} inputMode="email" placeholder="Ví dụ: nva@coquan.gov.vn" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="partyMember" label="Đảng viên" valuePropName="checked">
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="partyAdmittedOn"
          label="Ngày vào Đảng"
          extra={partyMember ? undefined : 'Chỉ nhập khi người này là đảng viên.'}
        >
          <DateInput disabled={!partyMember} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="nomineeParty2025" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>Dự kiến tham gia cấp ủy nhiệm kỳ 2025–2030</Checkbox>
        </Form.Item>
        <Form.Item name="standingCommitteeManaged" valuePropName="checked">
          <Checkbox>Thuộc diện Ban Thường vụ Tỉnh ủy quản lý</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
