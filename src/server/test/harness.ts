/**
 * Per-test-file database and app, on the engine the Vitest project names (TEST_DB):
 * a PGlite clone of the migrated template, or a fresh PostgreSQL database cloned from the
 * template database and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.js';
import { type Database, openDatabase } from '../db/connect.js';
import type { Mailer } from '../mail/mailer.js';
import { ADMIN_URL, databaseUrl } from './global-setup.js';

export const TEST_DB = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export interface TestDatabase {
  database: Database;
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'pglite') {
    const buf = fs.readFileSync(inject('pgliteTemplate'));
    const database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([buf]) });
    return { database, drop: () => database.close() };
  }
  const name = `bx_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplateDb')}`);
  const url = databaseUrl(name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 20 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface TestApp {
  app: App;
  database: Database;
  db: Database['db'];
  /** The PostgreSQL database's URL (postgres project only), for a second instance on it. */
  url?: string;
  close(): Promise<void>;
}

export async function createTestApp(
  opts: { demo?: boolean; loginRatePerMinute?: number; clockToday?: string; mailer?: Mailer } = {},
): Promise<TestApp> {
  const t = await createTestDatabase();
  const app = await buildApp({
    database: t.database,
    config: {
      sessionHours: 12,
      cookieSecure: false,
      logLevel: 'silent',
      demo: opts.demo ?? false,
      loginRatePerMinute: opts.loginRatePerMinute ?? 10_000,
      clockToday: opts.clockToday,
    },
    logger: false,
    mailer: opts.mailer,
  });
  await app.ready();
  return {
    app,
    database: t.database,
    db: t.database.db,
    url: t.url,
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}
