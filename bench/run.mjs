// `npm run bench`: runs every bench/*.ts (or only those named: `npm run bench -- public-list`) through tsx,
// one process each, one after the other, then prints the performance issue's table: each figure against
// its reference and goal. Its last line is JSON: {"figures":[{name, value, unit, reference, ratio, goal,
// met}], "machine":{nproc, loadavg}}. Exits non-zero when a bench fails; a goal missed is only printed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { figuresOf } from './figures.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '..');
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(1);
}

let failed = 0;
const reports = [];
for (const name of benches) {
  console.log(`\n# bench/${name}.ts`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.ts`)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench/${name}.ts failed (exit ${result.status ?? result.signal})`);
    continue;
  }
  // Each bench ends with one line of JSON.
  const last = (result.stdout ?? '').trim().split('\n').at(-1);
  try {
    reports.push({ name, report: JSON.parse(last ?? '') });
  } catch {
    console.error(`bench/${name}.ts printed no JSON line last`);
    failed += 1;
  }
}

const figures = reports.flatMap(({ name, report }) => figuresOf(name, report));
const shown = (v) => (v === null || v === undefined ? '—' : String(v));
console.log('\n| figure | value | reference | ratio | goal | met |\n|---|---|---|---|---|---|');
for (const f of figures)
  console.log(
    `| ${f.name} | ${shown(f.value)} ${f.unit} | ${shown(f.reference)} | ${shown(f.ratio)} | ${f.goal} | ${f.met ? 'yes' : 'no'} |`,
  );
console.log(JSON.stringify({ figures, machine: { nproc: cpus().length, loadavg: loadavg() } }));
process.exit(failed === 0 ? 0 : 1);
