/** An expanded audit row: the recorded changes and the entry's hash. */
import { Flex, Typography } from 'antd';
import { ChangesTable } from '../../components/ChangesTable.js';
import type { AuditEntry } from './types.js';

export function AuditEntryDetails({
  entry,
  unitNames,
}: {
  entry: AuditEntry;
  unitNames: ReadonlyMap<string, string>;
}) {
  const changes =
    entry.changes !== null && typeof entry.changes === 'object' && !Array.isArray(entry.changes)
      ? (entry.changes as Record<string, unknown>)
      : {};
  return (
    <Flex vertical gap={8} style={{ maxWidth: 900 }}>
      {Object.keys(changes).length > 0 ? <ChangesTable changes={changes} unitNames={unitNames} /> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
        Bản ghi số {entry.seq} · Mã băm:{' '}
        <Typography.Text code copyable={{ text: entry.hash }}>
          {entry.hash}
        </Typography.Text>
      </Typography.Text>
    </Flex>
  );
}
