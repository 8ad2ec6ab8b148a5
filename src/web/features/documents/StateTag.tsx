/** "Dự thảo" (grey) or "Đã ban hành" (green). */
import { Tag } from 'antd';
import { STATE_LABELS } from './format.js';
import type { DocumentState } from './types.js';

export function StateTag({ state }: { state: DocumentState }) {
  return (
    <Tag color={state === 'issued' ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
      {STATE_LABELS[state]}
    </Tag>
  );
}
