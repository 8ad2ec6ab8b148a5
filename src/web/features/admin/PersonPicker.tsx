/**
 * Pick the person a new account is for: a Select that searches GET /api/people?q=… as you type
 * (the server ignores diacritics). People who already have an account are shown but disabled.
 */
import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { apiGet } from '../../app/api.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import type { PeopleResponse, PersonListItem } from '../people/types.js';

type PersonOption = Pick<PersonListItem, 'id' | 'fullName' | 'staffCode' | 'unitName'>;

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** People who already have an account. */
  taken: ReadonlySet<string>;
  onPick?: (person: PersonOption | null) => void;
}

export function PersonPicker({ id, value, onChange, taken, onPick }: Props) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [picked, setPicked] = useState<PersonOption | null>(null);
  const people = useQuery({
    queryKey: ['people', { q, pageSize: 20 }],
    queryFn: ({ signal }) => apiGet<PeopleResponse>('/api/people', { q, pageSize: 20 }, signal),
  });

  const options = useMemo(() => {
    const list: PersonOption[] = [...(people.data?.items ?? [])];
    // Keep the chosen person's label while the search shows others.
    if (picked && picked.id === value && !list.some((p) => p.id === picked.id)) list.unshift(picked);
    return list.map((p) => ({
      value: p.id,
      label: p.fullName,
      disabled: taken.has(p.id) && p.id !== value,
      person: p,
    }));
  }, [people.data, picked, value, taken]);

  const searching = people.isFetching || q !== text.trim();

  return (
    <Select
      id={id}
      value={value}
      placeholder="Gõ họ tên hoặc mã cán bộ để tìm"
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      options={options}
      onChange={(v, option) => {
        const person = (Array.isArray(option) ? option[0] : option)?.person ?? null;
        setPicked(person);
        onChange?.(v ?? undefined);
        onPick?.(person);
      }}
      onClear={() => setText('')}
      notFoundContent={
        searching ? (
          <Flex justify="center" style={{ padding: 8 }}>
            <Spin size="small" />
          </Flex>
        ) : (
          'Không tìm thấy người phù hợp.'
        )
      }
      optionRender={(o) => {
        const p = o.data.person;
        return (
          <Flex vertical style={{ lineHeight: 1.35, padding: '2px 0' }}>
            <span>{p.fullName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.staffCode} · {p.unitName}
              {taken.has(p.id) ? ' · Đã có tài khoản' : ''}
            </Typography.Text>
          </Flex>
        );
      }}
      style={{ width: '100%' }}
    />
  );
}
