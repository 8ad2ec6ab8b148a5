/**
 * A set of documents as one ZIP with an index sheet ("Mục lục.xlsx"): how dossiers travel to the
 * HCQT unit and to Sở Nội vụ. Files are named with their order, number and subject.
 */

import { and, eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Db } from '../../db/connect.js';
import { documentFiles, documents } from '../../db/schema/index.js';
import { getKind } from '../../documents/kinds/index.js';
import { tableToXlsx } from '../../documents/xlsx.js';
import { notFound } from '../../http/errors.js';
import { fileNameOf, type PdfService, readDocumentFile } from './service.js';

export async function bundleDocuments(
  db: Db,
  agencyId: string,
  ids: string[],
  opts: { pdf: PdfService | null; name: string; visible: (unitId: string | null) => void },
): Promise<Buffer> {
  const rows = await db
    .select()
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), inArray(documents.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const zip = new JSZip();
  const index: Record<string, string | number | null>[] = [];
  let order = 0;
  for (const id of ids) {
    const doc = byId.get(id);
    if (!doc) throw notFound('văn bản trong bộ hồ sơ');
    opts.visible(doc.unitId);
    order++;
    const prefix = String(order).padStart(2, '0');
    const names: string[] = [];
    const files = await db
      .select({ format: documentFiles.format, content: documentFiles.content })
      .from(documentFiles)
      .where(eq(documentFiles.documentId, id));
    for (const f of files.filter((x) => x.format !== 'pdf')) {
      const name = `${prefix} ${fileNameOf(doc, f.format)}`;
      zip.file(name, f.content);
      names.push(name);
    }
    if (opts.pdf) {
      const { content } = await readDocumentFile(db, agencyId, id, 'pdf', opts.pdf);
      const name = `${prefix} ${fileNameOf(doc, 'pdf')}`;
      zip.file(name, content);
      names.push(name);
    }
    index.push({
      order,
      kind: getKind(doc.kind)?.label ?? doc.kind,
      number: doc.numberText.replace(/^Số:?\s*/, '').trim() || 'Dự thảo',
      issuedOn: doc.issuedOn,
      subject: doc.subject,
      version: doc.version,
      files: names.join('; '),
    });
  }
  const sheet = await tableToXlsx({
    sheetName: 'Mục lục',
    columns: [
      { key: 'order', title: 'STT', type: 'number' },
      { key: 'kind', title: 'Loại văn bản', type: 'text' },
      { key: 'number', title: 'Số, ký hiệu', type: 'text' },
      { key: 'issuedOn', title: 'Ngày ban hành', type: 'date' },
      { key: 'subject', title: 'Trích yếu', type: 'text' },
      { key: 'version', title: 'Phiên bản', type: 'number' },
      { key: 'files', title: 'Tệp', type: 'text' },
    ],
    rows: index,
  });
  zip.file('00 Mục lục.xlsx', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
