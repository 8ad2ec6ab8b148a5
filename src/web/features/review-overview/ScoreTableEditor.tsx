/**
 * The form's point table with its three columns (self, direct manager, competent authority) and
 * totals per group and overall. The columns the user may score are inputs; totals and the level the
 * points suggest follow as they type. Each edited column is saved on its own. What was typed stays when
 * the review is reloaded (after a save, or after someone else's change), until it is saved; the
 * caller keys the editor by review so that another review starts afresh.
 */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, InputNumber, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import {
  formatPoints,
  SCORE_COLUMN_LABELS,
  scoreTotals,
  suggestedLevelFromScores,
} from '../../../domain/forms/scoring.js';
import {
  SCORE_COLUMNS,
  type ScoreColumn,
  type Scores,
  type ScoreTable,
} from '../../../domain/forms/types.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { type ColumnDraft, columnBody, columnDraft, withColumn } from './format.js';

interface Row {
  key: string;
  kind: 'group' | 'item';
  label: string;
  max: number;
  /** The group's key (group rows) or the item's key. */
  ref: string;
}

const sameBody = (a: ColumnDraft, b: ColumnDraft) =>
  JSON.stringify(Object.entries(columnBody(a)).sort()) ===
  JSON.stringify(Object.entries(columnBody(b)).sort());

export function ScoreTableEditor({
  table,
  scores,
  editable,
  saving,
  onSave,
}: {
  table: ScoreTable;
  scores: Scores;
  editable: readonly ScoreColumn[];
  saving: ScoreColumn | null;
  onSave: (column: 'manager' | 'authority', scores: Record<string, number>) => void;
}) {
  const stored = useMemo(
    () =>
      Object.fromEntries(SCORE_COLUMNS.map((c) => [c, columnDraft(scores, c)])) as Record<
        ScoreColumn,
        ColumnDraft
      >,
    [scores],
  );
  const phone = useIsPhone();
  const [drafts, setDrafts] = useState<Partial<Record<ScoreColumn, ColumnDraft>>>({});

  const draftOf = (c: ScoreColumn): ColumnDraft => drafts[c] ?? stored[c];
  const live = useMemo(() => {
    let s = scores;
    for (const c of editable) if (drafts[c]) s = withColumn(s, c, drafts[c]);
    return s;
  }, [scores, editable, drafts]);
  const totals = useMemo(() => scoreTotals(table, live), [table, live]);
  const suggestion = useMemo(() => suggestedLevelFromScores(table, live), [table, live]);

  const rows: Row[] = table.groups.flatMap((g) => [
    { key: `g:${g.key}`, kind: 'group' as const, label: g.label, max: g.max, ref: g.key },
    ...g.items.map((i) => ({
      key: `i:${i.key}`,
      kind: 'item' as const,
      label: i.label,
      max: i.max,
      ref: i.key,
    })),
  ]);
  const total = (n: number | null) => (n === null ? '—' : formatPoints(n));

  /** One cell: a group's total, a stored score, or an input in a column the user may score. */
  const cell = (r: Row, c: ScoreColumn): ReactNode => {
    if (r.kind === 'group') return <strong>{total(totals.perGroup[r.ref]?.[c] ?? null)}</strong>;
    if (!editable.includes(c)) {
      const v = live[r.ref]?.[c];
      return typeof v === 'number' ? formatPoints(v) : '—';
    }
    return (
      <InputNumber<number>
        size="small"
        min={0}
        max={r.max}
        step={1}
        decimalSeparator=","
        style={{ width: 92 }}
        aria-label={`${r.label} — ${SCORE_COLUMN_LABELS[c]}`}
        data-testid={`score-${c}-${r.ref}`}
        value={draftOf(c)[r.ref] ?? null}
        onChange={(v) =>
          setDrafts((d) => ({
            ...d,
            [c]: { ...(d[c] ?? stored[c]), [r.ref]: typeof v === 'number' ? v : null },
          }))
        }
      />
    );
  };
  const grandMax = formatPoints(table.max ?? table.groups.reduce((sum, g) => sum + g.max, 0));

  const columns: TableColumnsType<Row> = [
    {
      title: 'Tiêu chí',
      dataIndex: 'label',
      render: (label: string, r) => (r.kind === 'group' ? <strong>{label}</strong> : label),
    },
    {
      title: 'Tối đa',
      dataIndex: 'max',
      width: 70,
      align: 'right',
      render: (m: number) => formatPoints(m),
    },
    ...SCORE_COLUMNS.map((c) => ({
      title: SCORE_COLUMN_LABELS[c],
      key: c,
      width: 124,
      align: 'right' as const,
      render: (_: unknown, r: Row) => cell(r, c),
    })),
  ];

  return (
    <Flex vertical gap={8} data-testid="score-table">
      {phone ? (
        <Flex vertical gap={8}>
          {rows.map((r) => (
            <Flex
              key={r.key}
              vertical
              gap={4}
              style={{
                borderBottom: '1px solid #f0f0f0',
                paddingBottom: 6,
                background: r.kind === 'group' ? '#fafafa' : undefined,
              }}
            >
              <Typography.Text strong={r.kind === 'group'}>
                {r.label} <Typography.Text type="secondary">(tối đa {formatPoints(r.max)})</Typography.Text>
              </Typography.Text>
              {SCORE_COLUMNS.map((c) => (
                <Flex key={c} justify="space-between" align="center" gap={8}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {SCORE_COLUMN_LABELS[c]}
                  </Typography.Text>
                  <span>{cell(r, c)}</span>
                </Flex>
              ))}
            </Flex>
          ))}
          <Flex vertical gap={4}>
            <Typography.Text strong>Tổng điểm (tối đa {grandMax})</Typography.Text>
            {SCORE_COLUMNS.map((c) => (
              <Flex key={c} justify="space-between" gap={8}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {SCORE_COLUMN_LABELS[c]}
                </Typography.Text>
                <strong data-testid={`score-total-${c}`}>{total(totals.total[c])}</strong>
              </Flex>
            ))}
          </Flex>
        </Flex>
      ) : (
        <Table<Row>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 600 }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>Tổng điểm</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong>{grandMax}</strong>
              </Table.Summary.Cell>
              {SCORE_COLUMNS.map((c, i) => (
                <Table.Summary.Cell key={c} index={2 + i} align="right">
                  <strong data-testid={`score-total-${c}`}>{total(totals.total[c])}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
      )}
      <Alert
        type={suggestion.level ? 'info' : 'warning'}
        showIcon
        title="Mức xếp loại theo điểm"
        description={<span data-testid="score-suggestion">{suggestion.reason}</span>}
      />
      {!table.verified ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Bảng điểm mặc định, chưa kiểm chứng: {table.source}
        </Typography.Text>
      ) : null}
      {editable.length > 0 ? (
        <Flex gap={8} wrap>
          {editable.map((c) =>
            c === 'self' ? null : (
              <Button
                key={c}
                type="primary"
                icon={<SaveOutlined />}
                loading={saving === c}
                disabled={!drafts[c] || sameBody(drafts[c], stored[c])}
                onClick={() => onSave(c, columnBody(draftOf(c)))}
              >
                Lưu điểm: {SCORE_COLUMN_LABELS[c]}
              </Button>
            ),
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}
