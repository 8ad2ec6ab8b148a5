/**
 * The exclusive PGlite data-directory lock: lockDataDir itself, and real server processes on one
 * DATA_DIR (a second one must refuse to start and leave the first one's data alone; a lock left by
 * a process killed with SIGKILL is taken over). Only meaningful for PGlite.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  killAllServers,
  type ServerProcess,
  signInHttp,
  spawnServer,
  startServer,
} from '../test/server-process.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const LOCKED_MESSAGE = 'đang được một tiến trình BinhXet khác sử dụng';
const DEMO_PEOPLE = 70;

describe('PGlite data-directory lock', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'binhxet-lock-'));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    await killAllServers();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const lockDir = (dataDir: string) => path.join(dataDir, '.binhxet.lock');
  const owner = (dataDir: string) =>
    JSON.parse(fs.readFileSync(path.join(lockDir(dataDir), 'owner.json'), 'utf8'));

  /** The pid of a process that has certainly exited. */
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((r) => child.once('exit', r));
    return child.pid as number;
  }

  describe('lockDataDir', () => {
    it('refuses a second lock on the same directory until the first is released', () => {
      const dir = tempDir();
      const first = lockDataDir(dir);
      expect(owner(dir)).toEqual({ pid: process.pid, host: os.hostname() });
      let err: unknown;
      try {
        lockDataDir(dir);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).ownerPid).toBe(process.pid);
      expect((err as DataDirLockedError).dataDir).toBe(dir);
      expect((err as Error).message).toContain(LOCKED_MESSAGE);
      expect((err as Error).message).toContain(`pid ${process.pid}`);
      first.release();
      expect(fs.existsSync(lockDir(dir))).toBe(false);
      const again = lockDataDir(dir);
      expect(owner(dir).pid).toBe(process.pid);
      again.release();
      again.release(); // idempotent
    });

    it('creates a missing data directory', () => {
      const dir = path.join(tempDir(), 'moi', 'data');
      const lock = lockDataDir(dir);
      expect(fs.existsSync(lockDir(dir))).toBe(true);
      lock.release();
    });

    it('takes over a stale lock whose owner process no longer runs', async () => {
      const dir = tempDir();
      const pid = await deadPid();
      fs.mkdirSync(lockDir(dir));
      fs.writeFileSync(path.join(lockDir(dir), 'owner.json'), JSON.stringify({ pid, host: os.hostname() }));
      const lock = lockDataDir(dir);
      expect(owner(dir)).toEqual({ pid: process.pid, host: os.hostname() });
      // No leftovers of the stale lock.
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('.binhxet.lock'))).toEqual(['.binhxet.lock']);
      lock.release();
    });

    it('takes over a lock directory left without owner.json once it is old', () => {
      const dir = tempDir();
      fs.mkdirSync(lockDir(dir));
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(lockDir(dir), old, old);
      const lock = lockDataDir(dir);
      expect(owner(dir).pid).toBe(process.pid);
      lock.release();
    });

    it('respects a lock held from another host (its pid cannot be checked from here)', async () => {
      const dir = tempDir();
      const pid = await deadPid();
      fs.mkdirSync(lockDir(dir));
      fs.writeFileSync(
        path.join(lockDir(dir), 'owner.json'),
        JSON.stringify({ pid, host: `${os.hostname()}-khac` }),
      );
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(owner(dir).pid).toBe(pid);
    });
  });

  describe('server processes on one DATA_DIR', () => {
    let dataDir: string;
    let first: ServerProcess;

    async function countPeople(url: string): Promise<number> {
      const cookie = await signInHttp(url, 'hcqt');
      const res = await fetch(`${url}/api/people?pageSize=500`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { total: number }).total;
    }

    it('a second process exits with code 2 and a Vietnamese message; the first keeps serving its data', async () => {
      dataDir = tempDir();
      first = await startServer({ dataDir, port: await freePort() });
      expect(owner(dataDir).pid).toBe(first.pid);
      expect(await countPeople(first.url)).toBe(DEMO_PEOPLE);

      const secondPort = await freePort();
      const second = spawnServer({ dataDir, port: secondPort });
      const exit = await Promise.race([
        second.exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`second did not exit:\n${second.output()}`)), 60_000),
        ),
      ]);
      expect(exit).toEqual({ code: 2, signal: null });
      expect(second.output()).toContain(LOCKED_MESSAGE);
      expect(second.output()).toContain(`pid ${first.pid}`);
      expect(second.output()).toContain(dataDir);
      // It never listened, and it left the first one's lock in place.
      await expect(
        fetch(`http://127.0.0.1:${secondPort}/api/health`, { signal: AbortSignal.timeout(1000) }),
      ).rejects.toThrow();
      expect(owner(dataDir).pid).toBe(first.pid);

      expect(first.hasExited()).toBe(false);
      expect(await countPeople(first.url)).toBe(DEMO_PEOPLE);
    });

    it('after the first is killed with SIGKILL, a new process takes the stale lock over and has the data', async () => {
      expect(first, 'needs the previous test').toBeDefined();
      const exit = await first.kill('SIGKILL');
      expect(exit.signal).toBe('SIGKILL');
      // The lock is still there, naming a process that no longer runs.
      expect(owner(dataDir).pid).toBe(first.pid);

      const third = await startServer({ dataDir, port: await freePort() });
      expect(owner(dataDir).pid).toBe(third.pid);
      expect(await countPeople(third.url)).toBe(DEMO_PEOPLE);
      // The demo seed ran once only: the restart found the agency and did not seed again.
      expect(third.output()).not.toContain('Đã tạo cơ quan mẫu');

      // A clean stop (SIGTERM) releases the lock.
      const stopped = await third.kill('SIGTERM');
      expect(stopped.code).toBe(0);
      expect(fs.existsSync(lockDir(dataDir))).toBe(false);
    });
  });
});
