/**
 * PDF from the DOCX (architecture.md: "the PDF is the same document as the DOCX"): LibreOffice
 * headless converts the files `docx` made. Each soffice call starts LibreOffice anew (about 1 s and
 * 210 MB), so a batch goes through one call, at most `concurrency` calls run at once, and each
 * worker slot owns its user profile: two soffice processes on one profile hand work to each other
 * or fail. A call that runs past its timeout is killed with its whole process group.
 *
 * Nothing here logs: file names on the soffice command line are numbers, never document titles,
 * because a process listing is visible to every user of the machine.
 *
 * Also small poppler-utils helpers (pdfinfo, pdftoppm, pdftotext) for tests and thumbnails.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { encodeGrayPng, parsePgm } from './pdf-png.js';

const execFileAsync = promisify(execFile);

export const PDF_UNAVAILABLE_MESSAGE =
  'Máy chủ chưa cài LibreOffice nên chưa tạo được tệp PDF. Tệp DOCX và XLSX vẫn tải được. ' +
  'Quản trị hệ thống cài bằng: apt-get install libreoffice-writer-nogui fonts-liberation2.';

/** LibreOffice is not installed (or SOFFICE_PATH points nowhere). */
export class PdfUnavailableError extends Error {
  override readonly name = 'PdfUnavailableError';
  constructor() {
    super(PDF_UNAVAILABLE_MESSAGE);
  }
}

/** A soffice call ran past its timeout and was killed. */
export class PdfTimeoutError extends Error {
  override readonly name = 'PdfTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(
      `Chuyển văn bản sang PDF mất quá nhiều thời gian (quá ${formatSeconds(timeoutMs)} giây) nên đã dừng. ` +
        'Vui lòng thử lại sau; tệp DOCX vẫn tải được.',
    );
  }
}

/** LibreOffice ran but produced no (valid) PDF for a file. `detail` is for server logs only. */
export class PdfConversionError extends Error {
  override readonly name = 'PdfConversionError';
  constructor(
    readonly detail: string,
    /** The caller's name for the file that failed, if any; not part of the message. */
    readonly fileName?: string,
  ) {
    super('Không tạo được tệp PDF từ văn bản này. Tệp DOCX vẫn tải được; vui lòng thử lại sau.');
  }
}

function formatSeconds(ms: number) {
  return (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });
}

export interface PdfConverterOptions {
  /** The soffice binary; default SOFFICE_PATH, else `soffice` on PATH. */
  sofficePath?: string;
  /** soffice processes at once (each about 210 MB and one core); default 2. */
  concurrency?: number;
  /** Per soffice call (one batch), from its start; default 60 000 ms. */
  timeoutMs?: number;
  /** Where profiles and scratch files go; default os.tmpdir(). */
  tempDir?: string;
}

export interface PdfFile {
  /** The caller's name for the file (only reported back in PdfConversionError.fileName). */
  name?: string;
  docx: Buffer;
}

export interface PdfConverterStats {
  /** soffice processes running now. */
  running: number;
  /** The most that ever ran at once. */
  maxConcurrent: number;
  /** Calls waiting for a free slot. */
  queued: number;
  /** soffice calls started. */
  calls: number;
  /** Files converted successfully. */
  files: number;
  timeouts: number;
}

const PROFILE_PREFIX = 'binhxet-soffice-';
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

