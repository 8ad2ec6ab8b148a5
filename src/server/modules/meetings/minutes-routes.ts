/**
 * GET /meetings/:id/minutes: the biên bản of a meeting as DOCX or PDF, rendered by the document engine
 * (kind `minutes`, input from `meetingMinutes`). Who may download is who may follow the meeting; before
 * it starts there are no minutes (409).
 *
 * While the meeting runs, the minutes are a draft rendered afresh on every request from the record as
 * it stands (nothing stored; the file name says "du-thao"). Once the meeting is locked, the final
 * minutes are stored once in the documents register as a document of the meeting's cycle and unit
 * (source 'meeting' + the meeting's id) and served from there, the PDF converted once and kept, so every
 * copy printed is the same document (see documents/source-copy.ts; should the record they come from
 * change afterwards — a paper ballot count corrected — the register keeps a new version).
 */
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { meetings } from '../../db/schema/index.js';
import { minutes } from '../../documents/kinds/minutes.js';
import { currentUser } from '../../http/auth.js';
import { attachment } from '../documents/routes.js';
import { readDocumentFile, renderUnstoredFiles } from '../documents/service.js';
import { DOWNLOAD_MIME, type DownloadFormat, sourceCopyId } from '../documents/source-copy.js';
import { asciiSlug } from '../reviews/document-routes.js';
import { MEETING_SOURCE, meetingMinutes } from './minutes.js';

/** "Bien-ban-hoi-nghi-Phong-Tong-hop-2024.docx"; the draft "…-2024-du-thao.docx". */
export function meetingMinutesFileName(
  unitName: string,
  year: number | null,
  final: boolean,
  format: DownloadFormat,
): string {
  const unit = asciiSlug(unitName);
  return `Bien-ban-hoi-nghi${unit ? `-${unit}` : ''}${year ? `-${year}` : ''}${final ? '' : '-du-thao'}.${format}`;
}

const params = z.object({ id: z.uuid('Mã cuộc họp không hợp lệ.') });

export const meetingMinutesRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/meetings/:id/minutes',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['Cuộc họp'],
          summary:
            'Tải biên bản cuộc họp (DOCX hoặc PDF): dự thảo trong khi họp; bản chính thức sau khi kết thúc, lưu vào sổ văn bản của kỳ đánh giá và đơn vị',
          params,
          querystring: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const { format } = req.query;
        const m = await meetingMinutes(deps.db, user, req.params.id, deps.now());
        const name = meetingMinutesFileName(m.unitName, m.year, m.final, format);
        let content: Buffer;
        if (m.final) {
          const id = await sourceCopyId(deps.db, user, {
            kind: minutes,
            sourceType: MEETING_SOURCE,
            sourceId: m.meetingId,
            unitId: m.unitId,
            cycleId: m.cycleId,
            input: m.input,
            lockSource: (tx) =>
              tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, m.meetingId)).for('update'),
          });
          content = (await readDocumentFile(deps.db, user.agencyId, id, format, deps.pdf)).content;
        } else {
          const { docx } = await renderUnstoredFiles(deps.db, user.agencyId, minutes.kind, m.input);
          content = format === 'pdf' ? await deps.pdf.convert(docx, name.replace(/\.pdf$/, '.docx')) : docx;
        }
        reply.header('content-type', DOWNLOAD_MIME[format]);
        reply.header('content-disposition', attachment(name));
        return reply.send(content);
      },
    );
  };
