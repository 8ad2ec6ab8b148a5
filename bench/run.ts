/**
 * `npm run bench`: benchmarks measured against a bare baseline in the same run, on PGlite and
 * (when reachable) PostgreSQL. Results go to bench/results/<name>.json. Nothing is asserted.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase, runMigrations } from '../src/server/db/connect.js';
import { seedDemoAgency } from '../src/server/demo/seed.js';
import { benchBallots } from './ballots.js';
import { benchDocuments } from './documents.js';
import { benchPeopleList } from './people-list.js';
import { addSyntheticPeople } from './synthetic.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const extraPeople = Number(process.env.BENCH_PEOPLE ?? 930);
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function prepare(database: Database) {
  await runMigrations(database);
  const agencyId = await seedDemoAgency(database.db);
  await addSyntheticPeople(database.db, agencyId, extraPeople);
  return agencyId;
}

type Bench = (database: Database, agencyId: string) => Promise<unknown>;
const voters = Number(process.env.BENCH_VOTERS ?? 80);
const peopleListBench: Bench = (database, agencyId) =>
  benchPeopleList(database, agencyId, { seconds, concurrency });
const ballotsBench: Bench = (database, agencyId) =>
  benchBallots(database, agencyId, { seconds, concurrency, voters });

async function onPglite(bench: Bench) {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    const agencyId = await prepare(database);
    return await bench(database, agencyId);
  } finally {
    await database.close();
  }
}

async function onPostgres(bench: Bench) {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  try {
    await admin.connect();
  } catch {
    return { skipped: `PostgreSQL không kết nối được tại ${PG_ADMIN}` };
  }
  const name = `bx_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    const agencyId = await prepare(database);
    return await bench(database, agencyId);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const result = {
  name: 'people-list',
  description: 'GET /api/people (50 per page) so với route Fastify trần chạy cùng truy vấn trên cùng CSDL',
  at: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  settings: { seconds, concurrency, people: 70 + extraPeople },
  pglite: await onPglite(peopleListBench),
  postgres: await onPostgres(peopleListBench),
};
const ballotsResult = {
  name: 'ballots',
  description:
    'POST /api/ballots/:id/cast (kiểm chữ ký mù, lựa chọn, biên nhận duy nhất) so với route trần chỉ ghi cùng dòng vào cùng bảng',
  at: new Date().toISOString(),
  machine: result.machine,
  settings: { seconds, concurrency, voters },
  pglite: await onPglite(ballotsBench),
  postgres: await onPostgres(ballotsBench),
};
const documentsResult = {
  name: 'documents',
  description:
    'Lập biên bản DOCX, chuyển PDF, đóng gói ZIP 100 văn bản (so với mốc trần trong cùng lần chạy)',
  at: new Date().toISOString(),
  ...(await benchDocuments()),
};
const dir = path.join(import.meta.dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'people-list.json'), `${JSON.stringify(result, null, 2)}\n`);
fs.writeFileSync(path.join(dir, 'documents.json'), `${JSON.stringify(documentsResult, null, 2)}\n`);
fs.writeFileSync(path.join(dir, 'ballots.json'), `${JSON.stringify(ballotsResult, null, 2)}\n`);
console.log(
  JSON.stringify({ peopleList: result, documents: documentsResult, ballots: ballotsResult }, null, 2),
);
