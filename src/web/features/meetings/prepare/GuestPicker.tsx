/**
 * The invited guests: the list with "Bỏ" per person, the suggestions ("Mời …"), and a search over
 * everyone to add someone else. A controlled form field (value / onChange).
 */
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../components/useDebouncedValue.js';
import type { PersonListItem } from '../../people/types.js';
import { addGuest, type GuestOption, MAX_GUESTS, openSuggestions, removeGuest } from './guests.js';
import { usePeopleNamed } from './usePeopleLists.js';

export const toGuest = (p: PersonListItem): GuestOption => ({
  id: p.id,
  fullName: p.fullName,
  positionTitle: p.positionTitle,
  unitName: p.unitName,
});

const describe = (g: GuestOption) => [g.positionTitle, g.unitName].filter(Boolean).join(', ');

export function GuestPicker({
  id,
  value = [],
  onChange,
  suggestions,
  memberIds,
}: {
  id?: string;
  value?: GuestOption[];
  onChange?: (guests: GuestOption[]) => void;
  suggestions: readonly GuestOption[];
  memberIds: ReadonlySet<string>;
}) {
  const [q, setQ] = useState('');
  const search = usePeopleNamed(useDebouncedValue(q.trim(), 300));
  const found = (search.data?.items ?? []).filter((p) => !memberIds.has(p.id));
  const open = openSuggestions(suggestions, value, memberIds);
  const full = value.length >= MAX_GUESTS;
  return (
    <Flex vertical gap={8}>
      {value.length === 0 ? (
        <Typography.Text type="secondary">Chưa mời khách.</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} data-testid="guest-list">
          {value.map((g) => (
            <li key={g.id} data-guest={g.fullName}>
              <Flex justify="space-between" align="center" gap={8} style={{ padding: '4px 0' }}>
                <span>
                  <Typography.Text strong>{g.fullName}</Typography.Text>
                  {describe(g) ? <Typography.Text type="secondary"> — {describe(g)}</Typography.Text> : null}
                </span>
                <Button
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={`Bỏ khách mời: ${g.fullName}`}
                  onClick={() => onChange?.(removeGuest(value, g.id))}
                >
                  Bỏ
                </Button>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 ? (
        <Flex gap={6} wrap align="center">
          <Typography.Text type="secondary">Gợi ý (lãnh đạo Văn phòng phụ trách):</Typography.Text>
          {open.map((s) => (
            <Button
              key={s.id}
              size="small"
              icon={<PlusOutlined />}
              disabled={full}
              aria-label={`Mời ${s.fullName}`}
              onClick={() => onChange?.(addGuest(value, s))}
            >
              {s.fullName}
            </Button>
          ))}
        </Flex>
      ) : null}
      <Select<string>
        id={id}
        aria-label="Thêm khách mời"
        showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
        placeholder="Gõ tên để tìm và thêm khách mời"
        value={null}
        disabled={full}
        loading={search.isFetching}
        notFoundContent={search.isFetching ? 'Đang tìm…' : 'Không tìm thấy người phù hợp.'}
        options={found.map((p) => ({
          value: p.id,
          label: `${p.fullName} — ${[p.positionTitle, p.unitName].filter(Boolean).join(', ')}`,
        }))}
        onChange={(personId) => {
          const p = found.find((x) => x.id === personId);
          if (p) onChange?.(addGuest(value, toGuest(p)));
          setQ('');
        }}
        style={{ width: '100%', maxWidth: 520 }}
      />
      {full ? <Typography.Text type="warning">Tối đa {MAX_GUESTS} khách mời.</Typography.Text> : null}
    </Flex>
  );
}
