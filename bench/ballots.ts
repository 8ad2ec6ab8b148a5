/**
 * Casting secret ballots (issue 6.8): POST /api/ballots/:id/cast — signature check, choice check,
 * unique receipt insert — against a bare Fastify route that inserts the same row into the same table
 * without checking anything, on the same database, in the same run. Two shapes: a burst of 80 voters
 * at once (a room voting together) and a sustained closed loop.
 *
 * Tokens are signed directly with the ballot's private key (RSA-PSS, SHA-384, 48-byte salt: exactly
 * what unblinding a blind signature yields), so preparing thousands of them does not dominate the run.
 */
import { constants, createPrivateKey, randomBytes, sign } from 'node:crypto';
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import type { Choice } from '../src/domain/ballot/types.js';
import { buildApp } from '../src/server/app.js';
import { generateBallotKeys } from '../src/server/ballot/keys.js';
import type { Database } from '../src/server/db/connect.js';
import { ballots, castBallots, cycles, units } from '../src/server/db/schema/index.js';

interface Token {
  token: string;
  signature: string;
}

function makeTokens(privateKey: Buffer, n: number): Token[] {
  const key = createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' });
  return Array.from({ length: n }, () => {
    // RSABSSA-…-Randomized prepare: 32 random bytes in front of the 32-byte message.
    const token = randomBytes(64);
    const signature = sign('sha384', token, {
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 48,
    });
    return { token: token.toString('base64'), signature: signature.toString('base64') };
  });
}

interface Timing {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function post(url: string, body: unknown): Promise<boolean> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.ok;
}

async function timed(run: (record: (ms: number, ok: boolean) => void) => Promise<void>): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await run((ms, ok) => {
    latencies.push(ms);
    if (!ok) errors++;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds),
    p50: round(pct(latencies, 50)),
    p95: round(pct(latencies, 95)),
  };
}

/** Everyone at once: `n` requests in flight together. */
function burst(url: string, bodies: unknown[]) {
  return timed(async (record) => {
    await Promise.all(
      bodies.map(async (body) => {
        const t0 = performance.now();
        const ok = await post(url, body);
        record(performance.now() - t0, ok);
      }),
    );
  });
}

/** A closed loop of `concurrency` workers for `seconds`, each request with the next body. */
function sustained(url: string, next: () => unknown, opts: { seconds: number; concurrency: number }) {
  return timed(async (record) => {
    const end = performance.now() + opts.seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          const ok = await post(url, next());
          record(performance.now() - t0, ok);
        }
      }),
    );
  });
}

export async function benchBallots(
  database: Database,
  agencyId: string,
  opts: { seconds: number; concurrency: number; voters: number },
) {
  const db = database.db;
  const cycle = (await db.select().from(cycles).where(eq(cycles.agencyId, agencyId)))[0];
  const unit = (await db.select().from(units).where(eq(units.agencyId, agencyId)))[0];
  if (!cycle || !unit) throw new Error('the demo agency has no cycle');
  const keys = generateBallotKeys();
  const candidates = Array.from({ length: 6 }, (_, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    name: `Ứng viên ${i + 1}`,
    eligible: true,
  }));
  const [ballot] = await db
    .insert(ballots)
    .values({
      agencyId,
      cycleId: cycle.id,
      unitId: unit.id,
      title: 'Đo hiệu năng bỏ phiếu',
      mode: 'electronic',
      threshold: { base: 'present', pct: 50, strict: true },
      candidates,
      state: 'open',
      publicKey: keys.publicKey,
      privateKey: keys.privateKey,
      membersTotal: opts.voters,
      presentTotal: opts.voters,
    })
    .returning();
  if (!ballot) throw new Error('ballot');
  const choices: Record<string, Choice> = Object.fromEntries(
    candidates.map((c, i): [string, Choice] => [c.id, i % 2 ? 'agree' : 'disagree']),
  );
  const tokens = makeTokens(keys.privateKey, opts.voters * 2 + 4000);
  let nextToken = 0;
  const castBody = () => {
    const t = tokens[nextToken++];
    if (!t) throw new Error('out of tokens: raise the pool');
    return { ...t, choices };
  };

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
  const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/ballots/${ballot.id}/cast`;

  const bare = Fastify({ logger: false });
  // The same row into the same table, nothing checked: what storing a ballot costs by itself.
  bare.post('/cast', async (req) => {
    const body = req.body as Token;
    await db.insert(castBallots).values({ ballotId: ballot.id, receipt: body.token.slice(0, 64), choices });
    return { ok: true };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/cast`;

  try {
    // Warm both.
    await burst(bareUrl, Array.from({ length: 8 }, castBody));
    await burst(appUrl, Array.from({ length: 8 }, castBody));
    const burstBare = await burst(bareUrl, Array.from({ length: opts.voters }, castBody));
    const burstApp = await burst(appUrl, Array.from({ length: opts.voters }, castBody));
    const loopBare = await sustained(bareUrl, castBody, opts);
    const loopApp = await sustained(appUrl, castBody, opts);
    const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
    return {
      burst: {
        voters: opts.voters,
        bare: burstBare,
        app: burstApp,
        ratio: {
          seconds: ratio(burstApp.seconds, burstBare.seconds),
          p95: ratio(burstApp.p95, burstBare.p95),
        },
      },
      sustained: {
        bare: loopBare,
        app: loopApp,
        ratio: {
          throughput: ratio(loopApp.perSecond, loopBare.perSecond),
          p95: ratio(loopApp.p95, loopBare.p95),
        },
      },
    };
  } finally {
    await app.close();
    await bare.close();
    await db.delete(ballots).where(eq(ballots.id, ballot.id));
  }
}
