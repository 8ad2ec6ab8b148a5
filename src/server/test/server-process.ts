/**
 * The real server as a child process (`node --import tsx src/server/main.ts`), for tests of
 * start-up, the data-directory lock and crash recovery. Every process started here is recorded
 * so that `killAllServers()` in afterAll leaves nothing running, even after a failed test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  url: string;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** Send a signal (default SIGKILL) and wait until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<ExitInfo>;
}

const running = new Set<ServerProcess>();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface SpawnOptions {
  port: number;
  /** PGlite data directory (when no databaseUrl). */
  dataDir?: string;
  /** PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  env?: Record<string, string>;
}

export function spawnServer(opts: SpawnOptions): ServerProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DEMO: '1',
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  // Only what this server should see: not Vitest's loader options, not an outer database.
  delete env.NODE_OPTIONS;
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.dataDir) env.DATA_DIR = opts.dataDir;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  let done = false;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  const proc: ServerProcess = {
    child,
    pid: child.pid ?? -1,
    port: opts.port,
    url: `http://127.0.0.1:${opts.port}`,
    output: () => out,
    exited,
    hasExited: () => done,
    kill: async (signal = 'SIGKILL') => {
      if (!done) child.kill(signal);
      return exited;
    },
  };
  running.add(proc);
  void exited.then(() => running.delete(proc));
  return proc;
}

/** Resolves once GET /api/health answers 200; rejects (with the process output) if it exits first. */
export async function waitHealthy(proc: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.hasExited()) {
      const e = await proc.exited;
      throw new Error(
        `server exited (code ${e.code}, signal ${e.signal}) before answering:\n${proc.output()}`,
      );
    }
    try {
      const res = await fetch(`${proc.url}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${proc.output()}`);
}

export async function startServer(opts: SpawnOptions): Promise<ServerProcess> {
  const proc = spawnServer(opts);
  try {
    await waitHealthy(proc);
  } catch (err) {
    await proc.kill();
    throw err;
  }
  return proc;
}

/** Sign in over real HTTP; returns the Cookie header value. */
export async function signInHttp(baseUrl: string, username: string, password = 'demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('bx_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] as string;
}

/** Kill (SIGKILL) every server process this module started that is still running. */
export async function killAllServers(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill('SIGKILL')));
}
