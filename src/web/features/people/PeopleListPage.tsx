/** /nhan-su: search, filters (in the URL), the table, and the add / import buttons. */
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useAuth } from '../../app/auth.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useUnits } from '../org/useUnits.js';
import { PeopleFilters } from './PeopleFilters.js';
import { PeopleTable } from './PeopleTable.js';
import { usePeople } from './usePeople.js';
import { usePeopleSearch } from './usePeopleSearch.js';

export function PeopleListPage() {
  const { search, update } = usePeopleSearch();
  const people = usePeople(search);
  const units = useUnits();
  const { can } = useAuth();
  const data = people.data;
  // The server says whether this viewer may see party membership: only then the filter and column
  // (before the first answer, the permission it is based on, so the filters do not jump).
  const showParty = data?.canSeeParty ?? can('people.viewSensitive');

  return (
    <>
      <PageHeader
        title="Nhân sự"
        subtitle={data ? `${data.total} người` : undefined}
        extra={
          <>
            {data?.canImport ? (
              <NavButton to="/nhan-su/nhap" icon={<CloudUploadOutlined />}>
                Nhập từ Excel
              </NavButton>
            ) : null}
            {data?.canEdit ? (
              <NavButton to="/nhan-su/them" type="primary" icon={<PlusOutlined />}>
                Thêm người
              </NavButton>
            ) : null}
          </>
        }
      />
      <Card>
        <PeopleFilters
          search={search}
          update={update}
          units={units.data?.items ?? []}
          showParty={showParty}
        />
        {people.error ? (
          <QueryError error={people.error} onRetry={() => people.refetch()} />
        ) : (
          <PeopleTable
            data={data}
            loading={people.isFetching}
            showParty={showParty}
            onPage={(page, pageSize) => update({ page, pageSize })}
          />
        )}
      </Card>
    </>
  );
}
