/**
 * A small picture of the header block of a document as Nghị định 30/2020/NĐ-CP lays it out: on the
 * left the parent body (upright), the issuing body (bold) over a short rule, and the number; on the
 * right the national title, the motto over a rule as long as itself, and the place and date in
 * italics. Font sizes follow the container's width, so the block keeps its shape on a phone.
 */
import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import {
  type CalendarDate,
  placeDateLine,
  sampleDocumentNumber,
  toCapitals,
} from '../../../domain/document-format.js';

const SERIF = '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman", "Noto Serif", serif';

const center: CSSProperties = { textAlign: 'center' };
const nowrap: CSSProperties = { whiteSpace: 'nowrap' };

function OrPlaceholder({ text, placeholder }: { text: string; placeholder: string }): ReactNode {
  return text.trim() ? text : <span style={{ color: '#9ca3af' }}>{placeholder}</span>;
}

export function DocumentHeaderPreview({
  parentBodyName,
  issuingBodyName,
  documentCode,
  placeName,
  date,
}: {
  parentBodyName: string;
  issuingBodyName: string;
  documentCode: string;
  placeName: string;
  date: CalendarDate;
}) {
  return (
    <div style={{ containerType: 'inline-size' }}>
      <div
        data-testid="agency-header-preview"
        role="img"
        aria-label="Xem trước phần đầu văn bản"
        style={{
          fontFamily: SERIF,
          fontSize: 'clamp(7px, 2.25cqi, 15px)',
          lineHeight: 1.3,
          color: '#111',
          background: '#fff',
          border: '1px solid #e5e7eb',
          borderRadius: 4,
          boxShadow: '0 1px 3px rgba(0,0,0,0.08)',
          padding: '1.6em 1.4em 1.4em',
          display: 'grid',
          gridTemplateColumns: '43fr 57fr',
          columnGap: '1em',
          rowGap: '0.6em',
        }}
      >
        <div style={center}>
          {parentBodyName.trim() ? <div>{toCapitals(parentBodyName)}</div> : null}
          {/* The rule is a third to a half of the issuing body's name, centred under it. */}
          <div style={{ display: 'inline-block', maxWidth: '100%' }}>
            <div style={{ fontWeight: 700 }}>
              <OrPlaceholder text={toCapitals(issuingBodyName)} placeholder="TÊN CƠ QUAN BAN HÀNH" />
            </div>
            <div style={{ width: '40%', margin: '0.3em auto 0', borderTop: '1px solid currentColor' }} />
          </div>
        </div>
        <div style={center}>
          <div style={{ fontWeight: 700, ...nowrap }}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div style={{ fontWeight: 700, fontSize: '1.08em', ...nowrap }}>
            <span
              style={{
                display: 'inline-block',
                borderBottom: '1px solid currentColor',
                paddingBottom: '0.15em',
              }}
            >
              Độc lập - Tự do - Hạnh phúc
            </span>
          </div>
        </div>
        <div style={{ ...center, fontSize: '1.04em' }}>{sampleDocumentNumber(documentCode)}</div>
        <div style={{ ...center, fontStyle: 'italic', fontSize: '1.04em' }}>
          {placeDateLine(placeName, date)}
        </div>
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 8 }}>
        Ví dụ phần đầu một kế hoạch (KH) lập hôm nay, trình bày theo Nghị định số 30/2020/NĐ-CP về công tác
        văn thư.
      </Typography.Text>
    </div>
  );
}
