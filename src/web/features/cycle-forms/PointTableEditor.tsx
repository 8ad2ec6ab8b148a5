/**
 * The form's point table in the editor: criteria groups and their items with maximum points, the
 * printed total, and the bands that turn a total into a suggested level. Sums are shown as the
 * secretary types, and a group that does not add up says so with a one-click fix.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Tag, Typography } from 'antd';
import { bandRangeText, formatPoints } from '../../../domain/forms/scoring.js';
import type { FormDefinition, ScoreTable } from '../../../domain/forms/types.js';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../domain/rules/types.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { FormSource } from './CycleFormsCard.js';
import { type Edit, PointsInput, RowActions } from './controls.js';
import {
  addBand,
  addGroup,
  addScoreItem,
  bandLevelChoices,
  groupsTotal,
  itemsTotal,
  moveBand,
  moveGroup,
  moveScoreItem,
  removeBand,
  removeGroup,
  removeScoreItem,
  samePoints,
  setTableMax,
  updateBand,
  updateGroup,
  updateScoreItem,
} from './edit.js';

const blank = (s: string) => s.trim() === '';

const BOUND_OPTIONS = [
  { value: 'from', label: 'từ (≥)' },
  { value: 'above', label: 'trên (>)' },
];

function Sum({
  testId,
  what,
  sum,
  max,
  fixLabel,
  onFix,
}: {
  testId: string;
  what: string;
  sum: number;
  max: number;
  fixLabel: string;
  onFix: () => void;
}) {
  const ok = samePoints(sum, max);
  return (
    <Flex gap="0 8px" wrap align="center" data-testid={testId} data-ok={ok ? 'true' : 'false'}>
      <Typography.Text type={ok ? 'secondary' : 'danger'} style={{ fontSize: 13 }}>
        {what}: {formatPoints(sum)}
        {ok ? ` (khớp ${formatPoints(max)})` : ` — khác ${formatPoints(max)}`}
      </Typography.Text>
      {ok ? null : (
        <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={onFix}>
          {fixLabel}
        </Button>
      )}
    </Flex>
  );
}

export function PointTableEditor({
  def,
  table,
  edit,
  focusKey,
  onAdded,
}: {
  def: FormDefinition;
  /** `def.scoreTable`. */
  table: ScoreTable;
  edit: Edit;
  focusKey: string | null;
  onAdded: (key: string) => void;
}) {
  const phone = useIsPhone();
  const total = table.max ?? groupsTotal(table);
  const groupsSum = groupsTotal(table);
  const levelsLeft = LEVELS.filter((l) => !table.bands.some((b) => b.level === l));

  return (
    <Flex vertical gap={12} data-testid="point-table-editor">
      <Flex gap={6} wrap align="center">
        <Tag style={{ marginInlineEnd: 0 }}>{table.scheme}</Tag>
        {table.verified ? (
          <Tag color="green" style={{ marginInlineEnd: 0 }}>
            Đã kiểm chứng
          </Tag>
        ) : (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            Chưa kiểm chứng
          </Tag>
        )}
      </Flex>
      <FormSource source={table.source} />

      {table.groups.map((g, gi) => {
        const sum = itemsTotal(g);
        return (
          <div
            key={g.key}
            data-testid="score-group"
            style={{ border: '1px solid rgba(5, 5, 5, 0.12)', borderRadius: 8, padding: 12 }}
          >
            <Flex gap={8} align="center" wrap>
              <Input.TextArea
                aria-label="Tên nhóm tiêu chí"
                placeholder="Tên nhóm tiêu chí, ví dụ: 3. Nhóm tiêu chí bổ sung"
                value={g.label}
                status={blank(g.label) ? 'error' : undefined}
                autoFocus={focusKey === g.key}
                maxLength={1000}
                autoSize={{ minRows: 1, maxRows: 4 }}
                style={{ flex: '1 1 240px', fontWeight: 600 }}
                onChange={(e) => edit((d) => updateGroup(d, gi, { label: e.target.value }))}
              />
              <Flex gap={6} align="center">
                <Typography.Text type="secondary">Tối đa</Typography.Text>
                <PointsInput
                  label="Điểm tối đa của nhóm"
                  testId="group-max"
                  value={g.max}
                  status={samePoints(sum, g.max) ? undefined : 'error'}
                  onChange={(max) => edit((d) => updateGroup(d, gi, { max }))}
                />
                <RowActions
                  what="nhóm tiêu chí"
                  index={gi}
                  count={table.groups.length}
                  onMove={(delta) => edit((d) => moveGroup(d, gi, delta))}
                  onRemove={() => edit((d) => removeGroup(d, gi))}
                  confirm={
                    <span style={{ display: 'block', maxWidth: 300 }}>
                      Xóa nhóm “{g.label || 'chưa có tên'}” cùng {g.items.length} tiêu chí?
                    </span>
                  }
                />
              </Flex>
            </Flex>
            <Flex vertical gap={6} style={{ margin: '10px 0 8px', paddingInlineStart: 16 }}>
              {g.items.map((it, ii) => (
                <Flex key={it.key} gap={8} align="center" wrap data-testid="score-item">
                  <Input.TextArea
                    aria-label="Tên tiêu chí"
                    placeholder="Tên tiêu chí"
                    value={it.label}
                    status={blank(it.label) ? 'error' : undefined}
                    autoFocus={focusKey === it.key}
                    maxLength={1000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    style={{ flex: '1 1 220px' }}
                    onChange={(e) => edit((d) => updateScoreItem(d, gi, ii, { label: e.target.value }))}
                  />
                  <Flex gap={6} align="center">
                    <PointsInput
                      label="Điểm tối đa của tiêu chí"
                      testId="item-max"
                      value={it.max}
                      status={it.max > 0 ? undefined : 'error'}
                      onChange={(max) => edit((d) => updateScoreItem(d, gi, ii, { max }))}
                    />
                    <RowActions
                      what="tiêu chí"
                      index={ii}
                      count={g.items.length}
                      onMove={(delta) => edit((d) => moveScoreItem(d, gi, ii, delta))}
                      onRemove={() => edit((d) => removeScoreItem(d, gi, ii))}
                    />
                  </Flex>
                </Flex>
              ))}
            </Flex>
            <Flex gap={8} wrap justify="space-between" align="center">
              <Button
                size="small"
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="add-score-item"
                onClick={() => {
                  onAdded(addScoreItem(def, gi).key);
                  edit((d) => addScoreItem(d, gi).definition);
                }}
              >
                Thêm tiêu chí
              </Button>
              <Sum
                testId="group-sum"
                what="Cộng các tiêu chí"
                sum={sum}
                max={g.max}
                fixLabel={`Đặt điểm tối đa của nhóm là ${formatPoints(sum)}`}
                onFix={() => edit((d) => updateGroup(d, gi, { max: sum }))}
              />
            </Flex>
          </div>
        );
      })}
      <div>
        <Button
          icon={<PlusOutlined />}
          data-testid="add-score-group"
          onClick={() => {
            onAdded(addGroup(def).key);
            edit((d) => addGroup(d).definition);
          }}
        >
          Thêm nhóm tiêu chí
        </Button>
      </div>

      <Flex gap="8px 16px" wrap align="center">
        <Flex gap={6} align="center">
          <Typography.Text strong>Tổng điểm tối đa của bảng</Typography.Text>
          <PointsInput
            label="Tổng điểm tối đa của bảng"
            testId="table-max"
            value={total}
            status={samePoints(groupsSum, total) ? undefined : 'error'}
            onChange={(max) => edit((d) => setTableMax(d, max))}
          />
        </Flex>
        <Sum
          testId="table-sum"
          what="Cộng các nhóm"
          sum={groupsSum}
          max={total}
          fixLabel={`Đặt tổng điểm là ${formatPoints(groupsSum)}`}
          onFix={() => edit((d) => setTableMax(d, groupsSum))}
        />
      </Flex>

      <div>
        <Typography.Title level={5} style={{ marginTop: 8 }}>
          Khoảng điểm xếp loại
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          Từ mức cao xuống mức thấp; điểm sàn giảm dần. “Từ” tính cả điểm sàn, “trên” không tính.
        </Typography.Text>
      </div>
      <Flex vertical gap={8}>
        {table.bands.map((b, bi) => (
          <Flex
            key={b.level}
            gap={phone ? 6 : 8}
            vertical={phone}
            align={phone ? 'stretch' : 'center'}
            data-testid="score-band"
            style={phone ? { background: '#fafafa', borderRadius: 6, padding: 8 } : undefined}
          >
            <Select<Level>
              aria-label="Mức xếp loại"
              value={b.level}
              options={bandLevelChoices(table, bi).map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
              style={{ width: phone ? '100%' : 250 }}
              onChange={(level) => edit((d) => updateBand(d, bi, { level }))}
            />
            <Flex gap={8} align="center" style={phone ? undefined : { flex: 1, minWidth: 0 }}>
              <Select
                aria-label="Cách tính điểm sàn"
                value={b.inclusive ? 'from' : 'above'}
                options={BOUND_OPTIONS}
                style={{ width: 104, flexShrink: 0 }}
                onChange={(v) => edit((d) => updateBand(d, bi, { inclusive: v === 'from' }))}
              />
              <PointsInput
                label="Điểm sàn"
                value={b.min}
                onChange={(min) => edit((d) => updateBand(d, bi, { min }))}
              />
              {phone ? (
                <span style={{ flex: 1 }} />
              ) : (
                <Typography.Text type="secondary" style={{ flex: 1, minWidth: 0, fontSize: 13 }}>
                  {bandRangeText(table, b)}
                </Typography.Text>
              )}
              <RowActions
                what="khoảng điểm"
                index={bi}
                count={table.bands.length}
                onMove={(delta) => edit((d) => moveBand(d, bi, delta))}
                onRemove={() => edit((d) => removeBand(d, bi))}
              />
            </Flex>
            {phone ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {bandRangeText(table, b)}
              </Typography.Text>
            ) : null}
          </Flex>
        ))}
        {levelsLeft.length > 0 ? (
          <div>
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => edit((d) => addBand(d))}
            >
              Thêm khoảng điểm ({LEVEL_LABELS[levelsLeft[0] as Level].toLowerCase()})
            </Button>
          </div>
        ) : null}
      </Flex>
    </Flex>
  );
}
