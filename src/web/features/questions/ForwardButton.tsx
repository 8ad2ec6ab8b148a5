/** "Chuyển Chánh Văn phòng": a confirmation with an optional note for the Chief. */
import { SendOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';

export function ForwardButton({
  loading,
  onForward,
}: {
  loading: boolean;
  onForward: (note: string) => Promise<void>;
}) {
  const [note, setNote] = useState('');
  return (
    <Popconfirm
      title="Chuyển câu hỏi này đến Chánh Văn phòng?"
      description={
        <Flex vertical gap={8} style={{ maxWidth: 320 }}>
          <Typography.Text type="secondary">Đơn vị hỏi sẽ thấy câu hỏi đã được chuyển.</Typography.Text>
          <Input.TextArea
            aria-label="Ghi chú cho Chánh Văn phòng"
            placeholder="Ghi chú (không bắt buộc)"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="forward-note"
          />
        </Flex>
      }
      okText="Chuyển"
      cancelText="Hủy"
      okButtonProps={{ 'data-testid': 'forward-confirm' }}
      onOpenChange={(open) => {
        if (open) setNote('');
      }}
      onConfirm={() => onForward(note.trim())}
    >
      <Button icon={<SendOutlined />} loading={loading} data-testid="forward-button">
        Chuyển Chánh Văn phòng
      </Button>
    </Popconfirm>
  );
}
