// `npm run verify-draw -- plan.json` (or `-` for standard input): re-runs a published 双随机 draw (SUP-1)
// from the plan `GET /api/public/inspections/{planId}` answers, with no server and no database.
// Exit code 0: every check holds; 1: a check fails; 2: the file cannot be read, or the seed is not
// published yet and the pool and input hashes, all that can be checked before the draw, hold.
import { readFileSync } from 'node:fs';
import {
  type PublishedPlan,
  parsePublishedPlan,
  verifyPublishedDraw,
} from '../src/supervision/verify-published-draw.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
function unreadable(zh: string, en: string): never {
  process.stderr.write(`${zh}\n${en}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  unreadable(
    '用法：npm run verify-draw -- <计划文件.json | ->',
    'usage: npm run verify-draw -- <plan.json | ->',
  );
}

let plan: PublishedPlan;
try {
  plan = parsePublishedPlan(JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')));
} catch (error) {
  const why = error instanceof Error ? error.message : String(error);
  unreadable(`无法读取抽查计划 ${file}：${why}`, `cannot read the plan ${file}: ${why}`);
}

out(`抽查计划 Plan ${plan.planId}${plan.title ? `《${plan.title}》` : ''}`);
const result = verifyPublishedDraw(plan);
// Before the draw the seed and the draw are not wrong, only not there yet.
const pending = (name: string) => !result.seedPublished && (name === 'seedHash' || name === 'draw');
for (const check of result.checks) {
  out(`${check.ok ? '✓' : pending(check.name) ? '…' : '✗'} ${check.message}`);
  out(`  ${check.message_en}`);
}
const failed = result.checks.filter((c) => !c.ok && !pending(c.name)).length;
if (failed) {
  out(`核验未通过：${failed} 项不符 / Not verified: ${failed} check(s) failed`);
  process.exitCode = 1;
} else if (!result.seedPublished) {
  out(
    '尚未抽取：名录与参数摘要相符，随机种子公布后方可重新抽取 / Not drawn yet: the pool and input hashes hold; the draw can be re-run once the seed is published',
  );
  process.exitCode = 2;
} else {
  out('核验通过：公布的摘要与抽取结果均可复现 / Verified: every published hash and the draw reproduce');
  process.exitCode = 0;
}
