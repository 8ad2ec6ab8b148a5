/**
 * One download of a dossier part. The file is fetched by script: a PDF may take a few seconds to
 * convert, and a refusal (no converter, not allowed, not found) comes back as a Vietnamese message
 * that the user must see rather than a broken file. A modified click keeps the browser's behaviour.
 */
import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type MouseEvent, useState } from 'react';
import { isApiError } from '../../app/api.js';
import { fetchFile, saveBlob } from '../documents/download.js';
import { fallbackFileName, linkFormat } from './format.js';
import type { DossierLink } from './types.js';

const ICONS = {
  docx: <FileWordOutlined />,
  xlsx: <FileExcelOutlined />,
  pdf: <FilePdfOutlined />,
};

export function DownloadLink({ link, context }: { link: DossierLink; context: string }) {
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const format = linkFormat(link.href);

  const onClick = async (e: MouseEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const { blob, fileName } = await fetchFile(link.href);
      saveBlob(blob, fileName ?? fallbackFileName(`${context} ${link.label}`, link.href));
    } catch (err) {
      if (isApiError(err) && err.status === 401) return;
      notification.error({
        title: `Không tải được: ${link.label}`,
        description: err instanceof Error ? err.message : 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
        duration: 10,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      href={link.href}
      download
      icon={format ? ICONS[format] : <DownloadOutlined />}
      loading={busy}
      onClick={onClick}
      aria-label={`Tải ${context}: ${link.label}`}
      title={busy && format === 'pdf' ? 'Đang chuyển sang PDF, vui lòng chờ…' : undefined}
    >
      {link.label}
    </Button>
  );
}
