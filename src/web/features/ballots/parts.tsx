/** Pieces shared by the ballot pages: state tag, candidate list, result table, published list. */
import { Alert, Flex, Input, Table, type TableColumnType, Tag, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { shortReceipt } from '../../../domain/ballot/receipt.js';
import type { Candidate, PublishedBallot } from '../../../domain/ballot/types.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import {
  BALLOT_STATE_COLORS,
  BALLOT_STATE_LABELS,
  checkReceipt,
  choiceSummary,
  RECEIPT_CHECK_TEXT,
  type ResultRow,
  resultRows,
  VERDICT_COLORS,
  VERDICT_LABELS,
} from './format.js';
import type { BallotResult, BallotState } from './types.js';

export function BallotStateTag({ state }: { state: BallotState }) {
  return (
    <Tag color={BALLOT_STATE_COLORS[state]} data-testid="ballot-state" data-state={state}>
      {BALLOT_STATE_LABELS[state]}
    </Tag>
  );
}

/** The candidates with their eligibility; ineligible ones greyed with the reason. */
export function CandidatesTable({ candidates }: { candidates: readonly Candidate[] }) {
  return (
    <Table<Candidate>
      data-testid="candidates-table"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...candidates]}
      onRow={(c) =>
        ({
          'data-candidate': c.name,
          'data-eligible': String(c.eligible),
          style: c.eligible ? undefined : { opacity: 0.6 },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: 'Họ và tên', dataIndex: 'name', key: 'name' },
        {
          title: 'Điều kiện',
          key: 'eligible',
          render: (_, c) =>
            c.eligible ? (
              <Tag color="green">Đủ điều kiện</Tag>
            ) : (
              <Flex vertical gap={2}>
                <span>
                  <Tag>Không đủ điều kiện</Tag>
                </span>
                {c.reason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {c.reason}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
        },
      ]}
    />
  );
}

/**
 * Per candidate: agree, disagree, blank, percentage of the base, passed. `large` for the projector; on
 * a phone disagree and blank go under the name so that the table fits.
 */
export function ResultTable({ result, large = false }: { result: BallotResult; large?: boolean }) {
  const phone = useIsPhone() && !large;
  const rows = resultRows(result.tally);
  const cell = large ? { style: { fontSize: 28, padding: '12px 16px' } } : {};
  const head = large ? { style: { fontSize: 22 } } : {};
  const num = (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>;
  const numeric = (title: string, key: 'agree' | 'disagree' | 'blank'): TableColumnType<ResultRow> => ({
    title,
    dataIndex: key,
    key,
    align: 'right',
    render: num,
    onCell: () => cell,
    onHeaderCell: () => head,
  });
  const columns: TableColumnType<ResultRow>[] = [
    {
      title: 'Họ và tên',
      dataIndex: 'name',
      key: 'name',
      onCell: () => cell,
      onHeaderCell: () => head,
      render: (name: string, r) =>
        phone ? (
          <Flex vertical>
            <span>{name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Không đồng ý {r.disagree} · Không ghi ý kiến {r.blank}
            </Typography.Text>
          </Flex>
        ) : (
          name
        ),
    },
    numeric('Đồng ý', 'agree'),
    ...(phone ? [] : [numeric('Không đồng ý', 'disagree'), numeric('Không ghi ý kiến', 'blank')]),
    {
      title: phone ? 'Tỷ lệ' : 'Tỷ lệ đồng ý',
      dataIndex: 'pctText',
      key: 'pct',
      align: 'right',
      onCell: () => cell,
      onHeaderCell: () => head,
    },
    {
      title: 'Kết quả',
      key: 'verdict',
      onCell: () => cell,
      onHeaderCell: () => head,
      render: (_, r) => (
        <Tag
          color={VERDICT_COLORS[r.verdict]}
          style={large ? { fontSize: 24, padding: '6px 12px', lineHeight: 1.2 } : { marginInlineEnd: 0 }}
        >
          {VERDICT_LABELS[r.verdict]}
        </Tag>
      ),
    },
  ];
  return (
    <Table<ResultRow>
      data-testid="result-table"
      size={large ? 'large' : 'small'}
      rowKey="key"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      onRow={(r) =>
        ({
          'data-candidate': r.name,
          'data-verdict': r.verdict,
          style: r.eligible ? undefined : { opacity: 0.55 },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={columns}
    />
  );
}

/** What does not add up, as warnings (a result must not be announced while there are any). */
export function ResultWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) {
    return <Alert type="success" showIcon title="Số liệu khớp: không có sai lệch khi đối chiếu." />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="result-warnings"
      title="Cần kiểm tra trước khi công bố kết quả"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
    />
  );
}

/** "Kiểm tra biên nhận": is this receipt on the published list? */
export function ReceiptSearch({ published }: { published: readonly PublishedBallot[] }) {
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState('');
  const verdict = checkReceipt(published, checked);
  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        aria-label="Kiểm tra biên nhận"
        placeholder="Nhập mã biên nhận, ví dụ 3f2a-91bc-0d4e-77a1"
        enterButton="Kiểm tra biên nhận"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          if (e.target.value === '') setChecked('');
        }}
        onSearch={(v) => setChecked(v)}
        style={{ maxWidth: 560 }}
      />
      {verdict !== 'empty' ? (
        <Alert
          data-testid="receipt-check"
          data-result={verdict}
          type={verdict === 'found' ? 'success' : verdict === 'missing' ? 'error' : 'warning'}
          showIcon
          title={RECEIPT_CHECK_TEXT[verdict]}
        />
      ) : null}
    </Flex>
  );
}

/** The published ballots in receipt order: receipt (short) and what each ballot said. */
export function PublishedList({
  published,
  candidates,
  mine,
}: {
  published: readonly PublishedBallot[];
  candidates: readonly Candidate[];
  /** The receipt this device holds, highlighted. */
  mine?: string | null;
}) {
  const phone = useIsPhone();
  const receipt = (p: PublishedBallot) => (
    <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
      {shortReceipt(p.receipt)}
    </Typography.Text>
  );
  const says = (p: PublishedBallot) => {
    const s = choiceSummary(p.choices, candidates);
    return (
      <Flex vertical gap={2}>
        <span>
          <Typography.Text type="success">Đồng ý: </Typography.Text>
          {s.agree.join(', ') || '—'}
        </span>
        <span>
          <Typography.Text type="danger">Không đồng ý: </Typography.Text>
          {s.disagree.join(', ') || '—'}
        </span>
      </Flex>
    );
  };
  const columns: TableColumnType<PublishedBallot>[] = phone
    ? [
        {
          title: 'Biên nhận và nội dung phiếu',
          key: 'ballot',
          render: (_, p) => (
            <Flex vertical gap={4}>
              <span>{receipt(p)}</span>
              {says(p)}
            </Flex>
          ),
        },
      ]
    : [
        { title: 'Biên nhận', key: 'receipt', width: 190, render: (_, p) => receipt(p) },
        { title: 'Nội dung phiếu', key: 'choices', render: (_, p) => says(p) },
      ];
  return (
    <Table<PublishedBallot>
      data-testid="published-list"
      size="small"
      rowKey="receipt"
      dataSource={[...published]}
      pagination={published.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: 'Không có phiếu điện tử nào.' }}
      onRow={(p) =>
        ({
          'data-receipt': p.receipt,
          style: mine && p.receipt === mine ? { background: '#e6f4ff' } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={columns}
    />
  );
}
