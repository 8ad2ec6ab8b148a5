/**
 * Runs the reminder sweep and the e-mail delivery: on demand (the secretary's "send now") and
 * every REMINDER_SWEEP_MINUTES in each app instance. Instances need no coordination: the sweep is
 * exactly-once by construction (see sweep.ts) and delivery claims rows with SKIP LOCKED.
 */
import type { AppDeps } from '../../app.js';
import { deliverEmails } from './deliver.js';
import { type SweepResult, sweepReminders } from './sweep.js';

export interface RunResult extends SweepResult {
  sent: number;
  failed: number;
}

export async function runReminders(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'today' | 'config'>,
  opts: { agencyId?: string; requestedBy?: string } = {},
): Promise<RunResult> {
  const swept = await sweepReminders(deps.db, {
    today: deps.today(),
    email: deps.mailer !== null,
    publicUrl: deps.config.publicUrl,
    ...opts,
  });
  const delivered = deps.mailer ? await deliverEmails(deps.db, deps.mailer) : { sent: 0, failed: 0 };
  return { ...swept, ...delivered };
}

/** Start the periodic sweep (first run right away); returns a function that stops it. */
export function scheduleReminders(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'today' | 'config'>,
  minutes: number,
  log: { error(obj: unknown, msg: string): void },
): () => void {
  if (minutes <= 0) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminders(deps);
    } catch (err) {
      log.error({ err }, 'Lỗi khi gửi nhắc hạn');
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
