/** /nhan-su/:id: a person's facts, histories (when visible) and the edit form (when allowed). */
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { HistoryTabs } from './history/HistoryTabs.js';
import { PersonEditModal } from './PersonEditModal.js';
import { PersonFacts } from './PersonFacts.js';
import { usePerson } from './usePerson.js';

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  if (person.error) return <QueryError error={person.error} onRetry={() => person.refetch()} />;
  if (!person.data) return <LoadingBlock />;
  const p = person.data;

  return (
    <>
      <PageHeader
        title={p.fullName}
        subtitle={[p.positionTitle, p.unitName].filter(Boolean).join(' – ')}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
              Quay lại
            </Button>
            {p.canEdit ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card title="Thông tin chung">
          <PersonFacts person={p} />
        </Card>
        {p.sensitiveVisible ? (
          <Card title="Quá trình công tác">
            <HistoryTabs person={p} />
          </Card>
        ) : (
          <Alert
            type="info"
            showIcon
            title="Thông tin đảng viên, thời gian nghỉ, kỷ luật và chuyển đến chỉ hiển thị với người có thẩm quyền."
          />
        )}
      </Flex>
      {p.canEdit ? (
        <PersonEditModal
          open={editing}
          person={p}
          onClose={() => setEditing(false)}
          onReload={async () => (await person.refetch()).data}
        />
      ) : null}
    </>
  );
}
