/** The person's histories, one tab each. */
import { Tabs } from 'antd';
import type { PersonDetail } from '../types.js';
import { DisciplinesTab } from './DisciplinesTab.js';
import { LeavesTab } from './LeavesTab.js';
import { TransfersTab } from './TransfersTab.js';

export function HistoryTabs({ person }: { person: PersonDetail }) {
  return (
    <Tabs
      items={[
        {
          key: 'leaves',
          label: 'Thời gian nghỉ',
          children: <LeavesTab person={person} />,
        },
        {
          key: 'disciplines',
          label: 'Kỷ luật',
          children: <DisciplinesTab person={person} />,
        },
        {
          key: 'transfers',
          label: 'Chuyển đến',
          children: <TransfersTab person={person} />,
        },
      ]}
    />
  );
}
