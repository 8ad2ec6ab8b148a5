/** Choose (or drop) the .xlsx/.csv file. The native input carries the test hook. */
import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, theme } from 'antd';
import { type DragEvent, useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from './fileCheck.js';

export function FilePicker({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { token } = theme.useToken();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <Flex
      vertical
      align="center"
      gap={8}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        padding: 24,
        border: `1px dashed ${dragging ? token.colorPrimary : token.colorBorder}`,
        borderRadius: token.borderRadiusLG,
        background: dragging ? token.colorPrimaryBg : token.colorFillAlter,
        textAlign: 'center',
      }}
    >
      <InboxOutlined style={{ fontSize: 40, color: token.colorPrimary }} />
      <Typography.Text>Kéo thả tệp vào đây, hoặc</Typography.Text>
      <Button type="primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        Chọn tệp danh sách
      </Button>
      <Typography.Text type="secondary">Tệp Excel (.xlsx) hoặc CSV (.csv), tối đa 5 MB.</Typography.Text>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(',')}
        data-testid="import-file-input"
        aria-label="Tệp danh sách"
        disabled={disabled}
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </Flex>
  );
}
