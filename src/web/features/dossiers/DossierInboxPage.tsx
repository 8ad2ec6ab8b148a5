/**
 * /ky-danh-gia/:id/ho-so: every unit's dossier in the cycle, for HCQT and the leadership — how many
 * are in each state (a click filters), the units with their state and the date they sent it, and a
 * link to each dossier, where HCQT accepts or returns it.
 */
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { useCycleList } from '../progress/useProgress.js';
import {
  DOSSIER_STATE_COLORS,
  DOSSIER_STATE_LABELS,
  dossierPath,
  filterByState,
  isDossierState,
  stateCounts,
  vnDateOfInstant,
} from './format.js';
import { DOSSIER_STATES, type DossierState, type DossierStateItem } from './types.js';
import { useDossierStates } from './useDossier.js';

const SOLID: Record<DossierState, string> = {
  assembling: '#8c8c8c',
  submitted: '#1677ff',
  returned: '#cf1322',
  accepted: '#389e0d',
};

function CountCard({
  label,
  count,
  color,
  selected,
  onClick,
  testState,
}: {
  label: string;
  count: number;
  color: string;
  selected: boolean;
  onClick: () => void;
  testState: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={selected}
      data-testid="dossier-count"
      data-state={testState}
      style={{
        width: '100%',
        height: '100%',
        textAlign: 'start',
        cursor: 'pointer',
        padding: '10px 12px',
        borderRadius: 8,
        border: `1px solid ${selected ? color : '#d9d9d9'}`,
        borderInlineStart: `4px solid ${color}`,
        background: selected ? '#f5f9ff' : '#fff',
        font: 'inherit',
      }}
    >
      <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13 }}>{label}</div>
      <div style={{ fontSize: 24, fontWeight: 600, color }}>{count}</div>
    </button>
  );
}

export function DossierInboxPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const phone = useIsPhone();
  const cycles = useCycleList();
  const states = useDossierStates(id);
  const rawState = params.get('state');
  const filter: DossierState | undefined = isDossierState(rawState) ? rawState : undefined;

  const setFilter = (state: DossierState | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (state) next.set('state', state);
        else next.delete('state');
        return next;
      },
      { replace: true },
    );

  const items = states.data?.items;
  const counts = useMemo(() => stateCounts(items ?? []), [items]);
  const shown = useMemo(() => filterByState(items ?? [], filter), [items, filter]);
  const cycle = cycles.data?.items.find((c) => c.id === id);
  const title = cycle ? `Hồ sơ đơn vị — ${cycle.title}` : 'Hồ sơ đơn vị';

  const back = (
    <NavButton to={`/ky-danh-gia/${encodeURIComponent(id)}/tien-do`} icon={<ArrowLeftOutlined />}>
      Về tiến độ
    </NavButton>
  );

  if (states.error) {
    return (
      <>
        <PageHeader title={title} extra={back} />
        <QueryError error={states.error} onRetry={() => states.refetch()} />
      </>
    );
  }
  if (!items) return <LoadingBlock />;

  const stateTag = (r: DossierStateItem) => (
    <Tag color={DOSSIER_STATE_COLORS[r.state]} style={{ marginInlineEnd: 0 }}>
      {r.stateLabel}
    </Tag>
  );
  const sentOn = (r: DossierStateItem) =>
    r.submittedAt ? vnDateOfInstant(r.submittedAt) : <Typography.Text type="secondary">—</Typography.Text>;

  // On a phone one column: the unit (a link), its state and the date it was sent underneath.
  const columns: TableColumnsType<DossierStateItem> = phone
    ? [
        {
          title: 'Đơn vị',
          dataIndex: 'unitName',
          render: (name: string, r) => (
            <Flex vertical gap={4}>
              <Link to={dossierPath(id, r.unitId)}>{name}</Link>
              <Flex gap={8} wrap align="center">
                {stateTag(r)}
                {r.submittedAt ? (
                  <Typography.Text type="secondary">
                    Gửi ngày {vnDateOfInstant(r.submittedAt)}
                  </Typography.Text>
                ) : null}
              </Flex>
            </Flex>
          ),
        },
      ]
    : [
        {
          title: 'Đơn vị',
          dataIndex: 'unitName',
          render: (name: string, r) => <Link to={dossierPath(id, r.unitId)}>{name}</Link>,
        },
        { title: 'Trạng thái', dataIndex: 'state', width: 220, render: (_: unknown, r) => stateTag(r) },
        {
          title: 'Ngày gửi',
          dataIndex: 'submittedAt',
          width: 120,
          sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
          render: (_: unknown, r) => sentOn(r),
        },
        {
          key: 'open',
          width: 120,
          render: (_: unknown, r) => (
            <Link to={dossierPath(id, r.unitId)} aria-label={`Xem hồ sơ của ${r.unitName}`}>
              Xem hồ sơ
            </Link>
          ),
        },
      ];

  return (
    <>
      <PageHeader
        title={title}
        subtitle="Hồ sơ kiểm điểm, xếp loại của các đơn vị gửi về Phòng Hành chính - Quản trị."
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => states.refetch()} loading={states.isFetching}>
              Tải lại
            </Button>
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Row gutter={[12, 12]} data-testid="dossier-counts">
          {DOSSIER_STATES.map((s) => (
            <Col key={s} xs={12} md={6}>
              <CountCard
                label={DOSSIER_STATE_LABELS[s]}
                count={counts[s]}
                color={SOLID[s]}
                selected={filter === s}
                onClick={() => setFilter(filter === s ? undefined : s)}
                testState={s}
              />
            </Col>
          ))}
        </Row>
        <Card styles={{ body: { padding: 12 } }}>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Select<DossierState | 'all'>
              aria-label="Lọc theo trạng thái"
              value={filter ?? 'all'}
              onChange={(v) => setFilter(v === 'all' ? undefined : v)}
              style={{ minWidth: 240 }}
              options={[
                { value: 'all', label: `Tất cả trạng thái (${items.length})` },
                ...DOSSIER_STATES.map((s) => ({
                  value: s,
                  label: `${DOSSIER_STATE_LABELS[s]} (${counts[s]})`,
                })),
              ]}
            />
            <Typography.Text type="secondary">
              {filter ? `${shown.length} / ${items.length} đơn vị` : `${items.length} đơn vị`}
            </Typography.Text>
          </Flex>
          <Table<DossierStateItem>
            rowKey="unitId"
            size="middle"
            columns={columns}
            dataSource={shown}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: 'Không có đơn vị nào ở trạng thái này.' }}
            onRow={(r) =>
              ({
                'data-testid': 'dossier-row',
                'data-unit': r.unitName,
                'data-state': r.state,
              }) as HTMLAttributes<HTMLElement>
            }
          />
        </Card>
      </Flex>
    </>
  );
}
