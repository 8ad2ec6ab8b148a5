/** Search by name or staff code, debounced into the URL; the server ignores diacritics. */
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';

export function PeopleSearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, 350);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the debounced text settles
  useEffect(() => {
    if (debounced.trim() !== value) onSearch(debounced.trim());
  }, [debounced]);

  // The URL changed from outside (back button, a link): show that.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the URL value changes
  useEffect(() => {
    if (value !== debounced.trim()) setText(value);
  }, [value]);

  return (
    <Input
      data-testid="people-search"
      aria-label="Tìm theo họ tên hoặc mã cán bộ"
      placeholder="Tìm theo họ tên hoặc mã cán bộ"
      prefix={<SearchOutlined />}
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onPressEnter={() => onSearch(text.trim())}
    />
  );
}
