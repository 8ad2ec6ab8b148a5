/** The audit viewer and the chain check. */
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../../domain/iso-date.js';
import { foldVietnamese } from '../../../domain/text.js';
import type { AppDeps } from '../../app.js';
import { likePattern } from '../../db/like.js';
import { auditEntries } from '../../db/schema/index.js';
import { currentUser } from '../../http/auth.js';
import { verifyAuditChain } from './service.js';

/** Midnight in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of an ISO date. */
const vnMidnight = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

export const auditRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        config: { permission: 'audit.view' },
        schema: {
          tags: ['Nhật ký'],
          summary: 'Nhật ký thay đổi (mới nhất trước)',
          querystring: z.object({
            action: z.string().max(60).optional(),
            entityType: z.string().max(40).optional(),
            entityId: z.string().max(60).optional(),
            actor: z.string().max(100).optional(),
            q: z.string().max(100).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            /** Keyset paging: entries with seq below this. */
            beforeSeq: z.coerce.number().int().positive().optional(),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
        },
      },
      async (req) => {
        const user = currentUser(req);
        const f = req.query;
        const where: SQL[] = [eq(auditEntries.agencyId, user.agencyId)];
        if (f.action) where.push(eq(auditEntries.action, f.action));
        if (f.entityType) where.push(eq(auditEntries.entityType, f.entityType));
        if (f.entityId) where.push(eq(auditEntries.entityId, f.entityId));
        if (f.actor) where.push(ilike(auditEntries.actorName, likePattern(f.actor)));
        if (f.q) where.push(ilike(auditEntries.searchText, likePattern(foldVietnamese(f.q))));
        if (f.from) where.push(gte(auditEntries.at, vnMidnight(f.from)));
        if (f.to) where.push(lt(auditEntries.at, new Date(vnMidnight(f.to).getTime() + 86_400_000)));
        if (f.beforeSeq) where.push(lt(auditEntries.seq, f.beforeSeq));
        const rows = await deps.db
          .select()
          .from(auditEntries)
          .where(and(...where))
          .orderBy(desc(auditEntries.seq))
          .limit(f.pageSize);
        return {
          items: rows.map((r) => ({
            seq: r.seq,
            at: r.at.toISOString(),
            actorName: r.actorName,
            action: r.action,
            entityType: r.entityType,
            entityId: r.entityId,
            summary: r.summary,
            changes: r.changes,
            hash: r.hash,
          })),
          nextBeforeSeq: rows.length === f.pageSize ? rows[rows.length - 1]?.seq : null,
          canVerify: user.permissions.includes('audit.verify'),
        };
      },
    );

    app.post(
      '/audit/verify',
      {
        config: { permission: 'audit.verify' },
        schema: { tags: ['Nhật ký'], summary: 'Kiểm tra toàn vẹn chuỗi băm của nhật ký' },
      },
      async (req) => {
        const user = currentUser(req);
        return verifyAuditChain(deps.db, user.agencyId);
      },
    );
  };
