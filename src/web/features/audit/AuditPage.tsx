/** /nhat-ky: the audit log with filters, "Tải thêm", and (for administrators) the integrity check. */
import { Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useUnits } from '../org/useUnits.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import type { AuditFilter } from './types.js';
import { useAuditLog } from './useAuditLog.js';
import { useVerifyChain, VerifyButton, VerifyResult } from './VerifyChain.js';

export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const verify = useVerifyChain();
  const units = useUnits();
  const unitNames = useMemo(
    () => new Map((units.data?.items ?? []).map((u) => [u.id, u.name] as const)),
    [units.data],
  );
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
  const canVerify = log.data?.pages[0]?.canVerify ?? false;

  return (
    <>
      <PageHeader title="Nhật ký" extra={canVerify ? <VerifyButton verify={verify} /> : null} />
      <VerifyResult verify={verify} />
      <Card>
        <AuditFilters filter={filter} onChange={setFilter} />
        {log.error ? (
          <QueryError error={log.error} onRetry={() => log.refetch()} />
        ) : (
          <Flex vertical gap={16}>
            <AuditTable entries={entries} loading={log.isLoading} unitNames={unitNames} />
            {log.hasNextPage ? (
              <Flex justify="center">
                <Button onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
                  Tải thêm
                </Button>
              </Flex>
            ) : null}
          </Flex>
        )}
      </Card>
    </>
  );
}
