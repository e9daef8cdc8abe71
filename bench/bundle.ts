// `npm run bench -- bundle` → the JavaScript a browser downloads to show one page, gzip-compressed
// (level 9, what a server or CDN sends), from the production build in web/dist:
//
// - every page of the app is a lazily loaded chunk (web/src/App.tsx); a page costs the entry script
//   with every chunk it imports statically, plus the page's chunk with its own static imports;
// - the public pages are those under web/src/pages/public; the workbench pages are the others.
//
// Printed: the heaviest public page and the heaviest workbench page, against the goals (≤ 250 KB for a
// public page, ≤ 500 KB for a workbench page), and the five heaviest pages. Never asserted.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const assets = path.join(root, 'web/dist/assets');
const GOAL_PUBLIC_KB = 250;
const GOAL_WORKBENCH_KB = 500;

execFileSync(process.execPath, [path.join(root, 'scripts/ensure-build.mjs')], { stdio: 'inherit' });

const source = new Map<string, string>();
const read = (file: string) => {
  if (!source.has(file)) source.set(file, readFileSync(path.join(assets, file), 'utf8'));
  return source.get(file)!;
};
const gzipped = new Map<string, number>();
const gzipBytes = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(read(file), { level: 9 }).length);
  return gzipped.get(file)!;
};

/** A chunk and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function closure(file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const m of read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) closure(m[1]!, into);
  return into;
}

const html = readFileSync(path.join(root, 'web/dist/index.html'), 'utf8');
const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error('web/dist/index.html names no entry script');
const base = closure(entry);

// The pages: App.tsx's lazy imports, by file name; their chunks carry that name.
const app = readFileSync(path.join(root, 'web/src/App.tsx'), 'utf8');
const pages = [...app.matchAll(/import\('\.\/(pages\/[^']+)\.tsx'\)/g)].map((m) => m[1]!);
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const measured = pages.map((page) => {
  const name = path.basename(page);
  const chunk = files.find((f) => f.startsWith(`${name}-`) && /^[\w-]+-[\w-]{8}\.js$/.test(f));
  if (!chunk) throw new Error(`no chunk for ${page}`);
  const all = closure(chunk, new Set(base));
  return {
    page,
    public: page.startsWith('pages/public/'),
    kb: kb([...all].reduce((sum, f) => sum + gzipBytes(f), 0)),
  };
});
const heaviest = (publicPage: boolean) =>
  measured.filter((m) => m.public === publicPage).sort((a, b) => b.kb - a.kb)[0]!;
const publicPage = heaviest(true);
const workbenchPage = heaviest(false);
console.log(`  entry with its imports: ${kb([...base].reduce((sum, f) => sum + gzipBytes(f), 0))} KB gzip`);
for (const m of [...measured].sort((a, b) => b.kb - a.kb).slice(0, 5)) console.log(`  ${m.page}: ${m.kb} KB`);
console.log(
  `bundle: heaviest public page ${publicPage.page} ${publicPage.kb} KB (goal ≤ ${GOAL_PUBLIC_KB}) | ` +
    `heaviest workbench page ${workbenchPage.page} ${workbenchPage.kb} KB (goal ≤ ${GOAL_WORKBENCH_KB})`,
);
console.log(
  JSON.stringify({
    bench: 'bundle',
    goal: { publicKb: GOAL_PUBLIC_KB, workbenchKb: GOAL_WORKBENCH_KB },
    public: publicPage,
    workbench: workbenchPage,
    pages: measured,
  }),
);
