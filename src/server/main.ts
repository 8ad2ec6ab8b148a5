/**
 * Start the server: configuration, the data-directory lock (PGlite), migrations, first-start seed,
 * then listen. Exits with a Vietnamese message on a configuration or lock problem.
 */
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { type Database, openDatabase, runMigrations } from './db/connect.js';
import { DataDirLockedError, lockDataDir } from './db/data-dir-lock.js';
import { DEMO_TODAY } from './demo/demo-cycle.js';
import { isEmpty, seedDemoAgency, seedEmptyAgency } from './demo/seed.js';
import { smtpMailer } from './mail/mailer.js';

async function main() {
  const config = loadConfig();
  let database: Database;
  if (config.databaseUrl) {
    database = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
  } else {
    lockDataDir(config.dataDir);
    database = await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  }
  await runMigrations(database);
  if (await isEmpty(database.db)) {
    if (config.demo) {
      await seedDemoAgency(database.db, {
        withCycle: config.demoCycle,
        today: config.clockToday ?? DEMO_TODAY,
      });
      console.log('Đã tạo cơ quan mẫu. Đăng nhập bằng quantri / hcqt / cvp, mật khẩu "demo".');
    } else {
      const admin = await seedEmptyAgency(database.db, process.env.ADMIN_PASSWORD);
      console.log(`Đã tạo cơ quan mới. Tài khoản quản trị: ${admin.username}, mật khẩu: ${admin.password}`);
    }
  }
  // The demo runs on a day inside its 2024 cycle, so deadlines and the dashboard make sense.
  const clockToday = config.clockToday ?? (config.demo ? DEMO_TODAY : undefined);
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpFrom) : null;
  const app = await buildApp({
    database,
    config: { ...config, clockToday },
    serveWeb: true,
    mailer,
    reminderSweepMinutes: config.reminderSweepMinutes,
  });
  const close = async () => {
    await app.close();
    mailer?.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite tại ${config.dataDir}`;
  console.log(`BinhXet đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${where}).`);
  if (clockToday)
    console.log(
      `Ngày làm việc của hệ thống: ${clockToday.split('-').reverse().join('/')} (đặt CLOCK_TODAY để đổi).`,
    );
}

main().catch((err) => {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error('Không khởi động được BinhXet:', err instanceof Error ? err.message : err);
  process.exit(1);
});
