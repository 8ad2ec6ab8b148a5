/**
 * /van-ban: the documents the system has made (latest version of each), filters, downloads, the
 * details drawer, "Lập danh sách cán bộ" and "Tải bộ hồ sơ (ZIP)" of the ticked rows.
 */
import { FileZipOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useCycles } from '../cycles/useCycles.js';
import { useUnits } from '../org/useUnits.js';
import { BundleModal } from './BundleModal.js';
import { DocumentDrawer } from './DocumentDrawer.js';
import { DocumentFilters } from './DocumentFilters.js';
import { DocumentsTable } from './DocumentsTable.js';
import { PeopleListModal } from './PeopleListModal.js';
import type { DocumentFilter } from './types.js';
import { useDocumentKinds, useDocuments } from './useDocuments.js';

const EMPTY_TEXT =
  'Chưa có văn bản nào. Các bước của kỳ đánh giá sẽ tự lập văn bản tại đây; bạn cũng có thể lập danh sách cán bộ ngay.';

export function DocumentsPage() {
  const { can } = useAuth();
  const [filter, setFilter] = useState<DocumentFilter>({});
  const docs = useDocuments(filter);
  const cycles = useCycles();
  const kinds = useDocumentKinds();
  const units = useUnits();
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [peopleListOpen, setPeopleListOpen] = useState(false);
  const [bundleOpen, setBundleOpen] = useState(false);

  const kindMap = useMemo(
    () => new Map((kinds.data?.items ?? []).map((k) => [k.kind, k] as const)),
    [kinds.data],
  );
  const unitList = units.data?.items ?? [];
  const unitNames = useMemo(
    () => new Map((units.data?.items ?? []).map((u) => [u.id, u.name] as const)),
    [units.data],
  );
  const items = docs.data?.items ?? [];
  // Before the first answer, the permission it is based on (so the button does not jump in).
  const canCreate = docs.data?.canCreate ?? can('documents.create');
  const filtered = Boolean(filter.kind || filter.state || filter.unitId || filter.cycleId);

  /** The drawer moved to another version (issued / regenerated): keep a ticked row ticked. */
  const switchTo = (id: string) => {
    if (openId && id !== openId) setSelected((s) => s.map((x) => (x === openId ? id : x)));
    setOpenId(id);
  };

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? 'Không có văn bản nào phù hợp với bộ lọc.' : EMPTY_TEXT}
    >
      {!filtered && canCreate ? (
        <Button type="primary" onClick={() => setPeopleListOpen(true)}>
          Lập danh sách cán bộ
        </Button>
      ) : null}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title="Văn bản"
        subtitle={docs.data ? `${items.length} văn bản` : undefined}
        extra={
          <>
            {canCreate ? (
              <Button
                icon={<UnorderedListOutlined />}
                onClick={() => setPeopleListOpen(true)}
                data-testid="people-list-button"
              >
                Lập danh sách cán bộ
              </Button>
            ) : null}
            <Button
              type="primary"
              icon={<FileZipOutlined />}
              disabled={selected.length === 0}
              onClick={() => setBundleOpen(true)}
              data-testid="bundle-button"
            >
              Tải bộ hồ sơ (ZIP){selected.length > 0 ? ` · ${selected.length}` : ''}
            </Button>
          </>
        }
      />
      <Card>
        <DocumentFilters
          filter={filter}
          onChange={setFilter}
          kinds={kinds.data?.items ?? []}
          kindsLoading={kinds.isLoading}
          units={unitList}
          unitsLoading={units.isLoading}
          cycles={cycles.data?.items ?? []}
        />
        {selected.length > 0 ? (
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Text>Đã chọn {selected.length} văn bản.</Typography.Text>
            <Button type="link" size="small" onClick={() => setSelected([])} style={{ paddingInline: 0 }}>
              Bỏ chọn
            </Button>
          </Flex>
        ) : null}
        {docs.error ? (
          <QueryError error={docs.error} onRetry={() => docs.refetch()} />
        ) : (
          <DocumentsTable
            items={items}
            loading={docs.isFetching}
            kinds={kindMap}
            selectedIds={selected}
            onSelect={setSelected}
            onOpen={setOpenId}
            emptyText={emptyText}
          />
        )}
      </Card>
      <DocumentDrawer
        id={openId}
        unitNames={unitNames}
        canCreate={canCreate}
        onClose={() => setOpenId(null)}
        onSwitch={switchTo}
      />
      <PeopleListModal
        open={peopleListOpen}
        units={unitList}
        unitsLoading={units.isLoading}
        onClose={() => setPeopleListOpen(false)}
        onCreated={(id) => {
          setPeopleListOpen(false);
          setOpenId(id);
        }}
      />
      <BundleModal open={bundleOpen} ids={selected} onClose={() => setBundleOpen(false)} />
    </>
  );
}
