// Builds what `npm start` runs when it is missing or older than its sources: the web app (web/dist,
// Vite) and the server (dist/, TypeScript compiled to JavaScript). `npm install` runs it through
// `prepare`, `npm start` before it starts the compiled server directly (no wrapper process).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newest(dir, skip = () => false) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['dist', 'node_modules'].includes(entry.name) || skip(entry.name)) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full, skip) : statSync(full).mtimeMs);
  }
  return latest;
}

// The district-scope tables are tests too, kept apart only so the coverage test can read them all.
const isTest = (name) => /\.test\.ts$|^district-scope\.routes\.ts$/.test(name);
const stale = (output, ...sources) => !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources);

function run(args, what, env = process.env) {
  console.log(`Building ${what} …`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
}

for (const tool of ['vite', 'typescript']) {
  if (!existsSync(path.join(root, 'node_modules', tool))) {
    console.error(`ensure-build: ${tool} is not installed; run \`npm install\` first`);
    process.exit(existsSync(path.join(root, 'dist/main.js')) ? 0 : 1);
  }
}
// The web app also imports the server's pure policy modules (identifiers, eligibility texts).
if (
  stale(
    path.join(root, 'web/dist/index.html'),
    newest(path.join(root, 'web')),
    newest(path.join(root, 'src'), isTest),
  )
) {
  run(
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    'the web app (web/dist)',
    // Whoever asks (a test runner sets NODE_ENV=test), users get the production build of React and AntD.
    { ...process.env, NODE_ENV: 'production' },
  );
}
const serverSources = [
  newest(path.join(root, 'src'), isTest),
  statSync(path.join(root, 'tsconfig.build.json')).mtimeMs,
];
if (stale(path.join(root, 'dist/main.js'), ...serverSources)) {
  run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], 'the server (dist)');
  // tsc leaves the output's times alone when nothing changed in it: mark the build as current.
  const now = new Date();
  utimesSync(path.join(root, 'dist/main.js'), now, now);
}
