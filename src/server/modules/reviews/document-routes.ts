/**
 * A self-review as a file ready to print and sign (issue 5.7): GET /reviews/:id/document renders the
 * review's current content on its form through the document engine (kind `review_form`), as DOCX or,
 * through the shared LibreOffice queue, PDF (503 with the Vietnamese message when LibreOffice is
 * missing, as for every document). Who may download is who may open the review: `getReview` decides.
 *
 * Stored copy. A review that is not final changes with every save, so it is rendered on each request
 * and nothing is stored. A final review is locked for good (final is the last state of a review), so
 * its first download also stores it once in the documents register as a document of the cycle and of
 * the person's unit (source 'review' + the review's id): /van-ban and the unit's dossier list it, and
 * later downloads serve that stored DOCX and the PDF converted once and kept, so every copy printed is
 * the same document. A self-review takes no number: in the register it stays an unnumbered document
 * (state "draft" there means only that no number was taken; it is never issued).
 */

import { Packer } from 'docx';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../../../domain/dates.js';
import type { FormCode } from '../../../domain/forms/types.js';
import type { AppDeps } from '../../app.js';
import type { Db } from '../../db/connect.js';
import { documents, people, reviews } from '../../db/schema/index.js';
import { type ReviewFormInputIn, reviewForm } from '../../documents/kinds/review-form.js';
import type { RenderContext } from '../../documents/kinds/types.js';
import { currentUser } from '../../http/auth.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { attachment } from '../documents/routes.js';
import { createDocument, listDocuments, readDocumentFile } from '../documents/service.js';
import { getAgency } from '../org/service.js';
import { getReview } from './service.js';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
type Format = keyof typeof MIME;

/** Where the register keeps a final review's copy. */
export const REVIEW_SOURCE = 'review';

const FILE_PREFIX: Partial<Record<FormCode, string>> = {
  ND90_M03: 'Phieu-danh-gia',
  CV2397_M01: 'Ban-kiem-diem-03-nam',
  CV2397_M02: 'Ban-tu-ra-soat-trach-nhiem',
  TAP_THE_M01: 'Bao-cao-kiem-diem-tap-the',
};

/** "Trần Văn Trưởng" → "Tran-Van-Truong". */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Ban-kiem-diem-Tran-Van-Truong-2024.docx"; other forms of the same person get their own prefix. */
export function reviewFileName(formCode: FormCode, who: string, year: number, format: Format): string {
  const name = asciiSlug(who);
  return `${FILE_PREFIX[formCode] ?? 'Ban-kiem-diem'}${name ? `-${name}` : ''}-${year}.${format}`;
}

type ReviewData = Awaited<ReturnType<typeof getReview>>;

/** What getReview does not carry: a collective report's head, who signs it. */
async function collectiveHead(db: Db, data: ReviewData) {
  if (data.person || !data.unit) return null;
  const head = (
    await db
      .select({ fullName: people.fullName, positionTitle: people.positionTitle })
      .from(people)
      .where(and(eq(people.unitId, data.unit.id), eq(people.leadershipRank, 'head'), eq(people.active, true)))
      .limit(1)
  )[0];
  return head ?? null;
}

/** The review as the review_form kind's input. */
export async function reviewFormInputOf(db: Db, data: ReviewData): Promise<ReviewFormInputIn> {
  const head = await collectiveHead(db, data);
  const unitName = data.unit?.name ?? '';
  return {
    definition: data.definition,
    answers: data.review.answers,
    scores: data.review.scores,
    proposedLevel: data.review.proposedLevel,
    person: data.person
      ? {
          fullName: data.person.fullName,
          birthDate: data.person.birthDate,
          positionTitle: data.person.positionTitle,
          unitName,
        }
      : null,
    unitName: unitName || undefined,
    leader: data.leader,
    year: data.cycle.year,
    // The day it was submitted; before that the date is left to be written by hand.
    date: data.review.submittedAt ? todayInVietnam(new Date(data.review.submittedAt)) : null,
    suggestions: data.suggestions.map((s) => ({ text: s.text, fromName: s.fromName, answer: s.answer })),
    // A collective's report is signed by its head on its behalf (without a head: by hand).
    ...(head
      ? {
          signer: {
            prefix: 'TM.' as const,
            onBehalfOf: unitName || 'Tập thể',
            title: head.positionTitle || 'Thủ trưởng đơn vị',
            fullName: head.fullName,
          },
        }
      : {}),
  };
}

class AlreadyStored extends Error {}

/**
 * The register's copy of a final review: the one stored before, or a new one. Two first downloads at
 * once store one copy: the second waits for the first's lock on the review row, then finds its copy
 * (read committed: the check sees what committed meanwhile) and rolls back its own.
 */
async function storedCopyId(
  db: Db,
  user: SessionUser,
  data: ReviewData,
  input: ReviewFormInputIn,
): Promise<string> {
  const find = async () =>
    (
      await listDocuments(db, user.agencyId, {
        kind: reviewForm.kind,
        sourceType: REVIEW_SOURCE,
        sourceId: data.review.id,
      })
    )[0]?.id;
  const found = await find();
  if (found) return found;
  try {
    const row = await createDocument(
      db,
      actorOf(user),
      {
        kind: reviewForm.kind,
        input,
        unitId: data.unit?.id ?? null,
        cycleId: data.cycle.id,
        sourceType: REVIEW_SOURCE,
        sourceId: data.review.id,
      },
      async (tx, doc) => {
        await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, data.review.id)).for('update');
        const other = await tx
          .select({ id: documents.id })
          .from(documents)
          .where(
            and(
              eq(documents.agencyId, user.agencyId),
              eq(documents.sourceType, REVIEW_SOURCE),
              eq(documents.sourceId, data.review.id),
              ne(documents.seriesId, doc.seriesId),
            ),
          )
          .limit(1);
        if (other.length > 0) throw new AlreadyStored();
      },
    );
    return row.id;
  } catch (err) {
    const again = err instanceof AlreadyStored ? await find() : undefined;
    if (again) return again;
    throw err;
  }
}

const reviewParams = z.object({ id: z.uuid('Mã bản kiểm điểm không hợp lệ.') });

export const reviewDocumentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/reviews/:id/document',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['Tự kiểm điểm'],
          summary: 'Tải bản kiểm điểm theo biểu mẫu (DOCX hoặc PDF) để in và ký',
          params: reviewParams,
          querystring: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }),
        },
      },
      async (req, reply) => {
        const user = currentUser(req);
        const format = req.query.format;
        // Access exactly as for reading the review.
        const data = await getReview(deps.db, user, req.params.id, deps.today());
        const input = await reviewFormInputOf(deps.db, data);
        const name = reviewFileName(
          data.review.formCode,
          data.person?.fullName ?? data.unit?.name ?? '',
          data.cycle.year,
          format,
        );
        let content: Buffer;
        if (data.review.state === 'final') {
          const id = await storedCopyId(deps.db, user, data, input);
          content = (await readDocumentFile(deps.db, user.agencyId, id, format, deps.pdf)).content;
        } else {
          const agency = await getAgency(deps.db, user.agencyId);
          const ctx: RenderContext = { agency, numberText: '', date: null };
          const docx = Buffer.from(
            await Packer.toBuffer(reviewForm.docx(reviewForm.input.parse(input), ctx)),
          );
          content = format === 'pdf' ? await deps.pdf.convert(docx, name.replace(/\.pdf$/, '.docx')) : docx;
        }
        reply.header('content-type', MIME[format]);
        reply.header('content-disposition', attachment(name));
        return reply.send(content);
      },
    );
  };
