/**
 * Delivering the e-mail outbox. Rows are claimed with FOR UPDATE SKIP LOCKED and marked "sending"
 * before anything goes out, so two instances never send the same row; a row left "sending" by a
 * crashed instance is claimed again after CLAIM_MINUTES. Failures are retried up to MAX_ATTEMPTS.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { emailOutbox } from '../../db/schema/index.js';
import type { Mailer } from '../../mail/mailer.js';

const CLAIM_MINUTES = 10;
export const MAX_ATTEMPTS = 5;

export interface DeliveryResult {
  sent: number;
  failed: number;
}

export async function deliverEmails(db: Db, mailer: Mailer, batch = 50): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(
          or(
            eq(emailOutbox.state, 'pending'),
            and(
              eq(emailOutbox.state, 'sending'),
              sql`${emailOutbox.claimedAt} < now() - make_interval(mins => ${CLAIM_MINUTES})`,
            ),
          ),
        )
        .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id))
        .limit(batch)
        .for('update', { skipLocked: true });
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return [];
      return tx
        .update(emailOutbox)
        .set({ state: 'sending', claimedAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1` })
        .where(inArray(emailOutbox.id, ids))
        .returning();
    });
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      try {
        await mailer.send({ to: row.toAddress, subject: row.subject, text: row.body });
        await db
          .update(emailOutbox)
          .set({ state: 'sent', sentAt: new Date(), lastError: null })
          .where(eq(emailOutbox.id, row.id));
        result.sent += 1;
      } catch (err) {
        const giveUp = row.attempts >= MAX_ATTEMPTS;
        await db
          .update(emailOutbox)
          .set({
            state: giveUp ? 'failed' : 'pending',
            lastError: (err instanceof Error ? err.message : String(err)).slice(0, 500),
          })
          .where(eq(emailOutbox.id, row.id));
        result.failed += 1;
      }
    }
    // A failing server would otherwise be retried in a tight loop within one run.
    if (result.failed > 0) return result;
  }
}
