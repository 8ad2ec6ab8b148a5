/**
 * GET /api/people (session check, permission, validation, response shaping) against a bare
 * Fastify route that runs the same query (the same listPeople use case) on the same database:
 * the ratio shows what the HTTP layer costs.
 */
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Database } from '../src/server/db/connect.js';
import { listPeople } from '../src/server/modules/people/service.js';
import { type LoadResult, load } from './load.js';

export async function benchPeopleList(
  database: Database,
  agencyId: string,
  opts: { seconds: number; concurrency: number },
) {
  const app = await buildApp({
    database,
    config: {
      sessionHours: 12,
      cookieSecure: false,
      logLevel: 'silent',
      demo: true,
      loginRatePerMinute: 1000,
    },
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hcqt', password: 'demo' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const bare = Fastify({ logger: false });
  // The same use case the endpoint calls, without sessions, validation or response shaping.
  bare.get('/people', async () => listPeople(database.db, agencyId, { page: 1, pageSize: 50 }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

  // Warm both, then measure each twice in alternating order to spread machine noise.
  await load(`${bareUrl}/people`, { seconds: 1, concurrency: 4 });
  await load(`${appUrl}/api/people?pageSize=50`, { seconds: 1, concurrency: 4, headers: { cookie } });
  const runs: { bare: LoadResult[]; app: LoadResult[] } = { bare: [], app: [] };
  for (let i = 0; i < 2; i++) {
    runs.bare.push(await load(`${bareUrl}/people`, opts));
    runs.app.push(await load(`${appUrl}/api/people?pageSize=50`, { ...opts, headers: { cookie } }));
  }
  await app.close();
  await bare.close();
  const best = (rs: LoadResult[]) => rs.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  const b = best(runs.bare);
  const a = best(runs.app);
  return {
    bare: b,
    app: a,
    ratio: {
      throughput: Math.round((a.perSecond / b.perSecond) * 1000) / 1000,
      p50: Math.round((a.p50 / b.p50) * 1000) / 1000,
      p95: Math.round((a.p95 / b.p95) * 1000) / 1000,
    },
  };
}
