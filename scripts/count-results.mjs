// Sums vitest JSON reports (and failed extra checks) into the one line CI ends with.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.env.EXTRA_FAILURES ?? 0);
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no results in ${file}: counted as a failure`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0) failed++;
  if (!report.success && report.numFailedTests === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
