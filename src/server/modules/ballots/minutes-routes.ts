/**
 * GET /ballots/:id/minutes: the biên bản kiểm phiếu of a closed ballot as DOCX or PDF, rendered by the
 * document engine (kind `vote_count`, input from `ballotMinutes`). Who may download is who may manage
 * the ballot.
 *
 * Stored copy. The first download stores the minutes in the documents register as a document of the
 * ballot's cycle and unit (source 'ballot' + the ballot's id), so /van-ban and the unit's dossier list
 * it, and it can be numbered and issued there. Later downloads serve the stored copy (the PDF converted
 * once and kept), so every copy printed is the same document. A download whose minutes differ from the
 * stored ones — another committee, place or time given, or the paper count corrected since — stores
 * them as a new version of the same document (the old one is kept). Options not given are taken from
 * the stored copy, so the committee named once stays.
 */
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { ballots } from '../../db/schema/index.js';
import { type VoteCountInput, voteCount } from '../../documents/kinds/vote-count.js';
import { currentUser } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { attachment } from '../documents/routes.js';
import { readDocumentFile } from '../documents/service.js';
import {
  DOWNLOAD_MIME,
  type DownloadFormat,
  latestSourceCopy,
  sourceCopyId,
} from '../documents/source-copy.js';
import { asciiSlug } from '../reviews/document-routes.js';
import { BALLOT_SOURCE, ballotMinutes, type MinutesOptions } from './minutes.js';

/** "Bien-ban-kiem-phieu-Phong-Tong-hop-2024.docx". */
export function minutesFileName(unitName: string, year: number, format: DownloadFormat): string {
  const unit = asciiSlug(unitName);
  return `Bien-ban-kiem-phieu${unit ? `-${unit}` : ''}-${year}.${format}`;
}

/** "Họ và tên|Nhiệm vụ"; without a role the first is the head of the committee, the others members. */
function committeeOf(entries: string[] | undefined): MinutesOptions['committee'] {
  if (!entries?.length) return undefined;
  return entries.map((entry, i) => {
    const [name = '', role] = entry.split('|').map((s) => s.trim());
    if (name.length < 2) {
      const message = 'Mỗi thành viên tổ kiểm phiếu ghi theo dạng "Họ và tên|Nhiệm vụ".';
      throw new AppError('validation', message, [{ path: `querystring.committee.${i}`, message }]);
    }
    return { name, role: role || (i === 0 ? 'Tổ trưởng tổ kiểm phiếu' : 'Thành viên') };
  });
}

const params = z.object({ id: z.uuid('Mã cuộc bỏ phiếu không hợp lệ.') });
const committeeEntry = z.string().trim().min(2).max(200);

export const ballotMinutesRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/ballots/:id/minutes',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['Bỏ phiếu kín'],
          summary:
            'Tải biên bản kiểm phiếu (DOCX hoặc PDF) của cuộc bỏ phiếu đã kết thúc; lưu vào sổ văn bản của kỳ đánh giá và đơn vị',
          description:
            'committee: lặp lại cho từng thành viên tổ kiểm phiếu, dạng "Họ và tên|Nhiệm vụ" (ví dụ "Lê Thị Hai|Tổ trưởng tổ kiểm phiếu"); ' +
            'mặc định là người tải, với nhiệm vụ Tổ trưởng tổ kiểm phiếu. heldOn: YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm.',
          params,
          querystring: z.object({
            format: z.enum(['docx', 'pdf']).default('docx'),
            committee: z.union([committeeEntry, z.array(committeeEntry).min(1).max(9)]).optional(),
            place: z.string().trim().min(3).max(200).optional(),
            heldOn: z
              .string()
              .regex(
                /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
                'Ngày giờ phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm.',
              )
              .optional(),
          }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const { format, place, heldOn } = req.query;
        const given = req.query.committee;
        const committee = committeeOf(typeof given === 'string' ? [given] : given);
        const stored = await latestSourceCopy(deps.db, user.agencyId, {
          kind: voteCount.kind,
          sourceType: BALLOT_SOURCE,
          sourceId: req.params.id,
        });
        const before = stored?.input as VoteCountInput | undefined;
        // Options not given now: as the stored minutes have them.
        const m = await ballotMinutes(deps.db, user, req.params.id, {
          committee: committee ?? before?.committee.map((c) => ({ name: c.fullName, role: c.role })),
          place: place ?? before?.place,
          heldOn: heldOn ?? before?.countedAt,
        });
        const parsed = voteCount.input.safeParse(m.input);
        if (!parsed.success) {
          throw new AppError(
            'validation',
            parsed.error.issues[0]?.message ?? 'Số liệu của biên bản kiểm phiếu chưa hợp lệ.',
            parsed.error.issues.map((i) => ({
              path: ['querystring', ...i.path.map(String)].join('.'),
              message: i.message,
            })),
          );
        }
        const id = await sourceCopyId(
          deps.db,
          user,
          {
            kind: voteCount,
            sourceType: BALLOT_SOURCE,
            sourceId: m.ballotId,
            unitId: m.unitId,
            cycleId: m.cycleId,
            input: m.input,
            lockSource: (tx) =>
              tx.select({ id: ballots.id }).from(ballots).where(eq(ballots.id, m.ballotId)).for('update'),
          },
          stored ?? null,
        );
        const { content } = await readDocumentFile(deps.db, user.agencyId, id, format, deps.pdf);
        reply.header('content-type', DOWNLOAD_MIME[format]);
        reply.header('content-disposition', attachment(minutesFileName(m.unitName, m.year, format)));
        return reply.send(content);
      },
    );
  };
