/** "Lịch sử phiên bản": every stored version of the review, newest first, in a drawer. */
import { HistoryOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { REVIEW_STATE_LABELS } from '../../../domain/review.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { eventDetail, eventLabel, formatTime, REVIEW_STATE_COLORS } from './format.js';
import type { ReviewVersion } from './types.js';

export function VersionHistoryButton({ versions }: { versions: ReviewVersion[] }) {
  const [open, setOpen] = useState(false);
  const phone = useIsPhone();
  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => setOpen(true)} data-testid="history-button">
        Lịch sử phiên bản
      </Button>
      <Drawer
        title="Lịch sử phiên bản"
        open={open}
        onClose={() => setOpen(false)}
        size={phone ? '100%' : 720}
        destroyOnHidden
      >
        {versions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có phiên bản nào được lưu." />
        ) : (
          <Table<ReviewVersion>
            data-testid="history-table"
            size="small"
            rowKey="version"
            pagination={versions.length > 50 ? { pageSize: 50 } : false}
            dataSource={versions}
            scroll={{ x: 560 }}
            columns={[
              { title: 'Phiên bản', dataIndex: 'version', width: 86, align: 'center' },
              {
                title: 'Thao tác',
                dataIndex: 'event',
                width: 150,
                render: (e: string, v) => (
                  <>
                    {eventLabel(e)}
                    {eventDetail(e) ? (
                      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{eventDetail(e)}</div>
                    ) : null}
                    <div>
                      <Tag color={REVIEW_STATE_COLORS[v.state]} style={{ marginTop: 2 }}>
                        {REVIEW_STATE_LABELS[v.state]}
                      </Tag>
                    </div>
                  </>
                ),
              },
              { title: 'Người thực hiện', dataIndex: 'byName', width: 160 },
              { title: 'Thời gian', dataIndex: 'at', width: 140, render: (at: string) => formatTime(at) },
              { title: 'Ghi chú', dataIndex: 'note', render: (n: string | null) => n ?? '' },
            ]}
          />
        )}
      </Drawer>
    </>
  );
}
