// Builds the web app when its output is missing or older than its sources, so `npm start` (and
// `npm install`, through `prepare`) always serve a current build without a separate step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const built = path.join(web, 'dist/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

if (!existsSync(path.join(root, 'node_modules/vite'))) {
  console.error('ensure-web-build: vite is not installed; run `npm install` first');
  process.exit(existsSync(built) ? 0 : 1);
}
if (existsSync(built) && statSync(built).mtimeMs >= newest(web)) process.exit(0);
console.log('Building the web app (web/dist) …');
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