async function isExecutableFile(file: string) {
  try {
    await access(file, fsConstants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** SOFFICE_PATH (or the configured path), else the first `soffice` on PATH; null when none. */
async function findSoffice(configured: string | undefined): Promise<string | null> {
  const wanted = configured || process.env.SOFFICE_PATH || 'soffice';
  if (wanted.includes(path.sep)) return (await isExecutableFile(wanted)) ? wanted : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, wanted);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/** Remove profile roots left by processes that no longer exist (a crash skips close()). */
async function removeStaleProfiles(tempDir: string) {
  let entries: string[];
  try {
    entries = await readdir(tempDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = /^binhxet-soffice-(\d+)-/.exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') {
        await rm(path.join(tempDir, entry), { recursive: true, force: true }).catch(() => {});
      }
    }
  }
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

export class PdfConverter {
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly tempDir: string;
  private readonly configuredPath: string | undefined;
  private binary: Promise<string | null> | undefined;
  private root: Promise<string> | undefined;
  private readonly freeSlots: number[];
  private readonly waiting: ((slot: number) => void)[] = [];
  private readonly counters = { running: 0, maxConcurrent: 0, calls: 0, files: 0, timeouts: 0 };

  constructor(options: PdfConverterOptions = {}) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.tempDir = options.tempDir ?? os.tmpdir();
    this.configuredPath = options.sofficePath;
    this.freeSlots = Array.from({ length: this.concurrency }, (_, i) => i);
  }

  get stats(): PdfConverterStats {
    return { ...this.counters, queued: this.waiting.length };
  }

  /** The directory holding this converter's profiles (`slot-N`), created on first use. */
  profileRoot(): Promise<string> {
    if (!this.root) {
      const root = removeStaleProfiles(this.tempDir).then(() =>
        mkdtemp(path.join(this.tempDir, `${PROFILE_PREFIX}${process.pid}-`)),
      );
      // A failure (say, tempDir missing) is not remembered: the next call tries again.
      root.catch(() => {
        if (this.root === root) this.root = undefined;
      });
      this.root = root;
    }
    return this.root;
  }

  /** Whether a soffice binary is there (checked once; does not start LibreOffice). */
  async available(): Promise<boolean> {
    return (await this.sofficeBinary()) !== null;
  }

  private sofficeBinary() {
    this.binary ??= findSoffice(this.configuredPath);
    return this.binary;
  }

  async convert(docx: Buffer, name?: string): Promise<Buffer> {
    const [pdf] = await this.convertMany([{ name, docx }]);
    if (!pdf) throw new PdfConversionError('no output', name);
    return pdf;
  }

  /** Convert several files in one soffice call; the PDFs come back in the same order. */
  async convertMany(files: PdfFile[]): Promise<Buffer[]> {
    if (files.length === 0) return [];
    const binary = await this.sofficeBinary();
    if (!binary) throw new PdfUnavailableError();
    const root = await this.profileRoot();
    const slot = await this.acquire();
    let work: string | undefined;
    try {
      work = await mkdtemp(path.join(this.tempDir, 'binhxet-pdf-'));
      const dir = work;
      const inputs = await Promise.all(
        files.map(async (f, i) => {
          const file = path.join(dir, `${String(i + 1).padStart(4, '0')}.docx`);
          await writeFile(file, f.docx);
          return file;
        }),
      );
      const profile = path.join(root, `slot-${slot}`);
      try {
        await this.run(binary, profile, inputs, dir);
      } catch (e) {
        // A killed or failed LibreOffice may leave a half-written profile; the next call starts clean.
        await rm(profile, { recursive: true, force: true }).catch(() => {});
        throw e;
      }
      const out: Buffer[] = [];
      for (const [i, input] of inputs.entries()) {
        const pdfPath = input.replace(/\.docx$/, '.pdf');
        const pdf = await readFile(pdfPath).catch(() => null);
        if (!pdf?.subarray(0, 5).equals(PDF_MAGIC)) {
          throw new PdfConversionError(`no PDF for file ${i + 1} of ${files.length}`, files[i]?.name);
        }
        out.push(pdf);
      }
      this.counters.files += out.length;
      return out;
    } finally {
      this.release(slot);
      if (work) await rm(work, { recursive: true, force: true }).catch(() => {});
    }
  }

  /** Remove the profiles. Call when no conversion is running (e.g. at shutdown). */
  async close(): Promise<void> {
    const root = this.root;
    this.root = undefined;
    const dir = await root?.catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
  }

  private acquire(): Promise<number> {
    const slot = this.freeSlots.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: number) {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.freeSlots.push(slot);
  }

  private run(binary: string, profile: string, inputs: string[], outDir: string): Promise<void> {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      ...inputs,
    ];
    return new Promise<void>((resolve, reject) => {
      this.counters.calls++;
      this.counters.running++;
      this.counters.maxConcurrent = Math.max(this.counters.maxConcurrent, this.counters.running);
      let stderr = '';
      let timedOut = false;
      let settled = false;
      // detached: its own process group, so a timeout kills oosplash and soffice.bin together.
      const child = spawn(binary, args, { cwd: outDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.resume();
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
      const timer = setTimeout(() => {
        timedOut = true;
        this.counters.timeouts++;
        killGroup(child);
      }, this.timeoutMs);
      const finish = (err: Error | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.counters.running--;
        if (err) reject(err);
        else resolve();
      };
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' || e.code === 'EACCES') {
          this.binary = undefined;
          finish(new PdfUnavailableError());
        } else finish(new PdfConversionError(`spawn failed: ${e.code ?? e.message}`));
      });
      // 'close' waits until every process holding the pipes (soffice.bin too) has exited.
      child.on('close', (code, signal) => {
        if (timedOut) finish(new PdfTimeoutError(this.timeoutMs));
        else if (code !== 0)
          finish(new PdfConversionError(`soffice exited with ${code ?? signal}: ${stderr.trim()}`));
        else finish(null);
      });
    });
  }
}

