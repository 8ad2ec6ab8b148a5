/**
 * /quan-tri/co-quan: the agency's names as printed on documents, with a live preview of the document
 * header. Everyone may read it; only those with 'agency.edit' (the server's canEdit) may change it.
 */
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex } from 'antd';
import { todayInVietnam } from '../../../domain/document-format.js';
import { apiGet } from '../../app/api.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { AgencyForm } from './AgencyForm.js';
import { AGENCY_FIELD_LABELS, AGENCY_FIELDS } from './agencyFields.js';
import { DocumentHeaderPreview } from './DocumentHeaderPreview.js';
import type { AgencyDetails } from './types.js';

/** Under ['agency'], so saving (which invalidates ['agency']) refreshes the header's copy too. */
const AGENCY_DETAILS_QUERY_KEY = ['agency', 'details'] as const;

export function AgencyPage() {
  const agency = useQuery({
    queryKey: AGENCY_DETAILS_QUERY_KEY,
    queryFn: ({ signal }) => apiGet<AgencyDetails>('/api/agency', undefined, signal),
    staleTime: 0,
  });

  if (agency.error) return <QueryError error={agency.error} onRetry={() => agency.refetch()} />;
  if (!agency.data) return <LoadingBlock />;
  const a = agency.data;
  const today = todayInVietnam();

  return (
    <>
      <PageHeader
        title="Thông tin cơ quan"
        subtitle={
          a.canEdit
            ? 'Hiển thị trên đầu trang và ở phần đầu các văn bản hệ thống lập.'
            : 'Chỉ quản trị hệ thống được sửa các thông tin này.'
        }
      />
      {a.canEdit ? (
        <AgencyForm
          // A new version (after saving or reloading) starts a fresh form.
          key={a.version}
          agency={a}
          today={today}
          onReload={async () => {
            await agency.refetch();
          }}
        />
      ) : (
        <Flex vertical gap={16}>
          <Card title="Phần đầu văn bản">
            <DocumentHeaderPreview {...a} date={today} />
          </Card>
          <Card title="Tên gọi và ký hiệu">
            <Descriptions
              column={1}
              bordered
              size="small"
              styles={{ label: { width: '45%' } }}
              items={AGENCY_FIELDS.map((f) => ({
                key: f,
                label: AGENCY_FIELD_LABELS[f],
                children: a[f] || '—',
              }))}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
