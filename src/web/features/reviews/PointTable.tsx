/**
 * The form's point table: criteria groups and items with their maximum, the writer's own column
 * (editable while the draft is open), the direct manager's and the competent authority's columns
 * (read-only), totals per group and overall, and the level the points suggest, all computed as the
 * writer types. It scrolls sideways inside itself on a phone.
 */
import { Flex, InputNumber, Table, Tag, Typography } from 'antd';
import { formatPoints, SCORE_COLUMN_LABELS } from '../../../domain/forms/scoring.js';
import type { ScoreColumn, Scores, ScoreTable } from '../../../domain/forms/types.js';
import { LEVEL_LABELS, type Level } from '../../../domain/rules/types.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { type ScoreRow, type ScoreView, scoreRows } from './format.js';

const LEVEL_COLORS: Record<Level, string> = {
  HTXSNV: 'green',
  HTTNV: 'blue',
  HTNV: 'gold',
  KHTNV: 'red',
};

const COLUMN_TITLES: Record<ScoreColumn, string> = {
  self: 'Cá nhân tự chấm',
  manager: 'Người quản lý trực tiếp',
  authority: 'Cấp có thẩm quyền',
};

/** What the box shows: "29,5" (decimal comma, no trailing zeros); as typed while typing. */
const pointsText = (v: number | string | undefined, info: { userTyping: boolean; input: string }) => {
  if (info.userTyping) return info.input;
  const n = typeof v === 'number' ? v : Number(v);
  return v === undefined || v === '' || !Number.isFinite(n) ? '' : formatPoints(n);
};
const parsePoints = (s: string | undefined) => (s ?? '').trim().replace(',', '.');

export function PointTable({
  table,
  scores,
  view,
  editable,
  errors,
  onChange,
}: {
  table: ScoreTable;
  /** The stored scores with the writer's column as typed. */
  scores: Scores;
  view: ScoreView;
  editable: boolean;
  errors: Record<string, string[]>;
  onChange: (itemKey: string, value: number | null) => void;
}) {
  const phone = useIsPhone();
  const rows = scoreRows(table);
  const shown = (v: number | null | undefined) => (typeof v === 'number' ? formatPoints(v) : '');

  const cell = (row: ScoreRow, column: ScoreColumn) => {
    if (row.kind === 'total')
      return <strong data-testid={`score-total-${column}`}>{shown(view.totals.total[column])}</strong>;
    if (row.kind === 'group') return <strong>{shown(view.totals.perGroup[row.groupKey]?.[column])}</strong>;
    const value = scores[row.itemKey]?.[column];
    if (column === 'self' && editable) {
      const problems = errors[row.itemKey];
      return (
        <div>
          <InputNumber
            aria-label={`Điểm tự chấm: ${row.label}`}
            data-score-item={row.itemKey}
            min={0}
            max={row.max}
            step={0.25}
            formatter={pointsText}
            parser={parsePoints}
            status={problems ? 'error' : undefined}
            style={{ width: '100%', minWidth: 84 }}
            value={typeof value === 'number' ? value : null}
            onChange={(v) => onChange(row.itemKey, typeof v === 'number' ? v : null)}
          />
          {problems ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {problems.join(' ')}
            </Typography.Text>
          ) : null}
        </div>
      );
    }
    return shown(value);
  };

  return (
    <Flex vertical gap={10} data-testid="point-table">
      <Table<ScoreRow>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        scroll={{ x: phone ? 580 : 640 }}
        onRow={(r) => ({ style: r.kind === 'total' ? { background: '#fafafa' } : undefined })}
        columns={[
          {
            title: 'Tiêu chí đánh giá',
            key: 'label',
            // On a phone the criteria stay in view while the columns scroll.
            ...(phone ? { width: 150, fixed: 'left' as const } : {}),
            render: (_, r) =>
              r.kind === 'item' ? (
                <span style={{ paddingInlineStart: 16, display: 'inline-block' }}>{r.label}</span>
              ) : (
                <strong>{r.label}</strong>
              ),
          },
          {
            title: 'Điểm tối đa',
            key: 'max',
            width: phone ? 70 : 90,
            align: 'center',
            render: (_, r) =>
              r.kind === 'item' ? formatPoints(r.max) : <strong>{formatPoints(r.max)}</strong>,
          },
          ...(['self', 'manager', 'authority'] as const).map((column) => ({
            title: <span title={SCORE_COLUMN_LABELS[column]}>{COLUMN_TITLES[column]}</span>,
            key: column,
            width: column === 'self' ? (phone ? 116 : 130) : 120,
            align: 'center' as const,
            render: (_: unknown, r: ScoreRow) => cell(r, column),
          })),
        ]}
      />
      <div data-testid="score-suggestion" data-level={view.level ?? ''} aria-live="polite">
        <Typography.Text strong>Mức gợi ý theo điểm: </Typography.Text>
        {view.level ? (
          <>
            <Tag color={LEVEL_COLORS[view.level]} style={{ marginInlineEnd: 6, fontSize: 14 }}>
              {LEVEL_LABELS[view.level]}
            </Tag>
            <Typography.Text type="secondary">
              {view.total !== null
                ? `tổng ${formatPoints(view.total)}/${formatPoints(rows.at(-1)?.max ?? 100)} điểm`
                : ''}
              {view.bandText ? `, ${view.bandText}` : ''}
              {view.column && view.column !== 'self' ? ` (theo cột “${COLUMN_TITLES[view.column]}”)` : ''}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">
            chưa có (chấm đủ điểm tất cả các tiêu chí để xem mức gợi ý)
          </Typography.Text>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        Mức theo điểm chỉ là gợi ý; còn phải đối chiếu các điều kiện khác của mức xếp loại.
        {table.verified ? '' : ' Bảng điểm là mặc định, chưa đối chiếu với văn bản gốc.'}
      </Typography.Text>
    </Flex>
  );
}
