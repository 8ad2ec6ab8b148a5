/** "Ban hành": confirm with the issuing date (today by default); the number is taken on the server. */
import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Popconfirm, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { todayInVietnam } from '../../../domain/dates.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { DATE_FORMATS, dayjsToIso, isoToDayjs } from '../../components/dates.js';
import { numberLabel } from './format.js';
import type { IssueResult } from './types.js';
import { useIssueDocument } from './useDocuments.js';

export function IssueButton({ id, onIssued }: { id: string; onIssued: (r: IssueResult) => void }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const issue = useIssueDocument();
  const [date, setDate] = useState<Dayjs | null>(null);

  const confirm = async () => {
    // No date (never, the picker cannot be cleared): the server uses today.
    const iso = dayjsToIso(date) ?? undefined;
    try {
      const r = await issue.mutateAsync({ id, date: iso });
      const n = numberLabel(r.numberText);
      message.success(n ? `Đã ban hành văn bản số ${n}.` : 'Đã ban hành văn bản.');
      onIssued(r);
    } catch (e) {
      onError(e);
    }
  };

  return (
    <Popconfirm
      title="Ban hành văn bản này?"
      description={
        <Flex vertical gap={8} style={{ maxWidth: 300 }}>
          <Typography.Text type="secondary">
            Văn bản được lấy số tiếp theo trong năm và lưu thành phiên bản mới có số, ngày; sau khi ban hành
            không đổi được số.
          </Typography.Text>
          <label htmlFor="issue-date">Ngày ban hành</label>
          <DatePicker
            id="issue-date"
            format={DATE_FORMATS}
            value={date}
            onChange={setDate}
            allowClear={false}
            placeholder="dd/mm/yyyy"
            style={{ width: '100%' }}
          />
        </Flex>
      }
      okText="Ban hành"
      cancelText="Hủy"
      okButtonProps={{ 'data-testid': 'issue-confirm' }}
      onOpenChange={(open) => {
        if (open) setDate(isoToDayjs(todayInVietnam()));
      }}
      onConfirm={confirm}
    >
      <Button
        type="primary"
        icon={<CheckCircleOutlined />}
        loading={issue.isPending}
        data-testid="issue-button"
      >
        Ban hành
      </Button>
    </Popconfirm>
  );
}
