// `npm test`: unit, API (PGlite, or PostgreSQL with DATABASE_URL) and browser suites in one vitest run.
// Results also go to test-results/results*.json, which .ci/run counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser suite needs Chromium (with CJK fonts); the PDF tests read PDFs back with poppler. */
function ensureSystemTools() {
  const missing = [
    [chromium, 'chromium fonts-noto-cjk'],
    ['/usr/bin/pdftotext', 'poppler-utils'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length === 0) return;
  const install = `apt-get update && apt-get install -y ${missing.map(([, pkg]) => pkg).join(' ')}`;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Missing system packages: running \`${install}\``);
    execFileSync('bash', ['-c', `${install} >/dev/null`], { stdio: 'inherit' });
    return;
  }
  console.error(`The tests need system packages. Run as root:\n  ${install}\nthen npm test again.`);
  process.exit(1);
}

ensureSystemTools();
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