/** The converter the server uses (created lazily: no files or processes until the first call). */
let shared: PdfConverter | undefined;
export function pdfConverter(): PdfConverter {
  shared ??= new PdfConverter();
  return shared;
}

// --- poppler-utils helpers ---------------------------------------------------------------------

async function withPdfFile<T>(pdf: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'binhxet-pdftools-'));
  try {
    const file = path.join(dir, 'in.pdf');
    await writeFile(file, pdf);
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

export interface PdfInfo {
  pages: number;
  /** Each page's size in PostScript points (A4 is 595.3 × 841.9). */
  pageSizes: { width: number; height: number }[];
}

export function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  return withPdfFile(pdf, async (file) => {
    const first = await execFileAsync('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(first.stdout)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pages)) throw new Error('pdfinfo: no page count');
    const { stdout } = await execFileAsync('pdfinfo', ['-f', '1', '-l', String(pages), file]);
    const pageSizes = [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    return { pages, pageSizes };
  });
}

export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return (await pdfInfo(pdf)).pages;
}

/**
 * Each page as a PNG (pdftoppm). `gray` gives 8-bit grayscale PNGs (rendered as PGM and encoded
 * here), about half the size of colour ones and what the reference-image tests compare.
 */
export function pdfToPngPages(
  pdf: Buffer,
  dpi: number,
  opts: { gray?: boolean; firstPage?: number; lastPage?: number } = {},
): Promise<Buffer[]> {
  return withPdfFile(pdf, async (file, dir) => {
    const args = ['-r', String(dpi), opts.gray ? '-gray' : '-png'];
    if (opts.firstPage) args.push('-f', String(opts.firstPage));
    if (opts.lastPage) args.push('-l', String(opts.lastPage));
    await execFileAsync('pdftoppm', [...args, file, path.join(dir, 'page')]);
    const pages = (await readdir(dir))
      .map((f) => ({ f, n: Number(/^page-(\d+)\.(?:png|pgm)$/.exec(f)?.[1]) }))
      .filter((p) => Number.isInteger(p.n))
      .sort((a, b) => a.n - b.n);
    return Promise.all(
      pages.map(async (p) => {
        const bytes = await readFile(path.join(dir, p.f));
        if (!opts.gray) return bytes;
        const { width, height, gray } = parsePgm(bytes);
        return encodeGrayPng(width, height, gray);
      }),
    );
  });
}

/** The text of each page (pdftotext; `layout` keeps table columns on one line). */
export function pdfTextPages(pdf: Buffer, opts: { layout?: boolean } = {}): Promise<string[]> {
  return withPdfFile(pdf, async (file) => {
    const args = opts.layout ? ['-layout', '-enc', 'UTF-8'] : ['-enc', 'UTF-8'];
    const { stdout } = await execFileAsync('pdftotext', [...args, file, '-'], { maxBuffer: 64 << 20 });
    const pages = stdout.split('\f');
    // pdftotext ends every page with a form feed, so the last piece is empty.
    if (pages.length > 1 && pages[pages.length - 1]?.trim() === '') pages.pop();
    return pages;
  });
}
