/**
 * Build the web app only when dist/web is missing or older than its sources, so `npm start`
 * is quick after the first run and never serves a stale UI.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist/web/index.html');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(
  newest(path.join(root, 'src/web')),
  newest(path.join(root, 'src/domain')),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
);
if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < sources) {
  console.log('Đang đóng gói giao diện web (chỉ lần đầu hoặc khi mã nguồn thay đổi)…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}
