/**
 * /bo-phieu/moi?cycleId=&unitId= — prepare a unit's secret ballot on "Lao động tiên tiến" (issue 6.3):
 * the unit (any unit for the secretary, their own for a unit head or deputy), the mode, and the pass
 * mark (the unverified default, or an override). The server lists the members as candidates with
 * their eligibility; the console then takes the roll.
 */
import { ArrowRightOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  THRESHOLD_BASE_LABELS,
  VOTE_MODE_LABELS,
  VOTE_MODES,
  type VoteMode,
} from '../../../domain/ballot/types.js';
import { useAuth } from '../../app/auth.js';
import { Forbidden } from '../../components/Forbidden.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitSelect } from '../org/UnitSelect.js';
import { useUnits } from '../org/useUnits.js';
import { useCycleList } from '../progress/useProgress.js';
import { useCreateBallot } from './api.js';
import {
  ballotPath,
  DEFAULT_THRESHOLD_FORM,
  DEFAULT_THRESHOLD_NOTE,
  type ThresholdFormValues,
  thresholdFromForm,
} from './format.js';
import { loadRecent } from './recent.js';
import { useBallotActionError } from './useBallotAction.js';

interface FormValues extends ThresholdFormValues {
  unitId?: string;
  mode: VoteMode;
}

const MODE_HELP: Record<VoteMode, string> = {
  electronic: 'Mọi thành viên có mặt bỏ phiếu trên điện thoại; cần có tài khoản.',
  paper: 'Ban kiểm phiếu phát phiếu giấy, kiểm rồi nhập kết quả.',
  mixed:
    'Thành viên có tài khoản bỏ phiếu trên điện thoại, người không có tài khoản bỏ phiếu giấy; cộng chung.',
};

export function CreateBallotPage() {
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const cycles = useCycleList();
  const units = useUnits();
  const create = useCreateBallot();
  const fail = useBallotActionError('');
  const [form] = Form.useForm<FormValues>();
  const values = Form.useWatch([], form) as FormValues | undefined;
  const [recent] = useState(() => loadRecent(window.localStorage));

  const secretary = can('cycles.manage');
  const head = me.roles.includes('unit_head') || me.roles.includes('unit_deputy');
  if (!secretary && !head) return <Forbidden />;

  const title = 'Chuẩn bị bỏ phiếu kín';
  if (cycles.error) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
      </>
    );
  }
  if (!cycles.data) return <LoadingBlock />;
  const wanted = params.get('cycleId');
  const cycle = cycles.data.items.find((c) => (wanted ? c.id === wanted : c.state === 'running'));
  const ownUnit = units.data?.items.find((u) => u.id === me.unitId);
  const threshold = thresholdFromForm({ ...DEFAULT_THRESHOLD_FORM, ...values });

  const submit = async (v: FormValues) => {
    const unitId = secretary ? v.unitId : (me.unitId ?? undefined);
    const t = thresholdFromForm(v);
    if (!cycle || !unitId || t.problems.length > 0) return;
    try {
      const { id } = await create.mutateAsync({
        cycleId: cycle.id,
        unitId,
        mode: v.mode,
        ...(t.threshold ? { threshold: t.threshold } : {}),
      });
      void navigate(ballotPath(id));
    } catch (e) {
      fail(e, form);
    }
  };

  return (
    <>
      <PageHeader
        title={title}
        subtitle="Bình xét danh hiệu “Lao động tiên tiến” của đơn vị bằng phiếu kín."
      />
      <Flex vertical gap={16} style={{ maxWidth: 880 }}>
        {!cycle ? (
          <Card>
            <Empty description="Không có kỳ đánh giá đang diễn ra; chỉ chuẩn bị bỏ phiếu trong kỳ đang diễn ra." />
          </Card>
        ) : (
          <Card title={cycle.title}>
            <Form<FormValues>
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{
                ...DEFAULT_THRESHOLD_FORM,
                mode: 'mixed',
                unitId: params.get('unitId') ?? undefined,
              }}
            >
              {secretary ? (
                <Form.Item
                  name="unitId"
                  label="Đơn vị"
                  rules={[{ required: true, message: 'Chọn đơn vị bỏ phiếu.' }]}
                >
                  <UnitSelect units={units.data?.items ?? []} loading={units.isLoading} aria-label="Đơn vị" />
                </Form.Item>
              ) : (
                <Form.Item label="Đơn vị">
                  <Typography.Text strong data-testid="own-unit">
                    {ownUnit?.name ?? 'Đơn vị của bạn'}
                  </Typography.Text>
                </Form.Item>
              )}
              <Form.Item
                name="mode"
                label="Hình thức bỏ phiếu"
                extra={values?.mode ? MODE_HELP[values.mode] : undefined}
              >
                <Select
                  aria-label="Hình thức bỏ phiếu"
                  data-testid="mode-select"
                  options={VOTE_MODES.map((m) => ({ value: m, label: VOTE_MODE_LABELS[m] }))}
                  style={{ maxWidth: 360 }}
                />
              </Form.Item>
              <Form.Item label="Ngưỡng đạt" style={{ marginBottom: 8 }}>
                {values?.custom ? (
                  <Typography.Text data-testid="threshold-preview">{threshold.text || '—'}</Typography.Text>
                ) : (
                  <Typography.Text data-testid="threshold-preview">{DEFAULT_THRESHOLD_NOTE}</Typography.Text>
                )}
              </Form.Item>
              <Form.Item name="custom" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>Đổi ngưỡng cho cuộc bỏ phiếu này</Checkbox>
              </Form.Item>
              {values?.custom ? (
                <Row gutter={12}>
                  <Col xs={24} sm={8}>
                    <Form.Item name="strict" label="Cách tính">
                      <Select
                        aria-label="Cách tính ngưỡng"
                        options={[
                          { value: true, label: 'Hơn … %' },
                          { value: false, label: 'Từ … % trở lên' },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item name="pct" label="Tỷ lệ (%)">
                      <InputNumber
                        min={1}
                        max={100}
                        step={1}
                        style={{ width: '100%' }}
                        aria-label="Tỷ lệ (%)"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={10}>
                    <Form.Item name="base" label="Của">
                      <Select
                        aria-label="Căn cứ tính tỷ lệ"
                        options={(['present', 'members'] as const).map((b) => ({
                          value: b,
                          label: THRESHOLD_BASE_LABELS[b],
                        }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ) : null}
              {threshold.problems.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  title={threshold.problems.join(' ')}
                  style={{ marginBottom: 16 }}
                />
              ) : null}
              <Typography.Paragraph type="secondary">
                Danh sách bình xét là các thành viên của đơn vị; hệ thống ghi rõ ai không đủ điều kiện và lý
                do. Sau khi tạo, chủ tọa điểm danh rồi mở bỏ phiếu.
              </Typography.Paragraph>
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                disabled={threshold.problems.length > 0 || (!secretary && !me.unitId)}
              >
                Tạo cuộc bỏ phiếu
              </Button>
            </Form>
          </Card>
        )}
        {recent.length > 0 ? (
          <Card title="Cuộc bỏ phiếu đã mở trên thiết bị này" size="small">
            <Flex vertical gap={4}>
              {recent.map((r) => (
                <NavButton
                  key={r.id}
                  type="link"
                  to={ballotPath(r.id)}
                  icon={<ArrowRightOutlined />}
                  style={{
                    justifyContent: 'flex-start',
                    whiteSpace: 'normal',
                    height: 'auto',
                    textAlign: 'left',
                  }}
                >
                  {r.title}
                </NavButton>
              ))}
            </Flex>
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
