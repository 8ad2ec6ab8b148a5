/**
 * Exclusive lock on a PGlite data directory. PGlite allows one process per directory: a second
 * process would silently lose committed rows (architecture.md, pitfalls). The lock is a directory
 * created atomically with mkdir, holding the owner's pid; a lock left by a process that no longer
 * runs (killed with SIGKILL, power loss) is taken over.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình BinhXet khác sử dụng (pid ${ownerPid}). ` +
        'Mỗi thư mục dữ liệu chỉ được một tiến trình mở. Hãy dừng tiến trình đó, hoặc đặt DATA_DIR khác, ' +
        'hoặc dùng DATABASE_URL để nhiều tiến trình cùng dùng một máy chủ PostgreSQL.',
    );
  }
}

interface Owner {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockDir: string): Owner | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(lockDir, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockDir = path.join(dataDir, '.binhxet.lock');
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.mkdirSync(lockDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(lockDir);
      if (owner && (owner.host !== os.hostname() || isAlive(owner.pid))) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      if (!owner) {
        // The owner may be between mkdir and writing owner.json: give it a moment.
        const age = Date.now() - fs.statSync(lockDir).mtimeMs;
        if (age < 2000) {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
          continue;
        }
      }
      // Stale: rename is atomic, so of two processes racing to take over only one succeeds.
      try {
        const stale = `${lockDir}.stale-${randomUUID()}`;
        fs.renameSync(lockDir, stale);
        fs.rmSync(stale, { recursive: true, force: true });
      } catch {
        /* another process took it over first; retry */
      }
      continue;
    }
    const me: Owner = { pid: process.pid, host: os.hostname() };
    fs.writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify(me));
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const owner = readOwner(lockDir);
      if (owner?.pid === process.pid) fs.rmSync(lockDir, { recursive: true, force: true });
    };
    process.once('exit', release);
    return { release };
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}.`);
}
