// `npm test`: unit, API (PGlite, or PostgreSQL with DATABASE_URL) and browser suites in one vitest run.
// Results also go to test-results/results*.json, which .ci/run counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const install = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing: running \`${install}\``);
    execFileSync('bash', ['-c', `${install} >/dev/null`], { stdio: 'inherit' });
    return;
  }
  console.error(
    `Chromium is missing for the browser tests. Run as root:\n  ${install}\nthen npm test again.`,
  );
  process.exit(1);
}

ensureChromium();
execFileSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { stdio: 'inherit' });
const suffix = process.env.DATABASE_URL ? '-postgres' : '';
const args = [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-results/results${suffix}.json`,
  ...process.argv.slice(2),
];
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
