/**
 * Configuration from the environment (documented in README.md). Parsed once at start-up;
 * a bad value stops the app with a Vietnamese message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .string()
  .optional()
  .transform((v) => !(v === '0' || v?.toLowerCase() === 'false' || v?.toLowerCase() === 'no'));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DEMO: flag,
  /** With DEMO on: also seed the running 2024 cycle with its progress (0 to start without a cycle). */
  DEMO_CYCLE: flag,
  /** Session lifetime in hours. */
  SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Set to 1 behind HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: z
    .string()
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  /** Sign-in attempts allowed per client address per minute (on top of the per-account lock). */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Pin the calendar day (YYYY-MM-DD) the app considers "today": demos and browser tests. */
  CLOCK_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'dạng YYYY-MM-DD')
    .optional(),
  /** SMTP server for e-mail reminders, e.g. smtp://user:pass@mail.example.vn:587; unset = in-app only. */
  SMTP_URL: z.url('dạng smtp://máy-chủ:cổng').optional(),
  SMTP_FROM: z.string().default('BinhXet <no-reply@binhxet.local>'),
  /** The address users open the app at, used for links in e-mails. */
  PUBLIC_URL: z.url('dạng https://ten-mien').optional(),
  /** Minutes between deadline-reminder sweeps; 0 turns the periodic sweep off. */
  REMINDER_SWEEP_MINUTES: z.coerce.number().min(0).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoCycle: boolean;
  sessionHours: number;
  cookieSecure: boolean;
  logLevel: string;
  loginRatePerMinute: number;
  /** A fixed "today" (ISO) instead of the real date in Asia/Ho_Chi_Minh. */
  clockToday?: string;
  smtpUrl?: string;
  smtpFrom: string;
  publicUrl?: string;
  reminderSweepMinutes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Biến môi trường ${issue?.path.join('.')} không hợp lệ: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    demo: e.DEMO,
    demoCycle: e.DEMO_CYCLE,
    sessionHours: e.SESSION_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    clockToday: e.CLOCK_TODAY,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    reminderSweepMinutes: e.REMINDER_SWEEP_MINUTES,
  };
}
