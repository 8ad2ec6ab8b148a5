/**
 * `npm run audit:verify`: recompute the audit hash chain of every agency and report.
 * Exit code 0 when every chain is intact, 1 when one is broken, 2 when the database is busy.
 * With PGlite the app must be stopped first (one process per data directory).
 */
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.js';
import { agencies } from '../db/schema/index.js';
import { verifyAuditChain } from '../modules/audit/service.js';

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) lockDataDir(config.dataDir);
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  let broken = 0;
  try {
    for (const a of await database.db.select().from(agencies)) {
      const r = await verifyAuditChain(database.db, a.id);
      if (r.ok) console.log(`✔ ${a.name}: chuỗi nhật ký toàn vẹn (${r.checked} bản ghi).`);
      else {
        broken++;
        console.log(
          r.brokenAtSeq !== null
            ? `✘ ${a.name}: chuỗi bị phá vỡ tại bản ghi số ${r.brokenAtSeq} (đã kiểm ${r.checked} bản ghi trước đó).`
            : `✘ ${a.name}: bản ghi cuối của chuỗi không khớp (có thể đã bị xóa bản ghi cuối).`,
        );
      }
    }
  } finally {
    await database.close();
  }
  return broken > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(
      err instanceof DataDirLockedError
        ? err.message
        : `Không kiểm tra được nhật ký: ${err instanceof Error ? err.message : err}`,
    );
    process.exit(2);
  },
);
