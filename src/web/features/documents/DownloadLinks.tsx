/**
 * DOCX / PDF / XLSX download buttons of one document version. DOCX and XLSX are plain links; a PDF
 * is fetched by script, because the server may take a few seconds to convert it the first time
 * and can answer with a message (no converter installed) that the user must see.
 */
import { App, Button, Space } from 'antd';
import { type MouseEvent, useState } from 'react';
import { isApiError } from '../../app/api.js';
import { fetchFile, saveBlob } from './download.js';
import { downloadUrl, FORMAT_LABELS } from './format.js';
import type { DocumentFormat } from './types.js';

function PdfButton({ id, label }: { id: string; label: string }) {
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const url = downloadUrl(id, 'pdf');

  const onClick = async (e: MouseEvent<HTMLElement>) => {
    // A modified click (new tab, save as) keeps the browser's own behaviour.
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const { blob, fileName } = await fetchFile(url, {
        headers: { accept: 'application/pdf, application/json' },
      });
      saveBlob(blob, fileName ?? 'van-ban.pdf');
    } catch (err) {
      if (isApiError(err) && err.status === 401) return;
      notification.error({
        title: 'Không tải được bản PDF',
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
      href={url}
      download
      loading={busy}
      onClick={onClick}
      aria-label={`Tải ${label} dạng PDF`}
      title={busy ? 'Đang chuyển sang PDF, vui lòng chờ…' : undefined}
    >
      PDF
    </Button>
  );
}

export function DownloadLinks({
  id,
  formats,
  label,
}: {
  id: string;
  formats: readonly DocumentFormat[];
  /** What the links are for, read out by screen readers: "văn bản 05/BB-VP". */
  label: string;
}) {
  return (
    <Space.Compact size="small">
      {formats.map((f) =>
        f === 'pdf' ? (
          <PdfButton key={f} id={id} label={label} />
        ) : (
          <Button
            key={f}
            size="small"
            href={downloadUrl(id, f)}
            download
            aria-label={`Tải ${label} dạng ${FORMAT_LABELS[f]}`}
          >
            {FORMAT_LABELS[f]}
          </Button>
        ),
      )}
    </Space.Compact>
  );
}
