/**
 * One document: its facts, checksum, files, every version with its own downloads, and (for those
 * who may create documents) "Ban hành" for a draft and "Tạo lại phiên bản mới".
 */
import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  type DescriptionsProps,
  Drawer,
  Flex,
  Popconfirm,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { formatVnDate, formatVnDateTime } from '../../components/dates.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { Checksum } from './Checksum.js';
import { DownloadLinks } from './DownloadLinks.js';
import { downloadFormats, FORMAT_LABELS, formatFileSize, numberLabel } from './format.js';
import { IssueButton } from './IssueButton.js';
import { StateTag } from './StateTag.js';
import type { DocumentDetail, DocumentVersion } from './types.js';
import { useDocument, useRegenerateDocument } from './useDocuments.js';

function numberText(state: DocumentDetail['state'], text: string): string {
  const n = numberLabel(text);
  if (n) return n;
  if (!text.trim()) return 'Loại văn bản này không ghi số';
  return state === 'draft' ? 'Chưa có số (lấy số khi ban hành)' : '—';
}

function RegenerateButton({ id, onDone }: { id: string; onDone: (id: string) => void }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const regenerate = useRegenerateDocument();
  return (
    <Popconfirm
      title="Tạo lại văn bản thành phiên bản mới?"
      description={
        <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 300 }}>
          Văn bản được lập lại từ dữ liệu đã lưu; các phiên bản cũ vẫn được giữ. Văn bản đã ban hành giữ
          nguyên số và ngày.
        </Typography.Text>
      }
      okText="Tạo lại"
      cancelText="Hủy"
      onConfirm={async () => {
        try {
          const r = await regenerate.mutateAsync(id);
          message.success(`Đã tạo phiên bản ${r.version}.`);
          onDone(r.id);
        } catch (e) {
          onError(e);
        }
      }}
    >
      <Button icon={<ReloadOutlined />} loading={regenerate.isPending}>
        Tạo lại phiên bản mới
      </Button>
    </Popconfirm>
  );
}

function VersionCard({
  v,
  current,
  canXlsx,
  onView,
}: {
  v: DocumentVersion;
  current: boolean;
  canXlsx: boolean;
  onView: () => void;
}) {
  const { token } = theme.useToken();
  const n = numberLabel(v.numberText);
  return (
    <Card size="small" style={current ? { borderColor: token.colorPrimary } : undefined}>
      <Flex vertical gap={6}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>Phiên bản {v.version}</Typography.Text>
          <StateTag state={v.state} />
          {n ? <Typography.Text>{n}</Typography.Text> : null}
          {current ? (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              Đang xem
            </Tag>
          ) : (
            <Button type="link" size="small" onClick={onView} style={{ paddingInline: 0 }}>
              Xem
            </Button>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {v.createdByName} · {formatVnDateTime(v.createdAt)}
        </Typography.Text>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Checksum value={v.checksum} />
          <DownloadLinks id={v.id} formats={downloadFormats([], canXlsx)} label={`phiên bản ${v.version}`} />
        </Flex>
      </Flex>
    </Card>
  );
}

function Details({
  doc,
  unitName,
  canCreate,
  onSwitch,
}: {
  doc: DocumentDetail;
  unitName: string;
  canCreate: boolean;
  onSwitch: (id: string) => void;
}) {
  const phone = useIsPhone();
  const latest = doc.versions[0];
  const isLatest = !latest || latest.id === doc.id;
  const stored = doc.files.map((f) => f.format);
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: 'Loại văn bản', children: doc.kindLabel },
    { key: 'subject', label: 'Trích yếu', children: doc.subject },
    { key: 'state', label: 'Trạng thái', children: <StateTag state={doc.state} /> },
    { key: 'number', label: 'Số, ký hiệu', children: numberText(doc.state, doc.numberText) },
    { key: 'issuedOn', label: 'Ngày ban hành', children: formatVnDate(doc.issuedOn) || '—' },
    { key: 'unit', label: 'Đơn vị', children: unitName },
    {
      key: 'version',
      label: 'Phiên bản',
      children: `${doc.version}${doc.versions.length > 1 ? ` (trong ${doc.versions.length} phiên bản)` : ''}`,
    },
    { key: 'createdBy', label: 'Người lập', children: doc.createdByName },
    { key: 'createdAt', label: 'Thời điểm lập', children: formatVnDateTime(doc.createdAt) },
    {
      key: 'files',
      label: 'Tệp đã lưu',
      children:
        doc.files.length > 0 ? (
          <Flex gap={4} wrap>
            {doc.files.map((f, i) => (
              <span key={f.format} style={{ whiteSpace: 'nowrap' }}>
                {FORMAT_LABELS[f.format]} ({formatFileSize(f.size)}){i < doc.files.length - 1 ? ' ·' : ''}
              </span>
            ))}
          </Flex>
        ) : (
          '—'
        ),
    },
    { key: 'checksum', label: 'Mã kiểm tra (SHA-256)', children: <Checksum value={doc.checksum} /> },
    {
      key: 'download',
      label: 'Tải về',
      children: <DownloadLinks id={doc.id} formats={downloadFormats(stored, doc.canXlsx)} label="văn bản" />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      {!isLatest && latest ? (
        <Alert
          type="info"
          showIcon
          title={`Bạn đang xem phiên bản cũ (phiên bản ${doc.version}).`}
          action={
            <Button size="small" onClick={() => onSwitch(latest.id)}>
              Xem phiên bản mới nhất
            </Button>
          }
        />
      ) : null}
      {canCreate && isLatest ? (
        <Flex gap={8} wrap>
          {doc.state === 'draft' ? <IssueButton id={doc.id} onIssued={(r) => onSwitch(r.id)} /> : null}
          <RegenerateButton id={doc.id} onDone={onSwitch} />
        </Flex>
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: phone ? { width: 112, paddingInline: 12 } : { width: 190 } }}
        items={items}
      />
      <Flex vertical gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          Các phiên bản
        </Typography.Title>
        {doc.versions.map((v) => (
          <VersionCard
            key={v.id}
            v={v}
            current={v.id === doc.id}
            canXlsx={doc.canXlsx}
            onView={() => onSwitch(v.id)}
          />
        ))}
      </Flex>
    </Flex>
  );
}

export function DocumentDrawer({
  id,
  unitNames,
  canCreate,
  onClose,
  onSwitch,
}: {
  id: string | null;
  unitNames: ReadonlyMap<string, string>;
  canCreate: boolean;
  onClose: () => void;
  /** Show another version (after issuing or regenerating, the new one). */
  onSwitch: (id: string) => void;
}) {
  const phone = useIsPhone();
  const doc = useDocument(id);
  const data = doc.data && doc.data.id === id ? doc.data : undefined;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={phone ? '100%' : 720}
      title={data ? data.subject : 'Văn bản'}
      data-testid="document-drawer"
      destroyOnHidden
      styles={phone ? { body: { padding: 16 } } : undefined}
    >
      {doc.error ? (
        <QueryError error={doc.error} onRetry={() => doc.refetch()} />
      ) : !data ? (
        <LoadingBlock />
      ) : (
        <Details
          doc={data}
          unitName={data.unitId ? (unitNames.get(data.unitId) ?? '—') : 'Toàn cơ quan'}
          canCreate={canCreate}
          onSwitch={onSwitch}
        />
      )}
    </Drawer>
  );
}
